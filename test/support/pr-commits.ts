/**
 * The change of fixtures/projects/pr as two real commits in a fresh
 * checkout, for the tests that need a base commit git can read (the policy
 * and the in-code waivers are judged against it).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { workspace } from './action-run.js';
import { commitAll } from './git.js';
import { ROOT } from './run-cli.js';

export const CONFIG = '.github/sg-guard.yml';
/** Only public SSH can block: the other critical findings of the head Terraform are turned off on the base branch. */
export const ONLY_SSH = 'rules:\n  no-public-rdp: off\n  no-public-database: off\n';
export const IGNORE = '# sg-guard:ignore no-public-ssh Break-glass bastion for INC-231\n';

/**
 * A checkout whose base commit has the base Terraform and `baseFiles`, and
 * whose head commit (checked out) has the head Terraform, with public SSH, RDP
 * and a public database (passed through `edit`), its plan, and `headFiles`.
 */
export function baseAndHead(baseFiles: Record<string, string>, headFiles: Record<string, string>, edit: (tf: string) => string = (tf) => tf, headMessage = 'head'): { ws: string; base: string; head: string } {
  const ws = workspace({ 'infra/main.tf': 'fixtures/projects/pr/base/main.tf', ...Object.fromEntries(Object.entries(baseFiles).map(([k, v]) => [k, { text: v }])) });
  const base = commitAll(ws, 'base');
  writeFileSync(join(ws, 'infra/main.tf'), edit(readFileSync(join(ROOT, 'fixtures/projects/pr/head/main.tf'), 'utf8')));
  writeFileSync(join(ws, 'infra/plan.json'), readFileSync(join(ROOT, 'fixtures/projects/pr/head/plan.json')));
  for (const [path, text] of Object.entries(headFiles)) {
    mkdirSync(dirname(join(ws, path)), { recursive: true });
    writeFileSync(join(ws, path), text);
  }
  return { ws, base, head: commitAll(ws, headMessage) };
}
