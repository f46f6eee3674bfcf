/**
 * The Action on a pull request, end to end: run() of src/main.ts as the
 * runner starts the Action (INPUT_*, GITHUB_*, an event payload file), against
 * a local server that plays the GitHub REST API, checks every request against
 * GitHub's OpenAPI description and keeps state across runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readState } from '../../src/commands/state.js';
import type { ClientTimings } from '../../src/github/client.js';
import { checkout, runAction, TEST_TIMINGS, workspace, type ActionResult } from '../support/action-run.js';
import { FakeGitHub, HUMAN } from '../support/github-server.js';
import { ROOT } from '../support/run-cli.js';
import { manyFindings, projectPlan, projectTf } from '../support/tf-project.js';

const WRITE = 'ghs_write_token';
const READ = 'ghs_read_token';
const HEAD = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const FIXED = 'c0ffee5b57875f334f61aebed695e2e4193d0001';
const PR = 7;

const fixture = (name: string): string => readFileSync(join(ROOT, 'fixtures', name), 'utf8');
const pullRequestEvent = (headSha = HEAD): unknown => {
  const event = JSON.parse(fixture('events/pull_request.synchronize.json'));
  event.pull_request.head.sha = headSha;
  event.after = headSha;
  return event;
};

const servers: FakeGitHub[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function server(options: ConstructorParameters<typeof FakeGitHub>[0] = {}): Promise<FakeGitHub> {
  const s = await new FakeGitHub(options).start();
  servers.push(s);
  return s;
}

/** The pull request of fixtures/projects/pr at its head commit. */
function headCheckout(): string {
  return workspace({ 'infra/main.tf': 'fixtures/projects/pr/head/main.tf', 'infra/plan.json': 'fixtures/projects/pr/head/plan.json' });
}

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    plan: 'infra/plan.json',
    'github-token': WRITE,
    'working-directory': '.',
    'report-file': 'sg-guard-report.json',
    'sarif-file': 'sg-guard.sarif',
    'fail-on': '',
    review: 'comment',
    'max-inline-comments': '25',
    'summary-comment': 'update',
    'status-context': 'sg-guard',
    mode: 'full',
    // These scenarios follow every finding, the unused groups (info) included, onto its line.
    'inline-min-severity': 'info',
    ...extra,
  };
}

function run(gh: FakeGitHub, ws: string, extra: Record<string, string> = {}, headSha = HEAD, timings?: ClientTimings): Promise<ActionResult> {
  return runAction({ workspace: ws, inputs: inputs(extra), event: pullRequestEvent(headSha), apiUrl: gh.url }, timings);
}

/** Writes never overlap: each starts after the one before has been answered. */
function expectSequentialWrites(gh: FakeGitHub): void {
  const writes = gh.writes();
  for (let i = 1; i < writes.length; i++) expect(writes[i]?.start).toBeGreaterThanOrEqual(writes[i - 1]?.end ?? 0);
}

const READS = ['GET pulls/list-files', 'GET pulls/list-review-comments', 'GET pulls/list-reviews', 'GET issues/list-comments'];

