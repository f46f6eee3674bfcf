import * as core from '@actions/core';
import { PERMISSION_LEVELS, type PermissionLevel } from './commands/permission.js';
import { THRESHOLDS } from './config/load.js';
import { BASE_POLICY_EVENTS, COMMENT_EVENTS } from './github/context.js';
import { INLINE_IGNORE_MODES, type InlineIgnoreMode } from './waivers/review.js';
import { resolvePaths } from './paths.js';
import { InputError } from './plan/types.js';
import {
  DEFAULT_MAX_INLINE_COMMENTS,
  DEFAULT_STATUS_CONTEXT,
  MAX_INLINE_COMMENTS_LIMIT,
  REVIEW_MODES,
  SUMMARY_MODES,
  type ReviewMode,
  type SummaryMode,
} from './review/posting.js';
import { FAIL_ON_SCOPES, SEVERITIES, type FailOnScope, type Severity, type Threshold } from './findings/types.js';

/**
 * `full`: check the plans and post on the pull request. `analyze`: check and
 * write the reports, post nothing (the pull_request half of the fork-safe
 * pair, or one job of a matrix over Terraform roots). `publish`: read the JSON
 * reports written by `analyze` runs, merge them and post them (the
 * workflow_run half, or the job after the matrix).
 */
const MODES = ['full', 'analyze', 'publish'] as const;
type Mode = (typeof MODES)[number];

const MAX_STATUS_CONTEXT_LENGTH = 100;
/** Entries of expect-roots, at the most (a repository's roots, not a matrix's jobs). */
const MAX_EXPECT_ROOTS = 1000;
const MAX_ROOT_LENGTH = 1024;

export interface Inputs {
  mode: Mode;
  workingDirectory: string;
  /** Paths or globs of plan JSON, relative to workingDirectory; in publish mode, optional: the analyzed plans, evaluated again with the trusted policy. */
  plans: string[];
  /** Terraform root directory for source mapping; undefined: each plan's directory. */
  root?: string;
  /** The repository checkout: location paths are relative to it. */
  repoRoot: string;
  config?: string;
  failOn?: Threshold;
  /** Which findings can block; undefined: the config file's setting, else the event's default (scopeForEvent). */
  failOnScope?: FailOnScope;
  /** The least severe finding that gets an inline comment; undefined: the config file's, else medium. */
  inlineMinSeverity?: Severity;
  /** Where analyze/full write the JSON report; in publish mode the input as given (one line per path or glob). */
  reportFile: string;
  /** publish: the paths or globs of the reports to merge and post (one per analyze job); otherwise [reportFile]. */
  reportFiles: string[];
  /**
   * publish: the Terraform roots that must have a report (directories or globs,
   * relative to the repository root); a listed root without one fails the check.
   * Undefined: the input is not given ([] is given: no root is expected).
   */
  expectRoots?: string[];
  sarifFile?: string;
  /** May be empty: only checked when something is to be posted. */
  githubToken: string;
  review: ReviewMode;
  maxInlineComments: number;
  summaryComment: SummaryMode;
  /** '' posts no commit status. */
  statusContext: string;
  /** The role a commenter needs for any `/sg-guard` command. */
  commandPermission: PermissionLevel;
  /** The role a commenter needs, as well, for `/sg-guard ignore`. */
  ignorePermission: PermissionLevel;
  /** Whether a pull request's author may ignore findings on it. */
  allowSelfIgnore: boolean;
  /** Where the policy is read from: the base commit of the change, or the checkout. */
  configSource: ConfigSource;
  /** What in-code sg-guard:ignore comments do; undefined: the config file's setting, else the event's default. */
  inlineIgnores?: InlineIgnoreMode;
}

const CONFIG_SOURCES = ['base', 'head'] as const;
type ConfigSource = (typeof CONFIG_SOURCES)[number];

function choice<T extends string>(name: string, values: readonly T[], fallback: T): T {
  const raw = core.getInput(name) || fallback;
  if (!(values as readonly string[]).includes(raw)) throw new InputError(`input ${name}`, `must be one of ${values.join(', ')}, not "${raw}"`);
  return raw as T;
}

