import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { CommentIgnore } from '../../src/commands/ignores.js';
import { MAX_IGNORES_LENGTH, MAX_STATE_LENGTH, encodeState, ignoresFit, readState, ruleMetas, stateLine, type AnalysisState } from '../../src/commands/state.js';
import { finding, report } from '../support/review-findings.js';

const HEAD = '6dcb09b5b57875f334f61aebed695e2e4193db5e';

function ignore(overrides: Partial<CommentIgnore> = {}): CommentIgnore {
  return {
    id: '000000000001',
    rule: 'no-public-ssh',
    reason: 'Break-glass bastion, INC-231',
    expires: '2099-12-31',
    by: { login: 'maintainer-mia', id: 7100001 },
    at: '2025-01-15T11:20:05.000Z',
    source: 'https://github.com/acme/infra/pull/7#issuecomment-2591900417',
    ...overrides,
  };
}

function state(overrides: Partial<AnalysisState> = {}): AnalysisState {
  const findings = [finding({ id: '000000000001' }), finding({ id: '000000000002', rule: 'unused-security-group', severity: 'info', change: 'unchanged' }), finding({ id: '000000000003', change: 'removed' })];
  const r = report(findings);
  r.plans[0]?.exposureChanges.push('aws_security_group.bastion: 22/tcp now reachable from 0.0.0.0/0 (the internet)');
  return {
    context: 'sg-guard',
    headSha: HEAD,
    planDigest: 'ab'.repeat(32),
    report: r,
    outside: ['000000000002'],
    customRules: [{ name: 'no-public-kafka', severity: 'high', title: 'Kafka open', description: 'Kafka *ports*.', why: 'Your team forbids it.', fix: 'Remove it.' }],
    diagrams: [{ plan: 'infra/plan.json', mermaid: 'flowchart LR\n  n0["aws_security_group.bastion"]\n  internet(("internet"))\n  internet -- "22/tcp" --> n0' }],
    ignores: [ignore()],
    omitted: [],
    ...overrides,
  };
}

/** A comment body ending in a state line made of `json` (any JSON, gzipped and base64'd as sg-guard does). */
function bodyWith(json: unknown): string {
  return `<!-- sg-guard:summary sg-guard -->\nreport\n\n${stateLine(gzipSync(Buffer.from(JSON.stringify(json))).toString('base64'))}`;
}

function wire(s: AnalysisState): Record<string, unknown> {
  const line = encodeState(s)?.line ?? '';
  const b64 = /sg-guard:state 1 (\S+) -->/.exec(line)?.[1] ?? '';
  return JSON.parse(gunzipSync(Buffer.from(b64, 'base64')).toString('utf8')) as Record<string, unknown>;
}

