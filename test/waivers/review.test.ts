/**
 * Reviewed in-code waivers: the example plan with an sg-guard:ignore comment
 * above the bastion's SSH block, checked in-process, then judged as a pull
 * request that does or does not add that comment.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import type { Finding, Report } from '../../src/findings/types.js';
import { parseCommentSource, reviewInlineWaivers, type Approval, type ReviewWaiverOptions } from '../../src/waivers/review.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TODAY = new Date('2026-03-01T10:00:00Z');
/** The comment's line in the copy of main.tf, and the block's first line under it. */
const COMMENT_LINE = 178;
const REASON = 'break-glass bastion, removed in OPS-12';

let dir: string;
let report: Report;
let ssh: Finding;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sg-guard-review-'));
  copyFileSync(join(ROOT, 'fixtures', 'example', 'plan.json'), join(dir, 'plan.json'));
  const lines = readFileSync(join(ROOT, 'fixtures', 'example', 'main.tf'), 'utf8').split('\n');
  expect(lines[COMMENT_LINE - 1]).toBe('  ingress {');
  lines.splice(COMMENT_LINE - 1, 0, `  # sg-guard:ignore no-public-ssh ${REASON}`);
  writeFileSync(join(dir, 'main.tf'), lines.join('\n'));
  writeFileSync(join(dir, 'sg-guard.yml'), 'fail-on: critical\n');
  report = (await runCheck({ plans: [join(dir, 'plan.json')], configPath: join(dir, 'sg-guard.yml'), repoRoot: dir })).report;
  ssh = report.findings.find((f) => f.rule === 'no-public-ssh') as Finding;
});

const file = (): string => ssh.location?.file ?? '';
const noLines = (): boolean => false;
const addedComment = (f: string, line: number): boolean => f === file() && line === COMMENT_LINE;

function options(over: Partial<ReviewWaiverOptions>): ReviewWaiverOptions {
  return { mode: 'review', isAddedLine: noLines, author: 'author-login', approvals: [], today: TODAY, ...over };
}

function approval(over: Partial<Approval> = {}): Approval {
  return { id: ssh.id, rule: 'no-public-ssh', by: { login: 'maintainer', id: 7 }, at: '2026-02-28T09:00:00Z', source: 'https://github.com/o/r/pull/3#issuecomment-99', ...over };
}

const sshOf = (r: Report): Finding => r.findings.find((f) => f.id === ssh.id) as Finding;

describe('the fixture', () => {
  it('has the SSH finding silenced by the comment, and the database finding blocking', () => {
    expect(ssh.suppression).toEqual({ kind: 'inline', reason: REASON, expires: null, source: `${file()}:${COMMENT_LINE}` });
    expect(parseCommentSource(ssh.suppression?.source ?? '')).toEqual({ file: file(), line: COMMENT_LINE });
    expect(report.summary).toMatchObject({ critical: 1, suppressed: 1, blocking: 1 });
  });
});

