/**
 * The README's dynamic-matrix recipe for a monorepo, end to end on
 * fixtures/projects/multi-root (six roots, four of them calling modules/sg):
 * stage 1 runs `sg-guard roots --changed-from <base>` in the pull request's
 * checkout; stage 2 runs `mode: analyze` for the affected roots only, each
 * writing its report and its SARIF; stage 3 runs `mode: publish` with the
 * reports by glob and the roots of stage 1 as `expect-roots`, against the
 * local GitHub server. Then what a failed matrix job does (a root with no
 * report), and a pull request that touches no root.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runAction, workspace, type ActionResult } from '../support/action-run.js';
import { readState } from '../../src/commands/state.js';
import { commitAll } from '../support/git.js';
import { FakeGitHub } from '../support/github-server.js';
import { ROOT, runCli } from '../support/run-cli.js';

const WRITE = 'ghs_write_token';
const PR = 7;
const FIXTURE = join(ROOT, 'fixtures', 'projects', 'multi-root');

const servers: FakeGitHub[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

/** Every file under `dir`, by path relative to it. */
function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, base) : [relative(base, path).split('\\').join('/')];
  });
}

interface PullRequest {
  ws: string;
  base: string;
  head: string;
  gh: FakeGitHub;
  event: Record<string, unknown>;
}

/**
 * The monorepo as the base commit (with `baseFiles`), and a pull request whose
 * head commit applies `edit` to the checkout; the server knows its diff.
 */
async function pullRequest(edit: (ws: string) => void, baseFiles: Record<string, string> = {}): Promise<PullRequest> {
  const ws = workspace({
    ...Object.fromEntries(filesUnder(FIXTURE).map((f) => [f, `fixtures/projects/multi-root/${f}`])),
    ...Object.fromEntries(Object.entries(baseFiles).map(([k, v]) => [k, { text: v }])),
  });
  const base = commitAll(ws, 'base');
  edit(ws);
  const head = commitAll(ws, 'the pull request');
  const gh = await new FakeGitHub().start();
  servers.push(gh);
  gh.addPull({ number: PR, headSha: head, diff: execFileSync('git', ['diff', base, head], { cwd: ws, encoding: 'utf8' }) });
  const event = JSON.parse(readFileSync(join(ROOT, 'fixtures/events/pull_request.synchronize.json'), 'utf8')) as Record<string, unknown>;
  const pr = event.pull_request as { head: { sha: string }; base: { sha: string } };
  pr.head.sha = head;
  pr.base.sha = base;
  event.after = head;
  return { ws, base, head, gh, event };
}

/** A change to one line of the shared module (its description): every root that calls it is affected. */
function editSharedModule(ws: string): void {
  const file = join(ws, 'modules/sg/main.tf');
  writeFileSync(file, readFileSync(file, 'utf8').replace('description = "Web servers"', 'description = "Web servers behind the load balancer"'));
}

/** Stage 1: the job that computes the matrix, in the pull request's checkout. */
async function affectedRoots(pr: PullRequest): Promise<string> {
  const r = await runCli(['roots', '--changed-from', pr.base, '--format', 'json'], { cwd: pr.ws });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.trim();
}

/** Stage 2: one matrix job, `mode: analyze` on one root from the repository root; its artifact (report and SARIF). */
async function analyze(pr: PullRequest, root: string): Promise<{ report: string; sarif: string }> {
  const out = mkdtempSync(join(tmpdir(), 'sg-guard-artifact-'));
  const r = await runAction({
    workspace: pr.ws,
    event: pr.event,
    inputs: { mode: 'analyze', plan: `${root}/plan.json`, 'report-file': join(out, 'sg-guard-report.json'), 'sarif-file': join(out, 'sg-guard.sarif') },
  });
  // Nothing but the findings' annotations and the blocking line: the report was written.
  expect(r.commands.filter((c) => c.command === 'error' && !c.properties.file && !/finding\(s\) at or above/.test(c.message))).toEqual([]);
  return { report: readFileSync(join(out, 'sg-guard-report.json'), 'utf8'), sarif: readFileSync(join(out, 'sg-guard.sarif'), 'utf8') };
}

