/**
 * Reads `terraform show -json` output and turns every way it can go wrong into
 * one-line InputErrors that say what the file is and what to run instead.
 * Real users hand us binary plans, human-readable plan text, UTF-16 files from
 * PowerShell, output polluted by the setup-terraform wrapper, truncated
 * artifacts and raw state files; each gets its own message.
 *
 * Two readers give the same result: small inputs are decoded and parsed whole
 * (JSON.parse is fastest there); inputs above SCAN_THRESHOLD are scanned in
 * bounded windows by scan.ts, which parses only what the model needs, so
 * plans of hundreds of MB (beyond what one JavaScript string can hold) load
 * in a fraction of the time and memory.
 */
import { constants as bufferConstants } from 'node:buffer';
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeCodePoint, findJsonSyntaxError, lineColumn } from './json-error.js';
import {
  ScanError,
  ScanLimitError,
  codePointAt,
  fileSource,
  indexOfByte,
  isBlank,
  isValidUtf8,
  lineAndColumn,
  memorySource,
  readText,
  scanJson,
  summarizeLines,
  trimmedEnd,
  type ByteSource,
  type Scanned,
} from './scan.js';
import { checkShape } from './shape.js';
import { isWorkflowCommand } from './workflow-command.js';
import { InputError, isJsonObject, type JsonObject, type JsonValue, type LoadedPlan, type ReadSpec, type TfPlanJson } from './types.js';

const SHOW_JSON = '`terraform show -json PLANFILE > plan.json`';
const READS = `sg-guard reads the output of ${SHOW_JSON}`;

/** Inputs larger than this (bytes) are scanned rather than parsed whole. */
const SCAN_THRESHOLD = 16 * 1024 * 1024;
/** UTF-16 input is decoded into one string, which V8 caps at MAX_STRING_LENGTH characters. */
export const UTF16_MAX_BYTES = 2 * bufferConstants.MAX_STRING_LENGTH;

export interface LoadOptions {
  /** Scan inputs larger than this many bytes (default SCAN_THRESHOLD); 0 scans everything. */
  scanAbove?: number;
  /** The scanner's window in bytes (tests use tiny ones to cross every boundary). */
  windowSize?: number;
  /** What '-' reads: the process's stdin by default (the CLI's tests give their own). */
  stdin?: AsyncIterable<unknown>;
  /** The most bytes of one value the scanner holds as a string (tests lower it). */
  maxValueBytes?: number;
}

/**
 * Reads a plan file, or all of stdin when `file` is '-', and parses it.
 * `read` says what of it is read (the model's: MODEL_READS).
 */
export async function loadPlan(file: string, read: ReadSpec, options: LoadOptions = {}): Promise<LoadedPlan> {
  if (file === '-') return loadStream(options.stdin ?? stdinStream(), file, read, options);
  return loadFile(file, read, options);
}

/** Parses the bytes of `terraform show -json` output. Pure: `file` is only used in messages and `path`. */
export function parsePlan(bytes: Uint8Array, file: string, read: ReadSpec, options: LoadOptions = {}): LoadedPlan {
  if (bytes.length > (options.scanAbove ?? SCAN_THRESHOLD)) return scanSource(memorySource(bytes), file, read, options);
  return parseWhole(bytes, file, read);
}

/** The scanning reader on bytes in memory, whatever their size (tests compare it with parsePlan). */
export function scanPlan(bytes: Uint8Array, file: string, read: ReadSpec, options: Omit<LoadOptions, 'scanAbove'> = {}): LoadedPlan {
  return scanSource(memorySource(bytes), file, read, options);
}

function parseWhole(bytes: Uint8Array, file: string, read: ReadSpec): LoadedPlan {
  const label = labelOf(file);
  const notices: string[] = [];
  const text = decode(bytes, label, notices);
  const value = parseJsonText(text, label, notices);
  const plan = classify(value, label, notices, read);
  return { path: file, ...plan, notices };
}

// ---------------------------------------------------------------- reading

/** Messages say "stdin" rather than a bare '-'; control characters in a path must not break the one-line message. */
function labelOf(file: string): string {
  return file === '-' ? 'stdin' : oneLine(file, 500);
}

