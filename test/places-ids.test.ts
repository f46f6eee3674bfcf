/**
 * Plan labels, and what keeps findings of several plans apart once merged:
 * places carried from report to report, and one id per finding.
 */
import { describe, expect, it } from 'vitest';
import { mergeAcrossPlans, otherPlaces, planLabel, planNames, uniqueIds } from '../src/places.js';
import type { Finding } from '../src/findings/types.js';

function finding(plan: string, resource: string, overrides: Partial<Finding> = {}): Finding {
  return {
    id: 'a1b2c3d4e5f6', rule: 'no-public-ssh', severity: 'critical', title: 'SSH open to the internet',
    message: `${resource} allows 22/tcp from 0.0.0.0/0`, messageId: 'open', plan, securityGroup: resource, resource, resourceType: 'aws_security_group',
    path: 'ingress[0]', direction: 'ingress', protocol: 'tcp', fromPort: 22, toPort: 22, peer: '0.0.0.0/0', peerKind: 'cidr',
    location: { file: 'modules/sg/main.tf', line: 12, endLine: 18 }, suppression: null, change: 'added', ...overrides,
  };
}

describe('planLabel', () => {
  it('is the plan file\'s directory relative to the working directory, . for the top', () => {
    expect(planLabel('live/prod/plan.json')).toBe('live/prod');
    expect(planLabel('./live/prod/plan.json')).toBe('live/prod');
    expect(planLabel('live\\staging\\plan.json')).toBe('live/staging');
    expect(planLabel('plan.json')).toBe('.');
    expect(planLabel('-')).toBe('.');
    expect(planLabel('../other/plan.json')).toBe('../other');
    expect(planLabel('/work/repo/live/dev/plan.json', '/work/repo')).toBe('live/dev');
    expect(planLabel('/work/repo/plan.json', '/work/repo')).toBe('.');
    expect(planLabel('/elsewhere/plan.json')).toBe('/elsewhere');
  });

  it('names plans by label, or by path where two plans share a label', () => {
    const names = planNames([
      { path: 'live/prod/plan.json', label: 'live/prod' },
      { path: 'live/dev/plan.json', label: 'live/dev' },
      { path: 'live/dev/state.json', label: 'live/dev' },
    ]);
    expect([...names.values()]).toEqual(['live/prod', 'live/dev/plan.json', 'live/dev/state.json']);
  });
});

describe('places across reports', () => {
  it('brings every place of a finding merged before (in another report)', () => {
    const [fromA] = mergeAcrossPlans([finding('live/a/plan.json', 'module.sg.r'), finding('live/b/plan.json', 'module.sg.r')]);
    const [fromC] = mergeAcrossPlans([finding('live/c/plan.json', 'module.x.r'), finding('live/d/plan.json', 'module.sg.r')]);
    const merged = mergeAcrossPlans([fromA as Finding, fromC as Finding]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.places?.map((p) => p.plan)).toEqual(['live/a/plan.json', 'live/b/plan.json', 'live/c/plan.json', 'live/d/plan.json']);
    expect(otherPlaces(merged[0] as Finding).map((p) => `${p.plan} ${p.resource}`)).toEqual(['live/b/plan.json module.sg.r', 'live/c/plan.json module.x.r', 'live/d/plan.json module.sg.r']);
  });

  it('never merges a finding whose places overlap the first one\'s (the same report twice)', () => {
    const [once] = mergeAcrossPlans([finding('live/a/plan.json', 'r'), finding('live/b/plan.json', 'r')]);
    expect(mergeAcrossPlans([once as Finding, once as Finding])).toHaveLength(2);
  });
});

describe('uniqueIds', () => {
  it('keeps the first of each id and derives the others from id and plan, the same every run', () => {
    const input = [finding('live/a/plan.json', 'r'), finding('live/b/plan.json', 'r'), finding('live/c/plan.json', 'r'), finding('live/a/plan.json', 'q', { id: 'ffffffffffff' })];
    const once = uniqueIds(input).map((f) => f.id);
    expect(once[0]).toBe('a1b2c3d4e5f6');
    expect(once[3]).toBe('ffffffffffff');
    expect(new Set(once).size).toBe(4);
    for (const id of once) expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(uniqueIds(input).map((f) => f.id)).toEqual(once);
    // The id a later plan gets does not depend on the plans between.
    expect(uniqueIds([input[0] as Finding, input[2] as Finding])[1]?.id).toBe(once[2]);
    expect(input.map((f) => f.id)).toEqual(['a1b2c3d4e5f6', 'a1b2c3d4e5f6', 'a1b2c3d4e5f6', 'ffffffffffff']);
  });

  it('stays distinct when the same plan path repeats', () => {
    const ids = uniqueIds([finding('plan.json', 'r'), finding('plan.json', 'r'), finding('plan.json', 'r')]).map((f) => f.id);
    expect(new Set(ids).size).toBe(3);
  });
});
