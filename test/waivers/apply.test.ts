import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { evaluate } from '../../src/engine.js';
import { RULES } from '../../src/rules/index.js';
import type { Finding, Report, SourceLocation } from '../../src/findings/types.js';
import type { Suppression } from '../../src/source/index.js';
import { applySuppressions, resourceMatcher, utcDate, type Exception } from '../../src/waivers/apply.js';
import { modelOf, tcp } from '../support/permissions.js';

const CONFIG = '.github/sg-guard.yml';
const TODAY = new Date('2025-06-15T12:00:00Z');
const AT = { file: 'infra/main.tf', line: 10, endLine: 16 };

/**
 * A real report: SSH open on bastion (critical), PostgreSQL open on module.legacy's db (critical),
 * and 8443 open on web (public-port-not-allowed, medium). Blocking at high: 2.
 */
function report(): Report {
  const located = (f: Finding): Finding => (f.rule === 'no-public-ssh' ? { ...f, location: AT } : f);
  const r = evaluate(
    [
      modelOf([
        tcp('22', '0.0.0.0/0', 'bastion'),
        tcp('5432', '0.0.0.0/0', 'db', { securityGroup: 'module.legacy.aws_security_group.db', resource: 'module.legacy.aws_security_group.db' }),
        tcp('8443', '0.0.0.0/0', 'web'),
      ]),
    ],
    { failOn: 'high', rules: RULES },
  );
  return { ...r, findings: r.findings.map(located) };
}

const exception = (partial: Partial<Exception> & Pick<Exception, 'rule' | 'resource'>): Exception => ({ reason: 'accepted risk', expires: null, source: CONFIG, ...partial });

/** Sources whose only block with comments is AT. */
function sources(comments: Array<Omit<Suppression, 'line'> & { line?: number }>, plan = 'test-plan.json') {
  const list = comments.map((c, i) => ({ line: c.line ?? AT.line - comments.length + i, rule: c.rule, reason: c.reason }));
  const index = { suppressionsFor: (l: SourceLocation): Suppression[] => (l.file === AT.file && l.line === AT.line ? list : []) };
  return new Map([[plan, index]]);
}

const byRule = (r: Report, rule: string): Finding => r.findings.find((f) => f.rule === rule) as Finding;

describe('applySuppressions: exceptions', () => {
  it('marks a matching finding, keeps it in the report and recounts the summary', () => {
    const before = report();
    expect(before.summary).toMatchObject({ critical: 2, medium: 1, blocking: 2, suppressed: 0 });
    const after = applySuppressions(before, { exceptions: [exception({ rule: 'no-public-database', resource: 'module.legacy.*', expires: '2025-12-31' })], today: TODAY });
    expect(after.findings).toHaveLength(before.findings.length);
    expect(byRule(after, 'no-public-database').suppression).toEqual({ kind: 'exception', reason: 'accepted risk', expires: '2025-12-31', source: CONFIG });
    expect(byRule(after, 'no-public-ssh').suppression).toBeNull();
    expect(after.summary).toEqual({ ...before.summary, critical: 1, blocking: 1, suppressed: 1, added: (before.summary.added ?? 0) - 1 });
  });

  it('needs the rule and the resource to match', () => {
    const run = (e: Exception) => applySuppressions(report(), { exceptions: [e], today: TODAY }).summary.suppressed;
    expect(run(exception({ rule: 'no-public-ssh', resource: 'module.legacy.*' }))).toBe(0);
    expect(run(exception({ rule: 'no-public-database', resource: 'aws_security_group.*' }))).toBe(0);
    expect(run(exception({ rule: 'no-public-database', resource: 'module.legacy.aws_security_group.db' }))).toBe(1);
    expect(run(exception({ rule: 'no-public-database', resource: '**' }))).toBe(1);
  });

  it('applies through the expiry date, inclusive, in UTC', () => {
    const e = exception({ rule: 'no-public-ssh', resource: 'aws_security_group.bastion', expires: '2025-06-30' });
    const on = (today: string) => byRule(applySuppressions(report(), { exceptions: [e], today: new Date(today) }), 'no-public-ssh');
    expect(on('2025-06-30T23:59:59Z').suppression?.kind).toBe('exception');
    // Still the 30th in New York, already the 1st in UTC.
    const after = on('2025-06-30T22:00:00-05:00');
    expect(after.suppression).toBeNull();
    expect(after.message).toBe(`${byRule(report(), 'no-public-ssh').message} (the exception in ${CONFIG} expired on 2025-06-30)`);
  });

  it('an expired exception gives way to an active one, and the latest expiry is named', () => {
    const old = exception({ rule: 'no-public-ssh', resource: '*', expires: '2024-01-01' });
    const older = exception({ rule: 'no-public-ssh', resource: '*bastion', expires: '2023-01-01' });
    const open = exception({ rule: 'no-public-ssh', resource: '*bastion', reason: 'until the VPN is up' });
    expect(byRule(applySuppressions(report(), { exceptions: [old, open], today: TODAY }), 'no-public-ssh').suppression?.reason).toBe('until the VPN is up');
    const r = applySuppressions(report(), { exceptions: [older, old], today: TODAY });
    expect(byRule(r, 'no-public-ssh').message).toMatch(/\(the exception in \.github\/sg-guard\.yml expired on 2024-01-01\)$/);
    expect(r.summary.blocking).toBe(2);
  });
});

