/**
 * The exposure diff of reachability (src/graph/reach-diff.ts): what a pull
 * request changes in whether the internet reaches a resource, even where no
 * security group changed, and why, end to end through runCheck and the
 * Markdown summary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { exposureDiff } from '../../src/graph/diff.js';
import { buildModel } from '../../src/model/build.js';
import type { Model } from '../../src/model/types.js';
import { parsePlan } from '../../src/plan/load.js';
import { planNetworks } from '../../src/reach/build.js';
import type { NetModel, PlanNetworks } from '../../src/reach/types.js';
import { render } from '../../src/render.js';
import { ROOT } from '../support/run-cli.js';
import { MODEL_READS } from '../../src/model/resource-types.js';

const fixture = (file: string): string => join(ROOT, 'fixtures', 'reachability', file);

function load(file: string): { model: Model; networks: PlanNetworks } {
  const plan = parsePlan(readFileSync(fixture(file)), file, MODEL_READS);
  return { model: buildModel(plan), networks: planNetworks(plan) };
}

async function changes(file: string): Promise<{ lines: string[]; markdown: string }> {
  const result = await runCheck({ plans: [fixture(file)], root: false });
  return { lines: result.report.plans.flatMap((p) => p.exposureChanges), markdown: render(result.report, 'markdown', { color: false, rules: result.rules, models: result.models }) };
}

const ROUTE_LINE = 'aws_instance.fail_now_exposed: 8080/tcp now exposed to the internet: aws_subnet.app_a now routes 0.0.0.0/0 to aws_internet_gateway.main';
const NACL_LINE = 'aws_instance.fail_app: 22/tcp no longer exposed: NACL rule 90 (aws_network_acl_rule.deny_ssh) denies';

describe('a pull request that changes the network and no group', () => {
  it('route-change.json: the route table now sends 0.0.0.0/0 to the internet gateway, so the app instance is exposed', async () => {
    const { lines, markdown } = await changes('route-change.json');
    expect(lines).toEqual([ROUTE_LINE]);
    expect(markdown).toContain('What this plan changes in who reaches whom (1)');
    expect(markdown).toContain('- aws\\_instance.fail\\_now\\_exposed: 8080/tcp now exposed to the internet: aws\\_subnet.app\\_a now routes 0.0.0.0/0 to aws\\_internet\\_gateway.main');
  });

  it('nacl-deny-change.json: a new deny rule at 90 closes 22, and 8080 (still exposed) gets no line', async () => {
    const { lines, markdown } = await changes('nacl-deny-change.json');
    expect(lines).toEqual([NACL_LINE]);
    expect(markdown).toContain('- aws\\_instance.fail\\_app: 22/tcp no longer exposed: NACL rule 90 (aws\\_network\\_acl\\_rule.deny\\_ssh) denies');
  });

  it('without the networks, nothing changes: no group did', () => {
    expect(exposureDiff(load('route-change.json').model)).toEqual([]);
  });

  it('the same network on both sides changes nothing', () => {
    const { model, networks } = load('route-change.json');
    expect(exposureDiff(model, { before: networks.after, after: networks.after })).toEqual([]);
  });

  it('resources the plan creates are left out (their findings say whether they are exposed)', async () => {
    const { lines } = await changes('unknown.json');
    expect(lines.filter((l) => l.startsWith('aws_instance.'))).toEqual([]);
  });
});

describe('why the answer changed', () => {
  const withEndpoint = (net: NetModel, target: string, change: (ep: NonNullable<ReturnType<NetModel['endpoints']['get']>>) => void): NetModel => {
    const ep = structuredClone(net.endpoints.get(target));
    if (!ep) throw new Error(`no endpoint ${target}`);
    change(ep);
    return { ...net, endpoints: new Map([...net.endpoints, [target, ep]]) };
  };

  it('a public address now assigned (22 was closed before and is closed now: no line)', () => {
    const { model, networks } = load('nacl-deny-change.json');
    const before = withEndpoint(networks.before, 'aws_instance.fail_app', (ep) => {
      ep.publicIpv4 = false;
    });
    expect(exposureDiff(model, { before, after: networks.after }).map((c) => c.text)).toEqual([
      'aws_instance.fail_app: 8080/tcp now exposed to the internet: it now has a public address: associate_public_ip_address',
    ]);
  });

  it('a route that is no longer there', () => {
    const { model, networks } = load('route-change.json');
    expect(exposureDiff(model, { before: networks.after, after: networks.before }).map((c) => c.text)).toEqual([
      'aws_instance.fail_now_exposed: 8080/tcp no longer exposed: aws_subnet.app_a no longer routes 0.0.0.0/0 to aws_internet_gateway.main',
    ]);
  });

  it('a value unknown until apply is unknown, never safe: "may now be exposed"', () => {
    const { model, networks } = load('route-change.json');
    const table = networks.after.routeTables.get('aws_route_table.app');
    if (!table) throw new Error('no table');
    const after: NetModel = { ...networks.after, routeTables: new Map([...networks.after.routeTables, ['aws_route_table.app', { ...table, routes: [], routesUnknown: { unknown: 'aws_route_table.app: route is unknown until apply' } }]]) };
    const [line] = exposureDiff(model, { before: networks.before, after });
    expect(line).toMatchObject({ kind: 'unknown', resource: 'aws_instance.fail_now_exposed', group: 'aws_security_group.app', traffic: '8080/tcp' });
    expect(line?.text).toBe('aws_instance.fail_now_exposed: 8080/tcp may now be exposed to the internet: aws_route_table.app: route is unknown until apply');
  });

  it('a state has no before side: nothing changes', () => {
    const { model, networks } = load('route-change.json');
    const state: Model = { ...model, plan: { ...model.plan, kind: 'state' } };
    expect(exposureDiff(state, networks)).toEqual([]);
  });
});
