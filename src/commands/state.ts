/**
 * The analysis a pull-request run stores in its summary comment, so that
 * commands can act on it later without running Terraform again: one hidden
 * HTML comment on the last line,
 *
 * ```text
 * <!-- sg-guard:state 1 H4sIAAAAAAAAA... -->
 * ```
 *
 * holding base64 of gzip of a JSON document (`base64 -d | gunzip` shows it):
 * the status context, the head commit and plan digest the analysis is about,
 * the findings in the JSON report's format (before any ignore is applied),
 * which of them are outside the diff, the configuration's custom rules, the
 * network diagrams, the ignore list, and the report files a publish run could
 * not read (so that a command keeps the summary and the status as they were).
 *
 * The line is at most MAX_STATE_LENGTH characters: what does not fit is left
 * out, least needed first (diagrams; then the findings the plan fixes and the
 * exposure changes; then every finding, which leaves commands unavailable but
 * still carries the ignores over), and `omitted` says what.
 *
 * Reading it back treats it as untrusted input, although only a comment
 * written by the token's own identity is read (the caller checks the author):
 * sizes are bounded before and after gunzip, and every field is validated
 * (the findings by the JSON report's validator).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { InputError } from '../plan/types.js';
import { renderJson } from '../report/json.js';
import { MAX_DIAGRAM_LENGTH } from '../report/markdown.js';
import { escapeMarkdown } from '../lib/escape.js';
import { Reader, validateReport } from '../review/report-input.js';
import { isRuleName, type RuleMeta } from '../rules/types.js';
import { SEVERITIES, type Report } from '../findings/types.js';
import type { UnreadReport } from '../review/merge.js';
import type { RootCoverage } from '../review/roots.js';
import { MAX_IGNORES, type CommentIgnore } from './ignores.js';
import { MAX_REASON_LENGTH, isCalendarDate } from './parse.js';

/** The longest state line, in characters. With the visible summary the comment stays under GitHub's 65,536. */
export const MAX_STATE_LENGTH = 20_000;
/** The ignore list alone must fit in this much of the state line, so that it is always stored. */
export const MAX_IGNORES_LENGTH = 8_000;
/** The JSON inside may not inflate past this (bytes): a guard against a compression bomb. */
const MAX_STATE_JSON_BYTES = 8 * 1024 * 1024;
const MAX_DIAGRAMS = 20;
const MAX_CUSTOM_RULES = 100;
/** Report files a publish run could not read, at most (GitHub runs at most 256 jobs of a matrix). */
const MAX_UNREAD = 256;
/** An unread report's problem is cut to this many characters when stored. */
const MAX_UNREAD_PROBLEM = 500;
/** Roots stored in each list, at the most (a repository's roots; expect-roots takes at most 1000). */
const MAX_STORED_ROOTS = 1000;
const VERSION = 1;

const LINE = /(?:^|\n)<!-- sg-guard:state (\d{1,3}) ([A-Za-z0-9+/]+={0,2}) -->\s*$/;

/** What a state leaves out to fit. */
const OMISSIONS = ['diagrams', 'fixed', 'findings'] as const;
type Omission = (typeof OMISSIONS)[number];

/** A custom rule of the configuration, as much as the summary needs to describe it. */
interface StoredRule {
  name: string;
  severity: RuleMeta['severity'];
  title: string;
  description: string;
  why: string;
  fix: string;
}

export interface AnalysisState {
  /** The status context the analysis (and the summary comment) belongs to. */
  context: string;
  /** The pull request head the analysis is about. */
  headSha: string;
  /** sha256 over the plan files read (null: published from a report, the plans were not read). */
  planDigest: string | null;
  /** The report before ignores from commands are applied; null when it did not fit (`omitted` has 'findings'). */
  report: Report | null;
  /** Ids of the findings not on a line the diff changes; null when no diff was known. */
  outside: string[] | null;
  customRules: StoredRule[];
  diagrams: Array<{ plan: string; mermaid: string }>;
  ignores: CommentIgnore[];
  omitted: Omission[];
  /** Report files the publish run could not read (src/review/merge.ts); absent: none. */
  unread?: UnreadReport[];
  /** publish: the roots checked and those not touched (src/review/roots.ts); absent: not known. */
  roots?: RootCoverage;
}

