/**
 * Hidden HTML comments that let a later run recognise what an earlier run
 * posted: which finding an inline comment is about, which comment is the
 * summary, which review requested changes. Each carries the status context,
 * so two jobs checking different plans on one pull request (with different
 * `status-context`s) never edit each other's comments.
 */

const PREFIX = 'sg-guard:';

/** The context is free text from an input; percent-encoding keeps `-->` and newlines out of the comment. */
function encodeContext(context: string): string {
  return encodeURIComponent(context);
}

function decodeContext(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

export function findingMarker(id: string): string {
  return `<!-- ${PREFIX}finding ${id} -->`;
}

export function contextMarker(context: string): string {
  return `<!-- ${PREFIX}context ${encodeContext(context)} -->`;
}

export function summaryMarker(context: string): string {
  return `<!-- ${PREFIX}summary ${encodeContext(context)} -->`;
}

export function reviewMarker(context: string): string {
  return `<!-- ${PREFIX}review ${encodeContext(context)} -->`;
}

/** The first line of sg-guard's answer to a command (src/commands/replies.ts). */
export function replyMarker(context: string): string {
  return `<!-- ${PREFIX}reply ${encodeContext(context)} -->`;
}

export const FIXED_MARKER = `<!-- ${PREFIX}fixed -->`;

/** The other findings an inline comment on one block stands for (several rules on the same lines). */
export function alsoMarker(ids: readonly string[]): string {
  return `<!-- ${PREFIX}also ${ids.join(',')} -->`;
}

/** What the markers of an inline comment say. */
interface FindingCommentMarks {
  findingId: string;
  context: string;
  fixed: boolean;
  /** The other findings the comment stands for (one comment per block); [] for most. */
  also: string[];
}

/** The first lines of every inline comment this tool posts: finding, context and, once resolved, the fixed marker. */
const HEAD_RE = /^<!-- sg-guard:finding ([0-9A-Za-z_.:-]{1,80}) -->\r?\n<!-- sg-guard:context (\S{1,1000}) -->(\r?\n<!-- sg-guard:fixed -->)?(?:\r?\n<!-- sg-guard:also ([0-9a-f,]{1,2000}) -->)?(?:\r?\n|$)/;

/**
 * The marks of a comment this tool posted about a finding, or null for any
 * other comment. Only the head of the body counts: text further down (a
 * resource name, a quote) cannot forge or change the marks.
 */
export function parseFindingComment(body: string | null | undefined): FindingCommentMarks | null {
  const head = body ? HEAD_RE.exec(body) : null;
  if (!head?.[1] || !head[2]) return null;
  const context = decodeContext(head[2]);
  if (context === null) return null;
  return { findingId: head[1], context, fixed: head[3] !== undefined, also: head[4] ? head[4].split(',').filter(Boolean) : [] };
}

/** Whether `body` is the summary comment for `context`. */
export function isSummaryComment(body: string | null | undefined, context: string): boolean {
  return Boolean(body?.startsWith(summaryMarker(context)));
}

/** Whether `body` is a review this tool posted for `context`. */
export function isOwnReview(body: string | null | undefined, context: string): boolean {
  return Boolean(body?.startsWith(reviewMarker(context)));
}

/** The body without this tool's marker lines (to quote an earlier comment). */
export function stripMarkers(body: string): string {
  return body
    .split('\n')
    .filter((line) => !/^<!-- sg-guard:[a-z]+(?: \S+)? -->$/.test(line))
    .join('\n')
    .trim();
}
