import { describe, expect, it } from 'vitest';
import { MAX_IGNORES, applyCommentIgnores, withIgnore, withoutIgnore, type CommentIgnore } from '../../src/commands/ignores.js';
import { finding, report } from '../support/review-findings.js';

const TODAY = new Date('2025-03-01T12:00:00Z');

function ignore(id: string, overrides: Partial<CommentIgnore> = {}): CommentIgnore {
  return {
    id,
    rule: 'no-public-ssh',
    reason: 'Break-glass bastion',
    expires: null,
    by: { login: 'maintainer-mia', id: 7100001 },
    at: '2025-01-15T11:20:05.000Z',
    source: 'https://github.com/acme/infra/pull/7#issuecomment-1',
    ...overrides,
  };
}

describe('applyCommentIgnores', () => {
  const ssh = finding({ id: '00000000000a' });
  const db = finding({ id: '00000000000b', rule: 'no-public-database' });

  it('suppresses the findings it names (kind comment, who and when) and recounts: nothing blocks', () => {
    const out = applyCommentIgnores(report([ssh]), [ignore(ssh.id, { expires: '2025-03-01' })], TODAY);
    expect(out.findings[0]?.suppression).toEqual({
      kind: 'comment',
      reason: 'Break-glass bastion',
      expires: '2025-03-01',
      source: 'https://github.com/acme/infra/pull/7#issuecomment-1',
      by: 'maintainer-mia',
      at: '2025-01-15T11:20:05.000Z',
    });
    expect(out.summary).toMatchObject({ critical: 0, blocking: 0, suppressed: 1 });
  });

  it('an expired ignore stops applying and the finding says so', () => {
    const out = applyCommentIgnores(report([ssh]), [ignore(ssh.id, { expires: '2025-02-28' })], TODAY);
    expect(out.findings[0]?.suppression).toBeNull();
    expect(out.findings[0]?.message).toMatch(/\(the ignore by @maintainer-mia in a pull request comment expired on 2025-02-28\)$/);
    expect(out.summary.blocking).toBe(1);
    // Applied twice, the note is there once.
    expect(applyCommentIgnores(out, [ignore(ssh.id, { expires: '2025-02-28' })], TODAY).findings[0]?.message).toBe(out.findings[0]?.message);
  });

  it('leaves alone what an exception already silences, what the plan removes, and a finding of another rule with the id', () => {
    const excepted = finding({ id: '00000000000c', suppression: { kind: 'exception', reason: 'OPS-1', expires: null, source: '.github/sg-guard.yml' } });
    const removed = finding({ id: '00000000000d', change: 'removed' });
    const out = applyCommentIgnores(report([excepted, removed, db]), [ignore(excepted.id), ignore(removed.id), ignore(db.id)], TODAY);
    expect(out.findings.map((f) => f.suppression?.kind ?? null)).toEqual(['exception', null, null]);
  });

  it('returns the report itself when there is nothing to apply', () => {
    const r = report([ssh]);
    expect(applyCommentIgnores(r, [], TODAY)).toBe(r);
  });
});

describe('the ignore list', () => {
  const id = (i: number): string => i.toString(16).padStart(12, '0');

  it('replaces an earlier ignore of the same finding, and keeps the list in time order', () => {
    const list = [ignore(id(1), { at: '2025-01-01T00:00:00.000Z' }), ignore(id(2), { at: '2025-01-02T00:00:00.000Z' })];
    const next = withIgnore(list, ignore(id(1), { reason: 'new reason', at: '2025-01-03T00:00:00.000Z' }), new Set([id(1), id(2)]), TODAY);
    expect(next?.map((i) => [i.id, i.reason])).toEqual([
      [id(2), 'Break-glass bastion'],
      [id(1), 'new reason'],
    ]);
    expect(withoutIgnore(next ?? [], id(1)).map((i) => i.id)).toEqual([id(2)]);
  });

  it('when full, makes room from expired ignores first, then ignores of findings that are gone; never from live ones', () => {
    const full = Array.from({ length: MAX_IGNORES }, (_, i) => ignore(id(i), { at: `2025-01-${String(10 + (i % 20)).padStart(2, '0')}T00:00:00.000Z` }));
    const current = new Set(full.map((i) => i.id));
    expect(withIgnore(full, ignore(id(999)), current, TODAY)).toBeNull();
    const withExpired = full.map((g, i) => (i === 7 ? { ...g, expires: '2025-01-31' } : g));
    expect(withIgnore(withExpired, ignore(id(999)), current, TODAY)?.some((i) => i.id === id(7))).toBe(false);
    current.delete(id(3));
    const next = withIgnore(full, ignore(id(999)), current, TODAY);
    expect(next).toHaveLength(MAX_IGNORES);
    expect(next?.some((i) => i.id === id(3))).toBe(false);
  });
});