describe('reviewInlineWaivers', () => {
  it('trust keeps the comment whatever the diff says (the CLI)', () => {
    const out = reviewInlineWaivers(report, options({ mode: 'trust', isAddedLine: () => true }));
    expect(sshOf(out).suppression?.kind).toBe('inline');
    expect(out.summary).toEqual(report.summary);
  });

  it('review keeps a comment that is on the base branch', () => {
    const seen: Array<[string, number]> = [];
    const out = reviewInlineWaivers(report, options({ isAddedLine: (f, l) => (seen.push([f, l]), false) }));
    expect(sshOf(out).suppression?.kind).toBe('inline');
    expect(sshOf(out).waiverRequest).toBeUndefined();
    // Asked with the path relative to the repository root, as locations are.
    expect(seen).toContainEqual(['main.tf', COMMENT_LINE]);
  });

  it('review makes a comment the pull request adds a request: the finding is active again and blocks', () => {
    const out = reviewInlineWaivers(report, options({ isAddedLine: addedComment }));
    const f = sshOf(out);
    expect(f.suppression).toBeNull();
    expect(f.waiverRequest).toEqual({ reason: REASON, source: `main.tf:${COMMENT_LINE}`, by: 'author-login' });
    expect(out.summary).toMatchObject({ critical: 2, suppressed: 0, blocking: 2 });
    // Pure: the input is as it was.
    expect(sshOf(report).suppression?.kind).toBe('inline');
    expect(report.summary.blocking).toBe(1);
  });

  it('review treats a base comment with a block slid in under it as a request', () => {
    const out = reviewInlineWaivers(report, options({ isAddedLine: (f, l) => f === file() && l === COMMENT_LINE + 1 }));
    expect(sshOf(out).waiverRequest?.source).toBe(`main.tf:${COMMENT_LINE}`);
  });

  it('a request without a known author says so with null', () => {
    expect(sshOf(reviewInlineWaivers(report, options({ isAddedLine: addedComment, author: null }))).waiverRequest?.by).toBeNull();
  });

  it('an approval naming the finding id and rule turns the request into an approved waiver', () => {
    const out = reviewInlineWaivers(report, options({ isAddedLine: addedComment, approvals: [approval()] }));
    const f = sshOf(out);
    expect(f.suppression).toEqual({
      kind: 'approved',
      reason: REASON,
      expires: null,
      source: `main.tf:${COMMENT_LINE}`,
      by: 'maintainer',
      at: '2026-02-28T09:00:00Z',
      approvedIn: 'https://github.com/o/r/pull/3#issuecomment-99',
    });
    expect(f.waiverRequest).toBeUndefined();
    expect(out.summary).toMatchObject({ critical: 1, suppressed: 1, blocking: 1 });
  });

  it('an approval of the same id under another rule, of another id, or by the author does not count', () => {
    for (const a of [approval({ rule: 'no-public-database' }), approval({ id: 'ffffffffffff' }), approval({ by: { login: 'Author-Login', id: 1 } })]) {
      const f = sshOf(reviewInlineWaivers(report, options({ isAddedLine: addedComment, approvals: [a] })));
      expect(f.suppression).toBeNull();
      expect(f.waiverRequest?.reason).toBe(REASON);
    }
  });

  it('off makes every comment count for nothing, and the message says why', () => {
    const out = reviewInlineWaivers(report, options({ mode: 'off', approvals: [approval()] }));
    const f = sshOf(out);
    expect(f.suppression).toBeNull();
    expect(f.waiverRequest).toBeUndefined();
    expect(f.message).toContain(`(the sg-guard:ignore comment at main.tf:${COMMENT_LINE} is not read: in-code ignores are off (inline-ignores: off))`);
    expect(out.summary.blocking).toBe(2);
    // Run twice, the note is there once.
    const again = sshOf(reviewInlineWaivers({ ...out, findings: out.findings.map((x) => (x.id === ssh.id ? { ...x, suppression: ssh.suppression } : x)) }, options({ mode: 'off' })));
    expect(again.message.split('in-code ignores are off')).toHaveLength(2);
  });

  it('a comment that does not count falls back to an unexpired exception of the configuration, never an expired one', () => {
    const exception = { rule: 'no-public-ssh', resource: 'aws_security_group.bastion', reason: 'bastion until the VPN lands', source: '.github/sg-guard.yml' };
    const live = reviewInlineWaivers(report, options({ isAddedLine: addedComment, exceptions: [{ ...exception, expires: '2026-03-01' }] }));
    expect(sshOf(live).suppression).toEqual({ kind: 'exception', reason: 'bastion until the VPN lands', expires: '2026-03-01', source: '.github/sg-guard.yml' });
    expect(sshOf(live).waiverRequest).toBeUndefined();
    const expired = reviewInlineWaivers(report, options({ mode: 'off', exceptions: [{ ...exception, expires: '2026-02-28' }] }));
    expect(sshOf(expired).suppression).toBeNull();
  });

  it('leaves findings without an inline comment alone', () => {
    const out = reviewInlineWaivers(report, options({ mode: 'off' }));
    const others = (r: Report) => r.findings.filter((f) => f.id !== ssh.id);
    expect(others(out)).toEqual(others(report));
  });
});

describe('parseCommentSource', () => {
  it('splits file:line at the last colon, and refuses anything else', () => {
    expect(parseCommentSource('dir:with:colons/main.tf:12')).toEqual({ file: 'dir:with:colons/main.tf', line: 12 });
    expect(parseCommentSource('main.tf')).toBeNull();
    expect(parseCommentSource(':12')).toBeNull();
  });

  it('an unreadable source counts as added: a request, never a silent waiver', () => {
    const bad = { ...report, findings: report.findings.map((f) => (f.id === ssh.id ? { ...f, suppression: { kind: 'inline' as const, reason: 'x', expires: null, source: 'nonsense' } } : f)) };
    expect(sshOf(reviewInlineWaivers(bad, options({}))).waiverRequest?.source).toBe('nonsense');
  });
});
