import { readFile, realpath, stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runCheck, type CheckRequest } from '../check.js';
import { DEFAULT_INLINE_MIN_SEVERITY, THRESHOLDS } from '../config/load.js';
import { InputError } from '../plan/types.js';
import { parseUnifiedDiff, type DiffIndex } from '../review/diff.js';
import { DEFAULT_MAX_INLINE_COMMENTS, DEFAULT_STATUS_CONTEXT, MAX_INLINE_COMMENTS_LIMIT, planReview } from '../review/posting.js';
import { printReviewPlan } from '../review/print.js';
import { FORMATS, diagrams, render } from '../render.js';
import { buildGraph } from '../graph/graph.js';
import { buildNetModel } from '../reach/build.js';
import { GRAPH_FORMATS, changedGraph, renderGraph, type GraphFormat } from '../graph/render.js';
import { buildModel } from '../model/build.js';
import { MODEL_READS } from '../model/resource-types.js';
import { resolvePaths } from '../paths.js';
import { loadPlan } from '../plan/load.js';
import { RULES } from '../rules/index.js';
import { FAIL_ON_SCOPES, SEVERITIES, type FailOnScope, type Severity, type Threshold } from '../findings/types.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { changedList, changedSince } from '../roots/changed.js';
import { affectedRoots, readLayout } from '../roots/roots.js';
import { escapeTerminal } from '../lib/escape.js';

const EXIT_OK = 0;
const EXIT_BLOCKING = 1;
const EXIT_ERROR = 2;

const USAGE = `Usage: ${TOOL_NAME} <command> [options]

Commands:
  check PLAN...        Check terraform show -json output (plans or states; '-' reads stdin).
                       PLAN may be a glob ('live/*/plan.json', quoted): several plans make
                       one report, each labelled with its directory; the same block of a
                       module used by several of them is reported once, with every place
  review PLAN...       Print what the GitHub Action would post on a pull request (no network)
  graph PLAN...        Show who can reach which security group: text, mermaid, dot or json
  roots                The Terraform roots a change affects, following local modules (for a matrix)
  rules                List the rules with their default severity
  help                 Show this help

Options for check:
  -f, --format FORMAT  text (default), json, sarif or markdown
  -o, --output FILE    Write the report to FILE instead of stdout
      --fail-on LEVEL  critical, high (default), medium, low, info or never
      --fail-on-scope SCOPE  all (default): every finding can block; added: only what
                       the plan introduces or widens (what was there before is listed
                       as already there)
  -c, --config FILE    Configuration file (default: .github/sg-guard.yml when present)
      --root DIR       Terraform root directory of the plans, to point findings at .tf lines
                       (default: each plan file's directory)
      --no-color       Never colour text output (colour is used only on a terminal)

Options for roots (one of --changed-from or --files):
      --changed-from REF  The files changed since REF (git: its merge base with HEAD)
      --files FILE        The changed files, one path per line relative to --root ('-': stdin)
      --root DIR          Where the Terraform directories are (default: .); roots are printed relative to it
      --roots GLOB        Which directories are roots (default: those no other directory calls as a module)
  -f, --format FORMAT     lines (default: one root per line) or json (an array, for strategy.matrix)

Options for graph:
  -f, --format FORMAT  text (default), mermaid, dot or json
      --changed        Only the groups the plan touches and their neighbours

Options for review (and --fail-on, --fail-on-scope, --config, --root as for check):
      --diff FILE      The pull request's diff (git diff output): only findings on lines it
                       changes become inline comments, the others are listed as outside the diff
      --max-inline-comments N   Most inline comments (default 25)
      --inline-min-severity LEVEL  Least severe finding commented on its line (default
                                medium; config inline-min-severity); the rest are counted
      --request-changes         Request changes while findings block (the review input)
      --status-context NAME     The commit status name (default sg-guard)

Exit status: 0 nothing at or above --fail-on, 1 blocking findings, 2 usage or input error.
Make the JSON with: terraform show -json PLANFILE > plan.json`;

class UsageError extends Error {}

/**
 * Every option of every command, once: each command takes the ones its line
 * in COMMAND_LINES names, and -h/--help.
 */