export function stateLine(encoded: string): string {
  return `<!-- sg-guard:state ${VERSION} ${encoded} -->`;
}

/** The custom rules among `rules`, as stored. */
export function storedRules(rules: readonly RuleMeta[]): StoredRule[] {
  return rules.filter((r) => r.custom).map((r) => ({ name: r.name, severity: r.severity, title: r.title, description: r.description, why: r.why, fix: r.fix }));
}

/** Stored custom rules as rule metadata for the renderers; their text is escaped, as anything read back is. */
export function ruleMetas(stored: readonly StoredRule[]): RuleMeta[] {
  return stored.map((r) => ({
    name: r.name,
    severity: r.severity,
    title: r.title,
    description: escapeMarkdown(r.description),
    why: escapeMarkdown(r.why),
    fix: escapeMarkdown(r.fix),
    references: [],
    messages: {},
    custom: true,
  }));
}

function wire(state: AnalysisState): unknown {
  let report: unknown = null;
  let outside: number[] | null = null;
  if (state.report) {
    const json = JSON.parse(renderJson(state.report)) as Record<string, unknown>;
    delete json.summary;
    report = json;
    if (state.outside) {
      const ids = new Set(state.outside);
      outside = state.report.findings.flatMap((f, i) => (ids.has(f.id) ? [i] : []));
    }
  }
  return {
    v: VERSION,
    context: state.context,
    head: state.headSha,
    planDigest: state.planDigest,
    report,
    outside,
    rules: state.customRules,
    diagrams: state.diagrams,
    ignores: state.ignores.map((i) => ({ id: i.id, rule: i.rule, reason: i.reason, expires: i.expires, by: { login: i.by.login, id: i.by.id }, at: i.at, source: i.source, ...(i.kind ? { kind: i.kind } : {}) })),
    omitted: state.omitted,
    ...(state.unread && state.unread.length > 0
      ? { unread: state.unread.slice(0, MAX_UNREAD).map((u) => ({ file: u.file, problem: Array.from(u.problem).slice(0, MAX_UNREAD_PROBLEM).join(''), ...(u.missingRoot ? { missingRoot: true as const } : {}) })) }
      : {}),
    ...(state.roots ? { roots: { checked: state.roots.checked.slice(0, MAX_STORED_ROOTS), untouched: state.roots.untouched.slice(0, MAX_STORED_ROOTS) } } : {}),
  };
}

function pack(state: AnalysisState): string {
  return gzipSync(Buffer.from(JSON.stringify(wire(state)), 'utf8'), { level: 9 }).toString('base64');
}

/** `omitted` lists in OMISSIONS order, without repeats. */
function omissions(...lists: ReadonlyArray<readonly Omission[]>): Omission[] {
  const all = new Set(lists.flat());
  return OMISSIONS.filter((o) => all.has(o));
}

/** The smaller forms of a state, from the whole down to the ignores alone; what was left out before stays left out. */
function reductions(state: AnalysisState): AnalysisState[] {
  const noDiagrams: AnalysisState = { ...state, diagrams: [], omitted: omissions(state.omitted, state.diagrams.length > 0 ? ['diagrams'] : []) };
  const out = [state, noDiagrams];
  if (state.report) {
    const fixed = state.report.findings.some((f) => f.change === 'removed') || state.report.plans.some((p) => p.exposureChanges.length > 0);
    if (fixed) {
      const report: Report = {
        ...state.report,
        plans: state.report.plans.map((p) => ({ ...p, exposureChanges: [] })),
        findings: state.report.findings.filter((f) => f.change !== 'removed'),
      };
      out.push({ ...noDiagrams, report, omitted: omissions(noDiagrams.omitted, ['fixed']) });
    }
    const { roots: _roots, ...bare } = noDiagrams;
    out.push({ ...bare, report: null, outside: null, customRules: [], omitted: omissions(noDiagrams.omitted, ['fixed', 'findings']) });
  }
  return out;
}

