/**
 * Ignores given by `/sg-guard ignore` commands: the list kept in the summary
 * comment's stored state, and the stage that marks the findings they cover
 * (suppression kind `comment`, with who, when, why and until when) and
 * recounts the summary. Pure.
 */
import { summarise } from '../engine.js';
import { fillTemplate } from '../lib/template.js';
import { lookupFinding, type Finding, type Report } from '../findings/types.js';
import { utcDate } from '../waivers/apply.js';
import { applyApprovals, type Approval } from '../waivers/review.js';

export interface CommentIgnore {
  /** The finding's id. */
  id: string;
  /** The finding's rule when it was ignored (an id is a fingerprint that includes it). */
  rule: string;
  reason: string;
  /** The last day it applies (YYYY-MM-DD, UTC, inclusive); null: until unignored. */
  expires: string | null;
  /** Who gave the command. */
  by: { login: string; id: number };
  /** When (ISO 8601, UTC): the command comment's creation time. */
  at: string;
  /** The command comment's address. */
  source: string;
  /**
   * `approve`: not an ignore but the approval of the waiver request the
   * finding carries (`/sg-guard approve`); it is kept in the same list, so it
   * is stored, bounded and carried over the same way. Absent: an ignore.
   */
  kind?: 'approve';
}

/** The approvals in a list of ignores and approvals. */
function approvalsIn(list: readonly CommentIgnore[]): Approval[] {
  return list.filter((i) => i.kind === 'approve').map((i) => ({ id: i.id, rule: i.rule, by: i.by, at: i.at, source: i.source }));
}

/**
 * What a stored list does to a report: approvals of waiver requests first,
 * then ignores (which may also accept a finding whose request is not approved).
 */
export function applyStoredWaivers(report: Report, list: readonly CommentIgnore[], today: Date, author: string | null): Report {
  return applyCommentIgnores(applyApprovals(report, approvalsIn(list), author), list, today);
}

/** Ignores kept per pull request and status context, at most. */
export const MAX_IGNORES = 50;

/** What a finding's message gains when its ignore has expired. */
const EXPIRED_NOTE = 'the ignore by @{{by}} in a pull request comment expired on {{expires}}';

export function isExpired(ignore: Pick<CommentIgnore, 'expires'>, today: Date): boolean {
  return ignore.expires !== null && utcDate(today) > ignore.expires;
}

/**
 * The report with every finding that an unexpired ignore names marked as
 * suppressed (kind `comment`) and the summary recounted. A finding an
 * exception or an sg-guard:ignore comment already silences keeps that
 * suppression; a finding the plan removes is left alone. A finding whose
 * ignore has expired stays active and its message says so. The input is left alone.
 */
export function applyCommentIgnores(report: Report, ignores: readonly CommentIgnore[], today: Date): Report {
  const only = ignores.filter((i) => i.kind !== 'approve');
  if (only.length === 0) return report;
  const byId = new Map(only.map((i) => [i.id, i]));
  const findings = report.findings.map((f): Finding => {
    const ignore = lookupFinding(byId, f);
    if (!ignore || ignore.rule !== f.rule || f.suppression || f.change === 'removed') return f;
    if (isExpired(ignore, today)) {
      const note = fillTemplate(EXPIRED_NOTE, { by: ignore.by.login, expires: ignore.expires ?? '' });
      return f.message.includes(note) ? f : { ...f, message: `${f.message} (${note})` };
    }
    return { ...f, suppression: { kind: 'comment', reason: ignore.reason, expires: ignore.expires, source: ignore.source, by: ignore.by.login, at: ignore.at } };
  });
  return { ...report, findings, summary: summarise(findings, report.failOn, report.failOnScope) };
}

/**
 * The list with `ignore` in it (replacing an earlier ignore of the same
 * finding), or null when it is full. To make room, expired ignores go first,
 * then ignores of findings the last analysis no longer has, oldest first.
 */
export function withIgnore(list: readonly CommentIgnore[], ignore: CommentIgnore, current: ReadonlySet<string>, today: Date): CommentIgnore[] | null {
  const others = list.filter((i) => i.id !== ignore.id);
  const spare = (i: CommentIgnore): number => (isExpired(i, today) ? 0 : current.has(i.id) ? 2 : 1);
  while (others.length >= MAX_IGNORES) {
    let drop = -1;
    for (const [k, i] of others.entries()) {
      const rank = spare(i);
      if (rank < 2 && (drop < 0 || rank < spare(others[drop] as CommentIgnore) || (rank === spare(others[drop] as CommentIgnore) && i.at < (others[drop] as CommentIgnore).at))) drop = k;
    }
    if (drop < 0) return null;
    others.splice(drop, 1);
  }
  return [...others, ignore].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
}

export function withoutIgnore(list: readonly CommentIgnore[], id: string): CommentIgnore[] {
  return list.filter((i) => i.id !== id);
}
