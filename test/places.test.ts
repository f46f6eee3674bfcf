import { describe, expect, it } from 'vitest';
import { mergeAcrossPlans } from '../src/places.js';
import type { Finding } from '../src/findings/types.js';

function finding(plan: string, resource: string, overrides: Partial<Finding> = {}): Finding {
  return {
    id: `${plan}-${resource}`.replace(/[^a-f0-9]/g, 'a').slice(0, 12), rule: 'no-public-ssh', severity: 'critical', title: 'SSH open to the internet',
    message: `${resource} allows 22/tcp from 0.0.0.0/0`, messageId: 'open', plan, securityGroup: resource, resource, resourceType: 'aws_security_group',
    path: 'ingress[0]', direction: 'ingress', protocol: 'tcp', fromPort: 22, toPort: 22, peer: '0.0.0.0/0', peerKind: 'cidr',
    location: { file: 'modules/sg/main.tf', line: 12, endLine: 18 }, suppression: null, change: 'added', ...overrides,
  };
}

describe('mergeAcrossPlans', () => {
  it('shows the same block of a module used by several roots once, with every place', () => {
    const merged = mergeAcrossPlans([
      finding('live/prod/plan.json', 'module.sg.aws_security_group.web'),
      finding('live/staging/plan.json', 'module.web_sg.aws_security_group.web'),
      finding('live/dev/plan.json', 'module.sg.aws_security_group.web'),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.places).toEqual([
      { plan: 'live/prod/plan.json', resource: 'module.sg.aws_security_group.web' },
      { plan: 'live/staging/plan.json', resource: 'module.web_sg.aws_security_group.web' },
      { plan: 'live/dev/plan.json', resource: 'module.sg.aws_security_group.web' },
    ]);
  });

  it('never merges within one plan, without a location, or where the change or suppression differs', () => {
    const a = finding('a/plan.json', 'module.x.aws_security_group.web');
    expect(mergeAcrossPlans([a, finding('a/plan.json', 'module.y.aws_security_group.web')])).toHaveLength(2);
    expect(mergeAcrossPlans([{ ...a, location: null }, finding('b/plan.json', 'r', { location: null })])).toHaveLength(2);
    expect(mergeAcrossPlans([a, finding('b/plan.json', 'r', { change: 'unchanged' })])).toHaveLength(2);
    expect(mergeAcrossPlans([a, finding('b/plan.json', 'r', { suppression: { kind: 'exception', reason: 'x', expires: null, source: 'c.yml' } })])).toHaveLength(2);
    expect(mergeAcrossPlans([a, finding('b/plan.json', 'r', { fromPort: 23, toPort: 23 })])).toHaveLength(2);
  });

  it('leaves its input alone', () => {
    const input = [finding('a/plan.json', 'r'), finding('b/plan.json', 'r')];
    const copy = structuredClone(input);
    mergeAcrossPlans(input);
    expect(input).toEqual(copy);
  });
});
