/**
 * The policy in the summary and the JSON report: a pull request that changes
 * its configuration is told so near the top, and the policy in force is a
 * fold saying where it was read. The phrases quote the configuration, which
 * the pull request writes: they are rendered inert.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { describePolicyChange, policyInForce } from '../../src/config/policy.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { summaryCommentBody } from '../../src/review/summary.js';
import { RULES } from '../../src/rules/index.js';
import type { Report, ReportPolicy } from '../../src/findings/types.js';
import { finding, report } from '../support/review-findings.js';

const FILE = '.github/sg-guard.yml';
const parse = (text: string) => parseConfig(text, FILE, RULES);

const BASE = 'fail-on: critical\n';
const HEAD = `${BASE}rules:\n  no-public-ssh: off\nexceptions:\n  - rule: no-public-ssh\n    resource: aws_security_group.bastion\n    reason: whatever\n    expires: 2027-01-31\n`;
const HOSTILE_GLOB = '* @org/team #12 <!-- sg-guard:summary x --> </details><img src=x> [a](https://evil.example) `t` | p';

function withPolicy(policy: ReportPolicy, r: Report = report([finding()])): Report {
  return { ...r, policy };
}

const policyOf = (base: string, head: string): ReportPolicy => ({
  source: 'base',
  file: FILE,
  inForce: policyInForce(parse(base)),
  pendingChange: describePolicyChange(parse(base), parse(head)),
});

describe('the summary', () => {
  it('says near the top, in words, what the pull request would change in the policy, and when', () => {
    const md = renderMarkdown(withPolicy(policyOf(BASE, HEAD)), []);
    // Underscores are escaped like any configuration text; GitHub shows them as written.
    const line = '> ⚠️ This pull request changes the policy: turns off no-public-ssh; adds an exception for aws\\_security\\_group.bastion (no-public-ssh) until 2027-01-31. It takes effect after merge.';
    expect(md).toContain(line);
    // Under the verdict and its counts, before the findings.
    expect(md.indexOf(line)).toBeGreaterThan(md.indexOf('block this pull request**'));
    expect(md.indexOf(line)).toBeLessThan(md.indexOf('| Rule | Group |'));
  });

  it('folds the policy in force, saying where it was read', () => {
    const md = summaryCommentBody({ report: withPolicy(policyOf(BASE, HEAD)), rules: [], outside: null }, 'sg-guard');
    expect(md).toContain(
      ['<details>', '<summary>Policy in force (1 difference from the defaults)</summary>', '', "Read from `.github/sg-guard.yml` on the pull request's base branch.", '', '- fail-on is critical (default high)', '', '</details>'].join('\n'),
    );
    const head = renderMarkdown(withPolicy({ ...policyOf(BASE, BASE), source: 'head' }), []);
    expect(head).toContain("Read from `.github/sg-guard.yml` in the pull request's own checkout.");
  });

  it('has neither section for the defaults, nor without a policy', () => {
    for (const r of [withPolicy({ source: 'defaults', file: null, inForce: [], pendingChange: [] }), report([finding()])]) {
      const md = renderMarkdown(r, []);
      expect(md).not.toContain('changes the policy');
      expect(md).not.toContain('Policy in force');
    }
  });

  it('renders a hostile exception glob inert in both sections', () => {
    const head = `exceptions:\n  - rule: no-public-ssh\n    resource: "${HOSTILE_GLOB}"\n    reason: r\n`;
    const md = renderMarkdown(withPolicy(policyOf(head, `${head}  - rule: no-public-database\n    resource: "${HOSTILE_GLOB}"\n    reason: r\n`)), []);
    const pending = md.split('\n').find((l) => l.includes('changes the policy')) ?? '';
    const inForce = md.slice(md.indexOf('Policy in force'), md.lastIndexOf('</details>'));
    for (const text of [pending, inForce]) {
      expect(text).toContain('@\u200Dorg/team #\u200D12 &lt;!-- sg-guard:summary x --&gt; &lt;/details&gt;&lt;img src=x&gt; \\[a\\](https:\u200D//evil.example) \\`t\\` \\| p');
      expect(text).not.toMatch(/<!--|<img|(^|[^\u200d])@org|\]\(https:\/\//);
    }
  });

  it('cuts a very long change list', () => {
    const many = Array.from({ length: 50 }, (_, i) => `turns off rule-${i}`);
    const md = renderMarkdown(withPolicy({ source: 'base', file: FILE, inForce: many, pendingChange: many }), []);
    expect(md).toContain('turns off rule-29; and 20 more. It takes effect after merge.');
    expect(md).toContain('- turns off rule-29\n- … and 20 more');
  });
});

describe('the JSON report', () => {
  it('carries the policy last, only when known', () => {
    const policy = policyOf(BASE, HEAD);
    const json = JSON.parse(renderJson(withPolicy(policy))) as Record<string, unknown>;
    expect(Object.keys(json).at(-1)).toBe('policy');
    expect(json.policy).toEqual({ source: 'base', file: FILE, inForce: ['fail-on is critical (default high)'], pendingChange: ['turns off no-public-ssh', 'adds an exception for aws_security_group.bastion (no-public-ssh) until 2027-01-31'] });
    expect(JSON.parse(renderJson(report([finding()])))).not.toHaveProperty('policy');
  });
});
