/** Rules off by default (meta.enabledByDefault false) run only when the configuration turns them on. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { parseConfig } from '../../src/config/load.js';
import { describePolicyChange, policyInForce } from '../../src/config/policy.js';
import { RULES } from '../../src/rules/index.js';

const EXAMPLE = 'fixtures/example/plan.json';

function config(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'sg-guard-off-')), 'sg-guard.yml');
  writeFileSync(file, text);
  return file;
}

describe('unrestricted-egress, off by default', () => {
  it('reports nothing with the defaults, and the example\'s two all-traffic egress rules once turned on', async () => {
    const quiet = await runCheck({ plans: [EXAMPLE], root: false, configPath: config('{}\n') });
    expect(quiet.report.findings.filter((f) => f.rule === 'unrestricted-egress')).toEqual([]);
    const on = await runCheck({ plans: [EXAMPLE], root: false, configPath: config('rules:\n  unrestricted-egress: on\n') });
    expect(on.report.findings.filter((f) => f.rule === 'unrestricted-egress').map((f) => f.resource).sort()).toEqual(['aws_security_group.bastion', 'aws_security_group_rule.web_egress']);
  });

  it('is said in words: on in the policy in force, and turned on by a pull request', () => {
    const on = parseConfig('rules:\n  unrestricted-egress: low\n', 'sg-guard.yml', RULES);
    expect(policyInForce(on)).toContain('rule unrestricted-egress is on (off by default)');
    expect(policyInForce({ settings: {} })).toEqual([]);
    expect(describePolicyChange({ settings: {} }, on)).toContain('turns on unrestricted-egress');
  });
});
