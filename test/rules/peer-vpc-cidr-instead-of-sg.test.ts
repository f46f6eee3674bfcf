import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine.js';
import { RULES } from '../../src/rules/index.js';
import rule from '../../src/rules/peer-vpc-cidr-instead-of-sg.js';
import { group, modelOf, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';

const sg = 'aws_security_group.web';
const network = {
  vpcs: [
    { address: 'aws_vpc.shop', id: null, cidrs: ['10.0.0.0/16'] },
    { address: 'aws_vpc.payments', id: null, cidrs: ['10.1.0.0/16', '10.2.0.0/16'] },
  ],
  peerings: [{ address: 'aws_vpc_peering_connection.shop_payments', vpcs: ['aws_vpc.shop', 'aws_vpc.payments'] }],
};

ruleTester(rule, {
  valid: [
    { name: 'a group reference', permissions: [tcp('443', group('aws_security_group.payments_api'))], network },
    { name: 'one subnet of the VPC', permissions: [tcp('443', '10.0.1.0/24')], network },
    { name: 'no VPC in the plan to compare with', permissions: [tcp('443', '10.0.0.0/16')] },
    { name: 'a database port from the VPC is database-by-cidr alone', permissions: [tcp('5432', '10.0.0.0/16')], network },
  ],
  invalid: [
    {
      name: 'the whole peered VPC on 443',
      permissions: [tcp('443', '10.1.0.0/16')],
      network,
      errors: [{ messageId: 'peeredVpc', resource: sg, contains: ['443/tcp', 'aws_vpc.payments', 'aws_vpc_peering_connection.shop_payments'] }],
    },
    {
      name: 'SSH from the whole peered VPC is this rule, not the low admin-port-by-cidr',
      permissions: [tcp('22', '10.1.0.0/16')],
      network,
      errors: [{ messageId: 'peeredVpc', resource: sg, contains: ['22/tcp'] }],
    },
    {
      name: 'a range covering the own and the peered VPC names the peered one',
      permissions: [tcp('8443', '10.0.0.0/8')],
      groups: [{ address: sg, vpc: 'aws_vpc.shop' }],
      network,
      errors: [{ messageId: 'peeredVpc', resource: sg, contains: ['aws_vpc.payments'] }],
    },
    { name: 'a secondary block of the peered VPC', permissions: [tcp('443', '10.2.0.0/16')], network, errors: [{ messageId: 'peeredVpc', resource: sg }] },
    {
      name: 'the whole own VPC',
      permissions: [tcp('8443', '10.0.0.0/16')],
      groups: [{ address: sg, vpc: 'aws_vpc.shop' }],
      network,
      errors: [{ messageId: 'wholeVpc', resource: sg, contains: ['aws_vpc.shop'] }],
    },
    {
      name: 'a range wider than the own VPC covers it too',
      permissions: [tcp('8443', '10.0.0.0/12')],
      groups: [{ address: sg, vpc: 'aws_vpc.shop' }],
      network: { vpcs: [network.vpcs[0] as (typeof network.vpcs)[number]] },
      errors: [{ messageId: 'wholeVpc', resource: sg }],
    },
  ],
});

describe('peer-vpc-cidr-instead-of-sg and admin-port-by-cidr', () => {
  it('SSH from a whole peered VPC is one medium finding, not also a low one', () => {
    const model = modelOf([tcp('22', '10.1.0.0/16')]);
    model.network = { ...model.network, ...network };
    const rules = evaluate([model], { failOn: 'high', rules: RULES }).findings.map((f) => `${f.severity} ${f.rule}`);
    expect(rules.filter((r) => !r.endsWith('unused-security-group') && !r.endsWith('missing-description'))).toEqual(['medium peer-vpc-cidr-instead-of-sg']);
  });
});