/**
 * The state line for `state`: the fullest form that fits in `max`
 * characters, and that form (its `omitted` says what was left out). Null
 * when not even the ignore list fits (withIgnore and ignoresFit keep it from
 * growing that large).
 */
export function encodeState(state: AnalysisState, max = MAX_STATE_LENGTH): { line: string; stored: AnalysisState } | null {
  for (const candidate of reductions(state)) {
    const line = stateLine(pack(candidate));
    if (line.length <= max) return { line, stored: candidate };
  }
  return null;
}

/** Whether an ignore list leaves room in the state for the analysis: it must fit in MAX_IGNORES_LENGTH alone. */
export function ignoresFit(ignores: readonly CommentIgnore[], context: string, headSha: string): boolean {
  const bare: AnalysisState = { context, headSha, planDigest: null, report: null, outside: null, customRules: [], diagrams: [], ignores: [...ignores], omitted: ['findings'] };
  return stateLine(pack(bare)).length <= MAX_IGNORES_LENGTH;
}

type ReadState = { state: AnalysisState } | { problem: string };

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const COMMENT_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9_.-]+){2}\/pull\/\d{1,10}#(?:issuecomment-|discussion_r)\d{1,15}$/;
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

/** Whether `body` has a state line (of any version) at its end. */
export function hasState(body: string): boolean {
  return LINE.test(body);
}

/**
 * The state stored at the end of a summary comment's body, validated; null
 * when there is none. `context` is the status context it must belong to.
 */
export function readState(body: string, context: string): ReadState | null {
  const m = LINE.exec(body);
  if (!m) return null;
  if (Number(m[1]) !== VERSION) return { problem: `it was stored by another version of sg-guard (state version ${m[1]})` };
  const encoded = m[2] as string;
  if (encoded.length > MAX_STATE_LENGTH) return { problem: 'it is longer than a stored analysis can be' };
  let data: unknown;
  try {
    const json = gunzipSync(Buffer.from(encoded, 'base64'), { maxOutputLength: MAX_STATE_JSON_BYTES }).toString('utf8');
    data = JSON.parse(json);
  } catch (err) {
    return { problem: `it cannot be decoded (${(err as Error).message.slice(0, 200)})` };
  }
  try {
    return { state: validateState(data, context) };
  } catch (err) {
    return { problem: err instanceof InputError ? err.message : String(err) };
  }
}

