import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Client } from '../../src/github/client.js';
import { analysedRunFromEvent, findPullRequestForRun, pullRequestFromEvent, runUrl, type EventContext } from '../../src/github/context.js';
import { apiErrorText, isPermissionError } from '../../src/github/errors.js';
import { ROOT } from '../support/run-cli.js';

const payload = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, 'fixtures', 'events', name), 'utf8'));
const ctx = (eventName: string, p: Record<string, unknown>): EventContext => ({ eventName, payload: p, repo: { owner: 'acme', repo: 'infra' }, serverUrl: 'https://github.com', runId: 99 });
const HEAD = '6dcb09b5b57875f334f61aebed695e2e4193db5e';

describe('which pull request a run is about', () => {
  it('pull_request and pull_request_target: from the payload', () => {
    const p = payload('pull_request.synchronize.json');
    expect(pullRequestFromEvent(ctx('pull_request', p))).toEqual({ owner: 'acme', repo: 'infra', number: 7, headSha: HEAD, author: 'octocat' });
    expect(pullRequestFromEvent(ctx('pull_request_target', p))?.number).toBe(7);
    expect(pullRequestFromEvent(ctx('push', p))).toBeNull();
    expect(pullRequestFromEvent(ctx('pull_request', { ...p, pull_request: { number: 7, head: { sha: 'not-a-sha' } } }))).toBeNull();
  });

  it('workflow_run: the analysed run, with no linked pull request for a fork', async () => {
    const run = analysedRunFromEvent(ctx('workflow_run', payload('workflow_run.completed.json')));
    expect(run).toEqual({ headSha: HEAD, headBranch: 'open-bastion', headOwner: 'mona', pullRequests: [] });
    const asked: unknown[] = [];
    const client = {
      rest: {
        pulls: {
          list: async (params: unknown) => {
            asked.push(params);
            return { data: [{ number: 3, head: { sha: 'ffffffffffffffffffffffffffffffffffffffff' } }, { number: 7, head: { sha: HEAD } }] };
          },
        },
      },
    } as unknown as Client;
    expect(await findPullRequestForRun(client, { owner: 'acme', repo: 'infra' }, run as NonNullable<typeof run>)).toEqual({ owner: 'acme', repo: 'infra', number: 7, headSha: HEAD });
    expect(asked).toEqual([{ owner: 'acme', repo: 'infra', state: 'open', head: 'mona:open-bastion', per_page: 30 }]);
    // A run that was not for a pull request is not published.
    const push = payload('workflow_run.completed.json');
    (push.workflow_run as Record<string, unknown>).event = 'push';
    expect(analysedRunFromEvent(ctx('workflow_run', push))).toBeNull();
  });

  it('a linked pull request is used without a request when its head is the analysed commit', async () => {
    const p = payload('workflow_run.completed.json');
    (p.workflow_run as Record<string, unknown>).pull_requests = [{ number: 7, head: { sha: HEAD, ref: 'open-bastion' } }];
    const run = analysedRunFromEvent(ctx('workflow_run', p));
    expect(await findPullRequestForRun({} as Client, { owner: 'acme', repo: 'infra' }, run as NonNullable<typeof run>)).toMatchObject({ number: 7 });
  });

  it('the status links to the run', () => {
    expect(runUrl(ctx('pull_request', {}))).toBe('https://github.com/acme/infra/actions/runs/99');
    expect(runUrl({ ...ctx('pull_request', {}), runId: Number.NaN })).toBeNull();
  });
});

describe('GitHub errors', () => {
  const err = (status: number, message: string, errors: unknown[] = []): unknown => Object.assign(new Error(message), { status, response: { data: { message, errors } } });

  it('tells a missing permission from a rate limit', () => {
    expect(isPermissionError(err(403, 'Resource not accessible by integration'))).toBe(true);
    expect(isPermissionError(err(401, 'Bad credentials'))).toBe(true);
    expect(isPermissionError(err(403, 'You have exceeded a secondary rate limit.'))).toBe(false);
    expect(isPermissionError(err(404, 'Not Found'))).toBe(false);
    expect(isPermissionError(new Error('socket hang up'))).toBe(false);
  });

  it('keeps the API\'s own words, on one line', () => {
    expect(apiErrorText(err(422, 'Unprocessable Entity', ['Line could not be resolved', { field: 'body', code: 'too_long', message: 'is too\nlong' }]))).toBe(
      'HTTP 422: Unprocessable Entity; Line could not be resolved; body too_long is too long',
    );
    expect(apiErrorText(new Error('socket hang up'))).toBe('socket hang up');
  });
});
