/**
 * The summary comment: the Markdown report (renderMarkdown), with a hidden
 * marker so later runs update it in place, findings outside the diff marked
 * in its tables (the review body only counts them), and the run's note.
 */
import { renderMarkdown, type SourceLinks } from '../report/markdown.js';
import { plural } from '../report/common.js';
import type { RuleMeta } from '../rules/types.js';
import type { Finding, Report } from '../findings/types.js';
import { summaryMarker } from './markers.js';
import type { UnreadReport } from './merge.js';
import { rootsSection, type RootCoverage } from './roots.js';
import type { InlineIgnoreMode } from '../waivers/review.js';

/** The longest summary comment, in characters (GitHub's limit is 65,536). */
export const MAX_SUMMARY_LENGTH = 60_000;

interface SummaryInput {
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
  /** The repository and head commit (the Action's context): `file:line` in the tables links to the lines there. */
  links?: SourceLinks;
  /** publish: the roots checked, and those the pull request does not touch (a line above the footer). */
  roots?: RootCoverage;
}

/** The report as Markdown plus the run's notes; at most `limit` characters (renderMarkdown cuts, and says what it cut). */
export function summaryMarkdown(input: SummaryInput, limit: number): string {
  const appendix: string[] = [];
  const outside = input.outside?.filter((f) => !f.suppression && f.change !== 'removed') ?? [];
  if (outside.length > 0) {
    appendix.push(`_${plural(outside.length, 'finding')} ${outside.length === 1 ? 'is' : 'are'} not on a line this pull request changes, so ${outside.length === 1 ? 'it has' : 'they have'} no inline comment: marked "outside the diff" above._`);
  }
  if (input.roots) appendix.push(rootsSection(input.roots));
  if (input.note) appendix.push(input.note);
  return renderMarkdown(input.report, [...input.rules], {
    diagrams: input.diagrams ?? [],
    unread: input.unread ?? [],
    inlineIgnores: input.inlineIgnores ?? 'trust',
    ...(input.outside !== null ? { outside: new Set(outside.map((f) => f.id)) } : {}),
    ...(input.links ? { links: input.links } : {}),
    appendix,
    limit,
  });
}

/** The whole summary comment, stored analysis included, is at most this long (GitHub's limit is 65,536). */
const MAX_SUMMARY_COMMENT_LENGTH = 65_000;

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