async function loadFile(file: string, read: ReadSpec, options: LoadOptions): Promise<LoadedPlan> {
  const label = labelOf(file);
  const cannotRead = (err: unknown): InputError => (err instanceof InputError ? err : new InputError(label, `cannot read file: ${readFailure(err)}`));
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    throw cannotRead(err);
  }
  try {
    const stat = await handle.stat().catch((err: unknown) => Promise.reject(cannotRead(err)));
    if (stat.isDirectory()) throw new InputError(label, `cannot read file: ${READ_FAILURES.EISDIR}`);
    // Pipes and process substitution (`<(terraform show -json tfplan)`) have no size: read them like stdin.
    if (!stat.isFile()) return await loadStream(handle.createReadStream({ autoClose: false }), file, read, options);
    if (stat.size > (options.scanAbove ?? SCAN_THRESHOLD)) return scanSource(fileSource(handle.fd, stat.size), file, read, options);
    const bytes = await handle.readFile().catch((err: unknown) => Promise.reject(cannotRead(err)));
    return parsePlan(bytes, file, read, options);
  } finally {
    await handle.close();
  }
}

function stdinStream(): AsyncIterable<unknown> {
  // Waiting on an interactive terminal would look like a hang.
  if (process.stdin.isTTY) {
    throw new InputError('stdin', `is a terminal, not a plan: pipe the output of \`terraform show -json PLANFILE\` into it`);
  }
  return process.stdin;
}

/**
 * Reads a stream (stdin, a pipe) to its end. Up to the scan threshold it stays
 * in memory; beyond, it goes on into a temporary file, which is then scanned
 * like any large file and removed.
 */
async function loadStream(stream: AsyncIterable<unknown>, file: string, read: ReadSpec, options: LoadOptions): Promise<LoadedPlan> {
  const label = labelOf(file);
  const threshold = options.scanAbove ?? SCAN_THRESHOLD;
  const chunks: Uint8Array[] = [];
  let size = 0;
  let spill: { dir: string; handle: FileHandle } | null = null;
  try {
    try {
      for await (const chunk of stream) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
        size += bytes.length;
        if (spill) {
          await writeAll(spill.handle, bytes, label);
          continue;
        }
        chunks.push(bytes);
        if (size > threshold) {
          spill = await spillFile(label);
          for (const c of chunks.splice(0)) await writeAll(spill.handle, c, label);
        }
      }
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw new InputError(label, `${file === '-' ? 'cannot read' : 'cannot read file'}: ${readFailure(err)}`);
    }
    if (!spill) return parsePlan(Buffer.concat(chunks), file, read, options);
    return scanSource(fileSource(spill.handle.fd, size), file, read, options);
  } finally {
    if (spill) {
      await spill.handle.close();
      await rm(spill.dir, { recursive: true, force: true });
    }
  }
}

async function spillFile(label: string): Promise<{ dir: string; handle: FileHandle }> {
  try {
    const dir = await mkdtemp(join(tmpdir(), 'sg-guard-stdin-'));
    try {
      return { dir, handle: await open(join(dir, 'input.json'), 'w+', 0o600) };
    } catch (err) {
      await rm(dir, { recursive: true, force: true });
      throw err;
    }
  } catch (err) {
    throw new InputError(label, `is too large to hold in memory and a temporary file could not be made: ${readFailure(err)}`);
  }
}