function flag(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') throw new InputError(`input ${name}`, `must be true or false, not "${core.getInput(name)}"`);
  return raw === 'true';
}

/**
 * The only place that reads Action inputs; validates every one of them before
 * anything else runs. `eventName`: on a comment event (a command) no plan is read.
 */
export function readInputs(eventName = ''): Inputs {
  const mode = choice('mode', MODES, 'full');
  const plans = core.getMultilineInput('plan').filter((p) => p.trim() !== '');
  const command = COMMENT_EVENTS.includes(eventName);
  if (mode !== 'publish' && plans.length === 0 && !command) throw new InputError('input plan', 'needs at least one path (or glob) of terraform show -json output');
  const failOnRaw = core.getInput('fail-on');
  if (failOnRaw && !THRESHOLDS.includes(failOnRaw as Threshold)) {
    throw new InputError('input fail-on', `must be one of ${THRESHOLDS.join(', ')}, not "${failOnRaw}"`);
  }
  const scopeRaw = core.getInput('fail-on-scope');
  if (scopeRaw && !(FAIL_ON_SCOPES as readonly string[]).includes(scopeRaw)) {
    throw new InputError('input fail-on-scope', `must be one of ${FAIL_ON_SCOPES.join(', ')}, not "${scopeRaw}"`);
  }
  const minRaw = core.getInput('inline-min-severity');
  if (minRaw && !(SEVERITIES as readonly string[]).includes(minRaw)) {
    throw new InputError('input inline-min-severity', `must be one of ${SEVERITIES.join(', ')}, not "${minRaw}"`);
  }
  const review = choice('review', REVIEW_MODES, 'comment');
  const summaryComment = choice('summary-comment', SUMMARY_MODES, 'update');
  const maxRaw = core.getInput('max-inline-comments') || String(DEFAULT_MAX_INLINE_COMMENTS);
  const maxInlineComments = /^\d{1,4}$/.test(maxRaw) ? Number(maxRaw) : NaN;
  if (!(maxInlineComments >= 0 && maxInlineComments <= MAX_INLINE_COMMENTS_LIMIT)) {
    throw new InputError('input max-inline-comments', `must be a whole number from 0 to ${MAX_INLINE_COMMENTS_LIMIT}, not "${maxRaw}"`);
  }
  const statusContext = core.getInput('status-context', { trimWhitespace: true });
  // The action.yml default applies on the runner; an absent input (a local run) gets it here.
  const context = process.env['INPUT_STATUS-CONTEXT'] === undefined ? DEFAULT_STATUS_CONTEXT : statusContext;
  // eslint-disable-next-line no-control-regex
  if (context.length > MAX_STATUS_CONTEXT_LENGTH || /[\u0000-\u001f\u007f]/.test(context)) {
    throw new InputError('input status-context', `must be one line of at most ${MAX_STATUS_CONTEXT_LENGTH} characters`);
  }
  const commandPermission = choice('command-permission', PERMISSION_LEVELS, 'write');
  const ignorePermission = choice('ignore-permission', PERMISSION_LEVELS, 'maintain');
  const allowSelfIgnore = flag('allow-self-ignore', false);
  const config = core.getInput('config') || undefined;
  const configSource = choice('config-source', CONFIG_SOURCES, BASE_POLICY_EVENTS.includes(eventName) ? 'base' : 'head');
  const inlineIgnoresRaw = core.getInput('inline-ignores');
  if (inlineIgnoresRaw && !(INLINE_IGNORE_MODES as readonly string[]).includes(inlineIgnoresRaw)) {
    throw new InputError('input inline-ignores', `must be one of ${INLINE_IGNORE_MODES.join(', ')}, not "${inlineIgnoresRaw}"`);
  }
  const sarifFile = core.getInput('sarif-file') || undefined;
  const reportFiles = core.getMultilineInput('report-file').filter((p) => p.trim() !== '');
  if (reportFiles.length === 0) reportFiles.push('sg-guard-report.json');
  if (reportFiles.length > 1 && mode !== 'publish') {
    throw new InputError('input report-file', `takes one path in mode ${mode} (several paths or globs, one per line, only in mode publish)`);
  }
  const reportFile = reportFiles.join('\n');
  const expectRoots = readExpectRoots(mode);
  const workingDirectory = core.getInput('working-directory') || '.';
  const repoRoot = process.env.GITHUB_WORKSPACE || process.cwd();
  const inputs: Inputs = {
    mode,
    workingDirectory,
    plans,
    reportFile,
    reportFiles,
    repoRoot,
    githubToken: core.getInput('github-token'),
    review,
    maxInlineComments,
    summaryComment,
    statusContext: context,
    commandPermission,
    ignorePermission,
    allowSelfIgnore,
    configSource,
  };
  if (inlineIgnoresRaw) inputs.inlineIgnores = inlineIgnoresRaw as InlineIgnoreMode;
  const root = core.getInput('root');
  if (root) inputs.root = root;
  if (config) inputs.config = config;
  if (failOnRaw) inputs.failOn = failOnRaw as Threshold;
  if (scopeRaw) inputs.failOnScope = scopeRaw as FailOnScope;
  if (minRaw) inputs.inlineMinSeverity = minRaw as Severity;
  if (sarifFile) inputs.sarifFile = sarifFile;
  if (expectRoots) inputs.expectRoots = expectRoots;
  return inputs;
}

