/**
 * `/sg-guard` commands, end to end: `node dist/index.js` started for an
 * issue_comment or pull_request_review_comment event, against the local
 * GitHub server (every request checked against GitHub's OpenAPI description).
 *
 * One pull-request run makes the starting point (a plan with one blocking
 * finding, its inline comment, the summary comment with the stored analysis,
 * a failing status); a maintainer's ignore makes the second. Each scenario
 * starts a server seeded with one of them, so scenarios run side by side.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { encodeState, readState } from '../../src/commands/state.js';
import { runAction, workspace, type ActionResult } from '../support/action-run.js';
import { BOT, FakeGitHub, HUMAN, type IssueComment, type ReviewComment, type User } from '../support/github-server.js';
import { ROOT } from '../support/run-cli.js';
import { projectPlan, projectTf, type ProjectSpec } from '../support/tf-project.js';

const WRITE = 'ghs_write_token';
const HEAD = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const NEXT = 'c0ffee5b57875f334f61aebed695e2e4193d0002';
const PR = 7;
const MAINTAINER: User = { login: 'maintainer-mia', id: 7100001, type: 'User' };
const READER: User = { login: 'reader-rob', id: 7100002, type: 'User' };
const ROLES = { [MAINTAINER.login]: 'maintain', [READER.login]: 'read', [HUMAN.login]: 'write' } as const;

const SPEC: ProjectSpec = {
  groups: [{ name: 'bastion', description: 'Bastion host', ingress: [{ description: 'SSH for the on-call engineer', from: 22, to: 22, protocol: 'tcp', cidrs: ['0.0.0.0/0'] }] }],
};
const TF = projectTf(SPEC);
const DIFF = (() => {
  const lines = TF.trimEnd().split('\n');
  return ['diff --git a/infra/main.tf b/infra/main.tf', 'new file mode 100644', '--- /dev/null', '+++ b/infra/main.tf', `@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
})();

const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, 'fixtures', 'events', name), 'utf8'));

function checkoutDir(): string {
  return workspace({ 'infra/main.tf': { text: TF }, 'infra/plan.json': { text: JSON.stringify(projectPlan(SPEC)) } });
}

function pullRequestRun(gh: FakeGitHub, ws: string, headSha = HEAD): Promise<ActionResult> {
  const event = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'events', 'pull_request.synchronize.json'), 'utf8'));
  event.pull_request.head.sha = headSha;
  return runAction({
    workspace: ws,
    apiUrl: gh.url,
    event,
    inputs: { plan: 'infra/plan.json', 'github-token': WRITE, 'status-context': 'sg-guard', 'summary-comment': 'update', review: 'comment', 'sarif-file': 'sg-guard.sarif' },
  });
}

function userJson(u: User): Record<string, unknown> {
  return { login: u.login, id: u.id, type: u.type, site_admin: false };
}

/** The issue_comment event GitHub sends for comment `c` on pull request #7. */
function issueCommentEvent(c: IssueComment, action = 'created'): Record<string, unknown> {
  const event = fixture('issue_comment.created.json');
  event.action = action;
  event.sender = userJson(c.user);
  Object.assign(event.comment as object, { id: c.id, body: c.body, user: userJson(c.user), created_at: c.created_at, html_url: `https://github.com/acme/infra/pull/7#issuecomment-${c.id}` });
  return event;
}

/** The pull_request_review_comment event for review comment `c` (a reply in a thread). */
function reviewCommentEvent(c: ReviewComment): Record<string, unknown> {
  const event = fixture('pull_request_review_comment.created.json');
  event.sender = userJson(c.user);
  Object.assign(event.comment as object, { id: c.id, body: c.body, user: userJson(c.user), created_at: c.created_at, in_reply_to_id: c.in_reply_to_id });
  return event;
}

/** The command workflow: no checkout, no plan. */
function commandRun(gh: FakeGitHub, eventName: string, event: unknown, extra: Record<string, string> = {}): Promise<ActionResult> {
  return runAction({
    workspace: workspace({}),
    apiUrl: gh.url,
    eventName,
    event,
    inputs: { 'github-token': WRITE, 'status-context': 'sg-guard', ...extra },
  });
}

function say(gh: FakeGitHub, user: User, body: string): Promise<ActionResult> {
  const c = gh.comment(PR, user, body);
  return commandRun(gh, 'issue_comment', issueCommentEvent(c));
}

