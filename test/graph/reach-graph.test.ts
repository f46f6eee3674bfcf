/**
 * The graph with the network of the plan: whether the internet really
 * reaches each group (internetReachable) and the internet gateways and
 * subnets it comes through, in JSON, Mermaid, DOT and text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { buildGraph, type ExposureGraph } from '../../src/graph/graph.js';
import { renderDot, renderGraphJson, renderGraphText, renderMermaid } from '../../src/graph/render.js';
import { buildModel } from '../../src/model/build.js';
import type { Model } from '../../src/model/types.js';
import { parsePlan } from '../../src/plan/load.js';
import { buildNetModel, emptyNetModel } from '../../src/reach/build.js';
import type { NetModel } from '../../src/reach/types.js';
import { modelOf, tcp } from '../support/permissions.js';
import { ROOT } from '../support/run-cli.js';
import { MODEL_READS } from '../../src/model/resource-types.js';

const path = (file: string): string => join(ROOT, 'fixtures', 'reachability', file);

function load(file: string): { model: Model; net: NetModel } {
  const plan = parsePlan(readFileSync(path(file)), file, MODEL_READS);
  return { model: buildModel(plan), net: buildNetModel(plan) };
}

type JsonNode = { id: string; kind: string; internetReachable?: string };

const reachable = (graph: ExposureGraph): Record<string, string | undefined> =>
  Object.fromEntries((JSON.parse(renderGraphJson(graph)) as { nodes: JsonNode[] }).nodes.filter((n) => n.kind === 'group').map((n) => [n.id, n.internetReachable]));

describe('internetReachable on routes.json', () => {
  const { model, net } = load('routes.json');

  it('yes where something that uses the group is exposed, no where nothing is', () => {
    expect(reachable(buildGraph(model, [], net))).toEqual({
      // fail_public_web (public subnet, public IP) among others.
      'aws_security_group.web': 'yes',
      // The public database (publicly_accessible, subnet group routed to the gateway).
      'aws_security_group.db': 'yes',
      // pass_other_vpc: VPC other's own main table has only the local route.
      'aws_security_group.other': 'no',
    });
  });

  it('unknown where the answer depends on a value unknown until apply, never no', () => {
    const table = net.routeTables.get('aws_vpc.other.default_route_table_id');
    if (!table) throw new Error('no main table of VPC other');
    const unknown: NetModel = { ...net, routeTables: new Map([...net.routeTables, [table.address, { ...table, routesUnknown: { unknown: 'route unknown until apply' } }]]) };
    expect(reachable(buildGraph(model, [], unknown))['aws_security_group.other']).toBe('unknown');
  });

  it('unknown without a network, and for a group nothing in the plan uses; no for a group that opens nothing to the internet', () => {
    expect(Object.values(reachable(buildGraph(model, [], emptyNetModel())))).toEqual(['unknown', 'unknown', 'unknown']);
    const unused = modelOf([tcp('443', '0.0.0.0/0', 'a'), tcp('443', '10.0.0.0/8', 'b')]);
    expect(reachable(buildGraph(unused, [], net))).toEqual({ 'aws_security_group.a': 'unknown', 'aws_security_group.b': 'no' });
  });

  it('JSON lists the network path of each exposed group: gateway, route table, subnet', () => {
    const json = JSON.parse(renderGraphJson(buildGraph(model, [], net))) as { nodes: JsonNode[]; internetPaths: unknown[] };
    expect(json.internetPaths).toContainEqual({ group: 'aws_security_group.web', gateway: 'aws_internet_gateway.main', routeTable: 'aws_route_table.public', subnet: 'aws_subnet.public_a' });
    expect(json.internetPaths).toContainEqual({ group: 'aws_security_group.web', gateway: 'aws_internet_gateway.main', routeTable: 'aws_default_route_table.main', subnet: 'aws_subnet.main_a' });
    expect(json.nodes).toContainEqual({ id: 'aws_internet_gateway.main', kind: 'internet-gateway', tiers: [] });
    expect(json.nodes).toContainEqual({ id: 'aws_subnet.public_a', kind: 'subnet', tiers: [] });
    // No path to a group that is not exposed, and no subnet that is on no exposed path.
    expect(json.internetPaths.filter((p) => (p as { group: string }).group === 'aws_security_group.other')).toEqual([]);
    expect(json.nodes.map((n) => n.id)).not.toContain('aws_subnet.private_a');
  });
});

describe('the diagram draws internet → gateway → subnet → group', () => {
  const { model, net } = load('route-change.json');
  const graph = buildGraph(model, [], net);

  it('Mermaid: a hexagon for the gateway, a framed box for the subnet, the traffic on the last arrow, every arrow of the path red', () => {
    const m = renderMermaid(graph);
    const id = (label: string): string => new RegExp(`^ {2}(n\\d+)\\W+"${label}`, 'm').exec(m)?.[1] ?? 'missing';
    expect(m).toContain(`  ${id('aws_internet_gateway.main')}{{"aws_internet_gateway.main"}}`);
    expect(m).toContain(`  ${id('aws_subnet.app_a')}[["aws_subnet.app_a"]]`);
    const arrows = m.split('\n').filter((l) => l.includes('-->')).map((l) => l.trim());
    expect(arrows).toEqual([`internet --> ${id('aws_internet_gateway.main')}`, `${id('aws_internet_gateway.main')} --> ${id('aws_subnet.app_a')}`, `${id('aws_subnet.app_a')} -- "8080/tcp" --> ${id('app #40;instances#41;')}`]);
    expect(m).toContain('  linkStyle 0,1,2 stroke:#d73a49');
  });

  it('DOT and text say the same', () => {
    expect(renderDot(graph)).toContain('"aws_subnet.app_a" -> "aws_security_group.app" [label="8080/tcp from 0.0.0.0/0", color=red];');
    expect(renderGraphText(graph)).toBe(
      'aws_security_group.app  [instances]\n  <- internet (0.0.0.0/0)  8080/tcp\n  internet reaches it directly: 8080/tcp\n  exposed: the internet reaches what uses it through aws_internet_gateway.main -> aws_subnet.app_a\n',
    );
  });

  it('before the route change, the group is not exposed and the diagram draws the internet straight to it', () => {
    const plan = parsePlan(readFileSync(path('route-change.json')), 'route-change.json', MODEL_READS);
    const before = buildGraph(model, [], buildNetModel(plan, 'before'));
    expect(reachable(before)).toEqual({ 'aws_security_group.app': 'no' });
    expect(renderMermaid(before)).not.toContain('{{');
  });

  it('sg-guard graph --format json reads the network of the plan', async () => {
    let out = '';
    const io = { stdout: (t: string) => void (out += t), stderr: () => undefined, env: {}, isTty: false };
    expect(await main(['graph', '--format', 'json', path('route-change.json')], io as never)).toBe(0);
    expect((JSON.parse(out) as { nodes: JsonNode[] }).nodes.find((n) => n.id === 'aws_security_group.app')?.internetReachable).toBe('yes');
  });
});
