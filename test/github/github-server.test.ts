/**
 * The local GitHub server the Action tests run against: it must reject what
 * GitHub's OpenAPI description rejects and answer as GitHub does, or the
 * Action tests prove nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../support/github-server.js';

const DIFF = ['diff --git a/infra/main.tf b/infra/main.tf', '--- a/infra/main.tf', '+++ b/infra/main.tf', '@@ -10,3 +10,5 @@', ' a', '+b', '+c', ' d', ' e'].join('\n');
const HEAD = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
let gh: FakeGitHub;

beforeAll(async () => {
  gh = await new FakeGitHub().start();
  gh.addPull({ number: 7, headSha: HEAD, diff: DIFF });
});
afterAll(() => gh.close());

async function call(method: string, path: string, body?: unknown, token = 'ghs_write_token'): Promise<{ status: number; data: unknown; headers: Headers }> {
  const res = await fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, data: await res.json(), headers: res.headers };
}

const review = (comments: unknown[]): unknown => ({ commit_id: HEAD, event: 'COMMENT', body: 'b', comments });

describe('the local GitHub server', () => {
  it('rejects requests that do not match GitHub\'s OpenAPI description, and records them', async () => {
    const before = gh.violations.length;
    expect((await call('GET', '/repos/acme/infra/pulls/7/nonsense')).status).toBe(404);
    expect((await call('POST', '/repos/acme/infra/pulls/7/reviews', { ...(review([]) as object), evnt: 'COMMENT' })).status).toBe(400);
    expect((await call('POST', '/repos/acme/infra/pulls/7/reviews', { event: 'MERGE', body: 'x' })).status).toBe(400);
    expect((await call('POST', '/repos/acme/infra/pulls/7/reviews', review([{ path: 'infra/main.tf', body: 'x', line: '11' }]))).status).toBe(400);
    expect((await call('POST', '/repos/acme/infra/statuses/abc', { state: 'green' })).status).toBe(400);
    expect((await call('GET', '/repos/acme/infra/pulls/7/files?perpage=100')).status).toBe(400);
    expect((await call('GET', '/repos/acme/infra/pulls/seven/files')).status).toBe(400);
    expect(gh.violations.slice(before)).toEqual([
      'GET /repos/acme/infra/pulls/7/nonsense: no such operation in GitHub\'s REST API',
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews (pulls/create-review) body: (root) must NOT have additional properties "evnt"',
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews (pulls/create-review) body: /event must be equal to one of the allowed values',
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews (pulls/create-review) body: /comments/0/line must be integer',
      'POST /repos/{owner}/{repo}/statuses/{sha} (repos/create-commit-status) body: /state must be equal to one of the allowed values',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files (pulls/list-files): unknown query parameter "perpage"',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files (pulls/list-files) path parameter pull_number: (root) must be integer',
    ]);
    gh.violations.splice(before);
  });

  it('answers 422 for a comment outside the diff, as GitHub does, and accepts one inside it', async () => {
    const outside = await call('POST', '/repos/acme/infra/pulls/7/reviews', review([{ path: 'infra/main.tf', body: 'x', line: 20, side: 'RIGHT' }]));
    expect(outside.status).toBe(422);
    expect(outside.data).toMatchObject({ message: 'Unprocessable Entity', errors: ['Line could not be resolved', 'Pull request review thread line must be part of the diff'] });
    const span = await call('POST', '/repos/acme/infra/pulls/7/reviews', review([{ path: 'infra/main.tf', body: 'x', start_line: 9, start_side: 'RIGHT', line: 11, side: 'RIGHT' }]));
    expect(span.status).toBe(422);
    const inside = await call('POST', '/repos/acme/infra/pulls/7/reviews', review([{ path: 'infra/main.tf', body: 'x', start_line: 10, start_side: 'RIGHT', line: 14, side: 'RIGHT' }]));
    expect(inside.status).toBe(200);
    expect(gh.reviewComments).toHaveLength(1);
    expect((await call('POST', '/repos/acme/infra/issues/7/comments', { body: 'x'.repeat(65_537) })).status).toBe(422);
    expect(gh.violations).toEqual([]);
  });

  it('refuses writes with a read-only token and unknown tokens; paginates with Link headers', async () => {
    const denied = await call('POST', '/repos/acme/infra/issues/7/comments', { body: 'x' }, 'ghs_read_token');
    expect(denied.status).toBe(403);
    expect(denied.data).toMatchObject({ message: 'Resource not accessible by integration' });
    expect((await call('GET', '/repos/acme/infra/pulls/7/files', undefined, 'nope')).status).toBe(401);
    for (let i = 0; i < 3; i++) await call('POST', '/repos/acme/infra/issues/7/comments', { body: `c${i}` });
    const page = await call('GET', '/repos/acme/infra/issues/7/comments?per_page=2');
    expect((page.data as unknown[]).length).toBe(2);
    expect(page.headers.get('link')).toMatch(/[?&]page=2>; rel="next"/);
  });
});
