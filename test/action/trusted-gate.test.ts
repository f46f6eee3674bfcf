/**
 * The gate a pull request cannot switch off (issue 12), end to end: run() of
 * src/main.ts as the runner starts it, in a checkout that is a real git
 * repository with the base commit and the pull request's head commit, against
 * the local GitHub API server.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction, workspace, type ActionResult } from '../support/action-run.js';
import { commitAll } from '../support/git.js';
import { FakeGitHub, HUMAN, type User } from '../support/github-server.js';
import { baseAndHead, CONFIG, IGNORE, ONLY_SSH } from '../support/pr-commits.js';
import { ROOT } from '../support/run-cli.js';

const WRITE = 'ghs_write_token';
const PR = 7;
const MAINTAINER: User = { login: 'maintainer-mia', id: 7100001, type: 'User' };

const servers: FakeGitHub[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

interface PullRequest {
  ws: string;
  base: string;
  head: string;
  gh: FakeGitHub;
  event: Record<string, unknown>;
}

/**
 * A repository whose base commit has the base Terraform and `baseFiles`, and a
 * pull request whose head commit adds the head Terraform (public SSH, RDP and
 * a public database) and `headFiles`. The server knows the pull request with
 * the diff between the two commits.
 */
async function pullRequest(baseFiles: Record<string, string>, headFiles: Record<string, string>, edit: (tf: string) => string = (tf) => tf): Promise<PullRequest> {
  const { ws, base, head } = baseAndHead(baseFiles, headFiles, edit);
  const diff = execFileSync('git', ['diff', base, head], { cwd: ws, encoding: 'utf8' });
  // The author has the maintain role too: only the four-eyes rule stands between them and their own approval.
  const gh = await new FakeGitHub({ roles: { [HUMAN.login]: 'maintain', [MAINTAINER.login]: 'maintain' } }).start();
  servers.push(gh);
  gh.addPull({ number: PR, headSha: head, diff });
  const event = JSON.parse(readFileSync(join(ROOT, 'fixtures/events/pull_request.synchronize.json'), 'utf8')) as Record<string, unknown>;
  const pr = event.pull_request as { head: { sha: string }; base: { sha: string } };
  pr.head.sha = head;
  pr.base.sha = base;
  event.after = head;
  return { ws, base, head, gh, event };
}

function full(pr: PullRequest, extra: Record<string, string> = {}): Promise<ActionResult> {
  return runAction({ workspace: pr.ws, event: pr.event, apiUrl: pr.gh.url, inputs: { plan: 'infra/plan.json', 'github-token': WRITE, 'sarif-file': '', ...extra } });
}

function summaryOf(gh: FakeGitHub): string {
  return gh.issueComments.find((c) => c.body.startsWith('<!-- sg-guard:summary'))?.body ?? '';
}

describe('the policy is the base branch\'s', () => {
  it('(a) a pull request that turns rules off in its config keeps the status failure, and the summary names the pending change', async () => {
    const pr = await pullRequest({}, { [CONFIG]: 'rules:\n  no-public-ssh: off\n  no-public-rdp: off\n  no-public-database: info\n' });
    const r = await full(pr);
    expect(pr.gh.violations).toEqual([]);
    expect(r.status).toBe(1);
    expect(pr.gh.statuses.map((s) => s.state)).toEqual(['failure']);
    const report = JSON.parse(readFileSync(join(pr.ws, 'sg-guard-report.json'), 'utf8')) as { findings: Array<{ rule: string; severity: string; suppression: unknown }> };
    expect(report.findings.filter((f) => f.rule === 'no-public-ssh' && !f.suppression)).toHaveLength(1);
    expect(report.findings.find((f) => f.rule === 'no-public-database')?.severity).toBe('critical');
    const summary = summaryOf(pr.gh);
    expect(summary).toMatch(/This pull request changes the policy: .*turns off no-public-ssh/);
    expect(summary).toContain('It takes effect after merge.');
    // Where each blocking finding is written links to those lines at the head commit.
    expect(summary).toContain(`(https://github.com/acme/infra/blob/${pr.head}/infra/main.tf#L`);
  });

  it('the same config, read from the checkout with config-source: head, is what the pull request asked for (the old, unsafe way)', async () => {
    const pr = await pullRequest({}, { [CONFIG]: 'rules:\n  no-public-ssh: off\n  no-public-rdp: off\n  no-public-database: info\n' });
    const r = await full(pr, { 'config-source': 'head' });
    expect(r.status).toBe(0);
    expect(pr.gh.statuses.map((s) => s.state)).toEqual(['success']);
  });

  it('(d) an exception in the base config applies, and is listed under Waived with who set it, the reason and the expiry', async () => {
    const exception = 'exceptions:\n  - rule: no-public-ssh\n    resource: aws_security_group.bastion\n    reason: Break-glass bastion for INC-231\n    expires: 2099-12-31\n';
    const pr = await pullRequest({ [CONFIG]: exception }, {});
    const r = await full(pr, { 'fail-on': 'critical' });
    expect(r.status).toBe(1);
    const report = JSON.parse(readFileSync(join(pr.ws, 'sg-guard-report.json'), 'utf8')) as { findings: Array<{ rule: string; suppression: { kind: string; reason: string; expires: string } | null }> };
    expect(report.findings.find((f) => f.rule === 'no-public-ssh')?.suppression).toMatchObject({ kind: 'exception', reason: 'Break-glass bastion for INC-231', expires: '2099-12-31' });
    const summary = summaryOf(pr.gh);
    expect(summary).toContain('Waived (1)');
    expect(summary).toContain('Break-glass bastion for INC-231');
    expect(summary).toContain('2099-12-31');
  });

  it('a base commit that is not in the checkout and cannot be fetched: one line naming the file and the commit, nothing posted', async () => {
    const pr = await pullRequest({}, {});
    (pr.event.pull_request as { base: { sha: string } }).base.sha = 'f'.repeat(40);
    const r = await full(pr);
    expect(r.status).toBe(1);
    const errors = r.commands.filter((c) => c.command === 'error').map((c) => c.message);
    expect(errors).toEqual([expect.stringMatching(/^\.github\/sg-guard\.yml at ffffffffffff: cannot be read: the base commit is not in the checkout and git fetch failed/)]);
    expect(pr.gh.writes()).toEqual([]);
  });
});

