/** Reactions on the comment that gave a command: eyes on receipt, rocket when done, confused when refused. */
import type { Client } from './client.js';
import type { Repo } from './context.js';
import { identityOf, type Identity } from './identity.js';

export type ReactionContent = 'eyes' | 'rocket' | 'confused';

/** A comment a command came in: a conversation (issue) comment, or a review comment on a line. */
export interface CommentTarget {
  kind: 'issue' | 'review';
  id: number;
}

/**
 * Adds a reaction (GitHub answers 200 with the existing one when it is
 * already there). The answer's `user` is the token's own identity.
 */
export async function addReaction(client: Client, repo: Repo, target: CommentTarget, content: ReactionContent): Promise<{ id: number; user: Identity | null }> {
  const params = { owner: repo.owner, repo: repo.repo, comment_id: target.id, content };
  const { data } = target.kind === 'issue' ? await client.rest.reactions.createForIssueComment(params) : await client.rest.reactions.createForPullRequestReviewComment(params);
  return { id: data.id, user: identityOf(data.user) };
}

export async function removeReaction(client: Client, repo: Repo, target: CommentTarget, reactionId: number): Promise<void> {
  const params = { owner: repo.owner, repo: repo.repo, comment_id: target.id, reaction_id: reactionId };
  if (target.kind === 'issue') await client.rest.reactions.deleteForIssueComment(params);
  else await client.rest.reactions.deleteForPullRequestComment(params);
}
