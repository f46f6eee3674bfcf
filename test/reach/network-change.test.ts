/**
 * What a plan that changes only the network does to findings: the rules that
 * read the network run on the before side too, so a finding the plan opens in
 * a network ACL is added (and blocks with fail-on-scope added), one it closes
 * is removed, and the group rules' findings stay as they were.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { parsePlan } from '../../src/plan/load.js';
import { changesNetwork } from '../../src/reach/build.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { inlineCommentBody } from '../../src/review/comments.js';
import { ROOT } from '../support/run-cli.js';
import { MODEL_READS } from '../../src/model/resource-types.js';

const plan = (file: string) => parsePlan(readFileSync(join(ROOT, 'fixtures', 'reachability', file)), file, MODEL_READS);

describe('a plan that changes only network ACL rules (nacl-change.json)', () => {
  it('changesNetwork: yes for a plan that creates and deletes ACL rules, no for one that changes nothing', () => {
    expect(changesNetwork(plan('nacl-change.json'))).toBe(true);
    expect(changesNetwork(plan('nacl-rules.json'))).toBe(false);
  });

  it('the new rule that opens SSH is added and blocks with fail-on-scope added; the deleted one is removed', async () => {
    const { report } = await runCheck({ plans: ['fixtures/reachability/nacl-change.json'], root: false, failOnScope: 'added', failOn: 'high' });
    expect(report.findings.map((f) => `${f.change} ${f.rule} ${f.severity} ${f.resource}`).sort()).toEqual([
      'added nacl-public-admin-port high aws_network_acl_rule.fail_outside_acl',
      'added nacl-public-admin-port high aws_network_acl_rule.fail_ssh_added',
      'added nacl-public-admin-port info aws_network_acl_rule.unk_bastion_ssh',
      'removed nacl-public-admin-port high aws_network_acl_rule.fail_removed',
    ]);
    expect(report.summary).toMatchObject({ blocking: 2, added: 3, removed: 1 });
  });
});

describe('a plan that changes only a route (route-change.json)', () => {
  it('a group finding the route change exposes is what the plan adds: it blocks with fail-on-scope added', async () => {
    const { report } = await runCheck({ plans: ['fixtures/reachability/route-change.json'], root: false, failOnScope: 'added', failOn: 'high' });
    expect(changesNetwork(plan('route-change.json'))).toBe(true);
    expect(report.findings.filter((f) => f.change !== 'unchanged').map((f) => `${f.change} ${f.rule} ${f.resource} ${f.reachability?.status ?? ''}`)).toEqual([
      'added no-public-high-risk-port aws_security_group.app exposed',
    ]);
    expect(report.summary.blocking).toBe(1);
  });

  it('without the route change the same finding is already there and does not block', async () => {
    const json = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'reachability', 'route-change.json'), 'utf8')) as { resource_changes: Array<{ address: string; change: { actions: string[]; before: unknown; after: unknown } }> };
    const table = json.resource_changes.find((r) => r.address === 'aws_route_table.app');
    if (!table) throw new Error('fixture lacks aws_route_table.app');
    table.change.before = table.change.after;
    table.change.actions = ['no-op'];
    const dir = mkdtempSync(join(tmpdir(), 'sg-guard-route-'));
    const file = join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify(json));
    const { report } = await runCheck({ plans: [file], root: false, failOnScope: 'added', failOn: 'high' });
    expect(report.findings.map((f) => `${f.change} ${f.rule} ${f.reachability?.status ?? ''}`)).toContain('unchanged no-public-high-risk-port exposed');
    expect(report.summary.blocking).toBe(0);
  });
});

describe('network ACL findings in words', () => {
  it('are shown under their ACL, never under a group unknown until apply', async () => {
    const { report, rules } = await runCheck({ plans: ['fixtures/reachability/nacl-change.json'], root: false });
    const text = renderText(report, { color: false });
    expect(text).toContain('network ACL aws_network_acl.app\n  HIGH');
    expect(text).not.toContain('group unknown until apply');
    const markdown = renderMarkdown(report, rules.map((r) => r.meta));
    expect(markdown).toContain('opens 3389/tcp to the internet on network ACL acl-0e7000000000000ff and 22/tcp on network ACL aws\\_network\\_acl.app');
    expect(markdown).not.toContain('_unknown until apply_');
    const added = report.findings.find((f) => f.resource === 'aws_network_acl_rule.fail_ssh_added');
    const comment = inlineCommentBody(added as (typeof report.findings)[number], rules.find((r) => r.meta.name === 'nacl-public-admin-port')?.meta, 'ctx', { name: 'sg-guard', version: '0' });
    expect(comment).toContain('- **Network ACL:** `aws_network_acl.app`');
    expect(comment).not.toContain('Security group');
  });
});
