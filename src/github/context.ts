/**
 * Which pull request a run is about, from the workflow's event. For
 * `pull_request` (and `pull_request_target`) the payload names it; for
 * `workflow_run` (the publishing half of the fork-safe pair) the payload is
 * GitHub's own account of the run that analysed the pull request, and for a
 * fork the pull request is found by the run's head branch and commit.
 */
import type { Client } from './client.js';

export interface Repo {
  owner: string;
  repo: string;
}

export interface PullRequestRef extends Repo {
  number: number;
  /** The head commit the findings are about: the review and the status go on it. */
  headSha: string;
  /** Who opened the pull request, when known: an sg-guard:ignore comment it adds is theirs to ask, not to grant. */
  author?: string;
}

/** What a run knows about its event: @actions/github's `context` has this shape. */
export interface EventContext {
  eventName: string;
  payload: Record<string, unknown>;
  repo: Repo;
  serverUrl: string;
  runId: number;
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

type Obj = Record<string, unknown>;

function obj(v: unknown): Obj | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

function isSha(v: unknown): v is string {
  return typeof v === 'string' && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(v);
}

/** The pull request of a pull_request or pull_request_target event; null for other events. */
export function pullRequestFromEvent(ctx: EventContext): PullRequestRef | null {
  if (!PULL_REQUEST_EVENTS.includes(ctx.eventName)) return null;
  const pr = obj(ctx.payload.pull_request);
  const number = pr?.number ?? ctx.payload.number;
  const headSha = obj(pr?.head)?.sha;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || !isSha(headSha)) return null;
  const login = obj(pr?.user)?.login;
  return { ...ctx.repo, number, headSha, ...(typeof login === 'string' && LOGIN.test(login) ? { author: login } : {}) };
}

/** The events whose policy is the base commit's by default: the change being checked is not trusted to set it. */
export const BASE_POLICY_EVENTS = [...PULL_REQUEST_EVENTS, 'merge_group'];

/**
 * The commit the checked change goes onto: a pull request's base, or a merge
 * group's base. Null for other events, or when the payload has none.
 */
export function baseShaFromEvent(ctx: EventContext): string | null {
  if (PULL_REQUEST_EVENTS.includes(ctx.eventName)) {
    const sha = obj(obj(ctx.payload.pull_request)?.base)?.sha;
    return isSha(sha) ? sha.toLowerCase() : null;
  }
  if (ctx.eventName === 'merge_group') {
    const sha = obj(ctx.payload.merge_group)?.base_sha;
    return isSha(sha) ? sha.toLowerCase() : null;
  }
  return null;
}

/** A merge queue's group of pull requests to check before they merge (a merge_group event). */
export interface MergeGroupRef extends Repo {
  /** The merge group's commit: the commit status goes on it. */
  headSha: string;
  /** The branch the group merges into (its base commit is baseShaFromEvent's). */
  baseRef: string | null;
}

/**
 * The merge group of a merge_group event (action checks_requested, the only
 * one GitHub runs workflows for); null for other events, or when the payload
 * names no head commit.
 */
export function mergeGroupFromEvent(ctx: EventContext): MergeGroupRef | null {
  if (ctx.eventName !== 'merge_group') return null;
  if (ctx.payload.action !== undefined && ctx.payload.action !== 'checks_requested') return null;
  const group = obj(ctx.payload.merge_group);
  const headSha = group?.head_sha;
  if (!isSha(headSha)) return null;
  const baseRef = str(group?.base_ref);
  return { ...ctx.repo, headSha: headSha.toLowerCase(), baseRef: baseRef !== null && baseRef.length <= 255 ? baseRef : null };
}

/** The run a workflow_run event is about, when it ran for a pull request. */
interface AnalysedRun {
  headSha: string;
  headBranch: string | null;
  /** The owner of the repository the head branch is in (a fork's owner for a fork). */
  headOwner: string | null;
  /** Pull requests GitHub links to the run; empty for pull requests from forks. */
  pullRequests: Array<{ number: number; headSha: string | null }>;
}

export function analysedRunFromEvent(ctx: EventContext): AnalysedRun | null {
  if (ctx.eventName !== 'workflow_run') return null;
  const run = obj(ctx.payload.workflow_run);
  if (!run || !PULL_REQUEST_EVENTS.includes(String(run.event)) || !isSha(run.head_sha)) return null;
  const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  return {
    headSha: run.head_sha,
    headBranch: str(run.head_branch),
    headOwner: str(obj(obj(run.head_repository)?.owner)?.login),
    pullRequests: prs.flatMap((p) => {
      const o = obj(p);
      const sha = obj(o?.head)?.sha;
      return o && typeof o.number === 'number' ? [{ number: o.number, headSha: isSha(sha) ? sha : null }] : [];
    }),
  };
}

