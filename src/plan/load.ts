/**
 * Reads `terraform show -json` output and turns every way it can go wrong into
 * one-line InputErrors that say what the file is and what to run instead.
 * Real users hand us binary plans, human-readable plan text, UTF-16 files from
 * PowerShell, output polluted by the setup-terraform wrapper, truncated
 * artifacts and raw state files; each gets its own message.
 */
import { readFile } from 'node:fs/promises';
import { findJsonSyntaxError, lineColumn } from './json-error.js';
import { InputError, type JsonObject, type JsonValue, type LoadedPlan, type TfPlanJson } from './types.js';

const SHOW_JSON = '`terraform show -json PLANFILE > plan.json`';
const READS = `sg-guard reads the output of ${SHOW_JSON}`;

/** Reads a plan file, or all of stdin when `file` is '-', and parses it. */
export async function loadPlan(file: string): Promise<LoadedPlan> {
  const bytes = file === '-' ? await readStdin() : await readPlanFile(file);
  return parsePlan(bytes, file);
}

/** Parses the bytes of `terraform show -json` output. Pure: `file` is only used in messages and `path`. */
export function parsePlan(bytes: Uint8Array, file: string): LoadedPlan {
  const label = labelOf(file);
  const notices: string[] = [];
  const text = decode(bytes, label, notices);
  const value = parseJsonText(text, label, notices);
  const plan = classify(value, label, notices);
  return { path: file, ...plan, notices };
}

// ---------------------------------------------------------------- reading

/** Messages say "stdin" rather than a bare '-'; control characters in a path must not break the one-line message. */
function labelOf(file: string): string {
  return file === '-' ? 'stdin' : oneLine(file, 500);
}

async function readPlanFile(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (err) {
    throw new InputError(labelOf(file), `cannot read file: ${readFailure(err)}`);
  }
}

async function readStdin(): Promise<Uint8Array> {
  // Waiting on an interactive terminal would look like a hang.
  if (process.stdin.isTTY) {
    throw new InputError('stdin', `is a terminal, not a plan: pipe the output of \`terraform show -json PLANFILE\` into it`);
  }
  try {
    const chunks: Uint8Array[] = [];
    for await (const chunk of process.stdin) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array));
    }
    return Buffer.concat(chunks);
  } catch (err) {
    throw new InputError('stdin', `cannot read: ${readFailure(err)}`);
  }
}

const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
};

function readFailure(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && READ_FAILURES[code] !== undefined) return READ_FAILURES[code];
  return oneLine(err instanceof Error ? err.message : String(err), 200);
}

// ---------------------------------------------------------------- bytes to text

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function decode(bytes: Uint8Array, label: string, notices: string[]): string {
  // `terraform plan -out` writes a zip; check before decoding so the message is specific.
  if (startsWith(bytes, ZIP_MAGIC)) {
    throw new InputError(label, `is a binary plan file (saved by \`terraform plan -out\`), not JSON: run ${SHOW_JSON} and pass plan.json`);
  }
  const text = decodeText(bytes, notices);
  if (text.trim() === '') {
    throw new InputError(label, `is empty: did \`terraform show -json\` fail? Check its error output and re-run ${SHOW_JSON}`);
  }
  if (text.slice(0, 1024).includes('\0')) {
    throw new InputError(label, `is not text (it contains NUL bytes)${utf16Hint(bytes)}: ${READS}`);
  }
  return text;
}

/** UTF-8 (BOM optional) or UTF-16 with a BOM. TextDecoder drops the BOM itself. */
function decodeText(bytes: Uint8Array, notices: string[]): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(evenLength(bytes));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(evenLength(bytes));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Terraform writes UTF-8, but an editor or a Windows code page may have re-saved
    // it; bad bytes are almost always inside descriptions, so read on and say so.
    notices.push('is not valid UTF-8; invalid bytes were replaced with U+FFFD (was the file re-saved in another encoding?)');
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** A truncated UTF-16 file can end in half a character; drop it so the JSON error says "truncated". */
function evenLength(bytes: Uint8Array): Uint8Array {
  return bytes.length % 2 === 0 ? bytes : bytes.subarray(0, bytes.length - 1);
}