async function writeAll(handle: FileHandle, bytes: Uint8Array, label: string): Promise<void> {
  try {
    for (let done = 0; done < bytes.length; ) done += (await handle.write(bytes, done, bytes.length - done)).bytesWritten;
  } catch (err) {
    throw new InputError(label, `is too large to hold in memory and could not be written to a temporary file: ${readFailure(err)}`);
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
  ENOSPC: 'no space left on the device',
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
  if (startsWith(bytes, ZIP_MAGIC)) throw binaryPlan(label);
  if (isUtf16(bytes) && bytes.length > UTF16_MAX_BYTES) throw utf16TooLarge(label, bytes.length);
  const text = decodeText(bytes, notices);
  if (text.trim() === '') throw emptyInput(label);
  if (text.slice(0, 1024).includes('\0')) throw notText(label, bytes);
  return text;
}

function binaryPlan(label: string): InputError {
  return new InputError(label, `is a binary plan file (saved by \`terraform plan -out\`), not JSON: run ${SHOW_JSON} and pass plan.json`);
}

function emptyInput(label: string): InputError {
  return new InputError(label, `is empty: did \`terraform show -json\` fail? Check its error output and re-run ${SHOW_JSON}`);
}

function notText(label: string, head: Uint8Array): InputError {
  return new InputError(label, `is not text (it contains NUL bytes)${utf16Hint(head)}: ${READS}`);
}

function isUtf16(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

/** UTF-16 is decoded whole, and one JavaScript string holds at most MAX_STRING_LENGTH characters. */
function utf16TooLarge(label: string, size: number): InputError {
  const mb = (n: number): string => `${Math.floor(n / 2 ** 20)} MB`;
  return new InputError(
    label,
    `is UTF-16 and too large to decode (${mb(size)}; sg-guard decodes UTF-16 up to ${mb(UTF16_MAX_BYTES)}, UTF-8 of any size): ` +
      're-encode it as UTF-8, e.g. `iconv -f UTF-16 -t UTF-8 plan.json > plan-utf8.json`, or write UTF-8 in the first place ' +
      '(PowerShell: `terraform show -json PLANFILE | Out-File -Encoding utf8 plan.json`)',
  );
}

const UTF8_NOTICE = 'is not valid UTF-8; invalid bytes were replaced with U+FFFD (was the file re-saved in another encoding?)';

/** UTF-8 (BOM optional) or UTF-16 with a BOM. TextDecoder drops the BOM itself. */
function decodeText(bytes: Uint8Array, notices: string[]): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(evenLength(bytes));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(evenLength(bytes));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Terraform writes UTF-8, but an editor or a Windows code page may have re-saved
    // it; bad bytes are almost always inside descriptions, so read on and say so.
    notices.push(UTF8_NOTICE);
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
  if (wrapped && body.trim() === '') throw onlyWrapperLines(label);
  rejectKnownNonJson(body, label);
  throw syntaxError(text, wrapped, label);
}

function onlyWrapperLines(label: string): InputError {
  return new InputError(
    label,
    'holds only setup-terraform wrapper lines and no plan JSON: did `terraform show -json` fail? ' +
      'Check the step log, and set `terraform_wrapper: false` on setup-terraform',
  );
}

// ------------------------------------------- setup-terraform wrapper pollution

/**
 * hashicorp/setup-terraform with `terraform_wrapper: true` runs terraform through
 * @actions/exec, which echoes `[command]<path>/terraform-bin <args>` first; older
 * wrappers then print `::debug::…` (and `::set-output …::`) workflow commands.
 * Everything goes to stdout, so `> plan.json` captures it all.
 */
const COMMAND_LINE = /^\[command\][^\n]*\n/;

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
    if (isWorkflowCommand(line)) removedWorkflowCommands = true;
    else if (line.trim() !== '') break;
  }
  if (!head && !removedWorkflowCommands) return null;
  return { body: lines.slice(0, end).join('\n'), prefixLength, removedCommand: head !== null, removedWorkflowCommands };
}

function wrapperNotice(w: Pick<Unwrapped, 'removedCommand' | 'removedWorkflowCommands'>): string {
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
  return isJsonObject(value) && '@level' in value && '@message' in value;
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
  return syntaxMessage(label, problem, `line ${line}, column ${column}`, wrapped !== null);
}

