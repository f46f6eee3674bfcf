/**
 * The GitHub client: Octokit as @actions/github builds it (GITHUB_API_URL,
 * proxy settings, user agent) with rate-limit handling. Writes are spaced and
 * sent one at a time by @octokit/plugin-throttling; rate-limited requests are
 * retried after GitHub's `retry-after`; server errors are retried by
 * @octokit/plugin-retry.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Client = ReturnType<typeof getOctokit>;

export interface Log {
  info(message: string): void;
  warning(message: string): void;
}

/** A rate-limited request is retried this many times at most. */
export const MAX_RATE_LIMIT_RETRIES = 2;
/** Longer waits than this (seconds) are not worth a CI minute: the request fails instead. */
export const MAX_RATE_LIMIT_WAIT = 120;

export function createClient(token: string, log: Log): Client {
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
      const again = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT;
      const what = `GitHub ${kind} rate limit on ${options.method ?? ''} ${options.url ?? ''}`;
      if (again) log.info(`${what}: retrying in ${retryAfter}s`);
      else log.warning(`${what}: giving up (retry after ${retryAfter}s, attempt ${retryCount + 1})`);
      return again;
    };
  return getOctokit(
    token,
    {
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      // Rate limits (403/429) are the throttling plugin's; client errors are final.
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    },
    throttling,
    retry,
  );
}