/** JSON starts with ASCII, so UTF-16 without a BOM shows a zero byte in every other position. */
function utf16Hint(bytes: Uint8Array): string {
  const [a, b] = [bytes[0], bytes[1]];
  if (a === undefined || b === undefined) return '';
  return (a !== 0 && b === 0) || (a === 0 && b !== 0) ? '; it looks like UTF-16 without a byte-order mark, so re-save it as UTF-8' : '';
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

// ---------------------------------------------------------------- text to JSON

type Parsed = { ok: true; value: JsonValue } | { ok: false };

function tryParse(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch {
    return { ok: false };
  }
}

function parseJsonText(text: string, label: string, notices: string[]): JsonValue {
  const direct = tryParse(text);
  if (direct.ok) return direct.value;
  const wrapped = stripWrapper(text);
  if (wrapped) {
    const again = tryParse(wrapped.body);
    if (again.ok) {
      notices.push(wrapperNotice(wrapped));
      return again.value;
    }
  }
  const body = wrapped?.body ?? text;
  if (wrapped && body.trim() === '') {
    throw new InputError(
      label,
      'holds only setup-terraform wrapper lines and no plan JSON: did `terraform show -json` fail? ' +
        'Check the step log, and set `terraform_wrapper: false` on setup-terraform',
    );
  }
  rejectKnownNonJson(body, label);
  throw syntaxError(text, wrapped, label);
}

// ------------------------------------------- setup-terraform wrapper pollution

/**
 * hashicorp/setup-terraform with `terraform_wrapper: true` runs terraform through
 * @actions/exec, which echoes `[command]<path>/terraform-bin <args>` first; older
 * wrappers then print `::debug::…` (and `::set-output …::`) workflow commands.
 * Everything goes to stdout, so `> plan.json` captures it all.
 */
const COMMAND_LINE = /^\[command\][^\n]*\n/;
const WORKFLOW_COMMAND_LINE = /^::[A-Za-z][\w-]*(?: [^\n]*?)?::/;

interface Unwrapped {
  body: string;
  /** Length of the removed `[command]` line, to map error offsets back to the file. */
  prefixLength: number;
  removedCommand: boolean;
  removedWorkflowCommands: boolean;
}

/** Removes only a leading `[command]` line and trailing `::…::` lines; null when neither is there. */
function stripWrapper(text: string): Unwrapped | null {
  const head = COMMAND_LINE.exec(text);
  const prefixLength = head ? head[0].length : 0;
  const lines = text.slice(prefixLength).split('\n');
  let end = lines.length;
  let removedWorkflowCommands = false;
  for (; end > 0; end -= 1) {
    const line = lines[end - 1] ?? '';
    if (WORKFLOW_COMMAND_LINE.test(line)) removedWorkflowCommands = true;
    else if (line.trim() !== '') break;
  }
  if (!head && !removedWorkflowCommands) return null;
  return { body: lines.slice(0, end).join('\n'), prefixLength, removedCommand: head !== null, removedWorkflowCommands };
}

function wrapperNotice(w: Unwrapped): string {
  const removed = [w.removedCommand ? 'a leading `[command]` line' : '', w.removedWorkflowCommands ? 'trailing `::debug::`/workflow-command lines' : '']
    .filter(Boolean)
    .join(' and ');
  return (
    `was captured through the hashicorp/setup-terraform wrapper; sg-guard removed ${removed}. ` +
    'Set `terraform_wrapper: false` on setup-terraform to write clean JSON'
  );
}

// ---------------------------------------------------------- recognisable non-JSON

/**
 * Phrases and line shapes that only appear in human-readable plan/show output.
 * Line patterns use [ \t]*, not \s*: with the m flag \s* spans newlines and
 * turns quadratic on long runs of blank lines.
 */
const HUMAN_READABLE = [
  /(?:Terraform|OpenTofu) will perform the following actions/,
  /(?:Terraform|OpenTofu) used the selected providers/,
  /No changes\. (?:Your infrastructure matches|Infrastructure is up-to-date)/,
  /^Plan: \d+ to add/m,
  /^[ \t]*# \S+ (?:will be|must be|has been|has changed|is tainted)/m,
  /^\S+: Refreshing state\.\.\./m,
  /^# \S+:\r?$/m, // `terraform show` of a state: "# aws_x.y:" above each resource
];

function rejectKnownNonJson(body: string, label: string): void {
  if (isUiLog(body)) throw uiLogError(label);
  // JSON, even cut short, starts with '{' here; text checks on it could match inside strings.
  const first = body.trimStart().charAt(0);
  if (first === '{' || first === '[') return;
  if (body.includes('\u001b[') || HUMAN_READABLE.some((re) => re.test(body))) {
    throw new InputError(label, `is the human-readable output of \`terraform plan\` or \`terraform show\`, not JSON: run ${SHOW_JSON} and pass plan.json`);
  }
  const error = /^(?:[│|] )?Error: (.+)$/m.exec(body);
  if (error) {
    throw new InputError(label, `holds a Terraform error message instead of plan JSON ("Error: ${oneLine(error[1] ?? '', 120)}"): fix it, then re-run ${SHOW_JSON}`);
  }
  if (/^[ \t]*(?:resource|variable|provider|module|terraform|locals|data|output)\b[^\n{]*\{[ \t]*\r?$/m.test(body)) {
    throw new InputError(label, `looks like Terraform configuration (HCL), not plan output: run \`terraform plan -out=PLANFILE\`, then ${SHOW_JSON}`);
  }
}

/** `terraform plan -json` streams one UI message object per line, each with "@level" and "@message". */
function isUiLog(body: string): boolean {
  const firstLine = body.trimStart().split('\n', 1)[0] ?? '';
  const parsed = tryParse(firstLine);
  return parsed.ok && isUiMessage(parsed.value);
}

function isUiMessage(value: JsonValue): boolean {
  return isObject(value) && '@level' in value && '@message' in value;
}

function uiLogError(label: string): InputError {
  return new InputError(
    label,
    `is the streaming log of \`terraform plan -json\`, not a plan: save the plan with \`terraform plan -out=PLANFILE\`, then run ${SHOW_JSON}`,
  );
}

function syntaxError(text: string, wrapped: Unwrapped | null, label: string): InputError {
  const body = wrapped?.body ?? text;
  const problem = findJsonSyntaxError(body);
  if (!problem) {
    // JSON.parse and the locator disagree: should not happen, but never hide the failure.
    return new InputError(label, `is not valid JSON: ${READS}`);
  }
  // Offsets into the unwrapped body map back to the file by the removed prefix.
  const { line, column } = lineColumn(text, problem.offset + (wrapped?.prefixLength ?? 0));
  const where = `line ${line}, column ${column}`;
  if (wrapped) {
    return new InputError(
      label,
      `was captured through the hashicorp/setup-terraform wrapper and is not valid JSON even without the wrapper's lines ` +
        `(${problem.truncated ? 'ends unexpectedly' : problem.description} at ${where}): ` +
        'set `terraform_wrapper: false` on setup-terraform and re-run `terraform show -json`',
    );
  }
  if (problem.truncated) {
    return new InputError(label, `ends unexpectedly at ${where}: the file looks truncated; re-create it with ${SHOW_JSON}`);
  }
  return new InputError(label, `is not valid JSON: ${problem.description} at ${where}; ${READS}`);
}

// ---------------------------------------------------------------- JSON to plan

type Classified = Pick<LoadedPlan, 'kind' | 'terraformVersion' | 'formatVersion' | 'json'>;

const PLAN_SECTIONS = ['planned_values', 'resource_changes', 'configuration', 'prior_state'] as const;
/** `terraform show -json` on an empty state prints only these. */
const EMPTY_STATE_KEYS = new Set(['format_version', 'terraform_version']);
const SUPPORTED_MAJORS = new Set(['0', '1']);
/** Top-level sections downstream code walks, and the JSON type each must have. */
const SECTION_TYPES: Record<string, 'object' | 'array'> = {
  planned_values: 'object',
  resource_changes: 'array',
  resource_drift: 'array',
  configuration: 'object',
  prior_state: 'object',
  values: 'object',
  variables: 'object',
};

function classify(value: JsonValue, label: string, notices: string[]): Classified {
  if (!isObject(value)) throw notPlanOrState(label, `the top level is ${describeType(value)}, not an object`);
  if (isRawState(value)) {
    throw new InputError(label, 'is a raw state file; run `terraform show -json` to get the JSON sg-guard reads');
  }
  if (isUiMessage(value)) throw uiLogError(label);
  dropNullSections(value);
  const kind = kindOf(value);
  if (!kind) throw notPlanOrState(label, 'no format_version / planned_values / resource_changes / values');
  checkSectionTypes(value, label);
  return {
    kind,
    formatVersion: readFormatVersion(value, kind, label, notices),
    terraformVersion: typeof value.terraform_version === 'string' ? value.terraform_version : null,
    json: value as TfPlanJson,
  };
}

function notPlanOrState(label: string, why: string): InputError {
  return new InputError(label, `is JSON but not Terraform plan or state output (${why}); ${READS}`);
}

/**
 * A terraform.tfstate as stored by a backend: numeric "version" plus "resources"
 * (v4, Terraform 0.12+) or "modules" (v3, Terraform 0.11), with a "lineage".
 */
function isRawState(obj: JsonObject): boolean {
  if (typeof obj.version !== 'number') return false;
  const resources = obj.resources;
  if (Array.isArray(resources)) {
    return typeof obj.lineage === 'string' || resources.some((r) => isObject(r) && Array.isArray(r.instances));
  }
  return Array.isArray(obj.modules) && typeof obj.lineage === 'string';
}

/** Some producers write `"resource_changes": null`; treat it as absent so the types stay honest. */
function dropNullSections(obj: JsonObject): void {
  for (const key of Object.keys(SECTION_TYPES)) {
    if (obj[key] === null) delete obj[key];
  }
}

function kindOf(obj: JsonObject): LoadedPlan['kind'] | null {
  const hasFormat = 'format_version' in obj;
  // Without format_version, insist on a section sg-guard reads, so an unrelated JSON
  // file with a "configuration" key is rejected instead of silently "passing".
  const planSections = hasFormat ? PLAN_SECTIONS : (['planned_values', 'resource_changes'] as const);
  if (planSections.some((key) => key in obj)) return 'plan';
  const values = obj.values;
  if (isObject(values) && (hasFormat || isObject(values.root_module))) return 'state';
  if (hasFormat && Object.keys(obj).every((key) => EMPTY_STATE_KEYS.has(key))) return 'state';
  return null;
}

/** A section of the wrong type is bad input to report, not a crash later on. */
function checkSectionTypes(obj: JsonObject, label: string): void {
  for (const [key, want] of Object.entries(SECTION_TYPES)) {
    const got = obj[key];
    if (got === undefined) continue;
    const ok = want === 'array' ? Array.isArray(got) : isObject(got);
    if (!ok) {
      throw new InputError(label, `is not valid Terraform plan or state output: "${key}" should be an ${want} but is ${describeType(got)}; ${READS}`);
    }
  }
}

function readFormatVersion(obj: JsonObject, kind: LoadedPlan['kind'], label: string, notices: string[]): string | null {
  const raw = obj.format_version;
  if (typeof raw !== 'string') {
    const what = raw === undefined ? 'has no format_version' : `has a format_version that is ${describeType(raw)}, not a string`;
    notices.push(`${what}; reading it as ${kind} output anyway (was it produced by \`terraform show -json\`?)`);
    return null;
  }
  const major = /^(\d+)\.\d+/.exec(raw)?.[1];
  if (major === undefined || !SUPPORTED_MAJORS.has(major)) {
    throw new InputError(label, `unsupported format_version ${oneLine(raw, 40)} (sg-guard reads 0.x and 1.x from Terraform 0.12+ and OpenTofu)`);
  }
  return raw;
}

// ---------------------------------------------------------------- helpers

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeType(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Text from the input may hold newlines or escape codes; messages must stay one clean line. */
function oneLine(text: string, max: number): string {
  const clean = text.replace(/\p{Cc}/gu, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
