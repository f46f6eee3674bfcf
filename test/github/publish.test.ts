/**
 * publish() against a stub client: which writes, in which order, and what
 * happens when one fails. (The real client against a local GitHub server is
 * test/action/pull-request.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { Client } from '../../src/github/client.js';
import { publish, type PublishOptions } from '../../src/github/publish.js';
import { contextMarker, findingMarker, reviewMarker } from '../../src/review/markers.js';
import { RULES } from '../../src/rules/index.js';
import { finding, report } from '../support/review-findings.js';

const REF = { owner: 'acme', repo: 'infra', number: 7, headSha: '6dcb09b5b57875f334f61aebed695e2e4193db5e' };
const OPTIONS: PublishOptions = {
  review: 'request-changes',
  maxInlineComments: 25,
  // The tests use findings of every severity: every one is commented on its line.
  inlineMinSeverity: 'info',
  summary: 'update',
  context: 'sg-guard',
  tool: { name: 'sg-guard', version: '0.1.0' },
  rules: RULES.map((r) => r.meta),
  targetUrl: 'https://github.com/acme/infra/actions/runs/1',
};
const PATCH = '@@ -0,0 +1,30 @@\n' + Array.from({ length: 30 }, (_, i) => `+line ${i + 1}`).join('\n');

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly response = { data: { message, errors: [] as string[] } },
  ) {
    super(message);
  }
}

interface Stub {
  client: Client;
  calls: string[];
}

/** A client whose methods record their calls; `fail` maps a method name to the errors its calls throw, in turn. */
function stub(state: { comments?: unknown[]; reviews?: unknown[]; issueComments?: unknown[] } = {}, fail: Record<string, Error[]> = {}): Stub {
  const calls: string[] = [];
  const method =
    (name: string, data: unknown = {}) =>
    async (params: Record<string, unknown>): Promise<{ data: unknown }> => {
      calls.push(`${name}${params.event ? ` ${String(params.event)}` : ''}${Array.isArray(params.comments) ? ` +${params.comments.length}` : ''}`);
      const error = fail[name]?.shift();
      if (error) throw error;
      return { data };
    };
  const rest = {
    pulls: {
      listFiles: method('listFiles', [{ filename: 'infra/main.tf', status: 'added', patch: PATCH }]),
      listReviewComments: method('listReviewComments', state.comments ?? []),
      listReviews: method('listReviews', state.reviews ?? []),
      createReview: method('createReview', { id: 1 }),
      updateReviewComment: method('updateReviewComment'),
      dismissReview: method('dismissReview'),
    },
    issues: {
      listComments: method('listComments', state.issueComments ?? []),
      createComment: method('createComment', { id: 2 }),
      updateComment: method('updateComment'),
    },
    repos: { createCommitStatus: method('createCommitStatus') },
  };
  const paginate = async (fn: (p: Record<string, unknown>) => Promise<{ data: unknown }>, params: Record<string, unknown>): Promise<unknown> => (await fn(params)).data;
  return { client: { rest, paginate } as unknown as Client, calls };
}

const log = { info: (): void => undefined, warning: (): void => undefined };
const READS = ['listFiles', 'listReviewComments', 'listReviews', 'listComments'];

describe('publish', () => {
  it('reads four lists, then writes review, edits, summary, dismissals and the status, in that order', async () => {
    const gone = { id: 11, body: `${findingMarker('dead00000000')}\n${contextMarker('sg-guard')}\nold`, in_reply_to_id: null };
    const own = { id: 12, state: 'CHANGES_REQUESTED', body: `${reviewMarker('sg-guard')}\nold` };
    const s = stub({ comments: [gone].map((c) => ({ ...c, in_reply_to_id: undefined })), reviews: [own] });
    const result = await publish(s.client, REF, report([finding({ severity: 'low' })]), OPTIONS, log);
    expect(s.calls).toEqual([...READS, 'createReview COMMENT +1', 'updateReviewComment', 'createComment', 'dismissReview DISMISS', 'createCommitStatus']);
    expect(result.denied).toBeNull();
    expect(result.failed).toBeNull();
    expect(result.posted).toHaveLength(5);
  });

  it('stops at the first write GitHub refuses: with a read-only token nothing is posted', async () => {
    const s = stub({}, { createReview: [new HttpError(403, 'Resource not accessible by integration')] });
    const result = await publish(s.client, REF, report([finding()]), OPTIONS, log);
    expect(s.calls).toEqual([...READS, 'createReview REQUEST_CHANGES +1']);
    expect(result.posted).toEqual([]);
    expect(result.denied).toEqual({ what: 'a review (REQUEST_CHANGES) with 1 inline comment(s)', error: 'HTTP 403: Resource not accessible by integration' });
  });

  it('a permission missing for a later write is reported with what was posted before it', async () => {
    const s = stub({}, { createCommitStatus: [new HttpError(403, 'Resource not accessible by integration')] });
    const result = await publish(s.client, REF, report([finding()]), OPTIONS, log);
    expect(result.posted).toEqual(['a review (REQUEST_CHANGES) with 1 inline comment(s)', 'the summary comment']);
    expect(result.denied?.what).toBe('commit status "sg-guard": failure');
  });

  it('a read the token may not make: nothing is written', async () => {
    const s = stub({}, { listFiles: [new HttpError(403, 'Resource not accessible by integration')] });
    const result = await publish(s.client, REF, report([finding()]), OPTIONS, log);
    expect(s.calls).toEqual(['listFiles']);
    expect(result.plan).toBeNull();
    expect(result.denied?.what).toBe('reading pull request #7');
  });

  it('a 422 on the review: once more without inline comments; on your own pull request, as a comment', async () => {
    const s = stub({}, { createReview: [new HttpError(422, 'Unprocessable Entity: Can not request changes on your own pull request')] });
    const warnings: string[] = [];
    const result = await publish(s.client, REF, report([finding()]), OPTIONS, { info: () => undefined, warning: (m) => warnings.push(m) });
    expect(s.calls.slice(4, 6)).toEqual(['createReview REQUEST_CHANGES +1', 'createReview COMMENT']);
    expect(warnings[0]).toContain('GitHub rejected the review (HTTP 422: Unprocessable Entity: Can not request changes on your own pull request)');
    expect(result.failed).toBeNull();
  });

  it('a second 422 stops publishing, and other errors too', async () => {
    const s = stub({}, { createReview: [new HttpError(422, 'Unprocessable Entity'), new HttpError(422, 'Unprocessable Entity')] });
    const result = await publish(s.client, REF, report([finding()]), OPTIONS, log);
    expect(result.failed?.error).toBe('HTTP 422: Unprocessable Entity');
    expect(s.calls.at(-1)).toBe('createReview REQUEST_CHANGES');
  });

  it('a comment deleted since it was read is skipped', async () => {
    const gone = { id: 11, body: `${findingMarker('dead00000000')}\n${contextMarker('sg-guard')}\nold` };
    const s = stub({ comments: [gone] }, { updateReviewComment: [new HttpError(404, 'Not Found')] });
    const result = await publish(s.client, REF, report([]), { ...OPTIONS, review: 'comment' }, log);
    expect(s.calls).toEqual([...READS, 'updateReviewComment', 'createComment', 'createCommitStatus']);
    expect(result.failed).toBeNull();
  });
});