/**
 * The open pull request whose head is the analysed commit: from the run's
 * links when GitHub gives them, else by listing open pull requests with the
 * run's head branch (one request). Null when none matches (the pull request
 * moved on to a newer commit, or was closed).
 */
export async function findPullRequestForRun(client: Client, repo: Repo, run: AnalysedRun): Promise<PullRequestRef | null> {
  const linked = run.pullRequests.find((p) => p.headSha === run.headSha);
  if (linked) return { ...repo, number: linked.number, headSha: run.headSha };
  if (!run.headBranch || !run.headOwner) return null;
  const { data } = await client.rest.pulls.list({ ...repo, state: 'open', head: `${run.headOwner}:${run.headBranch}`, per_page: 30 });
  const pr = data.find((p) => p.head.sha === run.headSha);
  return pr ? { ...repo, number: pr.number, headSha: run.headSha, ...(pr.user?.login ? { author: pr.user.login } : {}) } : null;
}

/** The link a commit status points to: this workflow run. */
export function runUrl(ctx: EventContext): string | null {
  if (!Number.isInteger(ctx.runId) || ctx.runId <= 0) return null;
  return `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}`;
}

/** The events whose comments can be commands (src/github/command.ts). */
export const COMMENT_EVENTS = ['issue_comment', 'pull_request_review_comment'];

/** A comment on a pull request, from an issue_comment or pull_request_review_comment event. */
export interface CommentEvent {
  /** `issue`: the pull request's conversation; `review`: a comment on a line (a review thread). */
  kind: 'issue' | 'review';
  /** created, edited, deleted: only created comments are commands. */
  action: string;
  pull: { owner: string; repo: string; number: number };
  comment: {
    id: number;
    body: string;
    author: { login: string; id: number; type: string };
    /** ISO 8601 UTC; null when the payload has none that parses. */
    createdAt: string | null;
    /** For a reply in a review thread: the thread's first comment. */
    inReplyTo: number | null;
    /** Its address, built from the server URL and the ids (never taken from the payload). */
    url: string;
  };
}

export type CommentEventRead = { event: CommentEvent } | { skip: string };

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

/**
 * The comment of an issue_comment or pull_request_review_comment event; null
 * for other events; `skip` with the reason when the event is one of those but
 * carries no comment on a pull request that could be a command. The payload is
 * the event as GitHub sent it (comment text included): everything is checked
 * for type and shape here.
 */
export function commentFromEvent(ctx: EventContext): CommentEventRead | null {
  if (!COMMENT_EVENTS.includes(ctx.eventName)) return null;
  const p = ctx.payload;
  const comment = obj(p.comment);
  const user = obj(comment?.user);
  let number: unknown;
  if (ctx.eventName === 'issue_comment') {
    const issue = obj(p.issue);
    if (!issue?.pull_request) return { skip: 'the comment is on an issue, not on a pull request' };
    number = issue.number;
  } else {
    number = obj(p.pull_request)?.number;
  }
  if (!comment || !user || typeof number !== 'number' || !Number.isInteger(number) || number < 1) return { skip: 'the event has no comment on a pull request' };
  const id = comment.id;
  const login = user.login;
  const userId = user.id;
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 1) return { skip: 'the comment has no id' };
  if (typeof login !== 'string' || !LOGIN.test(login) || typeof userId !== 'number' || !Number.isInteger(userId)) return { skip: 'the comment has no author' };
  const kind = ctx.eventName === 'issue_comment' ? 'issue' : 'review';
  const replyTo = comment.in_reply_to_id;
  const created = typeof comment.created_at === 'string' && !Number.isNaN(Date.parse(comment.created_at)) ? new Date(comment.created_at).toISOString() : null;
  const anchor = kind === 'issue' ? `issuecomment-${id}` : `discussion_r${id}`;
  return {
    event: {
      kind,
      action: typeof p.action === 'string' ? p.action : '',
      pull: { ...ctx.repo, number },
      comment: {
        id,
        body: typeof comment.body === 'string' ? comment.body : '',
        author: { login, id: userId, type: typeof user.type === 'string' ? user.type : 'User' },
        createdAt: created,
        inReplyTo: kind === 'review' && typeof replyTo === 'number' && Number.isInteger(replyTo) && replyTo > 0 ? replyTo : null,
        url: `${ctx.serverUrl.replace(/\/+$/, '')}/${ctx.repo.owner}/${ctx.repo.repo}/pull/${number}#${anchor}`,
      },
    },
  };
}
