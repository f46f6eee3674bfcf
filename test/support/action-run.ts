/**
 * Runs the built Action (`node dist/index.js`) the way the GitHub runner
 * does: INPUT_* for the inputs, GITHUB_* for the context (event payload file,
 * repository, API URL), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. Async,
 * so scenarios against different local servers can run side by side.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ClientTimings } from '../../src/github/client.js';
import { run as runSource } from '../../src/main.js';
import { commitAll, isRepository } from './git.js';
import { exclusive, inDirectory } from './in-process.js';
import { ROOT } from './run-cli.js';

export interface ActionResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands in stdout: `::error file=…::message` and the like. */
  commands: Array<{ command: string; properties: Record<string, string>; message: string }>;
}

export interface ActionRun {
  inputs: Record<string, string>;
  /** The checkout (GITHUB_WORKSPACE) and the working directory of the process. */
  workspace: string;
  eventName?: string;
  /** The event payload, written to a file for GITHUB_EVENT_PATH. */
  event?: unknown;
  apiUrl?: string;
  repository?: string;
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIM` heredocs). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '');
    out[m[1] as string] = value.join('\n');
  }
  return out;
}

function unescapeCommand(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

function parseCommands(stdout: string): ActionResult['commands'] {
  const out: ActionResult['commands'] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      properties[pair.slice(0, at)] = unescapeCommand(pair.slice(at + 1));
    }
    out.push({ command: m[1] as string, properties, message: unescapeCommand(m[3] ?? '') });
  }
  return out;
}

/**
 * A pull request's checkout is a git repository whose base commit the event
 * names: the Action reads the policy from it. A test that made no repository
 * gets one whose only commit is the checkout as it is (the pull request then
 * changes no policy), named as the base in the event.
 */
function baseCommit(run: ActionRun): void {
  const event = run.event as { pull_request?: { base?: { sha?: string } } } | undefined;
  const base = event?.pull_request?.base;
  if (!base) return;
  const made = madeBases.get(run.workspace);
  if (made) base.sha = made;
  else if (!isRepository(run.workspace)) {
    base.sha = commitAll(run.workspace, 'base');
    madeBases.set(run.workspace, base.sha);
  }
}

/** The base commits made for checkouts that had no repository. */
const madeBases = new Map<string, string>();

/** The runner's files and environment for one run: INPUT_*, GITHUB_*, the output, summary and event files. */
function prepare(run: ActionRun): { dir: string; env: NodeJS.ProcessEnv; outputFile: string; summaryFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sg-guard-runner-'));
  baseCommit(run);
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary.md');
  const eventFile = join(dir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(run.event ?? {}));
  const env: NodeJS.ProcessEnv = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: run.workspace,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: run.eventName ?? 'pull_request',
    GITHUB_REPOSITORY: run.repository ?? 'acme/infra',
    GITHUB_SHA: 'e4a1c0ffee0000000000000000000000000000aa',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: dir,
  };
  if (run.apiUrl) env.GITHUB_API_URL = run.apiUrl;
  for (const [k, v] of Object.entries(run.inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return { dir, env, outputFile, summaryFile };
}

function result(status: number | null, stdout: string, stderr: string, files: { outputFile: string; summaryFile: string }): ActionResult {
  return { status, stdout, stderr, outputs: parseOutputs(readFileSync(files.outputFile, 'utf8')), summary: readFileSync(files.summaryFile, 'utf8'), commands: parseCommands(stdout) };
}

/** Variables of the runner's kind: a run sees only its own. */
const RUNNER_VARIABLE = /^(?:INPUT_|GITHUB_|RUNNER_)|^(?:CI|ACTIONS_.*)$/;

/** Client timings for tests: the same requests in the same order, without the seconds between them. */
export const TEST_TIMINGS: ClientTimings = { writeSpacingMs: 0, notificationSpacingMs: 0, retryAfterUnitMs: 1 };

/**
 * Runs the Action of src/ in this process (`run()` of src/main.ts) as the
 * runner would run it: its environment, working directory and stdout for the
 * time of the run, then the step's exit status (core.setFailed's
 * process.exitCode), outputs, job summary and workflow commands. The GitHub
 * client waits for nothing (TEST_TIMINGS), unless `timings` says otherwise.
 */
export function runAction(run: ActionRun, timings: ClientTimings = TEST_TIMINGS): Promise<ActionResult> {
  return exclusive(async () => {
    const files = prepare(run);
    const saved = { ...process.env };
    for (const key of Object.keys(process.env)) if (RUNNER_VARIABLE.test(key)) delete process.env[key];
    Object.assign(process.env, files.env);
    const write = process.stdout.write;
    let stdout = '';
    process.stdout.write = ((chunk: string | Uint8Array) => {
      stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    }) as typeof process.stdout.write;
    const exitCode = process.exitCode;
    process.exitCode = undefined;
    let status: number;
    try {
      await inDirectory(run.workspace, () => runSource({ client: { timings } }));
      status = Number(process.exitCode ?? 0);
    } finally {
      process.stdout.write = write;
      process.exitCode = exitCode;
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
    return result(status, stdout, '', files);
  });
}

/** Runs the built Action (`node dist/index.js`) in a child process, exactly as the runner does: the bundle's smoke tests. */
export async function runBuiltAction(run: ActionRun): Promise<ActionResult> {
  const files = prepare(run);
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'index.js')], { cwd: run.workspace, env: { PATH: process.env.PATH, ...files.env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return result(status, stdout, stderr, files);
}

/** A fresh checkout: `files` maps repository paths to fixture paths (relative to the repository root) or contents. */
export function workspace(files: Record<string, string | { text: string }>): string {
  const ws = mkdtempSync(join(tmpdir(), 'sg-guard-ws-'));
  for (const [to, from] of Object.entries(files)) {
    const target = join(ws, to);
    mkdirSync(dirname(target), { recursive: true });
    if (typeof from === 'string') cpSync(join(ROOT, from), target);
    else writeFileSync(target, from.text);
  }
  return ws;
}

/** Replaces files in a checkout (a new commit). */
export function checkout(ws: string, files: Record<string, string | { text: string }>): void {
  for (const [to, from] of Object.entries(files)) {
    const target = join(ws, to);
    mkdirSync(dirname(target), { recursive: true });
    if (typeof from === 'string') cpSync(join(ROOT, from), target);
    else writeFileSync(target, from.text);
  }
}
