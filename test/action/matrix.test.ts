/**
 * Many Terraform roots, one review, end to end through `node dist/index.js`
 * and the local GitHub server: a matrix job per root runs `mode: analyze`
 * and uploads its report; one `mode: publish` job merges them and posts one
 * review, one summary comment and one status. Also: the requests a run makes
 * do not grow with the findings or the plans.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { encodeState, readState, type AnalysisState } from '../../src/commands/state.js';
import { mergeReports } from '../../src/review/merge.js';
import { summaryCommentBody } from '../../src/review/summary.js';
import { RULES } from '../../src/rules/index.js';
import { runAction, workspace, type ActionResult } from '../support/action-run.js';
import { BOT, FakeGitHub, type IssueComment, type User } from '../support/github-server.js';
import { ROOT } from '../support/run-cli.js';
import { manyFindings, projectPlan, projectTf, type ProjectSpec } from '../support/tf-project.js';

const WRITE = 'ghs_write_token';
const HEAD = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const PR = 7;
const MAINTAINER: User = { login: 'maintainer-mia', id: 7100001, type: 'User' };
const READS = ['GET pulls/list-files', 'GET pulls/list-review-comments', 'GET pulls/list-reviews', 'GET issues/list-comments'];
const ROOTS = ['live/dev', 'live/prod', 'live/staging'].map((r) => `fixtures/projects/multi-root/${r}/plan.json`);
const ONE_RUN = [...READS, 'POST pulls/create-review', 'POST issues/create-comment', 'POST repos/create-commit-status'];

const event = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, 'fixtures', 'events', name), 'utf8'));

function pullRequestEvent(): Record<string, unknown> {
  const e = event('pull_request.synchronize.json');
  (e.pull_request as { head: { sha: string } }).head.sha = HEAD;
  e.after = HEAD;
  return e;
}

const servers: FakeGitHub[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function server(diff: string): Promise<FakeGitHub> {
  const s = await new FakeGitHub({ roles: { [MAINTAINER.login]: 'maintain' } }).start();
  servers.push(s);
  s.addPull({ number: PR, headSha: HEAD, diff });
  return s;
}

/** Every file under `dir`, by path relative to it. */
function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, base) : [relative(base, path).split('\\').join('/')];
  });
}

