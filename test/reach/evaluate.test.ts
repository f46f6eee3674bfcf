/** The pure pieces: longest-prefix routing to an internet gateway and first-match network ACLs. */
import { describe, expect, it } from 'vitest';
import { evaluateAcl, routesToInternet } from '../../src/reach/evaluate.js';
import type { AclRule, NetModel, ReachAcl, ReachRoute, ReachRouteTable } from '../../src/reach/types.js';

const emptyNet = (): NetModel => ({
  vpcs: new Map([['aws_vpc.a', { address: 'aws_vpc.a', id: 'vpc-1', cidrs: ['10.0.0.0/16'], mainRouteTable: 'aws_route_table.t', defaultAcl: 'x' }]]),
  subnets: new Map(),
  routeTables: new Map(),
  routeAssociations: new Map(),
  unresolvedRouteAssociations: [],
  gateways: new Map([['aws_internet_gateway.g', { address: 'aws_internet_gateway.g', kind: 'internet-gateway', vpc: { address: 'aws_vpc.a' } }], ['aws_internet_gateway.b', { address: 'aws_internet_gateway.b', kind: 'internet-gateway', vpc: { address: 'aws_vpc.b' } }]]),
  acls: new Map(),
  aclAssociations: new Map(),
  unresolvedAclAssociations: [],
  endpoints: new Map(),
});
const route = (destination: string, kind: ReachRoute['target']['kind'], address: string): ReachRoute => ({ resource: 'aws_route_table.t', destination, target: { kind, link: { address } } });
const table = (routes: ReachRoute[]): ReachRouteTable => ({ address: 'aws_route_table.t', vpc: { address: 'aws_vpc.a' }, routes, implicit: false, routesUnknown: null });

describe('routesToInternet', () => {
  it('longest prefix wins: /1 halves to a NAT gateway take all of a /0 to the internet gateway', () => {
    const r = routesToInternet(emptyNet(), table([route('0.0.0.0/0', 'internet-gateway', 'aws_internet_gateway.g'), route('0.0.0.0/1', 'nat-gateway', 'aws_nat_gateway.n'), route('128.0.0.0/1', 'nat-gateway', 'aws_nat_gateway.n')]), 4);
    expect(r.status).toBe('no');
  });

  it('a part of the internet to the gateway is enough', () => {
    expect(routesToInternet(emptyNet(), table([route('203.0.113.0/24', 'internet-gateway', 'aws_internet_gateway.g')]), 4)).toEqual({ status: 'yes', gateway: 'aws_internet_gateway.g', routes: ['aws_route_table.t'] });
  });

  it("another VPC's gateway does not count, and an unknown destination to a gateway is unknown", () => {
    expect(routesToInternet(emptyNet(), table([route('0.0.0.0/0', 'internet-gateway', 'aws_internet_gateway.b')]), 4)).toMatchObject({ status: 'no', why: expect.stringContaining('belongs to another VPC') });
    const unknown: ReachRoute = { resource: 'aws_route.r', destination: { unknown: 'aws_route.r: destination' }, target: { kind: 'internet-gateway', link: { address: 'aws_internet_gateway.g' } } };
    expect(routesToInternet(emptyNet(), table([unknown]), 4)).toEqual({ status: 'unknown', because: ['aws_route.r: destination'] });
  });
});

const rule = (ruleNumber: number, action: 'allow' | 'deny', protocol: AclRule['protocol'], fromPort = 0, toPort = 65535, cidr = '0.0.0.0/0', egress = false): AclRule => ({ resource: 'aws_network_acl.a', egress, ruleNumber, action, protocol, cidr, fromPort, toPort });
const acl = (rules: AclRule[]): ReachAcl => ({ address: 'aws_network_acl.a', vpc: { address: 'aws_vpc.a' }, isDefault: false, implicit: false, rules, unknownRules: [] });

describe('evaluateAcl', () => {
  it('first match by rule number, whatever the order written', () => {
    const a = acl([rule(100, 'allow', 'all'), rule(90, 'deny', 'tcp', 22, 22)]);
    expect(evaluateAcl(a, false, 'tcp', { from: 22, to: 22 }, 4).admitted).toEqual([]);
    expect(evaluateAcl(a, false, 'tcp', { from: 20, to: 25 }, 4).admitted.length).toBeGreaterThan(0);
  });

  it('a deny of half the internet leaves the other half admitted', () => {
    const a = acl([rule(90, 'deny', 'tcp', 22, 22, '0.0.0.0/1'), rule(100, 'allow', 'tcp', 22, 22)]);
    expect(evaluateAcl(a, false, 'tcp', { from: 22, to: 22 }, 4).admitted).toEqual([[1n << 31n, (1n << 32n) - 1n]]);
  });

  it('udp rules do not admit tcp; icmp (1) and other numbers match only themselves; -1 matches all', () => {
    expect(evaluateAcl(acl([rule(100, 'allow', 'udp')]), false, 'tcp', { from: 53, to: 53 }, 4).admitted).toEqual([]);
    expect(evaluateAcl(acl([rule(100, 'allow', 'icmp')]), false, 'icmp', { from: 0, to: 65535 }, 4).admitted.length).toBe(1);
    expect(evaluateAcl(acl([rule(100, 'allow', '50')]), false, 'tcp', { from: 443, to: 443 }, 4).admitted).toEqual([]);
    expect(evaluateAcl(acl([rule(100, 'allow', 'all')]), false, 'udp', { from: 53, to: 53 }, 6).admitted).toEqual([]);
    expect(evaluateAcl(acl([rule(100, 'allow', 'all', 0, 65535, '::/0')]), false, 'udp', { from: 53, to: 53 }, 6).admitted.length).toBe(1);
  });
});