function syntaxMessage(label: string, problem: { truncated: boolean; description: string }, where: string, wrapped: boolean): InputError {
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

// ---------------------------------------------------------------- large inputs: scanning

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const HEAD_BYTES = 64 * 1024;
/** How much of a large input that fails to parse is searched for signs of other content (plan text, UI logs, HCL). */
const PREFIX_BYTES = 4 * 1024 * 1024;

type Problem = Pick<ScanError, 'offset' | 'truncated' | 'description'>;

/**
 * The scanning reader. It makes the same checks, in the same order, with the
 * same messages as decode + parseJsonText + classify, on bytes it reads in
 * windows; line and column are counted only when there is an error to place.
 */
export function scanSource(source: ByteSource, file: string, read: ReadSpec, options: Omit<LoadOptions, 'scanAbove'> = {}): LoadedPlan {
  const label = labelOf(file);
  const notices: string[] = [];
  const chunk = options.windowSize;
  const head = readBytes(source, 0, Math.min(source.size, HEAD_BYTES));
  if (startsWith(head, ZIP_MAGIC)) throw binaryPlan(label);
  if (isUtf16(head)) {
    // UTF-16 keeps the decode-and-parse path, as far as one string can hold it.
    if (source.size > UTF16_MAX_BYTES) throw utf16TooLarge(label, source.size);
    return parseWhole(readBytes(source, 0, source.size), file, read);
  }
  const textStart = startsWith(head, UTF8_BOM) ? UTF8_BOM.length : 0;
  const headText = new TextDecoder('utf-8', { ignoreBOM: true }).decode(head.subarray(textStart));
  if (headText.slice(0, 1024).includes('\0')) throw notText(label, head);

  // A leading `[command]` line of the setup-terraform wrapper: the JSON starts after it.
  const commandEnd = headText.startsWith('[command]') ? indexOfByte(source, 0x0a, textStart, source.size, chunk) : -1;
  const bodyStart = commandEnd >= 0 ? commandEnd + 1 : textStart;
  const scanOptions = {
    keepTypes: read.types,
    priorStateTypes: read.priorStateTypes,
    priorStateProjection: read.priorStateProjection,
    unreadAttributes: read.unreadAttributes,
    windowSize: chunk,
    ...(options.maxValueBytes === undefined ? {} : { maxValueBytes: options.maxValueBytes }),
  };
  const attemptScan = (scan: () => Scanned): Scanned | ScanError => {
    try {
      return scan();
    } catch (err) {
      if (err instanceof ScanError) return err;
      if (err instanceof ScanLimitError) {
        const { line, column } = lineAndColumn(source, textStart, err.offset, chunk);
        throw new InputError(label, `holds a value at line ${line}, column ${column} larger than sg-guard can read (${Math.floor(err.limit / 2 ** 20)} MB in one value): ${READS}`);
      }
      throw err;
    }
  };
  const first = attemptScan(() => scanJson(source, bodyStart, source.size, scanOptions));
  const utf8Valid = (scanned: Scanned): boolean =>
    isValidUtf8(source, scanned.readEnd, source.size, chunk, scanned.utf8) && isValidUtf8(source, textStart, bodyStart, chunk);
  const done = (scanned: Scanned, removedWorkflowCommands: boolean): LoadedPlan => {
    if (!utf8Valid(scanned)) notices.push(UTF8_NOTICE);
    if (commandEnd >= 0 || removedWorkflowCommands) notices.push(wrapperNotice({ removedCommand: commandEnd >= 0, removedWorkflowCommands }));
    return { path: file, ...classify(scanned.value, label, notices, read), notices };
  };
  if (!(first instanceof ScanError) && first.trailer === null) return done(first, false);

  // Something other than whitespace follows the JSON, or it does not parse. As
  // stripWrapper does: from the end, blank lines and workflow-command lines
  // (`::debug::…`) go; the last other line ends the body.
  let lines;
  if (first instanceof ScanError) {
    const at = first.truncated ? source.size : first.offset;
    const { lineStart } = lineAndColumn(source, bodyStart, at, chunk);
    lines = summarizeLines(source, lineStart, source.size, chunk);
    if (lines.lastKeptEnd < 0) {
      // Only removable lines from the problem on: the body ends with the last non-blank line before them.
      const lastText = trimmedEnd(source, bodyStart, lineStart, chunk);
      lines.lastKeptEnd = lastText > bodyStart ? indexOfByte(source, 0x0a, lastText, lineStart, chunk) : bodyStart;
    }
  } else {
    // The value is complete; the line it ends on ends the body at the earliest.
    const newline = indexOfByte(source, 0x0a, first.valueEnd, source.size, chunk);
    const valueLineEnd = newline < 0 ? source.size : newline;
    lines = newline < 0 ? { lastKeptEnd: -1, workflowCommandsAfter: false } : summarizeLines(source, newline + 1, source.size, chunk);
    if (lines.lastKeptEnd < 0) lines.lastKeptEnd = valueLineEnd;
  }
  const wrapped = commandEnd >= 0 || lines.workflowCommandsAfter;
  const trailerProblem = (at: number): Problem => ({
    offset: at,
    truncated: false,
    description: `unexpected ${describeCodePoint(codePointAt(source, at))} after the end of the JSON value`,
  });

  if (!wrapped) {
    if (first instanceof ScanError && isBlank(source, textStart, source.size, chunk)) throw emptyInput(label);
    rejectKnownNonJson(readText(source, textStart, Math.min(source.size, textStart + PREFIX_BYTES)), label);
    const problem = first instanceof ScanError ? first : trailerProblem(first.trailer ?? first.valueEnd);
    throw scannedSyntaxError(source, label, problem, textStart, textStart, source.size, false, chunk);
  }

  const bodyEnd = lines.lastKeptEnd;
  if (isBlank(source, bodyStart, bodyEnd, chunk)) throw onlyWrapperLines(label);
  let result: Scanned | ScanError = first;
  if (first instanceof ScanError) {
    // Parse the body alone: the end of the text decides what counts as cut off.
    result = attemptScan(() => scanJson(source, bodyStart, bodyEnd, scanOptions));
  } else if (first.trailer !== null && first.trailer >= bodyEnd) {
    result = { ...first, trailer: null };
  }
  if (!(result instanceof ScanError) && result.trailer === null) return done(result, lines.workflowCommandsAfter);
  rejectKnownNonJson(readText(source, bodyStart, Math.min(bodyEnd, bodyStart + PREFIX_BYTES)), label);
  const problem = result instanceof ScanError ? result : trailerProblem(result.trailer ?? result.valueEnd);
  throw scannedSyntaxError(source, label, problem, textStart, bodyStart, bodyEnd, true, chunk);
}

/** syntaxError for the scanner: offsets are bytes, the JSON text is [start, end) and lines count from textStart. */
function scannedSyntaxError(
  source: ByteSource,
  label: string,
  problem: Problem,
  textStart: number,
  start: number,
  end: number,
  wrapped: boolean,
  chunk: number | undefined,
): InputError {
  // As findJsonSyntaxError: a text cut inside a string fails on its trailing whitespace, which counts as truncation.
  const lastText = trimmedEnd(source, start, end, chunk);
  const truncated = problem.truncated || problem.offset >= lastText;
  const { line, column } = lineAndColumn(source, textStart, truncated ? lastText : problem.offset, chunk);
  return syntaxMessage(label, { truncated, description: problem.description }, `line ${line}, column ${column}`, wrapped);
}

function readBytes(source: ByteSource, from: number, to: number): Uint8Array {
  const bytes = Buffer.allocUnsafe(to - from);
  let filled = 0;
  while (filled < bytes.length) {
    const n = source.read(bytes, filled, bytes.length - filled, from + filled);
    if (n <= 0) break;
    filled += n;
  }
  return bytes.subarray(0, filled);
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

function classify(value: JsonValue, label: string, notices: string[], read: ReadSpec): Classified {
  if (!isJsonObject(value)) throw notPlanOrState(label, `the top level is ${describeType(value)}, not an object`);
  if (isRawState(value)) {
    throw new InputError(label, 'is a raw state file; run `terraform show -json` to get the JSON sg-guard reads');
  }
  if (isUiMessage(value)) throw uiLogError(label);
  dropNullSections(value);
  const kind = kindOf(value);
  if (!kind) throw notPlanOrState(label, 'no format_version / planned_values / resource_changes / values');
  checkSectionTypes(value, label);
  checkShape(value, label, read.types);
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
    return typeof obj.lineage === 'string' || resources.some((r) => isJsonObject(r) && Array.isArray(r.instances));
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
  if (isJsonObject(values) && (hasFormat || isJsonObject(values.root_module))) return 'state';
  if (hasFormat && Object.keys(obj).every((key) => EMPTY_STATE_KEYS.has(key))) return 'state';
  return null;
}

/** A section of the wrong type is bad input to report, not a crash later on. */
function checkSectionTypes(obj: JsonObject, label: string): void {
  for (const [key, want] of Object.entries(SECTION_TYPES)) {
    const got = obj[key];
    if (got === undefined) continue;
    const ok = want === 'array' ? Array.isArray(got) : isJsonObject(got);
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
  if (major === undefined) {
    throw new InputError(label, `unsupported format_version ${oneLine(raw, 40)}: it is no MAJOR.MINOR version such as 1.2; ${READS}`);
  }
  if (!SUPPORTED_MAJORS.has(major)) {
    throw new InputError(label, `unsupported format_version ${oneLine(raw, 40)} (sg-guard reads 0.x and 1.x from Terraform 0.12+ and OpenTofu)`);
  }
  return raw;
}

// ---------------------------------------------------------------- helpers

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