/** The diff of a pull request that adds every .tf file of the checkout. */
function diffAdding(ws: string): string {
  return filesUnder(ws)
    .filter((f) => f.endsWith('.tf'))
    .sort()
    .map((f) => {
      const lines = readFileSync(join(ws, f), 'utf8').trimEnd().split('\n');
      return [`diff --git a/${f} b/${f}`, 'new file mode 100644', '--- /dev/null', `+++ b/${f}`, `@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
    })
    .join('\n');
}

/** The multi-root fixture (live/dev, live/prod, live/staging and modules/sg) plus `extra` roots of the test's own. */
function monorepo(extra: Record<string, ProjectSpec>): string {
  const files: Record<string, string | { text: string }> = {};
  for (const f of filesUnder(join(ROOT, 'fixtures', 'projects', 'multi-root'))) files[f] = `fixtures/projects/multi-root/${f}`;
  for (const [root, spec] of Object.entries(extra)) {
    files[`${root}/main.tf`] = { text: projectTf(spec) };
    files[`${root}/plan.json`] = { text: JSON.stringify(projectPlan(spec)) };
  }
  return workspace(files);
}

/** One matrix job: `mode: analyze` on one root, from the repository root; returns its report. */
async function analyze(ws: string, root: string): Promise<string> {
  const file = `report-${root.replace(/[/*]/g, '-')}.json`;
  const r = await runAction({ workspace: ws, event: pullRequestEvent(), inputs: { mode: 'analyze', plan: `${root}/plan.json`, 'report-file': file, 'sarif-file': '' } });
  // Only the findings' annotations and the blocking line: the report was written.
  expect(r.commands.filter((c) => c.command === 'error' && !c.properties.file && !/finding\(s\) at or above/.test(c.message))).toEqual([]);
  return readFileSync(join(ws, file), 'utf8');
}

/** The publish job: no checkout, only the downloaded artifacts. */
function publish(gh: FakeGitHub, artifacts: Record<string, string>, reportFile: string, extra: Record<string, string> = {}): Promise<ActionResult> {
  const ws = workspace(Object.fromEntries(Object.entries(artifacts).map(([path, text]) => [path, { text }])));
  return runAction({
    workspace: ws,
    event: pullRequestEvent(),
    apiUrl: gh.url,
    inputs: { mode: 'publish', 'report-file': reportFile, 'github-token': WRITE, 'sarif-file': 'sg-guard.sarif', 'status-context': 'sg-guard', ...extra },
  });
}

function issueCommentEvent(c: IssueComment): Record<string, unknown> {
  const e = event('issue_comment.created.json');
  const user = { login: c.user.login, id: c.user.id, type: c.user.type, site_admin: false };
  e.sender = user;
  Object.assign(e.comment as object, { id: c.id, body: c.body, user, created_at: c.created_at, html_url: `https://github.com/acme/infra/pull/7#issuecomment-${c.id}` });
  return e;
}

const BASTION: ProjectSpec = {
  groups: [{ name: 'bastion', description: 'Bastion host', ingress: [{ description: 'SSH for the on-call engineer', from: 22, to: 22, protocol: 'tcp', cidrs: ['0.0.0.0/0'] }] }],
};

describe('many roots, one review', () => {
  it('a matrix of six roots, one report missing and one corrupt: the others are posted once, the two are named, the status fails', async () => {
    const ws = monorepo({ 'live/qa': BASTION, 'live/perf': BASTION });
    const roots = ['live/dev', 'live/prod', 'live/staging', 'live/qa'];
    const reports = await Promise.all(roots.map((root) => analyze(ws, root)));
    const artifacts: Record<string, string> = Object.fromEntries(roots.map((root, i) => [`reports/sg-guard-${root.replace('/', '-')}/sg-guard-report.json`, reports[i] as string]));
    // live/perf's upload was cut short; live/ops's analyze job never uploaded one.
    artifacts['reports/sg-guard-live-perf/sg-guard-report.json'] = (reports[3] as string).slice(0, 200);
    const gh = await server(diffAdding(ws));
    const r = await publish(gh, artifacts, 'reports/*/sg-guard-report.json\nreports/sg-guard-live-ops/sg-guard-report.json', { 'fail-on': 'never' });

    expect(gh.violations).toEqual([]);
    expect(r.stderr).toBe('');
    // One review, one summary, one status, as for a single plan.
    expect(gh.operations()).toEqual(ONE_RUN);
    // Nothing blocks at fail-on never, but two roots were not checked: the step and the status fail.
    expect(r.status).toBe(1);
    expect(gh.statuses).toMatchObject([{ sha: HEAD, state: 'failure', context: 'sg-guard', description: '2 reports could not be read (4 critical, 1 high, 3 info in the others)' }]);
    const warnings = r.commands.filter((c) => c.command === 'warning' && !c.properties.file).map((c) => c.message);
    expect(warnings).toEqual([
      'sg-guard: report reports/sg-guard-live-ops/sg-guard-report.json: does not exist (did its analyze job upload a report?). The plans it covers are not in this review.',
      expect.stringMatching(/^sg-guard: report reports\/sg-guard-live-perf\/sg-guard-report\.json: is not JSON: .*\. The plans it covers are not in this review\.$/),
      // No plan input: the verdict rests on the reports, and the publish job says so.
      expect.stringMatching(/^sg-guard: mode publish without the plan input: the verdict rests on the uploaded reports/),
    ]);
    expect(r.commands.find((c) => c.command === 'error')?.message).toMatch(/^sg-guard: 2 reports could not be read \(reports\/sg-guard-live-ops\/sg-guard-report\.json, reports\/sg-guard-live-perf\/sg-guard-report\.json\)/);

    const summary = gh.issueComments[0]?.body ?? '';
    expect(summary).toContain('## ⚠️ Incomplete: ');
    expect(summary).toContain('> **2 reports could not be read**');
    expect(summary).toContain('> - `reports/sg-guard-live-ops/sg-guard-report.json`: does not exist (did its analyze job upload a report?)');
    expect(summary).toMatch(/> - `reports\/sg-guard-live-perf\/sg-guard-report\.json`: is not JSON/);
    expect(r.summary).toContain('> **2 reports could not be read**');
    // The shared module's findings once, with every root; each bastion root its own.
    expect(summary).toContain('## ⚠️ Incomplete: reports could not be read; in the others, 8 findings, none block at fail-on never\n');
    expect(summary.replaceAll('<wbr>', '')).toContain('in live/dev; also in live/prod, live/staging (module.web\\_sg.aws\\_security\\_group.fail\\_web)');
    expect(summary).toContain('<sub>[sg-guard 0.1.0](https://github.com/sg-guard/sg-guard) · fail-on `never` · 4 plans reviewed</sub>');
    const ssh = gh.reviewComments.filter((c) => c.body.includes('no-public-ssh'));
    expect(ssh.map((c) => `${c.path}:${c.line}`).sort()).toEqual(['live/qa/main.tf:23', 'modules/sg/main.tf:19']);
    expect(new Set(gh.reviewComments.map((c) => /sg-guard:finding ([0-9a-f]+)/.exec(c.body)?.[1])).size).toBe(gh.reviewComments.length);
    expect(ssh.find((c) => c.path === 'modules/sg/main.tf')?.body).toContain('- **Also in:** `live/prod`, `live/staging` (`module.web_sg.aws_security_group.fail_web`) (the same lines, used by 3 plans)');

    // The stored analysis has the merged report, a digest of the reports read, and the two it could not read.
    const stored = readState(summary, 'sg-guard');
    const state = stored && 'state' in stored ? stored.state : null;
    expect(state?.planDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(state?.unread?.map((u) => u.file)).toEqual(['reports/sg-guard-live-ops/sg-guard-report.json', 'reports/sg-guard-live-perf/sg-guard-report.json']);
    expect(state?.report?.findings.find((f) => f.rule === 'no-public-ssh' && f.places)?.places).toHaveLength(3);
  });

  it('a command on a merged analysis with a report missing: the summary still names it and the status still fails', async () => {
    // What the publish run stored: the merged report of the three roots, at fail-on never, one report missing.
    const perRoot = await Promise.all(ROOTS.map(async (plan) => ({ file: plan, report: (await runCheck({ plans: [plan], failOn: 'never' })).report })));
    const { report } = mergeReports(perRoot);
    const unread = [{ file: 'reports/sg-guard-live-ops/sg-guard-report.json', problem: 'does not exist (did its analyze job upload a report?)' }];
    const state: AnalysisState = { context: 'sg-guard', headSha: HEAD, planDigest: 'ab'.repeat(32), report, outside: null, customRules: [], diagrams: [], ignores: [], omitted: [], unread };
    const gh = await server('');
    gh.comment(PR, BOT, summaryCommentBody({ report, rules: RULES.map((r) => r.meta), outside: null, unread }, 'sg-guard', encodeState(state)?.line));
    const ssh = report.findings.find((f) => f.rule === 'no-public-ssh');
    expect(ssh?.places).toHaveLength(3);

    const c = gh.comment(PR, MAINTAINER, `/sg-guard ignore ${ssh?.id ?? ''} reason: break-glass access while INC-231 is open`);
    const command = await runAction({ workspace: workspace({}), apiUrl: gh.url, eventName: 'issue_comment', event: issueCommentEvent(c), inputs: { 'github-token': WRITE, 'status-context': 'sg-guard' } });
    expect(gh.violations).toEqual([]);
    expect(command.status).toBe(0);
    expect(gh.operations()).toContain('PATCH issues/update-comment');
    expect(gh.statuses.at(-1)).toMatchObject({ state: 'failure', description: '1 report could not be read (2 critical, 1 high, 2 info in the others)' });
    const after = gh.issueComments.find((x) => x.user.id === BOT.id && x.body.startsWith('<!-- sg-guard:summary'))?.body ?? '';
    expect(after).toContain('> **1 report could not be read**');
    expect(after).toContain('<strong>Waived (1)</strong>');
    const stored = readState(after, 'sg-guard');
    expect(stored && 'state' in stored ? [stored.state.unread, stored.state.ignores.map((i) => i.id)] : stored).toEqual([unread, [ssh?.id]]);
  });

  it('300 findings across 20 plans: the same requests as for one plan, in full mode and merged from 20 reports', async () => {
    const roots = Array.from({ length: 20 }, (_, i) => `roots/r${String(i).padStart(2, '0')}`);
    const ws = monorepo(Object.fromEntries(roots.map((root) => [root, manyFindings(14)])));
    const diff = diffAdding(ws);

    // The 20 plans analysed in one run, its report split in 20 as 20 matrix jobs write them: each its plan and its findings.
    const all = JSON.parse(await analyze(ws, 'roots/*')) as { plans: Array<{ path: string; label: string }>; findings: Array<{ id: string; plan: string }> };
    const artifacts = Object.fromEntries(
      all.plans.map((plan, i) => [
        `reports/sg-guard-${String(i).padStart(2, '0')}/sg-guard-report.json`,
        JSON.stringify({ ...all, plans: [plan], findings: all.findings.filter((f) => f.plan === plan.path) }),
      ]),
    );
    expect(all.plans.map((p) => p.label)).toEqual(roots);
    expect(all.findings).toHaveLength(300);
    expect(new Set(all.findings.map((f) => f.id)).size).toBe(300);

    const [full, merged] = [await server(diff), await server(diff)];
    const [r, p] = await Promise.all([
      runAction({ workspace: ws, event: pullRequestEvent(), apiUrl: full.url, inputs: { plan: 'roots/*/plan.json', 'github-token': WRITE, 'sarif-file': '' } }),
      publish(merged, artifacts, 'reports/*/sg-guard-report.json'),
    ]);
    expect(full.violations).toEqual([]);
    expect(r.status).toBe(1);
    expect(r.outputs.critical).toBe('280');
    expect(r.outputs.info).toBe('20');
    expect(full.operations()).toEqual(ONE_RUN);
    expect(full.reviewComments).toHaveLength(25);

    expect(merged.violations).toEqual([]);
    expect(p.status).toBe(1);
    expect(p.outputs.critical).toBe('280');
    expect(merged.operations()).toEqual(ONE_RUN);
    // The same review and status as one run over every plan (the summary differs only in how much the stored analysis leaves room for).
    expect(merged.reviewComments.map((c) => `${c.path}:${c.line} ${c.body}`)).toEqual(full.reviewComments.map((c) => `${c.path}:${c.line} ${c.body}`));
    expect(merged.statuses).toEqual(full.statuses);
  });

  it('no report can be read: a clear error and nothing posted', async () => {
    const gh = await server('');
    const r = await publish(gh, { 'reports/a/sg-guard-report.json': '{"version": 1' }, 'reports/a/sg-guard-report.json\nreports/b/sg-guard-report.json\nreports/*/missing.json');
    expect(r.status).toBe(1);
    expect(gh.requests).toEqual([]);
    expect(r.commands.find((c) => c.command === 'error')?.message).toMatch(
      /^input report-file: none of the 3 reports could be read, so nothing is posted: reports\/\*\/missing\.json \(matches no file \(did its analyze job upload a report\?\)\); reports\/a\/sg-guard-report\.json \(is not JSON: .*\); reports\/b\/sg-guard-report\.json \(does not exist \(did its analyze job upload a report\?\)\)$/,
    );
  });
});