/** Stage 3: the publish job: a checkout, the artifacts downloaded into reports/<artifact>/, the reports by glob. */
function publish(pr: PullRequest, reports: Record<string, string>, inputs: Record<string, string>): Promise<ActionResult> {
  for (const [root, text] of Object.entries(reports)) {
    const file = join(pr.ws, 'reports', `sg-guard-${root.replaceAll('/', '-')}`, 'sg-guard-report.json');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return runAction({
    workspace: pr.ws,
    event: pr.event,
    apiUrl: pr.gh.url,
    inputs: { mode: 'publish', 'report-file': 'reports/*/sg-guard-report.json', 'github-token': WRITE, 'status-context': 'sg-guard', 'sarif-file': '', ...inputs },
  });
}

function summaryOf(gh: FakeGitHub): string {
  return gh.issueComments.find((c) => c.body.startsWith('<!-- sg-guard:summary'))?.body ?? '';
}

describe('the dynamic matrix of a monorepo', () => {
  it('a change to the shared module: the four roots that call it are planned and checked, the two others are named as not touched, none is missing', async () => {
    const pr = await pullRequest(editSharedModule);

    const matrix = await affectedRoots(pr);
    const roots = JSON.parse(matrix) as string[];
    expect(roots).toEqual(['live/dev', 'live/prod', 'live/staging', 'live/uat']);

    const artifacts: Record<string, string> = {};
    for (const root of roots) {
      const { report, sarif } = await analyze(pr, root);
      artifacts[root] = report;
      // Each root's SARIF is its own code-scanning category.
      expect(JSON.parse(sarif).runs[0].automationDetails).toEqual({ id: `sg-guard/${root}/` });
    }

    const r = await publish(pr, artifacts, { 'expect-roots': matrix });
    expect(pr.gh.violations).toEqual([]);
    expect(r.commands.filter((c) => c.command === 'warning' && /report|expect-roots/.test(c.message) && !/without the plan input/.test(c.message))).toEqual([]);
    // The shared module's three blocking findings (once each, with every root) and staging's public database.
    expect(r.status).toBe(1);
    expect(pr.gh.statuses).toMatchObject([{ sha: pr.head, state: 'failure', context: 'sg-guard', description: '4 findings at or above high (3 critical, 1 high, 2 info)' }]);
    const summary = summaryOf(pr.gh);
    expect(summary).not.toContain('could not be read');
    expect(summary).not.toContain('Incomplete');
    expect(summary).toContain(
      '**Roots:** checked `live/dev`, `live/prod`, `live/staging`, `live/uat`; not touched by this pull request, so not checked: `live/analytics`, `live/sandbox`.',
    );
    expect(summary).toContain('4 plans reviewed');
    expect(summary.replaceAll('<wbr>', '')).toContain('in live/dev; also in live/prod, live/uat, live/staging (module.web\\_sg.aws\\_security\\_group.fail\\_web)');
    // The job summary says the same.
    expect(r.summary).toContain('**Roots:** checked `live/dev`, `live/prod`, `live/staging`, `live/uat`; not touched by this pull request');
  });

  it('a root that expect-roots names and no report covers (its analyze job failed) is missing: named, and the status fails', async () => {
    const pr = await pullRequest(editSharedModule);
    const roots = JSON.parse(await affectedRoots(pr)) as string[];
    // live/uat's job failed before its report was written; nothing blocks at fail-on never.
    const artifacts: Record<string, string> = {};
    for (const root of roots.filter((r) => r !== 'live/uat')) artifacts[root] = (await analyze(pr, root)).report;

    const r = await publish(pr, artifacts, { 'expect-roots': roots.join('\n'), 'fail-on': 'never' });
    expect(pr.gh.violations).toEqual([]);
    expect(r.status).toBe(1);
    // Nothing failed to read: the words say that live/uat has no report, and why.
    expect(pr.gh.statuses).toMatchObject([{ state: 'failure', description: 'live/uat has no report: its analyze job did not upload one (3 critical, 1 high, 2 info in the others)' }]);
    const summary = summaryOf(pr.gh);
    expect(summary).toContain('## ⚠️ Incomplete: `live/uat` has no report; in the others, ');
    expect(summary).toContain('> **`live/uat` has no report**: its analyze job did not upload one (expect-roots names it). Its plans are not in this review, and the check fails until its report is there.');
    expect(summary).not.toContain('could not be read');
    expect(summary).toContain('**Roots:** checked `live/dev`, `live/prod`, `live/staging`; not touched by this pull request, so not checked: `live/analytics`, `live/sandbox`.');
    // The job summary, the warning and the step's error say the same.
    expect(r.summary).toContain('> **`live/uat` has no report**: its analyze job did not upload one (expect-roots names it).');
    expect(r.summary).not.toContain('could not be read');
    expect(r.commands.filter((c) => c.command === 'warning' && /live\/uat/.test(c.message)).map((c) => c.message)).toEqual([
      'sg-guard: live/uat has no report: its analyze job did not upload one (expect-roots names it). Its plans are not in this review.',
    ]);
    expect(r.commands.find((c) => c.command === 'error')?.message).toBe('sg-guard: live/uat has no report: its analyze job did not upload one (expect-roots names it); its plans are not in this review');

    // A glob in expect-roots stands for every root of the checkout it matches: live/analytics has no report either.
    const glob = await publish(pr, {}, { 'expect-roots': 'live/[a-d]*\nlive/prod', 'fail-on': 'never' });
    expect(glob.status).toBe(1);
    expect(pr.gh.statuses.at(-1)).toMatchObject({ state: 'failure', description: 'live/analytics has no report: its analyze job did not upload one (3 critical, 1 high, 2 info in the others)' });
    expect(summaryOf(pr.gh)).toContain('> **`live/analytics` has no report**: its analyze job did not upload one (expect-roots names it).');
    // A glob that matches no root at all is named as such, next to the root without a report.
    const none = await publish(pr, {}, { 'expect-roots': 'live/uat\nlive/x*', 'fail-on': 'never' });
    expect(none.status).toBe(1);
    expect(pr.gh.statuses.at(-1)).toMatchObject({ state: 'failure', description: '2 roots have no report (3 critical, 1 high, 2 info in the others)' });
    expect(summaryOf(pr.gh)).toContain('> **2 roots have no report**, so their plans are not in this review and the check fails until their reports are there:\n> - `live/uat`: its analyze job did not upload one (expect-roots names it)\n> - `live/x*`: it matches no root of the repository (expect-roots names it)');
    expect(none.commands.find((c) => c.command === 'error')?.message).toMatch(/^sg-guard: 2 roots have no report \(live\/uat, live\/x\*\): expect-roots names them/);
  });

  it('a pull request that touches no root: an empty matrix, and publish passes, saying that no root was checked', async () => {
    const pr = await pullRequest((ws) => writeFileSync(join(ws, 'README.md'), '# infra\n'));
    const matrix = await affectedRoots(pr);
    expect(matrix).toBe('[]');

    const r = await publish(pr, {}, { 'expect-roots': matrix });
    expect(pr.gh.violations).toEqual([]);
    expect(r.status).toBe(0);
    expect(pr.gh.statuses).toMatchObject([{ state: 'success', context: 'sg-guard' }]);
    const summary = summaryOf(pr.gh);
    expect(summary).toContain(
      '**Roots:** none checked: this pull request touches none of the 6 roots (`live/analytics`, `live/dev`, `live/prod`, `live/sandbox`, `live/staging`, `live/uat`).',
    );
    expect(summary).not.toContain('could not be read');

    // Without expect-roots, a glob that matches no report is still an error: nothing says the matrix was empty on purpose.
    const without = await publish(pr, {}, {});
    expect(without.status).toBe(1);
    expect(without.commands.find((c) => c.command === 'error')?.message).toBe('input report-file: "reports/*/sg-guard-report.json" matches no file, so nothing is posted');
    // With expect-roots naming a root and no report at all: nothing is posted, and the error says that the root has none.
    const named = await publish(pr, {}, { 'expect-roots': 'live/uat' });
    expect(named.status).toBe(1);
    expect(named.commands.find((c) => c.command === 'error')?.message).toBe(
      'input report-file: no report could be read, so nothing is posted: live/uat has no report (its analyze job did not upload one (expect-roots names it))',
    );
  });

  it('an exception scoped to live/dev waives the shared module\'s finding there only: prod, uat and staging keep it, and it blocks', async () => {
    const config = [
      'exceptions:',
      '  - rule: no-public-ssh',
      '    resource: "module.*.aws_security_group.fail_web"',
      '    reason: Break-glass SSH while dev is rebuilt, OPS-77',
      '    roots: [live/dev]',
      '',
    ].join('\n');
    const pr = await pullRequest(editSharedModule, { '.github/sg-guard.yml': config });
    const matrix = await affectedRoots(pr);
    const artifacts: Record<string, string> = {};
    for (const root of JSON.parse(matrix) as string[]) artifacts[root] = (await analyze(pr, root)).report;

    // Each root's own report: waived in dev, active elsewhere.
    const ssh = (root: string) => (JSON.parse(artifacts[root] ?? '{}') as { findings: Array<{ rule: string; suppression: { kind: string; reason: string } | null }> }).findings.find((f) => f.rule === 'no-public-ssh');
    expect(ssh('live/dev')?.suppression).toMatchObject({ kind: 'exception', reason: 'Break-glass SSH while dev is rebuilt, OPS-77' });
    for (const root of ['live/prod', 'live/staging', 'live/uat']) expect(ssh(root)?.suppression).toBeNull();

    const r = await publish(pr, artifacts, { 'expect-roots': matrix });
    expect(pr.gh.violations).toEqual([]);
    expect(r.status).toBe(1);
    expect(pr.gh.statuses).toMatchObject([{ state: 'failure', description: '4 findings at or above high (3 critical, 1 high, 2 info)' }]);
    const summary = summaryOf(pr.gh).replaceAll('<wbr>', '');
    // Blocking: the shared module's SSH in the three roots the exception does not name.
    const blocking = summary.slice(summary.indexOf('### Blocking'), summary.indexOf('</details>'));
    expect(blocking).toMatch(/no-public-ssh.*in live\/prod; also in live\/uat, live\/staging \(module\.web\\_sg\.aws\\_security\\_group\.fail\\_web\) \|/);
    // Waived: the same block in live/dev alone, with the reason.
    const from = summary.indexOf('<strong>Waived (1)</strong>');
    const waived = summary.slice(from, summary.indexOf('</details>', from));
    expect(waived).toContain('Break-glass SSH while dev is rebuilt, OPS-77');
    expect(waived).toMatch(/no-public-ssh[^\n]*in live\/dev \|/);
    expect(waived).not.toContain('live/prod');

    // The stored analysis (what commands act on) has the split: two findings, each with its own id and roots.
    const stored = readState(summaryOf(pr.gh), 'sg-guard');
    const findings = stored && 'state' in stored ? (stored.state.report?.findings ?? []) : [];
    const parts = findings.filter((f) => f.rule === 'no-public-ssh').map((f) => ({ id: f.id, waived: f.suppression?.kind ?? null, roots: (f.places ?? [{ plan: f.plan }]).map((p) => p.plan) }));
    expect(parts).toEqual([
      { id: expect.stringMatching(/^[0-9a-f]{12}$/), waived: 'exception', roots: ['live/dev/plan.json'] },
      { id: expect.stringMatching(/^[0-9a-f]{12}$/), waived: null, roots: ['live/prod/plan.json', 'live/uat/plan.json', 'live/staging/plan.json'] },
    ]);
    expect(parts[0]?.id).not.toBe(parts[1]?.id);
  });

  it('is the workflow the README shows: the same command, the same artifact folders, the same publish inputs', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '').find((b) => b.includes('fromJSON(needs.roots.outputs.roots)'));
    type Step = { id?: string; uses?: string; run?: string; with?: Record<string, unknown> };
    const jobs = (parse(block ?? '') as { jobs: Record<string, { steps: Step[]; strategy?: { matrix: { root: string } } }> }).jobs;
    expect(Object.keys(jobs)).toEqual(['roots', 'analyze', 'publish']);
    expect(jobs.roots?.steps.find((s) => s.id === 'roots')?.run).toMatch(/sg-guard@1 roots --changed-from "origin\/\$BASE_REF" --format json\)" >> "\$GITHUB_OUTPUT"$/);
    expect(jobs.analyze?.strategy?.matrix.root).toBe('${{ fromJSON(needs.roots.outputs.roots) }}');
    const analyze = jobs.analyze?.steps.find((s) => s.uses?.startsWith('sg-guard/sg-guard@'));
    expect(analyze?.with).toMatchObject({ mode: 'analyze', plan: '${{ matrix.root }}/plan.json' });
    // The artifact of live/dev is sg-guard-live-dev, downloaded to reports/sg-guard-live-dev/ (what publish() above writes).
    expect(jobs.analyze?.steps.find((s) => s.id === 'artifact')?.run).toContain('name=sg-guard-${ROOT//\\//-}');
    expect(jobs.publish?.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))?.with).toEqual({ pattern: 'sg-guard-*', path: 'reports' });
    expect(jobs.publish?.steps.find((s) => s.uses?.startsWith('sg-guard/sg-guard@'))?.with).toEqual({
      mode: 'publish',
      'report-file': 'reports/*/sg-guard-report.json',
      'expect-roots': '${{ needs.roots.outputs.roots }}',
    });
  });
});

