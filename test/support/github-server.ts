/**
 * A local stand-in for the GitHub REST API (node:http on 127.0.0.1, a random
 * port) that the built Action talks to through GITHUB_API_URL.
 *
 * - Keeps state: pull requests with their changed files and patches, reviews,
 *   review comments, issue comments, commit statuses.
 * - Checks every request against GitHub's OpenAPI description (openapi.ts):
 *   an unknown operation, a bad parameter or a body that does not match the
 *   schema is answered with 400 (404 for an unknown path) and recorded in
 *   `violations`, which a test asserts is empty.
 * - Answers as GitHub does where the Action depends on it: 422 for a review
 *   comment on a line outside the diff (or a body over 65,536 characters),
 *   403 "Resource not accessible by integration" for writes with a read-only
 *   token, 401 for an unknown token, 403/429 with retry-after or
 *   x-ratelimit-reset for rate limits (when a test asks for them), Link headers
 *   for pagination.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenApi, type Match } from './openapi.js';

export interface User {
  readonly login: string;
  readonly id: number;
  readonly type: 'User' | 'Bot';
}

/** The token's identity: what every write of the Action is authored by. */
export const BOT: User = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
/** The pull requests' author (a collaborator with the write role). */
export const HUMAN: User = { login: 'octocat', id: 583231, type: 'User' };

/** Repository roles as the collaborator-permission API names them; 'none': not a collaborator. */
export type Role = 'read' | 'triage' | 'write' | 'maintain' | 'admin' | 'none';

export interface Reaction {
  id: number;
  subject: 'issue' | 'review';
  commentId: number;
  content: string;
  user: User;
}

/** The only GraphQL query the Action sends: who the token is. */
export const VIEWER_QUERY = 'query { viewer { login databaseId } }';

const BODY_LIMIT = 65_536;

export interface PullFile {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  patch?: string;
  additions: number;
  deletions: number;
}

export interface Pull {
  number: number;
  headSha: string;
  /** Every head this pull request has had: reviews may name any of them. */
  commits: string[];
  headRef: string;
  headOwner: string;
  state: 'open' | 'closed';
  files: PullFile[];
}

export interface Review {
  id: number;
  pull: number;
  user: User;
  body: string;
  state: 'COMMENTED' | 'CHANGES_REQUESTED' | 'APPROVED' | 'DISMISSED';
  commit_id: string;
  submitted_at: string;
}

export interface ReviewComment {
  id: number;
  pull: number;
  pull_request_review_id: number | null;
  user: User;
  body: string;
  path: string;
  line: number;
  start_line: number | null;
  side: 'LEFT' | 'RIGHT';
  start_side: 'LEFT' | 'RIGHT' | null;
  commit_id: string;
  in_reply_to_id?: number;
  created_at: string;
  updated_at: string;
}

export interface IssueComment {
  id: number;
  issue: number;
  user: User;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface Status {
  sha: string;
  state: string;
  context: string;
  description: string | null;
  target_url: string | null;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId: string | null;
  status: number;
  body: unknown;
  start: number;
  end: number;
}

export type RateLimitKind = 'secondary' | 'primary';

export interface ServerOptions {
  owner?: string;
  repo?: string;
  /** Tokens the server knows, and what they may do. */
  tokens?: Record<string, 'write' | 'read'>;
  /** Answer the first request of this kind with a rate limit, once each. */
  rateLimits?: Array<{ on: 'read' | 'write'; kind: RateLimitKind }>;
  /** Answer every review that has inline comments with 422 (as when the diff moved under the run). */
  rejectInlineComments?: boolean;
  /** Roles on the repository by login (the collaborator-permission API); anyone else has none. Default: HUMAN writes. */
  roles?: Record<string, Role>;
}

/** One unified diff (`git diff` output) as GitHub's list-files entries: `patch` holds the hunks only. */
export function filesFromDiff(diff: string): PullFile[] {
  const files: PullFile[] = [];
  const chunks = diff.split(/^diff --git /m).filter((c) => c.trim() !== '');
  for (const chunk of chunks) {
    const lines = chunk.split('\n');
    const plus = lines.find((l) => l.startsWith('+++ '))?.slice(4) ?? '';
    const minus = lines.find((l) => l.startsWith('--- '))?.slice(4) ?? '';
    const first = lines.findIndex((l) => l.startsWith('@@'));
    const hunks = first < 0 ? [] : lines.slice(first);
    while (hunks.length > 0 && hunks[hunks.length - 1] === '') hunks.pop();
    const removed = plus === '/dev/null';
    files.push({
      filename: (removed ? minus : plus).replace(/^[ab]\//, ''),
      status: removed ? 'removed' : minus === '/dev/null' ? 'added' : 'modified',
      patch: hunks.join('\n'),
      additions: hunks.filter((l) => l.startsWith('+')).length,
      deletions: hunks.filter((l) => l.startsWith('-')).length,
    });
  }
  return files;
}

/** The new-side line ranges of a patch: where GitHub accepts a RIGHT-side comment (GitHub's rule, kept apart from the Action's code). */
function rightRanges(patch: string | undefined): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of (patch ?? '').matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count > 0) ranges.push([start, start + count - 1]);
  }
  return ranges;
}