describe('an sg-guard:ignore comment the pull request adds is a request', () => {
  function say(pr: PullRequest, user: User, body: string): Promise<ActionResult> {
    const c = pr.gh.comment(PR, user, body);
    const event = JSON.parse(readFileSync(join(ROOT, 'fixtures/events/issue_comment.created.json'), 'utf8')) as Record<string, unknown>;
    const json = { login: user.login, id: user.id, type: user.type };
    event.sender = json;
    Object.assign(event.comment as object, { id: c.id, body: c.body, user: json, created_at: c.created_at });
    return runAction({ workspace: workspace({}), apiUrl: pr.gh.url, eventName: 'issue_comment', event, inputs: { 'github-token': WRITE } });
  }

  it('(b) it keeps failure and says "waiver requested"; the author cannot approve it; a maintainer can; the next push keeps the approval', async () => {
    const pr = await pullRequest({ [CONFIG]: ONLY_SSH }, {}, (tf) => tf.replace('resource "aws_security_group" "bastion" {', `${IGNORE}resource "aws_security_group" "bastion" {`));
    const first = await full(pr);
    expect(pr.gh.violations).toEqual([]);
    expect(first.status).toBe(1);
    expect(pr.gh.statuses.map((s) => s.state)).toEqual(['failure']);
    const report = JSON.parse(readFileSync(join(pr.ws, 'sg-guard-report.json'), 'utf8')) as { findings: Array<{ id: string; rule: string; suppression: unknown; waiverRequest?: { by: string; reason: string } }> };
    const ssh = report.findings.find((f) => f.rule === 'no-public-ssh');
    expect(ssh?.suppression).toBeNull();
    expect(ssh?.waiverRequest).toMatchObject({ by: 'octocat', reason: 'Break-glass bastion for INC-231' });
    expect(summaryOf(pr.gh)).toMatch(/Waiver requests \(1\)/);
    const inline = pr.gh.reviewComments.find((c) => c.body.includes('no-public-ssh'))?.body ?? '';
    expect(inline).toContain('**Waiver requested** by @\u200docto');
    expect(inline).toContain(`/sg-guard approve ${ssh?.id}`);

    const own = await say(pr, HUMAN, `/sg-guard approve ${ssh?.id}`);
    expect(own.status).toBe(0);
    expect(pr.gh.issueComments.at(-1)?.body).toContain('the author of a pull request may not approve a waiver on it');
    expect(pr.gh.statuses.map((s) => s.state)).toEqual(['failure']);

    const approved = await say(pr, MAINTAINER, `/sg-guard approve ${ssh?.id}`);
    expect(approved.status).toBe(0);
    expect(pr.gh.violations).toEqual([]);
    // The answer goes to the finding's thread.
    expect(pr.gh.reviewComments.at(-1)?.body).toContain('**Waiver approved** by @\u200dmaintainer-mia');
    expect(pr.gh.statuses.map((s) => s.state)).toEqual(['failure', 'success']);
    expect(summaryOf(pr.gh)).toMatch(/Waived \(1\)/);
    expect(summaryOf(pr.gh)).toContain('maintainer-mia');

    // The next push (the same findings on a new head commit): the approval carries over.
    writeFileSync(join(pr.ws, 'README.md'), 'a new commit\n');
    const next = commitAll(pr.ws, 'next');
    pr.gh.addPull({ number: PR, headSha: next, diff: execFileSync('git', ['diff', pr.base, next], { cwd: pr.ws, encoding: 'utf8' }) });
    (pr.event.pull_request as { head: { sha: string } }).head.sha = next;
    const again = await full(pr);
    expect(again.status).toBe(0);
    expect(pr.gh.statuses.at(-1)).toMatchObject({ sha: next, state: 'success' });
    const after = JSON.parse(readFileSync(join(pr.ws, 'sg-guard-report.json'), 'utf8')) as { findings: Array<{ rule: string; suppression: { kind: string; by: string } | null }> };
    expect(after.findings.find((f) => f.rule === 'no-public-ssh')?.suppression).toMatchObject({ kind: 'approved', by: 'maintainer-mia' });
  });

  it('an sg-guard:ignore comment already on the base branch counts, as before', async () => {
    const pr = await pullRequest({ [CONFIG]: ONLY_SSH }, {}, (tf) => tf);
    // The same comment, committed on the base: rewrite history so the base already has it above the bastion.
    const withIgnore = readFileSync(join(ROOT, 'fixtures/projects/pr/head/main.tf'), 'utf8').replace('resource "aws_security_group" "bastion" {', `${IGNORE}resource "aws_security_group" "bastion" {`);
    const base = await pullRequest({ [CONFIG]: ONLY_SSH, 'infra/main.tf': withIgnore }, {}, () => withIgnore);
    expect(pr.base).not.toBe(base.base);
    const r = await full(base);
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(join(base.ws, 'sg-guard-report.json'), 'utf8')) as { findings: Array<{ rule: string; suppression: { kind: string } | null }> };
    expect(report.findings.find((f) => f.rule === 'no-public-ssh')?.suppression).toMatchObject({ kind: 'inline' });
  });
});

