import type { Read } from '../rules/options.js';
import type { Exception } from '../waivers/apply.js';

const EXCEPTION_KEYS = ['rule', 'resource', 'reason', 'expires', 'roots'] as const;

/** Globs in one `roots` list, at the most. */
const MAX_ROOT_GLOBS = 100;

const show = (v: unknown): string => JSON.stringify(v) ?? String(v);
const fail = <T>(error: string): Read<T> => ({ ok: false, error });

/** A calendar date written YYYY-MM-DD, or null. */
function readDate(v: unknown): string | null {
  // A file that declares %YAML 1.1 gets timestamps as Date objects.
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v ? v : null;
}

/**
 * Reads a `roots` list (of an exception or a rule override): a non-empty list
 * of globs over Terraform root directories, relative to the repository root
 * (`live/dev`, `live/eu-*`); `./` and a trailing `/` are dropped. The error
 * starts with `.roots` for the caller to prefix with the entry.
 */
export function readRoots(v: unknown): Read<string[]> {
  const example = 'a list of root directories or globs, relative to the repository root, such as [live/dev, "live/eu-*"]';
  if (!Array.isArray(v) || v.length === 0) return fail(`.roots must be ${example}, not ${show(v)}`);
  if (v.length > MAX_ROOT_GLOBS) return fail(`.roots has more than ${MAX_ROOT_GLOBS} entries`);
  const out: string[] = [];
  for (const [i, item] of v.entries()) {
    const root = typeof item === 'string' ? item.trim().replace(/^(?:\.\/)+/, '').replace(/\/+$/, '') || '.' : null;
    const bad =
      root === null ||
      root.length > 1024 ||
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u001f\u007f\\]/.test(root) ||
      root.startsWith('/') ||
      root.startsWith('!') ||
      /^[A-Za-z]:/.test(root) ||
      (root !== '.' && root.split('/').some((part) => part === '' || part === '.' || part === '..'));
    if (bad) return fail(`.roots[${i}] ${show(item)} is not a root directory or glob relative to the repository root (such as live/dev or "live/eu-*")`);
    out.push(root);
  }
  return { ok: true, value: out };
}

/**
 * Reads `exceptions`: a list of {rule, resource, reason, expires?, roots?}.
 * `rule` must be one of `rules` (built-in and custom); `resource` a non-empty
 * glob; `reason` non-empty; `expires` a real date; `roots` globs over root
 * directories (readRoots). Errors name the entry (`[0].expires ...`).
 */
export function readExceptions(v: unknown, rules: readonly string[], source: string): Read<Exception[]> {
  if (!Array.isArray(v)) return fail(`must be a list of {rule, resource, reason, expires?, roots?}, not ${show(v)}`);
  const out: Exception[] = [];
  for (const [i, item] of v.entries()) {
    const at = `[${i}]`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return fail(`${at} must be a mapping {rule, resource, reason, expires?, roots?}, not ${show(item)}`);
    const entry = item as Record<string, unknown>;
    for (const key of Object.keys(entry)) {
      if (!(EXCEPTION_KEYS as readonly string[]).includes(key)) return fail(`${at} has unknown key "${key}" (known: ${EXCEPTION_KEYS.join(', ')})`);
    }
    const { rule, resource, reason } = entry;
    if (typeof rule !== 'string' || rule === '') return fail(`${at}.rule is required: the name of one rule, not ${show(rule)}`);
    if (!rules.includes(rule)) return fail(`${at}.rule "${rule}" is not a rule (see docs/rules/, or custom-rules)`);
    if (typeof resource !== 'string' || resource.trim() === '') return fail(`${at}.resource is required: a resource address or glob such as "module.legacy.*", not ${show(resource)}`);
    if (typeof reason !== 'string' || reason.trim() === '') return fail(`${at}.reason is required: say why the finding is accepted`);
    let expires: string | null = null;
    if (entry.expires !== undefined && entry.expires !== null) {
      expires = readDate(entry.expires);
      if (expires === null) return fail(`${at}.expires ${show(entry.expires)} is not a date in the form YYYY-MM-DD`);
    }
    const exception: Exception = { rule, resource: resource.trim(), reason: reason.trim(), expires, source };
    if (entry.roots !== undefined) {
      const roots = readRoots(entry.roots);
      if (!roots.ok) return fail(`${at}${roots.error}`);
      exception.roots = roots.value;
    }
    out.push(exception);
  }
  return { ok: true, value: out };
}
