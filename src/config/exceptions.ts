import type { Read } from '../rules/options.js';
import type { Exception } from '../waivers/apply.js';

const EXCEPTION_KEYS = ['rule', 'resource', 'reason', 'expires'] as const;

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
 * Reads `exceptions`: a list of {rule, resource, reason, expires?}. `rule`
 * must be one of `rules` (built-in and custom); `resource` a non-empty glob;
 * `reason` non-empty; `expires` a real date. Errors name the entry (`[0].expires ...`).
 */
export function readExceptions(v: unknown, rules: readonly string[], source: string): Read<Exception[]> {
  if (!Array.isArray(v)) return fail(`must be a list of {rule, resource, reason, expires?}, not ${show(v)}`);
  const out: Exception[] = [];
  for (const [i, item] of v.entries()) {
    const at = `[${i}]`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return fail(`${at} must be a mapping {rule, resource, reason, expires?}, not ${show(item)}`);
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
    out.push({ rule, resource: resource.trim(), reason: reason.trim(), expires, source });
  }
  return { ok: true, value: out };
}
