/**
 * The summary comment: the Markdown report (renderMarkdown) with a hidden
 * marker, so later runs update it in place, and what is outside the diff.
 */
import { renderMarkdown, truncationNote } from '../report/markdown.js';
import { sortFindings } from '../report/common.js';
import type { Finding, Report, RuleMeta } from '../rules/types.js';
import { findingList, fit } from './comments.js';
import { summaryMarker } from './markers.js';
import type { UnreadReport } from './merge.js';
import type { InlineIgnoreMode } from '../waivers/review.js';

/** The longest summary comment, in characters (GitHub's limit is 65,536). */
export const MAX_SUMMARY_LENGTH = 60_000;

export interface SummaryInput {
  report: Report;
  rules: readonly RuleMeta[];
  /** Findings not on a line the diff changes; null when no diff is known. */
  outside: readonly Finding[] | null;
  /** A line about what this run posted (or could not post). */
  note?: string;
  /** Mermaid diagrams of the groups each plan touches (never from an untrusted report). */
  diagrams?: ReadonlyArray<{ plan: string; mermaid: string }>;
  /** Report files a publish run could not read: named under the heading. */
  unread?: readonly UnreadReport[];
  /** How in-code comments were judged (default `trust`): the Waived fold says which are on the base branch. */
  inlineIgnores?: InlineIgnoreMode;
}

/** The report as Markdown plus the extra sections; at most `limit` characters. */
export function summaryMarkdown(input: SummaryInput, limit: number): string {
  const extras: string[] = [];
  if (input.outside !== null && input.outside.length > 0) {
    extras.push(`### Outside this diff\n\nNot on a line this pull request changes, so not commented inline:\n\n${findingList(sortFindings(input.outside), 30, 'see the JSON report')}`);
  }
  if (input.note) extras.push(input.note);
  const build = (report: Report, hidden: number): string => {
    const sections = [...extras];
    if (hidden > 0) sections.unshift(truncationNote(hidden));
    return insertBeforeFooter(renderMarkdown(report, [...input.rules], { diagrams: [...(input.diagrams ?? [])], unread: input.unread ?? [], inlineIgnores: input.inlineIgnores ?? 'trust' }), sections);
  };
  const full = build(input.report, 0);
  if (full.length <= limit) return full;
  // Show fewer table rows (the least severe go first) until it fits.
  const sorted = sortFindings(input.report.findings);
  const withRows = (n: number): string => build({ ...input.report, findings: sorted.slice(0, n) }, sorted.length - n);
  let lo = 1;
  let hi = sorted.length - 1;
  if (withRows(lo).length > limit) return fit(withRows(lo), limit);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (withRows(mid).length <= limit) lo = mid;
    else hi = mid - 1;
  }
  return withRows(lo);
}

/** The whole summary comment, stored analysis included, is at most this long (GitHub's limit is 65,536). */
export const MAX_SUMMARY_COMMENT_LENGTH = 65_000;

/**
 * The summary comment's body: the marker line, then summaryMarkdown, then
 * (when given) the stored analysis on the last line (src/commands/state.ts).
 * The marker and the report take at most MAX_SUMMARY_LENGTH characters, less
 * when the state line needs the room: the whole is at most MAX_SUMMARY_COMMENT_LENGTH.
 */
export function summaryCommentBody(input: SummaryInput, context: string, stateLine?: string): string {
  const marker = summaryMarker(context);
  const tail = stateLine ? `\n${stateLine}` : '';
  const limit = Math.min(MAX_SUMMARY_LENGTH, MAX_SUMMARY_COMMENT_LENGTH - tail.length) - marker.length - 2;
  return `${marker}\n${summaryMarkdown(input, limit).trimEnd()}\n${tail}`;
}

/** Puts sections before the report's footer line (`<sub>…`), or at the end when there is none. */
function insertBeforeFooter(markdown: string, sections: readonly string[]): string {
  if (sections.length === 0) return markdown;
  const body = sections.join('\n\n');
  const at = markdown.lastIndexOf('\n\n<sub>');
  if (at < 0) return `${markdown.trimEnd()}\n\n${body}\n`;
  return `${markdown.slice(0, at)}\n\n${body}${markdown.slice(at)}`;
}
