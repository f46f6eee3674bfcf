/**
 * The client's production timings, the only test that waits for them: every
 * other test runs the Action with TEST_TIMINGS, the same requests without the
 * seconds between them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, DEFAULT_TIMINGS } from '../../src/github/client.js';
import { FakeGitHub } from '../support/github-server.js';

const PR = { owner: 'acme', repo: 'infra', issue_number: 7 };
const SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
let gh: FakeGitHub;

beforeAll(async () => {
  gh = await new FakeGitHub().start();
  gh.addPull({ number: 7, headSha: SHA, diff: '' });
});
afterAll(() => gh.close());

describe('createClient with the production timings', () => {
  it('spaces writes as GitHub asks: 3 s after a write that notifies people, 1 s after any other', async () => {
    expect(DEFAULT_TIMINGS).toEqual({ writeSpacingMs: 1000, notificationSpacingMs: 3000, retryAfterUnitMs: 1000 });
    const client = createClient('ghs_write_token', { info: () => undefined, warning: () => undefined }, { baseUrl: gh.url });
    // Lower bounds only, measured around the calls: the second write of each pair cannot start before the spacing has passed.
    const statuses = Date.now();
    await client.rest.repos.createCommitStatus({ owner: 'acme', repo: 'infra', sha: SHA, state: 'pending', context: 'sg-guard' });
    await client.rest.repos.createCommitStatus({ owner: 'acme', repo: 'infra', sha: SHA, state: 'success', context: 'sg-guard' });
    const statusesDone = Date.now();
    const comments = Date.now();
    await client.rest.issues.createComment({ ...PR, body: 'one' });
    await client.rest.issues.createComment({ ...PR, body: 'two' });
    const commentsDone = Date.now();
    expect(gh.violations).toEqual([]);
    expect(gh.writes()).toHaveLength(4);
    expect(statusesDone - statuses).toBeGreaterThanOrEqual(1000);
    expect(commentsDone - comments).toBeGreaterThanOrEqual(3000);
  });
});