const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  'fail-on-scope': { type: 'string' },
  config: { type: 'string', short: 'c' },
  root: { type: 'string' },
  'no-color': { type: 'boolean' },
  diff: { type: 'string' },
  'max-inline-comments': { type: 'string' },
  'inline-min-severity': { type: 'string' },
  'request-changes': { type: 'boolean' },
  'status-context': { type: 'string' },
  changed: { type: 'boolean' },
  'changed-from': { type: 'string' },
  files: { type: 'string' },
  roots: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Record<string, { type: 'string' | 'boolean'; short?: string }>;

type OptionName = Exclude<keyof typeof OPTIONS, 'help'>;
/** The values of options `K` as parseArgs gives them: a string or a boolean, or undefined when not given. */
type Values<K extends OptionName> = { [N in K]?: (typeof OPTIONS)[N]['type'] extends 'string' ? string : boolean };

/** What each command takes besides -h/--help, and whether it reads plans (at least one, and stdin at most once). */
const COMMAND_LINES = {
  check: { plans: true, options: ['format', 'output', 'fail-on', 'fail-on-scope', 'config', 'root', 'no-color'] },
  review: { plans: true, options: ['diff', 'fail-on', 'fail-on-scope', 'config', 'root', 'max-inline-comments', 'inline-min-severity', 'request-changes', 'status-context'] },
  graph: { plans: true, options: ['format', 'changed'] },
  roots: { plans: false, options: ['changed-from', 'files', 'root', 'roots', 'format'] },
} as const satisfies Record<string, { plans: boolean; options: readonly OptionName[] }>;

type CommandName = keyof typeof COMMAND_LINES;
/** The option values a command is run with. */
type OptionsOf<C extends CommandName> = Values<(typeof COMMAND_LINES)[C]['options'][number]>;

const RUN: { [C in CommandName]: (values: OptionsOf<C>, positionals: string[], io: Io) => Promise<number> } = { check, review, graph, roots };

function isCommand(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(COMMAND_LINES, name);
}

/**
 * Parses a command's arguments by its line in COMMAND_LINES and runs it: -h
 * and --help print the usage, and a command that reads plans needs at least one.
 */
async function runCommand<C extends CommandName>(name: C, args: string[], io: Io): Promise<number> {
  const spec = COMMAND_LINES[name];
  const options = Object.fromEntries([...spec.options, 'help' as const].map((o) => [o, OPTIONS[o]]));
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options });
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (spec.plans) {
    if (positionals.length === 0) throw new UsageError(`${name} needs at least one plan file (terraform show -json output), or - for stdin`);
    if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('stdin (-) can be read only once');
  }
  return RUN[name](values as OptionsOf<C>, positionals, io);
}