class HttpAnswer extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

function unprocessable(...errors: string[]): HttpAnswer {
  return new HttpAnswer(422, { message: 'Unprocessable Entity', errors, documentation_url: 'https://docs.github.com/rest', status: '422' });
}

function notFound(): HttpAnswer {
  return new HttpAnswer(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
}

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly pulls = new Map<number, Pull>();
  readonly reviews: Review[] = [];
  readonly reviewComments: ReviewComment[] = [];
  readonly issueComments: IssueComment[] = [];
  readonly statuses: Status[] = [];
  readonly reactions: Reaction[] = [];
  readonly roles: Map<string, Role>;
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  private readonly tokens: Record<string, 'write' | 'read'>;
  private readonly rateLimits: Array<{ on: 'read' | 'write'; kind: RateLimitKind }>;
  private readonly rejectInlineComments: boolean;
  private readonly api = OpenApi.github();
  private server: Server | null = null;
  private nextId = 1000;
  url = '';

  constructor(options: ServerOptions = {}) {
    this.owner = options.owner ?? 'acme';
    this.repo = options.repo ?? 'infra';
    this.tokens = options.tokens ?? { 'ghs_write_token': 'write', 'ghs_read_token': 'read' };
    this.rateLimits = [...(options.rateLimits ?? [])];
    this.rejectInlineComments = options.rejectInlineComments ?? false;
    this.roles = new Map(Object.entries(options.roles ?? { [HUMAN.login]: 'write' }));
  }

  /** Starts from another server's state (pull requests, reviews, comments, statuses, reactions): one setup run serves many scenarios. */
  seed(from: FakeGitHub): this {
    const copy = <T>(x: T): T => structuredClone(x);
    for (const [n, p] of from.pulls) this.pulls.set(n, copy(p));
    this.reviews.push(...copy(from.reviews));
    this.reviewComments.push(...copy(from.reviewComments));
    this.issueComments.push(...copy(from.issueComments));
    this.statuses.push(...copy(from.statuses));
    this.reactions.push(...copy(from.reactions));
    this.nextId = from.nextId;
    return this;
  }

  /** A person comments on pull request `number`'s conversation. */
  comment(number: number, user: User, body: string): IssueComment {
    this.pull(number);
    const now = new Date().toISOString();
    const c: IssueComment = { id: this.id(), issue: number, user, body, created_at: now, updated_at: now };
    this.issueComments.push(c);
    return c;
  }

  /** Reactions on a comment, as `content by login`. */
  reactionsOn(subject: 'issue' | 'review', commentId: number): string[] {
    return this.reactions.filter((r) => r.subject === subject && r.commentId === commentId).map((r) => `${r.content} by ${r.user.login}`);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  addPull(pull: { number: number; headSha: string; diff: string; headRef?: string; headOwner?: string }): Pull {
    const p: Pull = {
      number: pull.number,
      headSha: pull.headSha,
      commits: [pull.headSha],
      headRef: pull.headRef ?? 'feature',
      headOwner: pull.headOwner ?? this.owner,
      state: 'open',
      files: filesFromDiff(pull.diff),
    };
    this.pulls.set(p.number, p);
    return p;
  }

  /** Commits the repository has outside any pull request (a merge queue's group): statuses may be set on them. */
  readonly commits = new Set<string>();

  /** A commit that is in no pull request, such as a merge group's head. */
  addCommit(sha: string): void {
    this.commits.add(sha);
  }

  /** A new commit pushed to the pull request: a new head and a new diff against the base. */
  push(number: number, headSha: string, diff: string): void {
    const p = this.pull(number);
    p.headSha = headSha;
    p.commits.push(headSha);
    p.files = filesFromDiff(diff);
  }

  /** A person replies in the thread of review comment `to`. */
  reply(to: number, body: string, user: User = HUMAN): ReviewComment {
    const parent = this.reviewComments.find((c) => c.id === to);
    if (!parent) throw new Error(`no review comment ${to}`);
    const now = new Date().toISOString();
    const c: ReviewComment = { ...parent, id: this.id(), pull_request_review_id: null, user, body, in_reply_to_id: parent.in_reply_to_id ?? to, created_at: now, updated_at: now };
    this.reviewComments.push(c);
    return c;
  }

  /** Requests recorded since `since` (an index into `requests`), as `METHOD operationId`. */
  operations(since = 0): string[] {
    return this.requests.slice(since).map((r) => `${r.method} ${r.operationId ?? r.path}`);
  }

  writes(since = 0): RecordedRequest[] {
    return this.requests.slice(since).filter((r) => r.method !== 'GET');
  }

  private pull(number: number): Pull {
    const p = this.pulls.get(number);
    if (!p) throw notFound();
    return p;
  }

  private id(): number {
    this.nextId += 1;
    return this.nextId;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const start = Date.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    let body: unknown;
    const record = (status: number, operationId: string | null): void => {
      this.requests.push({ method, path: url.pathname + url.search, operationId, status, body, start, end: Date.now() });
    };
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
      const text = payload === undefined ? '' : JSON.stringify(payload);
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-request-id': `FAKE:${this.requests.length}`,
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4990',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        ...headers,
      });
      res.end(text);
    };
    let match: Match | null = null;
    try {
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
        } catch {
          throw this.violation(400, `${method} ${url.pathname}: the body is not JSON`);
        }
      }
      if (method === 'POST' && url.pathname === '/graphql') {
        const { status, payload } = this.graphql(req.headers.authorization, body);
        record(status, 'graphql');
        send(status, payload);
        return;
      }
      match = this.api.match(method, url.pathname);
      if (!match) throw this.violation(404, `${method} ${url.pathname}: no such operation in GitHub's REST API`);
      const problems = this.api.check(match, url.searchParams, body);
      if (problems.length > 0) throw this.violation(400, ...problems);
      const token = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const access = token ? this.tokens[token] : undefined;
      if (!access) throw new HttpAnswer(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
      const write = method !== 'GET';
      const limit = this.rateLimits.findIndex((l) => l.on === (write ? 'write' : 'read'));
      if (limit >= 0) {
        const [hit] = this.rateLimits.splice(limit, 1);
        throw rateLimited(hit?.kind ?? 'secondary');
      }
      if (write && access === 'read') {
        throw new HttpAnswer(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
      }
      const { status, payload, headers } = this.route(match, url, body);
      record(status, match.operation.operationId);
      send(status, payload, headers);
    } catch (err) {
      if (!(err instanceof HttpAnswer)) {
        this.violations.push(`server error on ${method} ${url.pathname}: ${(err as Error).stack}`);
        record(500, match?.operation.operationId ?? null);
        send(500, { message: 'Server Error' });
        return;
      }
      record(err.status, match?.operation.operationId ?? null);
      send(err.status, err.body, err.headers);
    }
  }

  /** GraphQL: only the viewer query, answered for a known token (GitHub answers it for installation tokens and PATs alike). */
  private graphql(authorization: string | undefined, body: unknown): { status: number; payload: unknown } {
    const token = /^(?:token|bearer) (.+)$/i.exec(authorization ?? '')?.[1];
    if (!token || !this.tokens[token]) return { status: 401, payload: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/graphql', status: '401' } };
    const query = (body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string' || query.replace(/\s+/g, ' ').trim() !== VIEWER_QUERY) {
      this.violations.push(`POST /graphql: not the viewer query the Action is expected to send: ${JSON.stringify(query)}`);
      return { status: 400, payload: { message: 'unexpected query' } };
    }
    return { status: 200, payload: { data: { viewer: { login: BOT.login, databaseId: BOT.id } } } };
  }

  private violation(status: number, ...problems: string[]): HttpAnswer {
    this.violations.push(...problems);
    return new HttpAnswer(status, { message: problems.join('; '), documentation_url: 'https://docs.github.com/rest', status: String(status) });
  }

  private route(match: Match, url: URL, body: unknown): { status: number; payload: unknown; headers?: Record<string, string> } {
    const { operationId } = match.operation;
    const p = match.params;
    if (p.owner !== this.owner || p.repo !== this.repo) throw notFound();
    const b = (body ?? {}) as Record<string, unknown>;
    switch (operationId) {
      case 'pulls/list': {
        const head = url.searchParams.get('head');
        const state = url.searchParams.get('state') ?? 'open';
        const pulls = [...this.pulls.values()].filter((x) => (state === 'all' || x.state === state) && (!head || `${x.headOwner}:${x.headRef}` === head));
        return this.page(url, pulls.map((x) => this.pullJson(x)));
      }
      case 'pulls/list-files': {
        const pull = this.pull(Number(p.pull_number));
        return this.page(
          url,
          pull.files.map((f) => ({
            sha: 'bbcd538c8e72b8c175046e27cc8f907076331401',
            filename: f.filename,
            status: f.status,
            additions: f.additions,
            deletions: f.deletions,
            changes: f.additions + f.deletions,
            blob_url: `https://github.com/${this.owner}/${this.repo}/blob/${pull.headSha}/${f.filename}`,
            raw_url: `https://github.com/${this.owner}/${this.repo}/raw/${pull.headSha}/${f.filename}`,
            contents_url: `${this.url}/repos/${this.owner}/${this.repo}/contents/${f.filename}?ref=${pull.headSha}`,
            ...(f.patch === undefined ? {} : { patch: f.patch }),
          })),
        );
      }
      case 'pulls/list-review-comments': {
        const pull = this.pull(Number(p.pull_number));
        return this.page(url, this.reviewComments.filter((c) => c.pull === pull.number).map((c) => this.reviewCommentJson(c)));
      }
      case 'pulls/list-reviews': {
        const pull = this.pull(Number(p.pull_number));
        return this.page(url, this.reviews.filter((r) => r.pull === pull.number).map((r) => this.reviewJson(r)));
      }
      case 'pulls/create-review':
        return { status: 200, payload: this.createReview(this.pull(Number(p.pull_number)), b) };
      case 'pulls/update-review-comment': {
        const c = this.reviewComments.find((x) => x.id === Number(p.comment_id));
        if (!c) throw notFound();
        const text = String(b.body);
        if (text.length > BODY_LIMIT) throw unprocessable(`Body is too long (maximum is ${BODY_LIMIT} characters)`);
        c.body = text;
        c.updated_at = new Date().toISOString();
        return { status: 200, payload: this.reviewCommentJson(c) };
      }
      case 'pulls/dismiss-review': {
        const r = this.reviews.find((x) => x.id === Number(p.review_id) && x.pull === Number(p.pull_number));
        if (!r) throw notFound();
        if (r.state !== 'CHANGES_REQUESTED' && r.state !== 'APPROVED') throw unprocessable('Can not dismiss a commented pull request review');
        r.state = 'DISMISSED';
        return { status: 200, payload: this.reviewJson(r) };
      }
      case 'issues/list-comments': {
        const number = Number(p.issue_number);
        this.pull(number);
        return this.page(url, this.issueComments.filter((c) => c.issue === number).map((c) => this.issueCommentJson(c)));
      }
      case 'issues/create-comment': {
        const number = Number(p.issue_number);
        this.pull(number);
        const text = String(b.body);
        if (text.length > BODY_LIMIT) throw unprocessable(`Body is too long (maximum is ${BODY_LIMIT} characters)`);
        const now = new Date().toISOString();
        const c: IssueComment = { id: this.id(), issue: number, user: BOT, body: text, created_at: now, updated_at: now };
        this.issueComments.push(c);
        return { status: 201, payload: this.issueCommentJson(c) };
      }
      case 'issues/update-comment': {
        const c = this.issueComments.find((x) => x.id === Number(p.comment_id));
        if (!c) throw notFound();
        const text = String(b.body);
        if (text.length > BODY_LIMIT) throw unprocessable(`Body is too long (maximum is ${BODY_LIMIT} characters)`);
        c.body = text;
        c.updated_at = new Date().toISOString();
        return { status: 200, payload: this.issueCommentJson(c) };
      }
      case 'repos/create-commit-status': {
        const sha = p.sha ?? '';
        if (!this.commits.has(sha) && ![...this.pulls.values()].some((x) => x.commits.includes(sha))) throw unprocessable(`No commit found for SHA: ${sha}`);
        const s: Status = {
          sha,
          state: String(b.state),
          context: typeof b.context === 'string' ? b.context : 'default',
          description: typeof b.description === 'string' ? b.description : null,
          target_url: typeof b.target_url === 'string' ? b.target_url : null,
        };
        this.statuses.push(s);
        const now = new Date().toISOString();
        return { status: 201, payload: { id: this.id(), node_id: 'SC_fake', url: `${this.url}/repos/${this.owner}/${this.repo}/statuses/${sha}`, avatar_url: null, ...s, created_at: now, updated_at: now, creator: this.userJson(BOT) } };
      }
      case 'pulls/get':
        return { status: 200, payload: this.pullJson(this.pull(Number(p.pull_number))) };
      case 'repos/get-collaborator-permission-level': {
        const login = p.username ?? '';
        const role = this.roles.get(login) ?? 'none';
        const legacy = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
        const rank = ['none', 'read', 'triage', 'write', 'maintain', 'admin'].indexOf(role);
        const permissions = { pull: rank >= 1, triage: rank >= 2, push: rank >= 3, maintain: rank >= 4, admin: rank >= 5 };
        const user = { login, id: 9_000_000 + login.length, node_id: 'U_x', type: 'User', site_admin: false, permissions, role_name: role };
        return { status: 200, payload: { permission: legacy, role_name: role, user } };
      }
      case 'reactions/create-for-issue-comment':
      case 'reactions/create-for-pull-request-review-comment': {
        const subject = operationId === 'reactions/create-for-issue-comment' ? 'issue' : 'review';
        const id = Number(p.comment_id);
        const exists = subject === 'issue' ? this.issueComments.some((c) => c.id === id) : this.reviewComments.some((c) => c.id === id);
        if (!exists) throw notFound();
        const content = String(b.content);
        const known = this.reactions.find((r) => r.subject === subject && r.commentId === id && r.content === content && r.user.id === BOT.id);
        if (known) return { status: 200, payload: this.reactionJson(known) };
        const r: Reaction = { id: this.id(), subject, commentId: id, content, user: BOT };
        this.reactions.push(r);
        return { status: 201, payload: this.reactionJson(r) };
      }
      case 'reactions/delete-for-issue-comment':
      case 'reactions/delete-for-pull-request-comment': {
        const subject = operationId === 'reactions/delete-for-issue-comment' ? 'issue' : 'review';
        const at = this.reactions.findIndex((r) => r.subject === subject && r.commentId === Number(p.comment_id) && r.id === Number(p.reaction_id));
        if (at < 0) throw notFound();
        this.reactions.splice(at, 1);
        return { status: 204, payload: undefined };
      }
      case 'pulls/create-reply-for-review-comment': {
        const pull = this.pull(Number(p.pull_number));
        const parent = this.reviewComments.find((c) => c.id === Number(p.comment_id) && c.pull === pull.number);
        if (!parent) throw notFound();
        // GitHub: "Replies to replies are not supported."
        if (parent.in_reply_to_id !== undefined) throw unprocessable('in_reply_to_id must be the id of a top-level review comment');
        const text = String(b.body);
        if (text.length > BODY_LIMIT) throw unprocessable(`Body is too long (maximum is ${BODY_LIMIT} characters)`);
        const now = new Date().toISOString();
        const c: ReviewComment = { ...parent, id: this.id(), pull_request_review_id: null, user: BOT, body: text, in_reply_to_id: parent.id, created_at: now, updated_at: now };
        this.reviewComments.push(c);
        return { status: 201, payload: this.reviewCommentJson(c) };
      }
      default:
        throw this.violation(501, `${match.operation.method} ${match.operation.template} (${operationId}): valid, but not an operation the Action is expected to use`);
    }
  }

  private createReview(pull: Pull, b: Record<string, unknown>): unknown {
    const event = b.event as string | undefined;
    const text = typeof b.body === 'string' ? b.body : '';
    if ((event === 'REQUEST_CHANGES' || event === 'COMMENT') && text === '') throw unprocessable(`Review body is required for ${event}`);
    if (text.length > BODY_LIMIT) throw unprocessable(`Body is too long (maximum is ${BODY_LIMIT} characters)`);
    const commit = typeof b.commit_id === 'string' ? b.commit_id : pull.headSha;
    if (!pull.commits.includes(commit)) throw unprocessable('commit_id is not part of the pull request');
    const comments = (b.comments ?? []) as Array<Record<string, unknown>>;
    if (comments.length > 0 && this.rejectInlineComments) throw unprocessable('Line could not be resolved');
    for (const c of comments) {
      const file = pull.files.find((f) => f.filename === c.path);
      if (!file) throw unprocessable('Path could not be resolved');
      if (typeof c.body !== 'string' || c.body === '') throw unprocessable('Body can not be blank');
      if (c.body.length > BODY_LIMIT) throw unprocessable(`Body is too long (maximum is ${BODY_LIMIT} characters)`);
      if (c.position !== undefined) throw unprocessable('The Action must anchor comments by line, not position');
      if (c.side !== 'RIGHT' && c.side !== 'LEFT') throw unprocessable('side must be LEFT or RIGHT');
      if (c.side === 'LEFT') throw unprocessable('The Action comments on the new side only');
      const line = Number(c.line);
      const ranges = rightRanges(file.patch);
      const hunk = ranges.find(([s, e]) => line >= s && line <= e);
      if (!hunk) throw unprocessable('Line could not be resolved', 'Pull request review thread line must be part of the diff');
      if (c.start_line !== undefined) {
        const startLine = Number(c.start_line);
        if (c.start_side !== undefined && c.start_side !== 'RIGHT') throw unprocessable('start_side must match side');
        if (!(startLine < line)) throw unprocessable('start_line must precede line');
        if (startLine < hunk[0]) throw unprocessable('Start line could not be resolved', 'Pull request review thread start line must be part of the same hunk as the line');
      }
    }
    const now = new Date().toISOString();
    const review: Review = {
      id: this.id(),
      pull: pull.number,
      user: BOT,
      body: text,
      state: event === 'REQUEST_CHANGES' ? 'CHANGES_REQUESTED' : event === 'APPROVE' ? 'APPROVED' : 'COMMENTED',
      commit_id: commit,
      submitted_at: now,
    };
    this.reviews.push(review);
    for (const c of comments) {
      this.reviewComments.push({
        id: this.id(),
        pull: pull.number,
        pull_request_review_id: review.id,
        user: BOT,
        body: String(c.body),
        path: String(c.path),
        line: Number(c.line),
        start_line: c.start_line === undefined ? null : Number(c.start_line),
        side: 'RIGHT',
        start_side: c.start_line === undefined ? null : 'RIGHT',
        commit_id: commit,
        created_at: now,
        updated_at: now,
      });
    }
    return this.reviewJson(review);
  }

  /** One page of `items` (per_page, page) with GitHub's Link header. */
  private page(url: URL, items: unknown[]): { status: number; payload: unknown; headers: Record<string, string> } {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const links: string[] = [];
    const link = (n: number, rel: string): void => {
      const u = new URL(url.toString());
      u.searchParams.set('page', String(n));
      links.push(`<${u.toString()}>; rel="${rel}"`);
    };
    if (page < last) {
      link(page + 1, 'next');
      link(last, 'last');
    }
    if (page > 1) {
      link(1, 'first');
      link(page - 1, 'prev');
    }
    return { status: 200, payload: items.slice((page - 1) * perPage, page * perPage), headers: links.length > 0 ? { link: links.join(', ') } : {} };
  }

  private reactionJson(r: Reaction): Record<string, unknown> {
    return { id: r.id, node_id: `REA_${r.id}`, user: this.userJson(r.user), content: r.content, created_at: new Date().toISOString() };
  }

  private userJson(u: User): Record<string, unknown> {
    return { login: u.login, id: u.id, node_id: `U_${u.id}`, type: u.type, site_admin: false, html_url: `https://github.com/${u.login}` };
  }

  private pullJson(x: Pull): Record<string, unknown> {
    return {
      id: x.number * 10,
      number: x.number,
      state: x.state,
      title: 'Open the bastion',
      user: this.userJson(HUMAN),
      head: { ref: x.headRef, sha: x.headSha, label: `${x.headOwner}:${x.headRef}`, user: { login: x.headOwner }, repo: { full_name: `${x.headOwner}/${this.repo}` } },
      base: { ref: 'main', sha: '0000000000000000000000000000000000000001', label: `${this.owner}:main`, repo: { full_name: `${this.owner}/${this.repo}` } },
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${x.number}`,
    };
  }

  private reviewJson(r: Review): Record<string, unknown> {
    return {
      id: r.id,
      node_id: `PRR_${r.id}`,
      user: this.userJson(r.user),
      body: r.body,
      state: r.state,
      commit_id: r.commit_id,
      submitted_at: r.submitted_at,
      author_association: 'NONE',
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${r.pull}#pullrequestreview-${r.id}`,
      pull_request_url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${r.pull}`,
      _links: {},
    };
  }

  private reviewCommentJson(c: ReviewComment): Record<string, unknown> {
    return {
      id: c.id,
      node_id: `PRRC_${c.id}`,
      pull_request_review_id: c.pull_request_review_id,
      user: this.userJson(c.user),
      body: c.body,
      path: c.path,
      line: c.line,
      original_line: c.line,
      start_line: c.start_line,
      original_start_line: c.start_line,
      side: c.side,
      start_side: c.start_side,
      commit_id: c.commit_id,
      original_commit_id: c.commit_id,
      diff_hunk: '',
      position: 1,
      original_position: 1,
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: 'NONE',
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.pull}#discussion_r${c.id}`,
      pull_request_url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${c.pull}`,
      url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/comments/${c.id}`,
      _links: {},
      ...(c.in_reply_to_id === undefined ? {} : { in_reply_to_id: c.in_reply_to_id }),
    };
  }

  private issueCommentJson(c: IssueComment): Record<string, unknown> {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      user: this.userJson(c.user),
      body: c.body,
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: 'NONE',
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${this.url}/repos/${this.owner}/${this.repo}/issues/${c.issue}`,
      url: `${this.url}/repos/${this.owner}/${this.repo}/issues/comments/${c.id}`,
    };
  }
}

function rateLimited(kind: RateLimitKind): HttpAnswer {
  if (kind === 'secondary') {
    return new HttpAnswer(
      403,
      {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FAKE.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: '403',
      },
      { 'retry-after': '1' },
    );
  }
  return new HttpAnswer(
    429,
    { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api', status: '429' },
    { 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1) },
  );
}