function validateState(data: unknown, context: string): AnalysisState {
  const r = new Reader('the stored analysis');
  const o = r.object(data, 'the document');
  if (o.v !== VERSION) r.fail('v', `must be ${VERSION}`);
  if (r.string(o.context, 'context', 1000) !== context) r.fail('context', 'belongs to another status context');
  const headSha = r.string(o.head, 'head', 64);
  if (!SHA.test(headSha)) r.fail('head', 'must be a commit SHA');
  const planDigest = r.nullableString(o.planDigest, 'planDigest', 64);
  if (planDigest !== null && !/^[0-9a-f]{64}$/.test(planDigest)) r.fail('planDigest', 'must be a sha256 in hexadecimal');
  const omitted = r.array(o.omitted, 'omitted', OMISSIONS.length).map((x, i) => r.oneOf(x, `omitted[${i}]`, OMISSIONS));
  const report = o.report === null ? null : validateReport(o.report, 'the stored analysis');
  if (report && report.findings.some((f) => f.suppression?.kind === 'comment')) r.fail('report', 'must not hold ignores from commands');
  let outside: string[] | null = null;
  if (o.outside !== null) {
    const findings = report ? report.findings : r.fail('outside', 'must be null without findings');
    outside = r.array(o.outside, 'outside', findings.length).map((x, i) => findings[r.integer(x, `outside[${i}]`, 0, findings.length - 1)]?.id as string);
  }
  const customRules = r.array(o.rules, 'rules', MAX_CUSTOM_RULES).map((x, i): StoredRule => {
    const at = `rules[${i}]`;
    const rule = r.object(x, at);
    const name = r.string(rule.name, `${at}.name`, 100);
    if (!isRuleName(name)) r.fail(`${at}.name`, 'must be a rule name');
    return {
      name,
      severity: r.oneOf(rule.severity, `${at}.severity`, SEVERITIES),
      title: r.string(rule.title, `${at}.title`, 500),
      description: r.string(rule.description, `${at}.description`, 2000),
      why: r.string(rule.why, `${at}.why`, 2000),
      fix: r.string(rule.fix, `${at}.fix`, 2000),
    };
  });
  const diagrams = r.array(o.diagrams, 'diagrams', MAX_DIAGRAMS).map((x, i) => {
    const d = r.object(x, `diagrams[${i}]`);
    const mermaid = r.string(d.mermaid, `diagrams[${i}].mermaid`, MAX_DIAGRAM_LENGTH);
    // It goes inside a code fence: no backtick may close it, and no HTML.
    if (/[`<]/.test(mermaid)) r.fail(`diagrams[${i}].mermaid`, 'has characters a diagram never has');
    return { plan: r.string(d.plan, `diagrams[${i}].plan`, 1024), mermaid };
  });
  const seen = new Set<string>();
  const ignores = r.array(o.ignores, 'ignores', MAX_IGNORES).map((x, i): CommentIgnore => {
    const at = `ignores[${i}]`;
    const g = r.object(x, at);
    const id = r.string(g.id, `${at}.id`, 64);
    if (!/^[0-9a-f]{8,64}$/.test(id) || seen.has(id)) r.fail(`${at}.id`, 'must be a finding id, once');
    seen.add(id);
    const reason = r.string(g.reason, `${at}.reason`, MAX_REASON_LENGTH * 2);
    if (reason.trim() === '' || CONTROLS.test(reason) || Array.from(reason).length > MAX_REASON_LENGTH) r.fail(`${at}.reason`, 'is not a valid reason');
    const expires = r.nullableString(g.expires, `${at}.expires`, 10);
    if (expires !== null && !isCalendarDate(expires)) r.fail(`${at}.expires`, 'must be a date YYYY-MM-DD');
    const by = r.object(g.by, `${at}.by`);
    const login = r.string(by.login, `${at}.by.login`, 50);
    if (!LOGIN.test(login)) r.fail(`${at}.by.login`, 'must be a GitHub login');
    const when = r.string(g.at, `${at}.at`, 30);
    if (!INSTANT.test(when)) r.fail(`${at}.at`, 'must be an ISO 8601 UTC time');
    const source = r.string(g.source, `${at}.source`, 500);
    if (source !== '' && !COMMENT_URL.test(source)) r.fail(`${at}.source`, 'must be the address of a pull request comment');
    const rule = r.string(g.rule, `${at}.rule`, 200);
    if (g.kind !== undefined && g.kind !== 'approve') r.fail(`${at}.kind`, 'must be "approve" when present');
    const entry: CommentIgnore = { id, rule, reason, expires, by: { login, id: r.integer(by.id, `${at}.by.id`, 1, Number.MAX_SAFE_INTEGER) }, at: when, source };
    if (g.kind === 'approve') entry.kind = 'approve';
    return entry;
  });
  const unread = r.array(o.unread ?? [], 'unread', MAX_UNREAD).map((x, i): UnreadReport => {
    const u = r.object(x, `unread[${i}]`);
    if (u.missingRoot !== undefined && u.missingRoot !== true) r.fail(`unread[${i}].missingRoot`, 'must be true when present');
    const entry: UnreadReport = { file: r.string(u.file, `unread[${i}].file`, 1024), problem: r.string(u.problem, `unread[${i}].problem`, MAX_UNREAD_PROBLEM * 2) };
    if (u.missingRoot === true) entry.missingRoot = true;
    return entry;
  });
  let roots: RootCoverage | undefined;
  if (o.roots !== undefined) {
    const g = r.object(o.roots, 'roots');
    const list = (v: unknown, at: string): string[] => r.array(v, at, MAX_STORED_ROOTS).map((x, i) => r.string(x, `${at}[${i}]`, 1024));
    roots = { checked: list(g.checked, 'roots.checked'), untouched: list(g.untouched, 'roots.untouched') };
  }
  return { context, headSha, planDigest, report, outside, customRules, diagrams, ignores, omitted, ...(unread.length > 0 ? { unread } : {}), ...(roots ? { roots } : {}) };
}
