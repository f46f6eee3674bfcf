/** `sg-guard review`: what the Action would post, printed, without any network. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const headers = (stdout: string): string[] => stdout.split('\n').filter((l) => l.startsWith('── '));

describe('sg-guard review', () => {
  it('with --diff: inline comments only on the lines the diff changes, the rest listed as outside it', async () => {
    const r = await runCli(['review', 'fixtures/example/plan.json', '--diff', 'fixtures/projects/pr/example.diff']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(headers(r.stdout)).toEqual([
      '── Review (COMMENT) with 2 inline comments',
      '── Inline comment on fixtures/example/main.tf:183 (side RIGHT) · critical · no-public-ssh · 41a632f20518',
      '── Inline comment on fixtures/example/main.tf:213 (side RIGHT) · critical · no-public-database · fc5c90ffe7e1',
      '── Review body',
      '── Summary comment',
      '── Commit status "sg-guard": failure: 2 findings at or above high (2 critical, 1 info)',
    ]);
    expect(r.stdout).toContain('<!-- sg-guard:finding 41a632f20518 -->');
    // The one outside the diff is info, below inline-min-severity: counted, not listed as outside.
    expect(r.stdout).toContain('The summary comment lists every finding.');
    expect(r.stdout).toContain('1 finding below `medium` (`inline-min-severity`) is counted in the summary comment');
    expect(r.stdout).toContain('<!-- sg-guard:summary sg-guard -->');
    expect(r.stdout).toMatch(/unknown-peer[^\n]*_outside the diff_[^\n]*fixtures\/example\/<wbr>main\.tf:159/);
  });

  it('without --diff: every located finding is an inline comment; options as the Action has them', async () => {
    const r = await runCli(['review', 'fixtures/example/plan.json', '--max-inline-comments', '2', '--inline-min-severity', 'info', '--request-changes', '--status-context', 'sg-guard / prod', '--fail-on', 'critical']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('No --diff given: every finding with a source line counts as part of the diff.');
    expect(headers(r.stdout).filter((h) => h.startsWith('── Inline comment'))).toHaveLength(2);
    expect(r.stdout).toContain('── Review (REQUEST_CHANGES) with 2 inline comments');
    expect(r.stdout).toContain('No inline comment for 1 finding over the limit of 2 inline comments (`max-inline-comments`): the summary comment lists every finding.');
    expect(r.stdout).toContain('<!-- sg-guard:context sg-guard%20%2F%20prod -->');
    expect(r.stdout).toContain('── Commit status "sg-guard / prod": failure: 2 findings at or above critical');
  });

  it('a diff that changes nothing with findings: no review, a passing status at fail-on never', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-guard-review-'));
    const diff = join(dir, 'readme.diff');
    writeFileSync(diff, 'diff --git a/README.md b/README.md\n--- a/README.md\n+++ b/README.md\n@@ -1 +1 @@\n-a\n+b\n');
    const r = await runCli(['review', 'fixtures/example/plan.json', '--diff', diff, '--fail-on', 'never']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('── No review: no finding on a line this diff changes.');
    expect(r.stdout).toContain('── Commit status "sg-guard": success: Passes at fail-on never (2 critical, 1 info)');
  });

  it('usage errors exit 2', async () => {
    expect((await runCli(['review'])).status).toBe(2);
    expect((await runCli(['review', 'fixtures/example/plan.json', '--max-inline-comments', 'many'])).stderr).toMatch(/--max-inline-comments must be a whole number from 0 to 100/);
    const missing = await runCli(['review', 'fixtures/example/plan.json', '--diff', 'no/such.diff']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^sg-guard: error: no\/such\.diff: cannot read the diff/);
  });
});