/** `raw` when it is one of `allowed`, `fallback` when not given; else a usage error naming `--flag`. */
function oneOf<T extends string>(flag: string, raw: string | undefined, allowed: readonly T[]): T | undefined;
function oneOf<T extends string>(flag: string, raw: string | undefined, allowed: readonly T[], fallback: T): T;
function oneOf<T extends string>(flag: string, raw: string | undefined, allowed: readonly T[], fallback?: T): T | undefined {
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, not "${raw}"`);
  return raw as T;
}

/** --fail-on and --fail-on-scope, for check and review; undefined when not given (the config's, else high and all). */
function policyOf(values: Values<'fail-on' | 'fail-on-scope'>): { failOn: Threshold | undefined; failOnScope: FailOnScope | undefined } {
  return { failOn: oneOf('fail-on', values['fail-on'], THRESHOLDS), failOnScope: oneOf('fail-on-scope', values['fail-on-scope'], FAIL_ON_SCOPES) };
}

/** What check and review ask runCheck for: the plans, the policy, --config and --root. */
function checkRequest(values: Values<'config' | 'root'>, policy: ReturnType<typeof policyOf>, plans: string[], io: Io): CheckRequest {
  const request: CheckRequest = { plans, failOn: policy.failOn };
  if (policy.failOnScope !== undefined) request.failOnScope = policy.failOnScope;
  if (io.stdin) request.stdin = io.stdin;
  if (values.config !== undefined) request.configPath = values.config;
  if (values.root !== undefined) request.root = values.root;
  return request;
}

/**
 * The plan files the arguments name: an argument with glob characters that
 * names no existing file is expanded (minimatch, the matches in path order);
 * a glob that matches nothing is an error, never a check of nothing.
 */
async function planPaths(args: readonly string[]): Promise<string[]> {
  return (await resolvePaths(args, { what: 'plan argument' })).paths;
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  env: NodeJS.ProcessEnv;
  /** What '-' reads; the process's stdin when absent. */
  stdin?: AsyncIterable<unknown>;
}

/** The real path of a file, or null when it does not exist (yet). */
async function realPathOf(path: string): Promise<string | null> {
  try {
    return await realpath(path);
  } catch {
    return null;
  }
}

/** `--output` never names an input: a report written over the plan or the config would destroy it. */
async function refuseOverwrite(output: string, plans: readonly string[], config: string | undefined): Promise<void> {
  const target = await realPathOf(output);
  if (target === null) return;
  for (const input of [...plans.filter((p) => p !== '-'), ...(config === undefined ? [] : [config])]) {
    if ((await realPathOf(input)) === target) throw new InputError(output, `is an input of this run (${input === config ? 'the configuration' : 'a plan'}): --output must name another file`);
  }
}

async function check(values: OptionsOf<'check'>, positionals: string[], io: Io): Promise<number> {
  const format = oneOf('format', values.format, FORMATS, 'text');
  const policy = policyOf(values);
  const request = checkRequest(values, policy, await planPaths(positionals), io);
  if (values.output !== undefined) await refuseOverwrite(values.output, request.plans, values.config);
  const { report, notices, rules, models, networks } = await runCheck(request);
  for (const n of notices) io.stderr(`${TOOL_NAME}: note: ${n}\n`);
  const color = format === 'text' && !values.output && !values['no-color'] && io.isTty && !io.env.NO_COLOR;
  const text = render(report, format, { color, rules, models, networks });
  if (values.output) {
    try {
      await writeFile(values.output, text);
    } catch (err) {
      throw new InputError(values.output, `cannot write report: ${(err as Error).message}`);
    }
  } else {
    io.stdout(text);
  }
  return report.summary.blocking > 0 ? EXIT_BLOCKING : EXIT_OK;
}

async function review(values: OptionsOf<'review'>, positionals: string[], io: Io): Promise<number> {
  const policy = policyOf(values);
  const maxRaw = values['max-inline-comments'] ?? String(DEFAULT_MAX_INLINE_COMMENTS);
  const maxInlineComments = /^\d{1,4}$/.test(maxRaw) ? Number(maxRaw) : NaN;
  if (!(maxInlineComments <= MAX_INLINE_COMMENTS_LIMIT)) throw new UsageError(`--max-inline-comments must be a whole number from 0 to ${MAX_INLINE_COMMENTS_LIMIT}`);
  const minSeverity = oneOf<Severity>('inline-min-severity', values['inline-min-severity'], SEVERITIES);
  let diff: DiffIndex | null = null;
  if (values.diff !== undefined) {
    let text: string;
    try {
      text = await readFile(values.diff, 'utf8');
    } catch (err) {
      throw new InputError(values.diff, `cannot read the diff: ${(err as Error).message}`);
    }
    // An empty diff is a pull request that changes nothing; text without one diff line is some other file.
    if (text.trim() !== '' && !/^(?:diff --git |--- |\+\+\+ |@@ )/m.test(text)) {
      throw new InputError(values.diff, 'is not a unified diff (the output of `git diff`, or the pull request\'s .diff)');
    }
    diff = parseUnifiedDiff(text);
  }

  const request = checkRequest(values, policy, await planPaths(positionals), io);
  const { report, rules, notices, models, networks, config } = await runCheck(request);
  for (const n of notices) io.stderr(`${TOOL_NAME}: note: ${n}\n`);
  const plan = planReview(
    report,
    { diff, reviewComments: [], reviews: [], issueComments: [] },
    {
      review: values['request-changes'] ? 'request-changes' : 'comment',
      maxInlineComments,
      inlineMinSeverity: minSeverity ?? config.inlineMinSeverity ?? DEFAULT_INLINE_MIN_SEVERITY,
      summary: 'update',
      context: values['status-context'] ?? DEFAULT_STATUS_CONTEXT,
      headSha: '',
      tool: { name: TOOL_NAME, version: VERSION },
      rules: rules.map((r) => r.meta),
      diagrams: diagrams(models, networks),
    },
  );
  io.stdout(printReviewPlan(plan, { diffGiven: diff !== null }));
  return report.summary.blocking > 0 ? EXIT_BLOCKING : EXIT_OK;
}

async function roots(values: OptionsOf<'roots'>, positionals: string[], io: Io): Promise<number> {
  if (positionals.length > 0) throw new UsageError(`roots takes no arguments (got "${positionals[0]}"): give the changed files with --changed-from or --files`);
  if ((values['changed-from'] === undefined) === (values.files === undefined)) throw new UsageError('roots needs one of --changed-from REF or --files FILE');
  const format = oneOf('format', values.format, ['lines', 'json'], 'lines');
  const base = values.root ?? '.';
  if (!(await isDirectory(base))) throw new InputError(base, 'is not a directory (--root)');
  let changed: string[];
  if (values['changed-from'] !== undefined) {
    changed = await changedSince(base, values['changed-from']);
  } else {
    const file = values.files as string;
    let text: string;
    try {
      text = file === '-' ? await readAll(io.stdin ?? process.stdin) : await readFile(file, 'utf8');
    } catch (err) {
      throw new InputError(file === '-' ? 'stdin' : file, `cannot read the list of changed files: ${(err as Error).message}`);
    }
    changed = changedList(text);
  }
  const layout = await readLayout(base, values.roots);
  for (const note of layout.notes) io.stderr(`${TOOL_NAME}: note: ${escapeTerminal(note)}\n`);
  const affected = affectedRoots(layout, changed);
  if (format === 'json') io.stdout(`${JSON.stringify(affected)}\n`);
  else for (const root of affected) io.stdout(`${escapeTerminal(root)}\n`);
  return EXIT_OK;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function readAll(stream: AsyncIterable<unknown>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

async function graph(values: OptionsOf<'graph'>, positionals: string[], io: Io): Promise<number> {
  const format = oneOf<GraphFormat>('format', values.format, GRAPH_FORMATS, 'text');
  const paths = await planPaths(positionals);
  for (const path of paths) {
    const plan = await loadPlan(path, MODEL_READS, io.stdin ? { stdin: io.stdin } : {});
    const model = buildModel(plan);
    // The network of the plan's after side: which groups the internet really reaches, and through what.
    const full = buildGraph(model, [], buildNetModel(plan));
    const shown = values.changed ? changedGraph(model, full) : full;
    if (paths.length > 1 && format === 'text') io.stdout(`== ${path}\n`);
    io.stdout(renderGraph(shown, format));
  }
  return EXIT_OK;
}

function listRules(io: Io): number {
  const width = Math.max(...RULES.map((r) => r.meta.name.length));
  for (const r of RULES) io.stdout(`${r.meta.name.padEnd(width)}  ${r.meta.severity.padEnd(8)}  ${r.meta.title}${r.meta.enabledByDefault === false ? ' (off by default)' : ''}\n`);
  return EXIT_OK;
}

/** Runs the CLI; returns the exit status. I/O goes through `io` so tests and the entry point share it. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (isCommand(command)) return await runCommand(command, rest, io);
    switch (command) {
      case 'rules':
        return listRules(io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? EXIT_ERROR : EXIT_OK;
      case '--version':
      case '-v':
      case 'version':
        io.stdout(`${TOOL_NAME} ${VERSION}\n`);
        return EXIT_OK;
      default:
        throw new UsageError(`unknown command "${command}" (try: ${TOOL_NAME} check plan.json)`);
    }
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      // Node's argument parser explains over several lines: one line here, as every error.
      io.stderr(`${TOOL_NAME}: ${(err as Error).message.split('\n').join(' ')}\nRun '${TOOL_NAME} help' for usage.\n`);
      return EXIT_ERROR;
    }
    if (err instanceof InputError) {
      io.stderr(`${TOOL_NAME}: error: ${err.message}\n`);
      return EXIT_ERROR;
    }
    io.stderr(`${TOOL_NAME}: internal error: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT_ERROR;
  }
}
