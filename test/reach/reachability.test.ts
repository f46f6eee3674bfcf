/**
 * Whether the internet reaches a resource, on the fixture plans of
 * fixtures/reachability (see fixtures/README.md): fail_* targets are exposed,
 * pass_* are not, unk_* are unknown until apply.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_READS, MODEL_RESOURCE_TYPES, REACH_TYPES } from '../../src/model/resource-types.js';
import { parsePlan } from '../../src/plan/load.js';
import { REACH_READ_TYPES, buildNetModel } from '../../src/reach/build.js';
import { reachability, type Family, type Reachability } from '../../src/reach/evaluate.js';
import type { NetModel } from '../../src/reach/types.js';
import type { Side } from '../../src/model/types.js';
import { ROOT } from '../support/run-cli.js';

function net(file: string, side: Side = 'after'): NetModel {
  const path = join(ROOT, 'fixtures', 'reachability', file);
  return buildNetModel(parsePlan(readFileSync(path), path, MODEL_READS), side);
}

const tcp = (n: NetModel, target: string, port: number, family: Family = 4, securityGroup?: string): Reachability =>
  reachability(n, { target, protocol: 'tcp', ports: { from: port, to: port }, family, ...(securityGroup ? { securityGroup } : {}) });

const hops = (r: Reachability): string[] => (r.status === 'exposed' ? r.path.map((h) => `${h.kind} ${h.address}`) : []);
const blocks = (r: Reachability): string[] => (r.status === 'not-exposed' ? r.blockedBy.map((b) => `${b.kind} ${b.address}: ${b.why}`) : []);

describe('routes.json: subnets, route tables, gateways and public addresses', () => {
  const n = net('routes.json');

  it('an instance with a public IP in a subnet routed to the internet gateway is exposed, hop by hop', () => {
    const r = tcp(n, 'aws_instance.fail_public_web', 443, 4, 'aws_security_group.web');
    expect(r.status).toBe('exposed');
    expect(hops(r)).toEqual([
      'internet 0.0.0.0/0',
      'internet-gateway aws_internet_gateway.main',
      'route-table aws_route_table.public',
      'subnet aws_subnet.public_a',
      'network-acl aws_vpc.main.default_network_acl_id',
      'security-group aws_security_group.web',
      'resource aws_instance.fail_public_web',
    ]);
  });

  it('a private subnet that routes to a NAT gateway is not exposed, and every block is named', () => {
    expect(blocks(tcp(n, 'aws_instance.pass_private_app', 443))).toEqual([
      'public-address aws_instance.pass_private_app: no public IPv4 address',
      'route-table aws_route_table.private: aws_route_table.private has no IPv4 route to an internet gateway; routes to aws_nat_gateway.main (a NAT gateway, which carries no connection in from the internet)',
    ]);
  });

  it('a subnet with no association uses its own VPC main table, managed by aws_default_route_table', () => {
    const r = tcp(n, 'aws_instance.fail_main_table', 443);
    expect(hops(r)).toContain('route-table aws_default_route_table.main');
  });

  it("another VPC's main table never counts: VPC other's own main table has only the local route", () => {
    expect(blocks(tcp(n, 'aws_instance.pass_other_vpc', 443))).toEqual([
      'route-table aws_vpc.other.default_route_table_id: aws_vpc.other.default_route_table_id has no IPv4 route to an internet gateway',
    ]);
  });

  it('0.0.0.0/1 and 128.0.0.0/1 to the internet gateway (two aws_route resources) count as a default route', () => {
    expect(hops(tcp(n, 'aws_instance.fail_split_default', 443))).toContain('route-table aws_route_table.split');
  });

  it('an EIP on an instance without a public IP on launch exposes it; an EIP in a NAT-only subnet does not', () => {
    const r = tcp(n, 'aws_instance.fail_eip_app', 443);
    expect(r.status === 'exposed' && r.publicAddress).toBe('aws_eip.app');
    expect(blocks(tcp(n, 'aws_instance.pass_eip_private', 443))).toEqual([
      'route-table aws_route_table.private: aws_route_table.private has no IPv4 route to an internet gateway; routes to aws_nat_gateway.main (a NAT gateway, which carries no connection in from the internet)',
    ]);
  });

  it('an internet-facing ALB is exposed; the private app behind it is not directly; an internal ALB is not', () => {
    const alb = tcp(n, 'aws_lb.fail_public_alb', 443);
    expect(alb.status === 'exposed' && alb.publicAddress).toBe('internal = false');
    expect(hops(alb).at(-1)).toBe('load-balancer aws_lb.fail_public_alb');
    expect(tcp(n, 'aws_instance.pass_behind_alb', 443).status).toBe('not-exposed');
    expect(blocks(tcp(n, 'aws_lb.pass_internal_alb', 443))).toEqual(['public-address aws_lb.pass_internal_alb: no public IPv4 address (internal)']);
  });

  it('IPv6 through an egress-only gateway carries nothing in', () => {
    expect(blocks(tcp(n, 'aws_instance.pass_ipv6_egress_only', 443, 6))).toEqual([
      'route-table aws_route_table.ipv6_egress: aws_route_table.ipv6_egress has no IPv6 route to an internet gateway; routes to aws_egress_only_internet_gateway.main (an egress-only internet gateway, which carries no connection in from the internet)',
    ]);
  });

  it('a publicly accessible database in a public subnet group is exposed; the others are not', () => {
    const db = tcp(n, 'aws_db_instance.fail_public_db', 5432);
    expect(db.status === 'exposed' && db.publicAddress).toBe('publicly_accessible = true');
    expect(tcp(n, 'aws_db_instance.pass_private_db', 5432).status).toBe('not-exposed');
    expect(blocks(tcp(n, 'aws_db_instance.pass_not_publicly_accessible', 5432))).toEqual(['public-address aws_db_instance.pass_not_publicly_accessible: no public IPv4 address']);
  });

  it('without a family, both are tried and a blocked path lists the blocks of each', () => {
    const r = reachability(n, { target: 'aws_instance.pass_private_app', protocol: 'tcp', ports: { from: 443, to: 443 } });
    expect(blocks(r)).toContain('public-address aws_instance.pass_private_app: no public IPv6 address: aws_subnet.private_a assigns no IPv6 address on creation');
  });

  it('every fail_ target is exposed and every pass_ target is not', () => {
    for (const [address] of n.endpoints) {
      const status = tcp(n, address, address.includes('db_instance') ? 5432 : 443).status;
      if (address.includes('.fail_')) expect(status, address).toBe('exposed');
      if (address.includes('.pass_')) expect(status, address).toBe('not-exposed');
    }
  });
});

describe('nacls.json: network ACLs, first match by rule number', () => {
  const n = net('nacls.json');

  it('a deny at 90 before an allow at 100 blocks 22, and says which rule', () => {
    expect(blocks(tcp(n, 'aws_instance.pass_nacl_deny_first', 22))).toEqual([
      'network-acl aws_network_acl.deny_first: denies inbound 22/tcp from the IPv4 internet at rule 90 (aws_network_acl.deny_first)',
    ]);
    expect(tcp(n, 'aws_instance.pass_nacl_deny_first', 443).status).toBe('exposed');
  });

  it('a deny after an allow never matches: 22 is exposed', () => {
    expect(hops(tcp(n, 'aws_instance.fail_nacl_deny_after', 22))).toContain('network-acl aws_network_acl.deny_after');
  });

  it('the return path: egress that allows only 443 blocks the replies to ephemeral ports', () => {
    expect(blocks(tcp(n, 'aws_instance.pass_return_blocked', 443))).toEqual([
      'network-acl aws_network_acl.return_blocked: the return path is blocked: denies outbound 1024-65535/tcp to the IPv4 internet at the final * rule',
    ]);
  });

  it('standalone aws_network_acl_rule resources are evaluated together: a deny at 90 in one beats an allow at 100 in another', () => {
    expect(blocks(tcp(n, 'aws_instance.pass_standalone_deny', 3389))).toEqual([
      'network-acl aws_network_acl.standalone: denies inbound 3389/tcp from the IPv4 internet at rule 90 (aws_network_acl_rule.deny_rdp)',
    ]);
    expect(tcp(n, 'aws_instance.pass_standalone_deny', 22).status).toBe('exposed');
  });

  it('another protocol number (50) never matches tcp', () => {
    expect(tcp(n, 'aws_instance.fail_other_protocol', 443).status).toBe('exposed');
  });

  it('all traffic: a deny of protocol 50 first decides only protocol 50, so TCP allowed later still gets in', () => {
    const all = reachability(n, { target: 'aws_instance.fail_other_protocol', protocol: 'all', ports: { from: 0, to: 65535 }, family: 4 });
    expect(hops(all)).toContain('network-acl aws_network_acl.esp_first');
  });

  it('a subnet with no ACL gets the managed default ACL: 443 in, 22 denied by the final rule', () => {
    expect(hops(tcp(n, 'aws_instance.fail_default_acl', 443))).toContain('network-acl aws_default_network_acl.main');
    expect(blocks(tcp(n, 'aws_instance.fail_default_acl', 22))).toEqual([
      'network-acl aws_default_network_acl.main: denies inbound 22/tcp from the IPv4 internet at the final * rule',
    ]);
  });
});

describe('unknown.json: values unknown until apply stay unknown, with the reason', () => {
  const n = net('unknown.json');

  it('a new stack resolved through the configuration is exposed', () => {
    const r = tcp(n, 'aws_instance.fail_new_public', 443);
    expect(r.status === 'exposed' && r.publicAddress).toBe('aws_subnet.public (public IP on launch)');
    expect(hops(r)).toContain('internet-gateway aws_internet_gateway.new');
  });

  it.each([
    ['aws_instance.unk_map_public', 'aws_subnet.maybe_public: map_public_ip_on_launch is unknown until apply'],
    ['aws_instance.unk_route_target', 'aws_route_table.via_shared_gateway: route[0].gateway_id is unknown until apply'],
    ['aws_instance.unk_data_subnet', 'aws_instance.unk_data_subnet: subnet_id is unknown until apply'],
  ])('%s is unknown: %s', (target, why) => {
    expect(tcp(n, target, 443)).toEqual({ status: 'unknown', unknownBecause: [why] });
  });

  it('a resource the network does not know is unknown, never safe', () => {
    expect(tcp(n, 'aws_instance.nowhere', 443).status).toBe('unknown');
  });
});

describe('route-change.json: a pull request that only changes a route table', () => {
  it('the app instance is not exposed before and exposed after', () => {
    expect(tcp(net('route-change.json', 'before'), 'aws_instance.fail_now_exposed', 8080).status).toBe('not-exposed');
    expect(hops(tcp(net('route-change.json', 'after'), 'aws_instance.fail_now_exposed', 8080))).toContain('internet-gateway aws_internet_gateway.main');
  });
});

describe('the types the reader reads', () => {
  it('are all kept by the >16 MB scanner, and the model lists exactly them', () => {
    expect([...REACH_READ_TYPES].filter((t) => !MODEL_RESOURCE_TYPES.has(t))).toEqual([]);
    expect([...REACH_TYPES].sort()).toEqual([...REACH_READ_TYPES].sort());
  });
});
