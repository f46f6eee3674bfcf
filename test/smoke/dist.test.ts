/**
 * Smoke tests of the committed bundle, run as the runner and a user run it:
 * `node dist/index.js` and `node dist/cli.js` in child processes. Everything
 * else tests src/ in-process; these only show that the bundle starts, finds
 * its WebAssembly beside it and talks to GitHub. `npm test` rebuilds dist/
 * first, and CI fails when the committed dist/ differs from a rebuild.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuiltAction, workspace } from '../support/action-run.js';
import { FakeGitHub } from '../support/github-server.js';
import { ROOT, runBuiltCli } from '../support/run-cli.js';

const HEAD = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const servers: FakeGitHub[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

describe('dist/cli.js', () => {
  it('reviews the bundled example as the README says, with findings on their .tf lines', () => {
    const r = runBuiltCli(['review', 'fixtures/example/plan.json', '--diff', 'fixtures/projects/pr/example.diff']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('── Inline comment on fixtures/example/main.tf:183 (side RIGHT) · critical · no-public-ssh');
  });

  it('checks a plan from stdin and prints JSON', () => {
    const r = runBuiltCli(['check', '-', '--format', 'json', '--fail-on', 'never'], { input: readFileSync(join(ROOT, 'fixtures/example/plan.json')) });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).findings.length).toBeGreaterThan(0);
  });
});

describe('dist/index.js', () => {
  it('on a pull request: one review, one summary comment and a failing status, every request valid', async () => {
    const gh = await new FakeGitHub().start();
    servers.push(gh);
    gh.addPull({ number: 7, headSha: HEAD, diff: readFileSync(join(ROOT, 'fixtures/projects/pr/head.diff'), 'utf8') });
    const event = JSON.parse(readFileSync(join(ROOT, 'fixtures/events/pull_request.synchronize.json'), 'utf8'));
    event.pull_request.head.sha = HEAD;
    const ws = workspace({ 'infra/main.tf': 'fixtures/projects/pr/head/main.tf', 'infra/plan.json': 'fixtures/projects/pr/head/plan.json' });
    const r = await runBuiltAction({ workspace: ws, inputs: { plan: 'infra/plan.json', 'github-token': 'ghs_write_token' }, event, apiUrl: gh.url });
    expect(r.stderr).toBe('');
    expect(gh.violations).toEqual([]);
    expect(r.status).toBe(1);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.statuses.map((s) => s.state)).toEqual(['failure']);
    expect(r.outputs.blocking).not.toBe('0');
  });
});
