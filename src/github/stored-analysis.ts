/**
 * Finding the analysis stored in the summary comment (src/commands/state.ts)
 * among a pull request's comments. Only a summary comment whose author is the
 * token's own identity is read: anyone who can comment can write a comment
 * that looks like sg-guard's summary, stored analysis and all.
 */
import { hasState, readState, type AnalysisState } from '../commands/state.js';
import { isSummaryComment } from '../review/markers.js';
import type { ExistingIssueComment } from '../review/posting.js';
import type { Client, Log } from './client.js';
import { apiErrorText } from './errors.js';
import { viewer, type Identity } from './identity.js';

interface StoredAnalysis {
  /** The summary comment it is in. */
  commentId: number;
  state: AnalysisState;
}

interface OwnSummaries {
  /** The token's own summary comments for the context, newest first. */
  own: ExistingIssueComment[];
  /** Comments that look like a summary with a stored analysis but are someone else's: never read. */
  foreign: ExistingIssueComment[];
}

export function summariesBy(comments: readonly ExistingIssueComment[], context: string, self: Identity): OwnSummaries {
  const summaries = comments.filter((c) => isSummaryComment(c.body, context));
  return {
    own: summaries.filter((c) => c.author?.id === self.id).sort((a, b) => b.id - a.id),
    foreign: summaries.filter((c) => c.author?.id !== self.id && hasState(c.body)),
  };
}

/**
 * The newest stored analysis in the token's own summary comments; null when
 * there is none. A stored analysis that does not validate is reported as
 * `problem` and not used.
 */
export function storedAnalysis(own: readonly ExistingIssueComment[], context: string): StoredAnalysis | { problem: string } | null {
  for (const c of own) {
    const read = readState(c.body, context);
    if (read === null) continue;
    if ('problem' in read) return { problem: `the analysis stored in comment ${c.id} is not valid: ${read.problem}` };
    return { commentId: c.id, state: read.state };
  }
  return null;
}

export function foreignWarning(foreign: readonly ExistingIssueComment[], self: Identity): string {
  const who = [...new Set(foreign.map((c) => `@${c.author?.login ?? 'unknown'}`))].join(', ');
  return `Ignored ${foreign.length} comment(s) that look like sg-guard's summary with a stored analysis but were written by ${who}, not by this token's identity (@${self.login}).`;
}

/**
 * For a pull_request (or publish) run: the ignore list to carry over from the
 * last stored analysis, and which comments may be updated as the summary.
 * The token's identity is asked for (one GraphQL request) only when it
 * matters: some summary comment carries ignores, or was written by a user
 * rather than a bot (a machine user's token, or a forgery). Otherwise nothing
 * is carried and every comment stays eligible, as before commands existed.
 */
export async function carriedIgnores(
  client: Client,
  comments: readonly ExistingIssueComment[],
  context: string,
  log: Log,
): Promise<{ state: AnalysisState | null; eligible: ExistingIssueComment[]; self: Identity | null }> {
  const summaries = comments.filter((c) => isSummaryComment(c.body, context));
  const untrusted = (c: ExistingIssueComment): boolean => c.author?.type !== 'Bot';
  const carries = (c: ExistingIssueComment): boolean => {
    const read = readState(c.body, context);
    return read !== null && 'state' in read && read.state.ignores.length > 0;
  };
  if (!summaries.some((c) => untrusted(c) || carries(c))) return { state: null, eligible: [...comments], self: null };
  let self: Identity;
  try {
    self = await viewer(client);
  } catch (err) {
    log.warning(`sg-guard could not tell which account the token belongs to (${apiErrorText(err)}): ignores given by commands are not carried over.`);
    return { state: null, eligible: [...comments], self: null };
  }
  const { own, foreign } = summariesBy(comments, context, self);
  if (foreign.length > 0) log.warning(foreignWarning(foreign, self));
  const stored = storedAnalysis(own, context);
  if (stored && 'problem' in stored) log.warning(`sg-guard: ${stored.problem}; ignores given by commands are not carried over.`);
  const eligible = comments.filter((c) => !isSummaryComment(c.body, context) || c.author?.id === self.id);
  return { state: stored && 'state' in stored ? stored.state : null, eligible, self };
}
