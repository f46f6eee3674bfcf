/**
 * Merge queues, end to end: run() of src/main.ts on a merge_group event (the
 * payload as GitHub's webhook documentation gives it), in a checkout that is a
 * real git repository with the base commit and the merge group's head commit,
 * against the local GitHub API server. A merge group has no pull request: the
 * Action sets one commit status on the group's head commit and posts nothing
 * else, with the base branch's policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction, type ActionResult } from '../support/action-run.js';
import { FakeGitHub } from '../support/github-server.js';
import { baseAndHead, CONFIG, IGNORE, ONLY_SSH } from '../support/pr-commits.js';
import { ROOT } from '../support/run-cli.js';

const WRITE = 'ghs_write_token';
const READ = 'ghs_read_token';

const servers: FakeGitHub[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

interface MergeGroup {
  ws: string;
  base: string;
  head: string;
  gh: FakeGitHub;
  event: Record<string, unknown>;
}

/**
 * The base branch's commit (the base Terraform and `baseFiles`) and the merge
 * group's commit on it (the head Terraform with public SSH, RDP and a public
 * database, its plan, and `headFiles`), checked out at the group's commit as
 * actions/checkout does on merge_group.
 */
async function mergeGroup(baseFiles: Record<string, string>, headFiles: Record<string, string>, edit: (tf: string) => string = (tf) => tf): Promise<MergeGroup> {
  const { ws, base, head } = baseAndHead(baseFiles, headFiles, edit, 'Merge pull request #7 from acme/open-bastion');
  const gh = await new FakeGitHub().start();
  servers.push(gh);
  gh.addCommit(head);
  const event = JSON.parse(readFileSync(join(ROOT, 'fixtures/events/merge_group.checks_requested.json'), 'utf8')) as Record<string, unknown>;
  const group = event.merge_group as { head_sha: string; base_sha: string; head_commit: { id: string } };
  group.head_sha = head;
  group.head_commit.id = head;
  group.base_sha = base;
  return { ws, base, head, gh, event };
}

function run(group: MergeGroup, extra: Record<string, string> = {}): Promise<ActionResult> {
  return runAction({ workspace: group.ws, eventName: 'merge_group', event: group.event, apiUrl: group.gh.url, inputs: { plan: 'infra/plan.json', 'github-token': WRITE, 'sarif-file': '', ...extra } });
}

function report(group: MergeGroup): { findings: Array<{ rule: string; suppression: { kind: string } | null }>; policy: { source: string } } {
  return JSON.parse(readFileSync(join(group.ws, 'sg-guard-report.json'), 'utf8'));
}

describe('merge_group: the merge queue\'s check', () => {
  it('sets one commit status, failure, on the merge group\'s head commit, and posts no comment or review', async () => {
    const group = await mergeGroup({}, {});
    const r = await run(group);
    expect(group.gh.violations).toEqual([]);
    expect(r.status).toBe(1);
    expect(group.gh.operations()).toEqual(['POST repos/create-commit-status']);
    expect(group.gh.statuses).toEqual([
      {
        sha: group.head,
        state: 'failure',
        context: 'sg-guard',
        description: expect.stringMatching(/^3 findings at or above high \(3 critical/),
        target_url: 'https://github.com/acme/infra/actions/runs/4242',
      },
    ]);
    expect(group.gh.issueComments).toEqual([]);
    expect(group.gh.reviews).toEqual([]);
    expect(group.gh.reviewComments).toEqual([]);
    // The reports and the job summary are written as on any run.
    expect(report(group).findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['no-public-ssh', 'no-public-rdp', 'no-public-database']));
    expect(r.summary).toContain('sg-guard');
    expect(r.outputs.blocking).toBe('3');
  });

  it('uses the base branch\'s policy: a group that turns the rules off in its own config still fails', async () => {
    const group = await mergeGroup({}, { [CONFIG]: 'rules:\n  no-public-ssh: off\n  no-public-rdp: off\n  no-public-database: off\n' });
    const r = await run(group);
    expect(r.status).toBe(1);
    expect(group.gh.statuses.map((s) => [s.sha, s.state])).toEqual([[group.head, 'failure']]);
    expect(report(group).policy.source).toBe('defaults');
  });

  it('passes, with a success status on the group\'s commit, when the base branch\'s policy waives what blocks', async () => {
    const exception = `${ONLY_SSH}exceptions:\n  - rule: no-public-ssh\n    resource: aws_security_group.bastion\n    reason: Break-glass bastion for INC-231\n    expires: 2099-12-31\n`;
    const group = await mergeGroup({ [CONFIG]: exception }, {});
    const r = await run(group, { 'fail-on': 'critical' });
    expect(r.status).toBe(0);
    expect(group.gh.statuses).toEqual([expect.objectContaining({ sha: group.head, state: 'success', context: 'sg-guard' })]);
    expect(report(group).policy.source).toBe('base');
  });

  it('an sg-guard:ignore comment the group carries counts (its pull request\'s check required the approval); inline-ignores: off drops it', async () => {
    const withIgnore = (tf: string): string => tf.replace('resource "aws_security_group" "bastion" {', `${IGNORE}resource "aws_security_group" "bastion" {`);
    const group = await mergeGroup({ [CONFIG]: ONLY_SSH }, {}, withIgnore);
    expect((await run(group, { 'fail-on': 'critical' })).status).toBe(0);
    expect(group.gh.statuses.map((s) => s.state)).toEqual(['success']);
    expect(report(group).findings.find((f) => f.rule === 'no-public-ssh')?.suppression?.kind).toBe('inline');

    const off = await run(group, { 'fail-on': 'critical', 'inline-ignores': 'off' });
    expect(off.status).toBe(1);
    expect(group.gh.statuses.map((s) => s.state)).toEqual(['success', 'failure']);
  });

  it('a token that may not set statuses: the step fails with one line that names the permission', async () => {
    const group = await mergeGroup({}, {});
    const r = await run(group, { 'github-token': READ, 'fail-on': 'never' });
    expect(r.status).toBe(1);
    const errors = r.commands.filter((c) => c.command === 'error').map((c) => c.message);
    expect(errors).toEqual([expect.stringMatching(/^sg-guard could not set the commit status "sg-guard" on the merge group [0-9a-f]{7} into main: .*; the workflow needs permission statuses: write$/)]);
    expect(group.gh.statuses).toEqual([]);
  });

  it('status-context empty: no request at all; the step\'s result is the check', async () => {
    const group = await mergeGroup({}, {});
    const r = await run(group, { 'status-context': '' });
    expect(r.status).toBe(1);
    expect(group.gh.requests).toEqual([]);
  });
});