/**
 * `expect-roots`: one root (or glob) per line, or a JSON array of them (what
 * `sg-guard roots --format json` prints, passed on as a job output). Each is
 * a relative path inside the repository; `./` and a trailing `/` are dropped.
 * Only mode publish reads it.
 */
function readExpectRoots(mode: Mode): string[] | undefined {
  const raw = core.getInput('expect-roots').trim();
  if (raw === '') return undefined;
  if (mode !== 'publish') throw new InputError('input expect-roots', `is read only in mode publish (this is mode ${mode})`);
  let entries: unknown[];
  if (raw.startsWith('[')) {
    try {
      entries = JSON.parse(raw) as unknown[];
    } catch (err) {
      throw new InputError('input expect-roots', `starts with "[" but is not a JSON array: ${(err as Error).message}`);
    }
    if (!Array.isArray(entries)) throw new InputError('input expect-roots', 'starts with "[" but is not a JSON array');
  } else {
    entries = raw.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  }
  if (entries.length > MAX_EXPECT_ROOTS) throw new InputError('input expect-roots', `names ${entries.length} roots; at most ${MAX_EXPECT_ROOTS}`);
  return entries.map((entry, i) => {
    if (typeof entry !== 'string') throw new InputError('input expect-roots', `entry ${i + 1} is ${JSON.stringify(entry)}, not a directory`);
    const root = entry.trim().replace(/^(?:\.\/)+/, '').replace(/\/+$/, '') || '.';
    // eslint-disable-next-line no-control-regex
    const bad = root.length > MAX_ROOT_LENGTH || /[\u0000-\u001f\u007f\\]/.test(root) || root.startsWith('/') || /^[A-Za-z]:/.test(root) || (root !== '.' && root.split('/').some((part) => part === '' || part === '.' || part === '..'));
    if (bad) throw new InputError('input expect-roots', `${JSON.stringify(entry.slice(0, 100))} is not a directory relative to the repository root (such as live/prod or live/*)`);
    return root;
  });
}

/**
 * The fail-on-scope of a run whose input and config file set none: `added` on
 * the events that check a change (a pull request, a merge group, and the
 * workflow_run that publishes a pull request's analysis), so a pull request is
 * blocked by what it introduces or widens, not by what was there before it;
 * `all` otherwise (a push or a schedule checks everything).
 */
export function scopeForEvent(eventName: string): FailOnScope {
  return [...BASE_POLICY_EVENTS, 'workflow_run'].includes(eventName) ? 'added' : 'all';
}

/**
 * The plan files the `plan` input names, relative to the working directory:
 * a plain path as written (a missing file is reported when it is read), a glob
 * (minimatch syntax) as the files it matches, in path order. A glob that
 * matches nothing is an error: a check that silently reads no plan would pass.
 */
export async function resolvePlanPaths(patterns: readonly string[]): Promise<string[]> {
  return (await resolvePaths(patterns, { what: 'input plan' })).paths;
}