const servers: FakeGitHub[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function server(seed?: FakeGitHub): Promise<FakeGitHub> {
  const s = await new FakeGitHub({ roles: { ...ROLES } }).start();
  servers.push(s);
  if (seed) s.seed(seed);
  else s.addPull({ number: PR, headSha: HEAD, diff: DIFF });
  return s;
}

function summaryOf(gh: FakeGitHub): IssueComment {
  const s = gh.issueComments.find((c) => c.user.id === BOT.id && c.body.startsWith('<!-- sg-guard:summary sg-guard -->'));
  if (!s) throw new Error('no summary comment');
  return s;
}

/** Our own comments and the statuses: what a refused or stale command must leave as it was. */
function snapshot(gh: FakeGitHub): unknown {
  return { summary: summaryOf(gh).body, statuses: gh.statuses.length, review: gh.reviewComments.filter((c) => c.user.id === BOT.id && !c.in_reply_to_id).map((c) => c.body) };
}

let analysed: FakeGitHub;
let ignored: FakeGitHub;
let ignoreRun: ActionResult;
let ignoreComment: IssueComment;
let sshId: string;
let sshComment: ReviewComment;
const since = { ignore: 0 };

beforeAll(async () => {
  analysed = await server();
  const first = await pullRequestRun(analysed, checkoutDir());
  expect(first.status).toBe(1);
  expect(analysed.violations).toEqual([]);
  sshComment = analysed.reviewComments.find((c) => c.body.includes('no-public-ssh')) as ReviewComment;
  sshId = /sg-guard:finding ([0-9a-f]{12})/.exec(sshComment.body)?.[1] as string;

  ignored = await server(analysed);
  since.ignore = ignored.requests.length;
  ignoreComment = ignored.comment(PR, MAINTAINER, `/sg-guard ignore ${sshId} reason: Break-glass bastion for INC-231, closed on Friday expires: 2099-12-31\n\nmore words that are not read`);
  ignoreRun = await commandRun(ignored, 'issue_comment', issueCommentEvent(ignoreComment));
});

describe('/sg-guard commands on a pull request', () => {
  it('a maintainer ignores the only blocking finding: the summary says who, why and until when, the finding\'s thread is answered, the status turns green', () => {
    const gh = ignored;
    expect(gh.violations).toEqual([]);
    expect(ignoreRun.status).toBe(0);
    expect(gh.operations(since.ignore)).toEqual([
      'POST reactions/create-for-issue-comment',
      'GET repos/get-collaborator-permission-level',
      'GET pulls/get',
      'GET issues/list-comments',
      'GET pulls/list-review-comments',
      'PATCH issues/update-comment',
      'POST pulls/create-reply-for-review-comment',
      'POST repos/create-commit-status',
      'POST reactions/create-for-issue-comment',
    ]);
    expect(gh.reactionsOn('issue', ignoreComment.id)).toEqual([`eyes by ${BOT.login}`, `rocket by ${BOT.login}`]);
    const summary = summaryOf(gh).body;
    expect(summary).toContain('## ✅ Passes: ');
    expect(summary).toContain('<summary><strong>Waived (1)</strong></summary>');
    expect(summary).toMatch(/\| `\/sg-guard ignore`: @\u200Dmaintainer-mia on \d{4}-\d{2}-\d{2} \(\[comment\]\(https:\/\/github\.com\/acme\/infra\/pull\/7#issuecomment-\d+\)\)<br>until 2099-12-31 \| [^|]+ \|/);
    expect(summary).toContain('Break-glass bastion for INC-231, closed on Friday');
    // The stored analysis now carries the ignore.
    const state = readState(summary, 'sg-guard');
    expect(state && 'state' in state ? state.state.ignores.map((i) => [i.id, i.by.login, i.expires]) : state).toEqual([[sshId, 'maintainer-mia', '2099-12-31']]);
    // The answer goes to the finding's thread.
    const reply = gh.reviewComments.find((c) => c.in_reply_to_id === sshComment.id);
    expect(reply?.user.id).toBe(BOT.id);
    expect(reply?.body).toMatch(/^<!-- sg-guard:reply sg-guard -->\n/);
    expect(reply?.body).toContain('☑️ **Ignored** by @\u200Dmaintainer-mia: Break-glass bastion for INC-231, closed on Friday, until 2099-12-31');
    expect(reply?.body).toContain(`In reply to [@\u200Dmaintainer-mia's comment](https://github.com/acme/infra/pull/7#issuecomment-${ignoreComment.id})`);
    expect(gh.statuses.map((s) => `${s.sha.slice(0, 7)} ${s.state}`)).toEqual(['6dcb09b failure', '6dcb09b success']);
    expect(ignoreRun.outputs.blocking).toBe('0');
    expect(ignoreRun.summary).toContain('/sg-guard command by @\u200Dmaintainer-mia');
  });

  it('a follow-up pull_request run keeps the ignore: same finding id, still suppressed in the summary, JSON and SARIF, status green', async () => {
    const gh = await server(ignored);
    gh.push(PR, NEXT, DIFF);
    const ws = checkoutDir();
    const before = gh.requests.length;
    const r = await pullRequestRun(gh, ws, NEXT);
    expect(gh.violations).toEqual([]);
    expect(r.status).toBe(0);
    expect(gh.operations(before)).toEqual([
      'GET pulls/list-files',
      'GET pulls/list-review-comments',
      'GET pulls/list-reviews',
      'GET issues/list-comments',
      'POST graphql',
      'PATCH issues/update-comment',
      'POST repos/create-commit-status',
    ]);
    expect(gh.statuses.at(-1)).toMatchObject({ sha: NEXT, state: 'success' });
    const report = JSON.parse(readFileSync(join(ws, 'sg-guard-report.json'), 'utf8'));
    const ssh = report.findings.find((f: { id: string }) => f.id === sshId);
    expect(ssh.suppression).toEqual({
      kind: 'comment',
      reason: 'Break-glass bastion for INC-231, closed on Friday',
      expires: '2099-12-31',
      source: `https://github.com/acme/infra/pull/7#issuecomment-${ignoreComment.id}`,
      by: 'maintainer-mia',
      at: ignoreComment.created_at,
    });
    const sarif = JSON.parse(readFileSync(join(ws, 'sg-guard.sarif'), 'utf8'));
    const result = sarif.runs[0].results.find((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['sgGuardFindingId/v1'] === sshId);
    expect(result.suppressions[0]).toMatchObject({ kind: 'external', justification: expect.stringMatching(/^Break-glass bastion .* \(ignored by @maintainer-mia on .* in a pull request comment, until 2099-12-31\)$/) });
    const state = readState(summaryOf(gh).body, 'sg-guard');
    expect(state && 'state' in state ? [state.state.headSha, state.state.ignores.length] : state).toEqual([NEXT, 1]);
  });

  it('ignore takes several finding ids at once: each is ignored with the same reason, and one answer names them all', async () => {
    const gh = await server(analysed);
    const stored = readState(summaryOf(gh).body, 'sg-guard');
    const ids = stored && 'state' in stored ? (stored.state.report?.findings ?? []).map((f) => f.id) : [];
    expect(ids.length).toBeGreaterThan(1);
    const r = await say(gh, MAINTAINER, `/sg-guard ignore ${ids.join(' ')} reason: Sandbox account, torn down nightly`);
    expect(r.status).toBe(0);
    expect(gh.violations).toEqual([]);
    const after = readState(summaryOf(gh).body, 'sg-guard');
    expect(after && 'state' in after ? after.state.ignores.map((i) => i.id).sort() : after).toEqual([...ids].sort());
    const answers = [...gh.issueComments, ...gh.reviewComments].filter((c) => c.body.includes('☑️ **Ignored**'));
    expect(answers.at(-1)?.body).toContain(`${ids.length} findings no longer count`);
    expect(gh.statuses.at(-1)?.state).toBe('success');
  });

  it('unignore in the finding\'s thread (no id needed) reverts: the finding counts again and the status fails', async () => {
    const gh = await server(ignored);
    const before = gh.requests.length;
    const c = gh.reply(sshComment.id, '/sg-guard unignore', MAINTAINER);
    const r = await commandRun(gh, 'pull_request_review_comment', reviewCommentEvent(c));
    expect(gh.violations).toEqual([]);
    expect(r.status).toBe(0);
    expect(gh.operations(before)).toEqual([
      'POST reactions/create-for-pull-request-review-comment',
      'GET repos/get-collaborator-permission-level',
      'GET issues/list-comments',
      'GET pulls/list-review-comments',
      'GET pulls/get',
      'PATCH issues/update-comment',
      'POST pulls/create-reply-for-review-comment',
      'POST repos/create-commit-status',
      'POST reactions/create-for-pull-request-review-comment',
    ]);
    expect(gh.reactionsOn('review', c.id)).toEqual([`eyes by ${BOT.login}`, `rocket by ${BOT.login}`]);
    expect(summaryOf(gh).body).toContain('## 🔴 Blocks: ');
    expect(summaryOf(gh).body).not.toContain('Waived (');
    expect(gh.reviewComments.at(-1)?.body).toContain('↩️ **Ignore lifted** by @\u200Dmaintainer-mia');
    expect(gh.statuses.at(-1)).toMatchObject({ sha: HEAD, state: 'failure' });
  });

  it('an expired ignore stops applying: recheck says so, re-renders the summary and sets the status again', async () => {
    const gh = await server(ignored);
    // The ignore was given long ago, until a day that has passed.
    const summary = summaryOf(gh);
    const read = readState(summary.body, 'sg-guard');
    if (!read || !('state' in read)) throw new Error('no stored analysis');
    const expired = { ...read.state, ignores: read.state.ignores.map((i) => ({ ...i, expires: '2024-06-30' })) };
    summary.body = summary.body.replace(/<!-- sg-guard:state .* -->$/, encodeState(expired)?.line ?? '');
    const r = await say(gh, MAINTAINER, '/sg-guard recheck');
    expect(gh.violations).toEqual([]);
    expect(r.status).toBe(0);
    const body = summaryOf(gh).body;
    expect(body).toContain('## 🔴 Blocks: ');
    expect(body).not.toContain('Waived (');
    // Kept in the stored list (for the record), no longer applied.
    const after = readState(body, 'sg-guard');
    expect(after && 'state' in after ? after.state.ignores.map((i) => i.expires) : after).toEqual(['2024-06-30']);
    const answer = gh.issueComments.at(-1)?.body ?? '';
    expect(answer).toContain('🔁 **Rechecked** the analysis of commit 6dcb09b: 0 ignores apply.');
    expect(answer).toMatch(/Expired, so no longer applied:\n\n- `[0-9a-f]{12}` ignored by @\u200Dmaintainer-mia until 2024-06-30/);
    expect(gh.statuses.at(-1)).toMatchObject({ sha: HEAD, state: 'failure' });
  });

  it('a reader is refused: confused reaction and an answer saying why; nothing else changes', async () => {
    const gh = await server(analysed);
    const before = snapshot(gh);
    const start = gh.requests.length;
    const r = await say(gh, READER, `/sg-guard ignore ${sshId} reason: trust me`);
    expect(gh.violations).toEqual([]);
    expect(r.status).toBe(0);
    expect(gh.operations(start)).toEqual(['POST reactions/create-for-issue-comment', 'GET repos/get-collaborator-permission-level', 'POST issues/create-comment', 'POST reactions/create-for-issue-comment']);
    const comment = gh.issueComments.at(-2) as IssueComment;
    expect(gh.reactionsOn('issue', comment.id)).toEqual([`eyes by ${BOT.login}`, `confused by ${BOT.login}`]);
    expect(gh.issueComments.at(-1)?.body).toContain('⛔ **Not done:** `ignore` needs the maintain role on this repository (or higher), and the commenter has the read role. Nothing was changed.');
    expect(snapshot(gh)).toEqual(before);
  });

  it('the pull request\'s author may not ignore findings on it, even with the maintain role', async () => {
    const gh = await server(analysed);
    gh.roles.set(HUMAN.login, 'maintain');
    const before = snapshot(gh);
    const r = await say(gh, HUMAN, `/sg-guard ignore ${sshId} reason: it is my bastion`);
    expect(gh.violations).toEqual([]);
    expect(r.status).toBe(0);
    expect(gh.issueComments.at(-1)?.body).toContain('the author of a pull request may not ignore findings on it (`allow-self-ignore` is false)');
    expect(gh.reactionsOn('issue', gh.issueComments.at(-2)?.id ?? 0)).toContain(`confused by ${BOT.login}`);
    expect(snapshot(gh)).toEqual(before);
  });

  it('an unknown command gets the help text, and a command with no reason says what is missing', async () => {
    const gh = await server(analysed);
    const before = snapshot(gh);
    const r = await say(gh, MAINTAINER, '/sg-guard approval @octocat **now**');
    expect(r.status).toBe(0);
    const help = gh.issueComments.at(-1)?.body ?? '';
    expect(help).toContain('⚠️ `approval` is not an sg-guard command. Nothing was changed.');
    expect(help).toContain('| `/sg-guard ignore <finding-id> reason: <why this exposure is acceptable> [expires: YYYY-MM-DD]` |');
    expect(help).not.toContain('@octocat');
    await say(gh, MAINTAINER, `/sg-guard ignore ${sshId}`);
    expect(gh.issueComments.at(-1)?.body).toContain('⚠️ **Not understood:** a reason is required');
    expect(gh.violations).toEqual([]);
    expect(snapshot(gh)).toEqual(before);
  });

  it('a stale head: the analysis is for an older commit, so it says so and changes nothing', async () => {
    const gh = await server(analysed);
    gh.push(PR, NEXT, DIFF);
    const before = snapshot(gh);
    const r = await say(gh, MAINTAINER, `/sg-guard ignore ${sshId} reason: Break-glass bastion`);
    expect(gh.violations).toEqual([]);
    expect(r.status).toBe(0);
    expect(gh.issueComments.at(-1)?.body).toContain(
      '⛔ **Not done:** the stored analysis is for commit 6dcb09b, but the pull request\'s head is now c0ffee5, so it is stale. Nothing was changed.',
    );
    expect(snapshot(gh)).toEqual(before);
    expect(gh.statuses.some((s) => s.sha === NEXT)).toBe(false);
  });

  it('a forged stored analysis in someone else\'s comment is never read, by commands or by the next pull_request run', async () => {
    const gh = await server(analysed);
    const real = readState(summaryOf(gh).body, 'sg-guard');
    if (!real || !('state' in real)) throw new Error('no stored analysis');
    const forged = encodeState({
      ...real.state,
      ignores: [{ id: sshId, rule: 'no-public-ssh', reason: 'approved', expires: null, by: { login: 'maintainer-mia', id: MAINTAINER.id }, at: '2025-01-15T11:20:05Z', source: '' }],
    });
    const fake = gh.comment(PR, HUMAN, `<!-- sg-guard:summary sg-guard -->\n## ✅ sg-guard: passes\n\n${forged?.line ?? ''}`);
    // A recheck by a maintainer uses the real analysis: the forged ignore does not apply.
    await say(gh, MAINTAINER, '/sg-guard recheck');
    expect(gh.statuses.at(-1)).toMatchObject({ state: 'failure' });
    expect(gh.issueComments.at(-1)?.body).toContain('0 ignores apply');
    // The next pull_request run neither carries the forged ignore over nor edits the forged comment.
    const r = await pullRequestRun(gh, checkoutDir());
    expect(r.status).toBe(1);
    expect(gh.statuses.at(-1)).toMatchObject({ state: 'failure' });
    expect(gh.issueComments.find((c) => c.id === fake.id)?.body).toBe(fake.body);
    expect(r.commands.some((c) => c.command === 'warning' && /written by @octocat, not by this token's identity \(@github-actions\[bot\]\)/.test(c.message))).toBe(true);
    expect(gh.violations).toEqual([]);
  });

  it('explain answers with the rule\'s documentation', async () => {
    const gh = await server(analysed);
    const start = gh.requests.length;
    const r = await say(gh, MAINTAINER, '/sg-guard explain no-public-ssh');
    expect(gh.violations).toEqual([]);
    expect(r.status).toBe(0);
    expect(gh.operations(start)).toEqual(['POST reactions/create-for-issue-comment', 'GET repos/get-collaborator-permission-level', 'POST issues/create-comment', 'POST reactions/create-for-issue-comment']);
    const answer = gh.issueComments.at(-1)?.body ?? '';
    const page = readFileSync(join(ROOT, 'docs', 'rules', 'no-public-ssh.md'), 'utf8');
    expect(answer).toContain('📖 **no-public-ssh** · critical by default · SSH open to the internet');
    expect(answer).toContain('\n#### Why it matters\n');
    expect(answer).toContain(page.split('## How to fix\n\n')[1]?.split('\n')[0]);
    expect(answer).toContain('(https://github.com/sg-guard/sg-guard/blob/main/docs/configuration.md#presets)');
  });

  it('edited comments, comments by bots and comments that are not commands make no request at all', async () => {
    const gh = await server(analysed);
    const start = gh.requests.length;
    const c = gh.comment(PR, MAINTAINER, `/sg-guard ignore ${sshId} reason: edited in later`);
    const edited = await commandRun(gh, 'issue_comment', issueCommentEvent(c, 'edited'));
    const bot = gh.comment(PR, { login: 'renovate[bot]', id: 29139614, type: 'Bot' }, '/sg-guard recheck');
    const byBot = await commandRun(gh, 'issue_comment', issueCommentEvent(bot));
    const chat = gh.comment(PR, MAINTAINER, 'LGTM, but see /sg-guard help');
    const chatter = await commandRun(gh, 'issue_comment', issueCommentEvent(chat));
    for (const r of [edited, byBot, chatter]) expect(r.status).toBe(0);
    expect(gh.requests.slice(start)).toEqual([]);
    expect(edited.stdout).toContain('only new comments are commands');
    expect(byBot.stdout).toContain('comments by bots are never commands');
  });
});
