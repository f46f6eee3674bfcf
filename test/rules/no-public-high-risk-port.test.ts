import { describe, expect, it } from 'vitest';
import rule, { HIGH_RISK_PORTS } from '../../src/rules/no-public-high-risk-port.js';
import { DATABASE_PORTS } from '../../src/rules/no-public-database.js';
import { REMOTE_ADMIN_PORTS } from '../../src/rules/no-public-remote-admin.js';
import { portRanges } from '../../src/lib/port-set.js';
import { group, permission, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';
import { ATTACHED, findings } from './run.js';

const web = 'aws_security_group.web';
const udp = (port: number, peer = '0.0.0.0/0') => tcp(String(port), peer, 'web', { protocol: 'udp', protocolRaw: 'udp' });

ruleTester(rule, {
  valid: [
    { name: 'ssh from the world is no-public-ssh', permissions: [tcp('22', '0.0.0.0/0')] },
    { name: 'rdp from the world is no-public-rdp', permissions: [tcp('3389', '0.0.0.0/0')] },
    { name: 'postgres from the world is no-public-database', permissions: [tcp('5432', '0.0.0.0/0')] },
    { name: 'telnet from the world is no-public-remote-admin', permissions: [tcp('23', '0.0.0.0/0')] },
    { name: 'all traffic from the world is no-public-all-traffic', permissions: [permission({ protocol: 'all', protocolRaw: '-1', fromPort: 0, toPort: 65535 })] },
    { name: '8080 from a private range', permissions: [tcp('8080', '10.0.0.0/16')] },
    { name: '8080 from a load balancer group', permissions: [tcp('8080', group('aws_security_group.alb'))] },
    { name: 'https from the world', permissions: [tcp('443', '0.0.0.0/0'), tcp('443', '::/0')] },
    { name: 'icmp from the world has no ports', permissions: [permission({ protocol: 'icmp', fromPort: null, toPort: null, icmpType: -1, icmpCode: -1 })] },
    { name: 'a public /1 alone is not the internet', permissions: [tcp('8080', '0.0.0.0/1')] },
  ],
  invalid: [
    { name: '8080 from 0.0.0.0/0', permissions: [tcp('8080', '0.0.0.0/0')], errors: [{ messageId: 'open', resource: web, contains: ['8080/tcp', '0.0.0.0/0'] }] },
    { name: 'dns over udp from ::/0', permissions: [udp(53, '::/0')], errors: [{ messageId: 'open', resource: web, contains: ['53/udp', '::/0'] }] },
    { name: 'snmp as protocol number 17', permissions: [permission({ protocol: 'udp', protocolRaw: '17', fromPort: 161, toPort: 161 })], errors: [{ messageId: 'open', resource: web, contains: ['161/udp'] }] },
    { name: 'netbios and smb', permissions: [tcp('137-445', '0.0.0.0/0')], errors: [{ messageId: 'open', resource: web, contains: ['137-139/tcp', '143/tcp', '161/tcp', '389/tcp', '445/tcp'] }] },
    { name: 'a range 20-25 names ftp and smtp', permissions: [tcp('20-25', '0.0.0.0/0')], errors: [{ messageId: 'open', resource: web, contains: ['20-21/tcp, 25/tcp from'] }] },
    { name: 'kibana from 0:0:0:0:0:0:0:0/0', permissions: [tcp('5601', '0:0:0:0:0:0:0:0/0')], errors: [{ messageId: 'open', resource: web, contains: ['5601/tcp'] }] },
    {
      name: 'self beside the world in one block still fails',
      permissions: [tcp('8888', { kind: 'self' }), tcp('8888', '0.0.0.0/0')],
      errors: [{ messageId: 'open', resource: web }],
    },
    {
      name: 'halves of the internet on 9000',
      permissions: [tcp('9000', '0.0.0.0/1', 'web', { path: 'ingress[0]' }), tcp('9000', '128.0.0.0/1', 'web', { path: 'ingress[1]' })],
      errors: [
        { messageId: 'openTogether', resource: web, path: 'ingress[0]' },
        { messageId: 'openTogether', resource: web, path: 'ingress[1]' },
      ],
    },
  ],
});

describe('no-public-high-risk-port beside the other internet port rules', () => {
  it('shares no port with ssh, rdp, database or remote-admin, so no port is named twice', () => {
    const others = portRanges([22, 3389, ...DATABASE_PORTS, ...REMOTE_ADMIN_PORTS]);
    for (const r of portRanges(HIGH_RISK_PORTS)) {
      for (const o of others) expect(r.to < o.from || r.from > o.to, `${r.from}-${r.to} overlaps ${o.from}-${o.to}`).toBe(true);
    }
  });

  it('covers every port of AWS Security Hub EC2.19 together with those rules', () => {
    const ec2_19 = [20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300];
    const all = portRanges([22, 3389, ...DATABASE_PORTS, ...REMOTE_ADMIN_PORTS, ...HIGH_RISK_PORTS]);
    for (const port of ec2_19) expect(all.some((r) => r.from <= port && port <= r.to), String(port)).toBe(true);
  });

  it('a range 20-25 from the world: ssh names 22, remote-admin 23, this rule 20-21 and 25, and nothing else reports it', () => {
    const found = findings([tcp('20-25', '0.0.0.0/0', 'web', { description: 'ftp to smtp' })], { groups: [{ address: web, attachments: ATTACHED }] });
    expect(found.map((f) => `${f.rule}: ${f.message}`)).toEqual([
      'no-public-remote-admin: aws_security_group.web allows 23/tcp from 0.0.0.0/0, which is the whole internet',
      'no-public-ssh: aws_security_group.web allows 22/tcp from 0.0.0.0/0, which is the whole internet',
      'no-public-high-risk-port: aws_security_group.web allows 20-21/tcp, 25/tcp from 0.0.0.0/0, which is the whole internet',
    ]);
  });
});
