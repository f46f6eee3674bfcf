/** Telling apart the errors that GitHub answers with. */

interface HttpError {
  status: number;
  message: string;
  response?: { data?: unknown };
}

function isHttpError(err: unknown): err is HttpError {
  return typeof err === 'object' && err !== null && typeof (err as { status?: unknown }).status === 'number';
}

export function httpStatus(err: unknown): number | null {
  return isHttpError(err) ? err.status : null;
}

/**
 * A 403 that means the token may not do this (a read-only GITHUB_TOKEN on a
 * pull request from a fork, or a missing `permissions:` entry), as opposed to
 * a 403 rate limit.
 */
export function isPermissionError(err: unknown): boolean {
  if (!isHttpError(err)) return false;
  if (err.status === 401) return true;
  return err.status === 403 && !/rate limit/i.test(apiErrorText(err));
}

/** GitHub's error text: the message and the `errors` list of a 4xx answer, in one line. */
export function apiErrorText(err: unknown): string {
  if (!isHttpError(err)) return err instanceof Error ? err.message : String(err);
  const data = err.response?.data as { message?: unknown; errors?: unknown } | undefined;
  const parts: string[] = [];
  parts.push(typeof data?.message === 'string' ? data.message : err.message);
  if (Array.isArray(data?.errors)) {
    for (const e of data.errors) {
      if (typeof e === 'string') parts.push(e);
      else if (e && typeof e === 'object') {
        const o = e as { message?: unknown; field?: unknown; code?: unknown };
        parts.push([o.field, o.code, o.message].filter((x) => typeof x === 'string').join(' '));
      }
    }
  }
  return `HTTP ${err.status}: ${parts.filter(Boolean).join('; ')}`.replace(/\s+/g, ' ').slice(0, 2000);
}