describe('the Action on a pull request', () => {
  // A retry-after of N waits N units; a unit is 100 ms here (1 s in production, test/github/client.test.ts).
  it('rate limited once (a 429 on a read, a secondary 403 on the review): waits as told, posts exactly once', async () => {
    const gh = await server({ rateLimits: [{ on: 'read', kind: 'primary' }, { on: 'write', kind: 'secondary' }] });
    gh.addPull({ number: PR, headSha: HEAD, diff: fixture('projects/pr/head.diff') });
    const r = await run(gh, headCheckout(), {}, HEAD, { ...TEST_TIMINGS, retryAfterUnitMs: 100 });

    expect(gh.violations).toEqual([]);
    expect(r.status).toBe(1);
    expect(gh.requests.map((x) => `${x.operationId} ${x.status}`)).toEqual([
      'pulls/list-files 429',
      'pulls/list-files 200',
      'pulls/list-review-comments 200',
      'pulls/list-reviews 200',
      'issues/list-comments 200',
      'pulls/create-review 403',
      'pulls/create-review 200',
      'issues/create-comment 201',
      'repos/create-commit-status 201',
    ]);
    const retried = gh.requests.filter((x) => x.operationId === 'pulls/create-review');
    expect((retried[1]?.start ?? 0) - (retried[0]?.end ?? 0)).toBeGreaterThanOrEqual(90);
    expect(gh.reviews).toHaveLength(1);
    expect(r.stdout).toMatch(/GitHub primary rate limit on GET \S*\/pulls\/7\/files\S*: retrying in [1-3]s/);
    expect(r.stdout).toMatch(/GitHub secondary rate limit on POST \S*\/reviews: retrying in 1s/);
    expect(r.commands.filter((c) => c.command === 'warning' && /rate limit/.test(c.message))).toEqual([]);
  });

  it('a fix pushed: comments marked fixed (threads with replies left alone), the request for changes dismissed, status success', async () => {
    const gh = await server();
    gh.addPull({ number: PR, headSha: HEAD, diff: fixture('projects/pr/head.diff') });
    const ws = headCheckout();
    const first = await run(gh, ws, { review: 'request-changes' });
    expect(first.status).toBe(1);
    expect(gh.reviews.map((r) => r.state)).toEqual(['CHANGES_REQUESTED']);
    const sshComment = gh.reviewComments.find((c) => c.line === 49);
    const dbComment = gh.reviewComments.find((c) => c.line === 78);
    const groupComment = gh.reviewComments.find((c) => c.line === 59);
    gh.reply(dbComment?.id ?? 0, 'We need this open until Friday, see INC-231.');
    const summaryId = gh.issueComments[0]?.id;

    checkout(ws, { 'infra/main.tf': 'fixtures/projects/pr/fixed/main.tf', 'infra/plan.json': 'fixtures/projects/pr/fixed/plan.json' });
    gh.push(PR, FIXED, fixture('projects/pr/fixed.diff'));
    const before = gh.requests.length;
    const r = await run(gh, ws, { review: 'request-changes' }, FIXED);

    expect(gh.violations).toEqual([]);
    expect(r.status).toBe(0);
    expect(gh.operations(before)).toEqual([
      ...READS,
      'POST pulls/create-review',
      'PATCH pulls/update-review-comment',
      'PATCH issues/update-comment',
      'PUT pulls/dismiss-review',
      'POST repos/create-commit-status',
    ]);
    expectSequentialWrites(gh);
    // The SSH finding is gone: its comment says so, its markers stay.
    const ssh = gh.reviewComments.find((c) => c.id === sshComment?.id);
    expect(ssh?.body).toContain('<!-- sg-guard:fixed -->');
    expect(ssh?.body).toContain('✅ **Fixed** as of c0ffee5');
    expect(ssh?.body).toContain('SSH open to the internet');
    // The database finding is gone too, but a person replied: left as it was.
    expect(gh.reviewComments.find((c) => c.id === dbComment?.id)?.body).toBe(dbComment?.body);
    // The group is still unused (info): its comment stays, no duplicate.
    expect(gh.reviewComments.find((c) => c.id === groupComment?.id)?.body).toBe(groupComment?.body);
    expect(gh.reviewComments.filter((c) => c.line === 59 && c.path === 'infra/main.tf' && c.user.login !== HUMAN.login)).toHaveLength(1);
    // New low findings on the changed lines are commented; nothing blocks, so the review only comments.
    expect(gh.reviews.map((x) => x.state)).toEqual(['DISMISSED', 'COMMENTED']);
    // The summary is the same comment, updated.
    expect(gh.issueComments.map((c) => c.id)).toEqual([summaryId]);
    expect(gh.issueComments[0]?.body).toContain('## ✅ Passes: ');
    expect(gh.statuses.at(-1)).toMatchObject({ sha: FIXED, state: 'success', context: 'sg-guard' });
  });

  it('a 422 on the review: posted once more without inline comments, GitHub\'s error text in the log', async () => {
    const gh = await server({ rejectInlineComments: true });
    gh.addPull({ number: PR, headSha: HEAD, diff: fixture('projects/pr/head.diff') });
    const r = await run(gh, headCheckout());

    expect(gh.violations).toEqual([]);
    expect(gh.requests.map((x) => `${x.operationId} ${x.status}`).slice(4, 6)).toEqual(['pulls/create-review 422', 'pulls/create-review 200']);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviewComments).toEqual([]);
    expect(gh.reviews[0]?.body).toContain('**GitHub did not accept these as inline comments**');
    expect(gh.reviews[0]?.body).toMatch(/no-public-ssh.*`infra\/main\.tf:49`/);
    const warning = r.commands.find((c) => c.command === 'warning' && c.message.includes('GitHub rejected the review'));
    expect(warning?.message).toContain('HTTP 422: Unprocessable Entity; Line could not be resolved');
    expect(gh.statuses).toHaveLength(1);
  });

  it('60 findings: 25 inline comments in one review, the rest listed, the same number of requests', async () => {
    const spec = manyFindings(60);
    const tf = projectTf(spec);
    const ws = workspace({ 'infra/main.tf': { text: tf }, 'infra/plan.json': { text: JSON.stringify(projectPlan(spec)) } });
    const lines = tf.trimEnd().split('\n');
    const diff = ['diff --git a/infra/main.tf b/infra/main.tf', 'new file mode 100644', '--- /dev/null', '+++ b/infra/main.tf', `@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
    const gh = await server();
    gh.addPull({ number: PR, headSha: HEAD, diff });
    const r = await run(gh, ws);

    expect(gh.violations).toEqual([]);
    expect(r.status).toBe(1);
    expect(r.outputs.critical).toBe('60');
    expect(gh.operations()).toEqual([...READS, 'POST pulls/create-review', 'POST issues/create-comment', 'POST repos/create-commit-status']);
    expect(gh.reviewComments).toHaveLength(25);
    const body = gh.reviews[0]?.body ?? '';
    expect(body).toMatch(/No inline comment for \d+ findings over the limit of 25 inline comments \(`max-inline-comments`\)/);
    // 36 findings have no inline comment (35 SSH rules and the unused group): counted, the summary lists them.
    expect(body).toContain('No inline comment for 36 findings over the limit of 25 inline comments (`max-inline-comments`)');
    // At most 10 annotations, the most severe first.
    expect(r.commands.filter((c) => c.properties.file)).toHaveLength(10);

    // A second run posts nothing new: the cap applies to the same most severe findings.
    const before = gh.requests.length;
    await run(gh, ws);
    expect(gh.operations(before)).toEqual([...READS, 'POST repos/create-commit-status']);
    expect(gh.reviewComments).toHaveLength(25);
  });

  it('re-run with no change: no new review or comment, the summary left as it is, the status set again', async () => {
    const gh = await server();
    gh.addPull({ number: PR, headSha: HEAD, diff: fixture('projects/pr/head.diff') });
    const ws = headCheckout();
    await run(gh, ws);
    const comments = gh.reviewComments.map((c) => ({ id: c.id, body: c.body }));
    const summary = gh.issueComments.map((c) => ({ id: c.id, body: c.body }));
    const before = gh.requests.length;

    const r = await run(gh, ws);
    expect(gh.violations).toEqual([]);
    expect(r.status).toBe(1);
    expect(gh.operations(before)).toEqual([...READS, 'POST repos/create-commit-status']);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviewComments.map((c) => ({ id: c.id, body: c.body }))).toEqual(comments);
    expect(gh.issueComments.map((c) => ({ id: c.id, body: c.body }))).toEqual(summary);
    expect(gh.statuses.map((s) => s.state)).toEqual(['failure', 'failure']);
    expect(r.summary).toMatch(/Posted on pull request #\u200D?7: commit status "sg-guard": failure\./);
  });

  it('first run: one review with inline comments on the changed lines, the rest outside the diff, a summary, a failing status', async () => {
    const gh = await server();
    gh.addPull({ number: PR, headSha: HEAD, diff: fixture('projects/pr/head.diff') });
    const ws = headCheckout();
    const r = await run(gh, ws);

    expect(gh.violations).toEqual([]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    // A fixed, small number of requests: four reads, then review, summary, status.
    expect(gh.operations()).toEqual([...READS, 'POST pulls/create-review', 'POST issues/create-comment', 'POST repos/create-commit-status']);
    expectSequentialWrites(gh);

    expect(gh.reviews).toHaveLength(1);
    const review = gh.reviews[0];
    expect(review?.state).toBe('COMMENTED');
    expect(review?.commit_id).toBe(HEAD);
    const where = gh.reviewComments.map((c) => `${c.path}:${c.start_line ?? ''}-${c.line}`).sort();
    // The new bastion group (unused: info) on its lines, and its SSH on the line of `cidr_blocks = ["0.0.0.0/0"]`;
    // the db's new ingress on that line too, and the db group (unused: info) on its lines inside the hunk. All inside the diff.
    expect(where).toEqual(['infra/main.tf:-49', 'infra/main.tf:-78', 'infra/main.tf:40-59', 'infra/main.tf:69-80']);
    const ssh = gh.reviewComments.find((c) => c.line === 49);
    expect(ssh?.body).toMatch(/^<!-- sg-guard:finding [0-9a-f]{12} -->\n<!-- sg-guard:context sg-guard -->\n/);
    expect(ssh?.body).toContain('🔴 **Critical: SSH open to the internet**');
    expect(ssh?.body).toContain('- **Security group:** `aws_security_group.bastion`');
    expect(ssh?.body).toContain('- **Allows:** ingress 22/tcp from `0.0.0.0/0`');
    expect(ssh?.body).toContain('**Why it matters.**');
    expect(ssh?.body).toContain('**How to fix.**');
    expect(ssh?.body).toContain('docs/rules/no-public-ssh.md');
    expect(ssh?.body).toContain('# sg-guard:ignore no-public-ssh <why this exposure is acceptable>');
    const report = JSON.parse(readFileSync(join(ws, 'sg-guard-report.json'), 'utf8'));
    const sshFinding = report.findings.find((f: { rule: string }) => f.rule === 'no-public-ssh');
    expect(ssh?.body).toContain(`Finding \`${sshFinding.id}\``);

    // The RDP rule is not part of this diff: counted in the review, marked in the summary's table, never commented inline.
    expect(review?.body).toMatch(/No inline comment for \d+ findings? not on a line this pull request changes: the summary comment lists every finding\./);
    expect(gh.reviewComments.some((c) => c.line >= 82)).toBe(false);

    expect(gh.issueComments).toHaveLength(1);
    const summary = gh.issueComments[0]?.body ?? '';
    expect(summary.startsWith('<!-- sg-guard:summary sg-guard -->\n')).toBe(true);
    expect(summary).toContain('## 🔴 Blocks: ');
    // Its cidr_blocks line, linked to its block's lines.
    expect(summary).toMatch(/no-public-rdp[^\n]*_outside the diff_[^\n]*\[infra\/main\.tf:88\]\([^)]*#L82-L90\)/);

    expect(gh.statuses).toEqual([
      {
        sha: HEAD,
        state: 'failure',
        context: 'sg-guard',
        description: expect.stringMatching(/^3 findings at or above high \(3 critical/),
        target_url: 'https://github.com/acme/infra/actions/runs/4242',
      },
    ]);

    // Always: outputs, job summary, SARIF, annotations with file and line (the offending cidr_blocks line).
    expect(r.outputs.critical).toBe('3');
    expect(r.outputs.blocking).toBe('3');
    expect(r.summary).toContain('marked "outside the diff" above');
    expect(r.summary).toMatch(/Posted on pull request #\u200D?7: a review \(COMMENT\) with 4 inline comment\(s\); the summary comment; commit status "sg-guard": failure/);
    expect(JSON.parse(readFileSync(join(ws, 'sg-guard.sarif'), 'utf8')).version).toBe('2.1.0');
    const errors = r.commands.filter((c) => c.command === 'error' && c.properties.file);
    expect(errors.map((e) => `${e.properties.file}:${e.properties.line}`).sort()).toEqual(['infra/main.tf:49', 'infra/main.tf:78', 'infra/main.tf:88']);
    // Each annotation says whether the internet really reaches the group: here nothing in the plan uses them.
    expect(errors.find((e) => e.message.endsWith('[41a632f20518]'))?.message).toBe(
      'aws_security_group.bastion allows 22/tcp from 0.0.0.0/0, which is the whole internet. Reachability unknown: no resource in this plan uses aws_security_group.bastion; it may be used outside the plan [41a632f20518]',
    );
    expect(r.commands.find((c) => c.command === 'error' && !c.properties.file)?.message).toMatch(/^sg-guard: 3 finding\(s\) at or above fail-on high/);
  });

  it('analyze makes no request; publish finds the pull request from the fork and posts the report', async () => {
    const gh = await server();
    gh.addPull({ number: PR, headSha: HEAD, diff: fixture('projects/pr/head.diff'), headOwner: 'mona', headRef: 'open-bastion' });
    const ws = headCheckout();
    const analyze = await run(gh, ws, { mode: 'analyze', 'github-token': READ, plan: 'infra/*.json' });
    expect(analyze.status).toBe(1);
    expect(gh.requests).toEqual([]);
    const report = readFileSync(join(ws, 'sg-guard-report.json'), 'utf8');

    // The publishing job has no checkout: only the report, downloaded as an artifact.
    const artifact = workspace({ 'sg-guard-report.json': { text: report } });
    const r = await runAction({
      workspace: artifact,
      eventName: 'workflow_run',
      event: JSON.parse(fixture('events/workflow_run.completed.json')),
      apiUrl: gh.url,
      inputs: inputs({ mode: 'publish', plan: '' }),
    });
    expect(gh.violations).toEqual([]);
    expect(r.status).toBe(1);
    expect(gh.operations()).toEqual(['GET pulls/list', ...READS, 'POST pulls/create-review', 'POST issues/create-comment', 'POST repos/create-commit-status']);
    expect(gh.requests[0]?.path).toContain('head=mona%3Aopen-bastion');
    expect(gh.reviewComments).toHaveLength(4);
    expect(gh.statuses).toMatchObject([{ sha: HEAD, state: 'failure' }]);
  });

  it('an oversize report: the summary comment stays under GitHub\'s limit with the stored analysis, and says what it left out', async () => {
    const spec = manyFindings(400, 120);
    const ws = workspace({ 'infra/main.tf': { text: projectTf(spec) }, 'infra/plan.json': { text: JSON.stringify(projectPlan(spec)) } });
    const gh = await server();
    // The pull request changes another file: every finding is outside the diff.
    gh.addPull({ number: PR, headSha: HEAD, diff: 'diff --git a/README.md b/README.md\n--- a/README.md\n+++ b/README.md\n@@ -1 +1 @@\n-# infra\n+# Infra\n' });
    const r = await run(gh, ws);

    expect(gh.violations).toEqual([]);
    expect(r.status).toBe(1);
    expect(gh.operations()).toEqual([...READS, 'POST issues/create-comment', 'POST repos/create-commit-status']);
    const summary = gh.issueComments[0]?.body ?? '';
    // The visible report and the stored analysis (its last line) share 65,000 characters; the report alone at most 60,000.
    expect(summary.length).toBeLessThanOrEqual(65_000);
    const stateAt = summary.lastIndexOf('\n<!-- sg-guard:state ');
    expect(stateAt).toBeGreaterThan(40_000);
    expect(stateAt).toBeLessThanOrEqual(60_000);
    const stored = readState(summary, 'sg-guard');
    expect(stored && 'state' in stored ? stored.state.report?.findings.length : stored).toBe(401);
    expect(summary).toMatch(/\*\*… \d+ more findings? not shown; see the JSON report\.\*\*/);
    expect(summary).toContain('marked "outside the diff" above');
    expect(summary).toMatch(/\*\*Left out to fit the comment:\*\* \d+ blocking findings/);
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024);
    expect(gh.reviewComments).toEqual([]);
  });

  it('read-only token (a pull request from a fork): no crash, nothing posted, one notice; summary, SARIF and annotations still there', async () => {
    const gh = await server();
    gh.addPull({ number: PR, headSha: HEAD, diff: fixture('projects/pr/head.diff') });
    const ws = headCheckout();
    const r = await run(gh, ws, { 'github-token': READ });

    expect(gh.violations).toEqual([]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('internal error');
    // The first write is refused, and nothing is tried after it.
    expect(gh.operations()).toEqual([...READS, 'POST pulls/create-review']);
    expect(gh.requests.at(-1)?.status).toBe(403);
    expect(gh.reviews).toEqual([]);
    expect(gh.reviewComments).toEqual([]);
    expect(gh.issueComments).toEqual([]);
    expect(gh.statuses).toEqual([]);
    const notices = r.commands.filter((c) => c.command === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toMatch(/the token may not write to pull request #7 \(HTTP 403: Resource not accessible by integration\), so nothing was posted/);
    expect(notices[0]?.message).toContain('fork-safe pair');
    expect(r.summary).toContain('## 🔴 Blocks: ');
    expect(r.summary).toContain('so nothing was posted');
    expect(existsSync(join(ws, 'sg-guard.sarif'))).toBe(true);
    expect(r.commands.filter((c) => c.command === 'error' && c.properties.file)).toHaveLength(3);
  });

  it('validates every input before any request', async () => {
    const gh = await server();
    gh.addPull({ number: PR, headSha: HEAD, diff: fixture('projects/pr/head.diff') });
    const ws = headCheckout();
    for (const [name, value, message] of [
      ['review', 'approve', /input review: must be one of comment, request-changes, off, not "approve"/],
      ['summary-comment', 'sometimes', /input summary-comment: must be one of update, new, off/],
      ['max-inline-comments', '-1', /input max-inline-comments: must be a whole number from 0 to 100/],
      ['mode', 'both', /input mode: must be one of full, analyze, publish/],
      ['github-token', '', /input github-token: is empty/],
      ['plan', 'plans/*.json', /input plan: "plans\/\*\.json" matches no file/],
      ['command-permission', 'owner', /input command-permission: must be one of read, triage, write, maintain, admin, not "owner"/],
      ['ignore-permission', 'Maintain', /input ignore-permission: must be one of read, triage, write, maintain, admin, not "Maintain"/],
      ['allow-self-ignore', 'yes', /input allow-self-ignore: must be true or false, not "yes"/],
    ] as const) {
      const r = await run(gh, ws, { [name]: value });
      expect(r.status, name).toBe(1);
      expect(r.commands.find((c) => c.command === 'error')?.message, name).toMatch(message);
    }
    expect(gh.requests).toEqual([]);
  });

  it('publish refuses a tampered report before any request', async () => {
    const gh = await server();
    gh.addPull({ number: PR, headSha: HEAD, diff: fixture('projects/pr/head.diff'), headOwner: 'mona', headRef: 'open-bastion' });
    const ws = headCheckout();
    await run(gh, ws, { mode: 'analyze', 'github-token': READ });
    const report = JSON.parse(readFileSync(join(ws, 'sg-guard-report.json'), 'utf8'));
    report.findings[0].location.file = '../../etc/passwd';
    const artifact = workspace({ 'sg-guard-report.json': { text: JSON.stringify(report) } });
    const r = await runAction({
      workspace: artifact,
      eventName: 'workflow_run',
      event: JSON.parse(fixture('events/workflow_run.completed.json')),
      apiUrl: gh.url,
      inputs: inputs({ mode: 'publish', plan: '' }),
    });
    expect(r.status).toBe(1);
    expect(r.commands.find((c) => c.command === 'error')?.message).toBe(
      'sg-guard-report.json: is not a valid sg-guard JSON report: findings[0].location.file must be a relative path inside the repository',
    );
    expect(gh.requests).toEqual([]);
  });
});