describe('applySuppressions: sg-guard:ignore comments', () => {
  it('a comment with a reason silences that rule at that block, citing file:line', () => {
    const r = applySuppressions(report(), { exceptions: [], today: TODAY, sources: sources([{ rule: 'no-public-ssh', reason: 'break-glass bastion', line: 9 }]) });
    expect(byRule(r, 'no-public-ssh').suppression).toEqual({ kind: 'inline', reason: 'break-glass bastion', expires: null, source: 'infra/main.tf:9' });
    expect(r.summary).toMatchObject({ critical: 1, blocking: 1, suppressed: 1 });
  });

  it('a comment without a reason does not silence, and the finding says why', () => {
    const r = applySuppressions(report(), { exceptions: [], today: TODAY, sources: sources([{ rule: 'no-public-ssh', reason: '', line: 9 }]) });
    const f = byRule(r, 'no-public-ssh');
    expect(f.suppression).toBeNull();
    expect(f.message).toMatch(/ \(the sg-guard:ignore comment at infra\/main\.tf:9 gives no reason, and one is required\)$/);
    expect(r.summary.suppressed).toBe(0);
  });

  it('"all" is not supported, and the finding says so', () => {
    const r = applySuppressions(report(), { exceptions: [], today: TODAY, sources: sources([{ rule: 'all', reason: 'legacy', line: 9 }]) });
    expect(byRule(r, 'no-public-ssh').suppression).toBeNull();
    expect(byRule(r, 'no-public-ssh').message).toContain('(sg-guard:ignore all at infra/main.tf:9 is not supported; name one rule per comment)');
  });

  it('points out a comment that names no rule, or an unknown one when the rules are given', () => {
    const comments = sources([{ rule: '', reason: '' }, { rule: 'no-public-shh', reason: 'typo' }, { rule: 'missing-description', reason: 'other rule' }]);
    const message = (rules?: string[]) => byRule(applySuppressions(report(), { exceptions: [], today: TODAY, sources: comments, ...(rules ? { rules } : {}) }), 'no-public-ssh').message;
    expect(message()).toMatch(/\(the sg-guard:ignore comment at infra\/main\.tf:7 names no rule\)$/);
    expect(message(RULES.map((r) => r.meta.name))).toMatch(/names no rule; the sg-guard:ignore comment at infra\/main\.tf:8 names "no-public-shh", which is no rule\)$/);
  });

  it('is read only for located findings of the plan the sources belong to', () => {
    const other = applySuppressions(report(), { exceptions: [], today: TODAY, sources: sources([{ rule: 'no-public-ssh', reason: 'x' }], 'other-plan.json') });
    expect(other.summary.suppressed).toBe(0);
    const unlocated = report();
    unlocated.findings = unlocated.findings.map((f) => ({ ...f, location: null }));
    expect(applySuppressions(unlocated, { exceptions: [], today: TODAY, sources: sources([{ rule: 'no-public-ssh', reason: 'x' }]) }).summary.suppressed).toBe(0);
  });

  it('wins over an exception; an active exception makes a reasonless comment moot', () => {
    const e = exception({ rule: 'no-public-ssh', resource: '*' });
    const withReason = applySuppressions(report(), { exceptions: [e], today: TODAY, sources: sources([{ rule: 'no-public-ssh', reason: 'in code' }]) });
    expect(byRule(withReason, 'no-public-ssh').suppression?.kind).toBe('inline');
    const bare = applySuppressions(report(), { exceptions: [e], today: TODAY, sources: sources([{ rule: 'no-public-ssh', reason: '' }]) });
    expect(byRule(bare, 'no-public-ssh').suppression?.kind).toBe('exception');
    expect(byRule(bare, 'no-public-ssh').message).toBe(byRule(report(), 'no-public-ssh').message);
  });
});

