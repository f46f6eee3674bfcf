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
import Bottleneck from 'bottleneck/light.js';

export type Client = ReturnType<typeof getOctokit>;

export interface Log {
  info(message: string): void;
  warning(message: string): void;
}

/** A rate-limited request is retried this many times at most. */
const MAX_RATE_LIMIT_RETRIES = 2;
/** Longer waits than this (seconds) are not worth a CI minute: the request fails instead. */
const MAX_RATE_LIMIT_WAIT = 120;

/**
 * How long the client waits. The production values are the plugins' own: writes
 * at least 1 s apart and writes that notify 3 s apart (GitHub's advice against
 * secondary rate limits), and a
 * `retry-after` of N meaning N seconds. Tests shorten both so that they wait
 * for nothing; what is waited for, and when, stays the same.
 */
export interface ClientTimings {
  /** Least time between two writes (ms). */
  writeSpacingMs: number;
  /** Least time between two writes that notify people: reviews, comments (ms). */
  notificationSpacingMs: number;
  /** What one unit of `retry-after` (and of plugin-retry's back-off) lasts (ms). */
  retryAfterUnitMs: number;
}

export const DEFAULT_TIMINGS: ClientTimings = { writeSpacingMs: 1000, notificationSpacingMs: 3000, retryAfterUnitMs: 1000 };

export interface ClientOptions {
  /** The REST API's base URL; default GITHUB_API_URL as the runner sets it, else https://api.github.com. */
  baseUrl?: string;
  timings?: ClientTimings;
}

export function createClient(token: string, log: Log, options: ClientOptions = {}): Client {
  const timings = options.timings ?? DEFAULT_TIMINGS;
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
      // Read at call time, not when @actions/github was imported.
      baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        retryAfterBaseValue: timings.retryAfterUnitMs,
        // The plugin's own groups are shared by every client of the process; a run gets its own.
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: timings.writeSpacingMs }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: timings.notificationSpacingMs }),
      },
      // Rate limits (403/429) are the throttling plugin's; client errors are final.
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retryAfterBaseValue: timings.retryAfterUnitMs },
    },
    throttling,
    retry,
  );
}