describe('mode publish decides with trusted inputs', () => {
  /** The analyze job's report (honest), then a forged copy that tries every field that could lower the verdict. */
  async function reports(pr: PullRequest): Promise<{ honest: string; forged: string }> {
    const r = await runAction({ workspace: pr.ws, event: pr.event, inputs: { mode: 'analyze', plan: 'infra/plan.json', 'report-file': 'honest.json', 'sarif-file': '' } });
    expect(r.status).toBe(1);
    const honest = readFileSync(join(pr.ws, 'honest.json'), 'utf8');
    const forged = JSON.parse(honest) as { failOn: string; failOnScope: string; findings: Array<Record<string, unknown>> };
    forged.failOn = 'never';
    forged.failOnScope = 'added';
    for (const f of forged.findings) {
      f.severity = 'info';
      f.change = 'unchanged';
      f.suppression = { kind: 'exception', reason: 'accepted', expires: null, source: CONFIG };
    }
    return { honest, forged: JSON.stringify(forged) };
  }

  async function publish(pr: PullRequest, report: string): Promise<{ r: ActionResult; gh: FakeGitHub }> {
    const gh = await new FakeGitHub().start();
    servers.push(gh);
    gh.addPull({ number: PR, headSha: pr.head, diff: '' });
    // The publish job's own checkout (the default branch) and the downloaded artifact: the report and the plan.
    const ws = workspace({ 'artifact/sg-guard-report.json': { text: report }, 'artifact/plan.json': 'fixtures/projects/pr/head/plan.json' });
    const r = await runAction({
      workspace: ws,
      event: pr.event,
      apiUrl: gh.url,
      inputs: { mode: 'publish', 'report-file': 'artifact/sg-guard-report.json', plan: 'artifact/plan.json', 'github-token': WRITE, 'sarif-file': '' },
    });
    return { r, gh };
  }

  it('(c) a forged report (fail-on never, severities lowered, nothing added, everything waived) gives the same status as the honest one, and the summary says they disagree', async () => {
    const pr = await pullRequest({}, {});
    const { honest, forged } = await reports(pr);
    const a = await publish(pr, honest);
    const b = await publish(pr, forged);
    expect(a.gh.violations).toEqual([]);
    expect(b.gh.violations).toEqual([]);
    expect(a.r.status).toBe(1);
    expect(b.r.status).toBe(1);
    expect(b.gh.statuses.map((s) => [s.state, s.description])).toEqual(a.gh.statuses.map((s) => [s.state, s.description]));
    expect(a.r.outputs.blocking).toBe(b.r.outputs.blocking);
    const warning = b.r.commands.find((c) => c.command === 'warning' && /disagree/.test(c.message))?.message ?? '';
    expect(warning).toMatch(/it says fail-on never; the policy here says high/);
    expect(warning).toMatch(/gives another severity to \d+ findings/);
    expect(warning).toMatch(/marks \d+ findings \(.*\) as waived/);
    expect(a.r.commands.some((c) => /disagree/.test(c.message))).toBe(false);
    // Said where people look: the summary comment and the job summary.
    const summary = summaryOf(b.gh);
    expect(summary).toContain('The uploaded report disagrees with the plans evaluated by this job');
    expect(summary).toMatch(/it says fail-on never; the policy here says high/);
    expect(b.r.summary).toContain('The uploaded report disagrees with the plans evaluated by this job');
    expect(summaryOf(a.gh)).not.toContain('disagrees');
  });
});