describe('applySuppressions: purity', () => {
  it('leaves its input alone, keeps ids and order, and gives the same result twice', () => {
    const input = report();
    const copy = structuredClone(input);
    const options = { exceptions: [exception({ rule: 'no-public-database', resource: 'module.*' })], today: TODAY, sources: sources([{ rule: 'no-public-ssh', reason: '' }]) };
    const once = applySuppressions(input, options);
    expect(input).toEqual(copy);
    expect(once.findings.map((f) => f.id)).toEqual(input.findings.map((f) => f.id));
    expect(applySuppressions(once, options)).toEqual(once);
  });

  it('with nothing to apply, changes nothing', () => {
    const input = report();
    expect(applySuppressions(input, { exceptions: [], today: TODAY })).toEqual(input);
  });
});

describe('resourceMatcher', () => {
  it.each([
    ['module.legacy.*', 'module.legacy.aws_security_group.db', true],
    ['module.legacy.*', 'module.legacy.module.inner.aws_security_group.db["a"]', true],
    ['module.legacy.*', 'module.legacy2.aws_security_group.db', false],
    ['module.legacy.*', 'aws_security_group.db', false],
    ['aws_security_group.web["a"]', 'aws_security_group.web["a"]', true],
    ['aws_security_group.web\\["*"\\]', 'aws_security_group.web["b"]', true],
    ['aws_security_group.web[*]', 'aws_security_group.web["b"]', false],
    ['aws_security_group.web["10.0.0.0/8"]', 'aws_security_group.web["10.0.0.0/8"]', true],
    ['aws_security_group.*', 'aws_security_group.web["10.0.0.0/8"]', true],
    ['module.{a,b}.*', 'module.b.aws_security_group.x', true],
    ['!module.a.*', 'module.b.aws_security_group.x', false],
    ['*', 'aws_security_group.web', true],
  ])('%s matches %s: %s', (pattern, address, expected) => {
    expect(resourceMatcher(pattern)(address)).toBe(expected);
  });
});

describe('utcDate', () => {
  it('is the UTC calendar date', () => {
    expect(utcDate(new Date('2025-01-01T00:30:00+02:00'))).toBe('2024-12-31');
    expect(utcDate(new Date('2025-03-01T00:00:00Z'))).toBe('2025-03-01');
  });
});

describe('applySuppressions: a finding merged across roots (the publish job re-applying its exceptions to merged reports)', () => {
  const FIXTURE = 'fixtures/projects/multi-root';
  const plans = ['dev', 'prod', 'staging'].map((root) => `${FIXTURE}/live/${root}/plan.json`);

  it('an exception for some roots splits it: the waived roots apart, the others still active, each part with its own id and address', async () => {
    const { report: merged } = await runCheck({ plans, repoRoot: FIXTURE, failOn: 'high' });
    const ssh = byRule(merged, 'no-public-ssh');
    expect(ssh.places?.map((p) => p.plan)).toEqual(plans);

    const after = applySuppressions(merged, { exceptions: [exception({ rule: 'no-public-ssh', resource: 'module.*.aws_security_group.fail_web', roots: ['live/staging'] })], today: TODAY });
    const parts = after.findings.filter((f) => f.rule === 'no-public-ssh');
    expect(parts.map((f) => ({ id: f.id === ssh.id, plan: f.plan, resource: f.resource, group: f.securityGroup, waived: f.suppression?.kind ?? null, places: f.places?.map((p) => p.plan) }))).toEqual([
      { id: true, plan: plans[0], resource: 'module.sg.aws_security_group.fail_web', group: 'module.sg.aws_security_group.fail_web', waived: null, places: [plans[0], plans[1]] },
      { id: false, plan: plans[2], resource: 'module.web_sg.aws_security_group.fail_web', group: 'module.web_sg.aws_security_group.fail_web', waived: 'exception', places: undefined },
    ]);
    expect(parts[1]?.message).toBe('module.web_sg.aws_security_group.fail_web allows 22/tcp from 0.0.0.0/0, which is the whole internet');
    expect(new Set(after.findings.map((f) => f.id)).size).toBe(after.findings.length);
    // The active part still blocks.
    expect(after.summary).toMatchObject({ blocking: merged.summary.blocking, suppressed: 1 });
  });

  it('an exception for every root, or for roots that are not there, keeps it one finding', async () => {
    const { report: merged } = await runCheck({ plans, repoRoot: FIXTURE, failOn: 'high' });
    const run = (roots?: string[]) => applySuppressions(merged, { exceptions: [exception({ rule: 'no-public-ssh', resource: 'module.*.aws_security_group.fail_web', ...(roots ? { roots } : {}) })], today: TODAY }).findings.filter((f) => f.rule === 'no-public-ssh');
    for (const roots of [undefined, ['live/*']]) expect(run(roots).map((f) => [f.suppression?.kind, f.places?.length])).toEqual([['exception', 3]]);
    expect(run(['live/qa']).map((f) => [f.suppression, f.places?.length])).toEqual([[null, 3]]);
  });
});