describe('the stored analysis', () => {
  it('keeps a publish run\'s roots (checked, not touched), so that a command re-renders the summary\'s line about them', () => {
    const s = state({ roots: { checked: ['live/dev', 'live/prod'], untouched: ['live/sandbox'] } });
    const read = readState(`x\n${encodeState(s)?.line ?? ''}`, 'sg-guard');
    expect(read && 'state' in read ? read.state.roots : read).toEqual({ checked: ['live/dev', 'live/prod'], untouched: ['live/sandbox'] });
    expect(readState(bodyWith({ ...wire(s), roots: { checked: 'live/dev', untouched: [] } }), 'sg-guard')).toEqual({ problem: 'the stored analysis: is not a valid sg-guard JSON report: roots.checked must be an array' });
  });

  it('round-trips: findings as the JSON report has them, outside ids, custom rules, diagrams, ignores', () => {
    const s = state();
    const encoded = encodeState(s);
    expect(encoded?.stored.omitted).toEqual([]);
    expect(encoded?.line).toMatch(/^<!-- sg-guard:state 1 [A-Za-z0-9+/]+={0,2} -->$/);
    const read = readState(`<!-- sg-guard:summary sg-guard -->\nthe report\n\n${encoded?.line}`, 'sg-guard');
    expect(read).toEqual({ state: { ...s, report: { ...s.report, summary: s.report?.summary } } });
  });

  it('is deterministic: the same analysis makes the same line (a re-run leaves the summary alone)', () => {
    expect(encodeState(state())?.line).toBe(encodeState(state())?.line);
  });

  it('leaves out what is least needed to fit: diagrams, then what the plan fixes, then every finding (the ignores always stay)', () => {
    const s = state();
    const full = encodeState(s)?.line.length ?? 0;
    const sizes = [full - 1, encodeState(s, full - 1)?.line.length ?? 0];
    expect(encodeState(s, full - 1)?.stored.omitted).toEqual(['diagrams']);
    const noFixed = encodeState(s, (sizes[1] as number) - 1);
    expect(noFixed?.stored.omitted).toEqual(['diagrams', 'fixed']);
    expect(noFixed?.stored.report?.findings.map((f) => f.id)).toEqual(['000000000001', '000000000002']);
    expect(noFixed?.stored.report?.plans[0]?.exposureChanges).toEqual([]);
    const bare = encodeState(s, (noFixed?.line.length ?? 0) - 1);
    expect(bare?.stored.omitted).toEqual(['diagrams', 'fixed', 'findings']);
    expect(bare?.stored.report).toBeNull();
    expect(bare?.stored.ignores).toEqual(s.ignores);
    expect(encodeState(s, 50)).toBeNull();
    const read = readState(bare?.line ?? '', 'sg-guard');
    expect(read && 'state' in read ? [read.state.report, read.state.ignores.length] : read).toEqual([null, 1]);
  });

  it('stays within MAX_STATE_LENGTH for a large report', () => {
    const findings = Array.from({ length: 3000 }, (_, i) => finding({ id: (0x100000 + i * 7919).toString(16).padStart(12, '0'), resource: `module.m${i}.aws_security_group.g${(i * 31) % 977}` }));
    const encoded = encodeState(state({ report: report(findings), outside: null, diagrams: [] }));
    expect(encoded?.line.length).toBeLessThanOrEqual(MAX_STATE_LENGTH);
  });

  it('only the last line counts, and only at the end of the body', () => {
    const line = encodeState(state())?.line ?? '';
    expect(readState(`x\n${line}\nmore text after it`, 'sg-guard')).toBeNull();
    expect(readState(`x ${line}`, 'sg-guard')).toBeNull();
    expect(readState(`x\n${line}\n`, 'sg-guard')).not.toBeNull();
  });

  it('belongs to one status context', () => {
    const line = encodeState(state())?.line ?? '';
    expect(readState(line, 'sg-guard / staging')).toEqual({ problem: expect.stringContaining('context belongs to another status context') });
  });

  it.each([
    ['a newer version', '<!-- sg-guard:state 2 H4sI -->', /another version of sg-guard/],
    ['not gzip', `<!-- sg-guard:state 1 ${Buffer.from('{"v":1}').toString('base64')} -->`, /cannot be decoded/],
    ['not JSON', `<!-- sg-guard:state 1 ${gzipSync(Buffer.from('{v:1')).toString('base64')} -->`, /cannot be decoded/],
    ['a compression bomb', `<!-- sg-guard:state 1 ${gzipSync(Buffer.alloc(9 * 1024 * 1024, 32)).toString('base64')} -->`, /cannot be decoded/],
  ])('refuses %s', (_, body, message) => {
    const read = readState(body, 'sg-guard');
    expect(read && 'problem' in read ? read.problem : read).toMatch(message);
  });

  it('refuses a line longer than a stored analysis can be, before decoding it', () => {
    expect(readState(`<!-- sg-guard:state 1 ${'A'.repeat(MAX_STATE_LENGTH + 4)} -->`, 'sg-guard')).toEqual({ problem: 'it is longer than a stored analysis can be' });
  });

  it.each<[string, (w: Record<string, unknown>) => void, RegExp]>([
    ['a head that is no commit', (w) => (w.head = 'main'), /head must be a commit SHA/],
    ['a finding path outside the repository', (w) => ((w.report as { findings: Array<{ location: { file: string } }> }).findings[0]!.location.file = '../../etc/passwd'), /relative path inside the repository/],
    ['an ignore from a command inside the findings', (w) => ((w.report as { findings: Array<Record<string, unknown>> }).findings[0]!.suppression = { kind: 'comment', reason: 'x', expires: null, source: 'y' }), /suppression.kind must be one of exception, inline/],
    ['an ignore by no GitHub login', (w) => ((w.ignores as Array<{ by: { login: string } }>)[0]!.by.login = '<img src=x>'), /by.login must be a GitHub login/],
    ['an ignore whose source is a script link', (w) => ((w.ignores as Array<{ source: string }>)[0]!.source = 'javascript:alert(1)//github.com/acme/infra/pull/7#issuecomment-1'), /source must be the address of a pull request comment/],
    ['an ignore with a bidi control in its reason', (w) => ((w.ignores as Array<{ reason: string }>)[0]!.reason = 'ok\u202E'), /reason is not a valid reason/],
    ['the same finding ignored twice', (w) => (w.ignores as unknown[]).push((w.ignores as unknown[])[0]), /must be a finding id, once/],
    ['a diagram that closes its code fence', (w) => ((w.diagrams as Array<{ mermaid: string }>)[0]!.mermaid = 'flowchart LR\n```\n<script>'), /has characters a diagram never has/],
    ['an outside index past the findings', (w) => (w.outside = [99]), /outside\[0\] must be an integer/],
    ['a custom rule name that is no rule name', (w) => ((w.rules as Array<{ name: string }>)[0]!.name = '../x'), /must be a rule name/],
  ])('refuses %s', (_, tamper, message) => {
    const w = wire(state());
    tamper(w);
    const read = readState(bodyWith(w), 'sg-guard');
    expect(read && 'problem' in read ? read.problem : read).toMatch(message);
  });

  it('escapes the text of stored custom rules when it describes them again', () => {
    expect(ruleMetas(state().customRules)[0]).toMatchObject({ name: 'no-public-kafka', description: 'Kafka \\*ports\\*.', custom: true });
  });

  it('keeps the ignore list small enough to be stored whatever else is', () => {
    const ordinary = Array.from({ length: 50 }, (_, i) => ignore({ id: i.toString(16).padStart(12, '0'), reason: `Accepted by the security team in SEC-${1000 + i}` }));
    expect(ignoresFit(ordinary, 'sg-guard', HEAD)).toBe(true);
    const noisy = ordinary.map((g, i) => ({ ...g, reason: Array.from({ length: 300 }, (_, k) => String.fromCodePoint(0x4e00 + ((i * 7919 + k * 104729) % 20000))).join('') }));
    expect(ignoresFit(noisy, 'sg-guard', HEAD)).toBe(false);
    expect(MAX_IGNORES_LENGTH).toBeLessThan(MAX_STATE_LENGTH);
  });
});
