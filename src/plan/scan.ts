/**
 * Reads `terraform show -json` output of any size without holding it as one
 * string. A structure-aware scan of the UTF-8 bytes, read through a window of
 * fixed size, fully parses only what the model needs and skips everything
 * else byte-wise, validating it as strictly as JSON.parse does:
 *
 * - top-level scalars and the whole `configuration` (references reach across it);
 * - in `resource_changes` and `values`, resources whose type is in keepTypes
 *   (the caller's ReadSpec: src/model/resource-types.ts); a no-op change's identical before and after
 *   are parsed once and share one object;
 * - in `prior_state.values`, resources of priorStateTypes only, and of
 *   those only what priorStateProjection keeps;
 * - in `planned_values`, needed resources are only located, and parsed (read
 *   again) after the scan if `resource_changes` lacks their address, which is
 *   when the model reads them (settleDeferred).
 *
 * The result has the shape of the fully parsed document: sections the model
 * does not read become empty objects or arrays of the same type, and a
 * resource of a type it does not need is dropped, except for one small stub
 * per module instance path (address, type, no values) so that module
 * instance keys stay discoverable, as they are from the whole plan.
 * test/plan/scan.test.ts holds the two readers to the same model.
 *
 * Syntax errors carry a byte offset and the same description the text
 * locator (json-error.ts) gives; load.ts turns them into line and column.
 * Hot loops work on a local copy of the window position and rely on a zero
 * sentinel byte just past the valid bytes, so they test for the window's end
 * only when they stop on a byte of interest.
 */
import { constants as bufferConstants, isUtf8 } from 'node:buffer';
import { readSync } from 'node:fs';
import { describeCodePoint } from './json-error.js';
import { isJsonObject, type JsonObject, type JsonValue } from './types.js';
import { workflowCommandStart } from './workflow-command.js';

/** Bytes read per window: large enough that system calls do not matter, small enough to be no memory at all. */
const DEFAULT_WINDOW_SIZE = 1 << 20;
/** The scanner needs at most 6 bytes at once (a \\uXXXX escape); any window from there up works. */
export const MIN_WINDOW_SIZE = 6;
/** Module trees nested deeper than this are parsed whole instead of walked (hostile input only). */
const MAX_MODULE_DEPTH = 500;

/** Random access to the bytes of the input: a file descriptor or a buffer. */
export interface ByteSource {
  readonly size: number;
  /** Reads up to `length` bytes at `position` into `target` from `offset`; returns how many (0 at the end). */
  read(target: Uint8Array, offset: number, length: number, position: number): number;
}

export function memorySource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read(target, offset, length, position) {
      const n = Math.max(0, Math.min(length, bytes.length - position));
      target.set(bytes.subarray(position, position + n), offset);
      return n;
    },
  };
}

export function fileSource(fd: number, size: number): ByteSource {
  return {
    size,
    read: (target, offset, length, position) => (length <= 0 ? 0 : readSync(fd, target, offset, length, position)),
  };
}

/** A syntax error at a byte offset, worded like json-error.ts words it. */
export class ScanError extends Error {
  constructor(
    /** Byte offset of the problem (for `truncated`, the end of the scanned range). */
    readonly offset: number,
    /** The bytes simply stop mid-value. */
    readonly truncated: boolean,
    readonly description: string,
  ) {
    super(description);
    this.name = 'ScanError';
  }
}

/**
 * A value the scanner must hold as one string (a kept resource, a long
 * string) is larger than one JavaScript string can be: bad input, not a crash.
 */
export class ScanLimitError extends Error {
  constructor(
    /** Byte offset where the value starts. */
    readonly offset: number,
    readonly limit: number,
  ) {
    super(`a value larger than ${limit} bytes`);
    this.name = 'ScanLimitError';
  }
}

/** The most bytes of one value the scanner decodes into a string: what one JavaScript string can hold. */
const MAX_VALUE_BYTES = bufferConstants.MAX_STRING_LENGTH;

interface ScanOptions {
  /** Resource types to parse; other resources are skipped. */
  keepTypes: ReadonlySet<string>;
  /** Resource types to parse in `prior_state` (default: keepTypes). */
  priorStateTypes?: ReadonlySet<string>;
  /**
   * Attributes of resource values the model never reads (resource_changes
   * before and after): left out of kept resources, which then take less
   * memory and time to parse.
   */
  unreadAttributes?: readonly string[];
  /** What to keep of each prior_state resource parsed (default: all of it). */
  priorStateProjection?: (resource: JsonObject) => JsonObject;
  /** Window size in bytes (tests use tiny ones to cross every boundary). */
  windowSize?: number;
  /** The most bytes of one value held as a string (default MAX_VALUE_BYTES; tests lower it). */
  maxValueBytes?: number;
}

export interface Scanned {
  value: JsonValue;
  /** Byte offset just after the top-level value. */
  valueEnd: number;
  /** Offset of the first non-whitespace byte after the value; null when only whitespace follows. */
  trailer: number | null;
  /** UTF-8 validation of the bytes read, [start, readEnd): continue it with isValidUtf8 to cover more. */
  utf8: Utf8Check;
  readEnd: number;
}

/** Scans the JSON text in [start, limit) of `source`. Throws ScanError on a syntax error. */
export function scanJson(source: ByteSource, start: number, limit: number, options: ScanOptions): Scanned {
  const scanner = new Scanner(source, start, limit, windowOf(options.windowSize), options);
  const value = scanner.document();
  scanner.settleDeferred(value);
  const valueEnd = scanner.offset();
  const next = scanner.ws();
  const trailer = next < 0 ? null : scanner.offset();
  return { value, valueEnd, trailer, utf8: scanner.utf8, readEnd: scanner.readEnd() };
}

function windowOf(size: number | undefined): number {
  return Math.max(MIN_WINDOW_SIZE, Math.floor(size ?? DEFAULT_WINDOW_SIZE));
}

// ---------------------------------------------------------------- bytes

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const NEWLINE = 0x0a;

/** 1 for the bytes a string holds as they are: not a quote, a backslash or a control character (so not the zero sentinel). */
const PLAIN = new Uint8Array(256);
for (let c = 0x20; c < 256; c++) PLAIN[c] = c === QUOTE || c === BACKSLASH ? 0 : 1;

/**
 * The first position from p whose byte is not PLAIN, testing four bytes at a
 * time where it can (most of a plan is short strings): a word has a quote, a
 * backslash or a control character exactly when these borrow tests say so.
 * `words` views the same bytes as `buf`, which the zero sentinel and padding
 * end in time.
 */
function plainEnd(buf: Uint8Array, words: Uint32Array, p: number): number {
  while ((p & 3) !== 0) {
    if (PLAIN[buf[p]!] !== 1) return p;
    p++;
  }
  for (;;) {
    const w = words[p >>> 2]!;
    const q = w ^ 0x22222222;
    const b = w ^ 0x5c5c5c5c;
    if (((((q - 0x01010101) | 0) & ~q) | (((b - 0x01010101) | 0) & ~b) | (((w - 0x20202020) | 0) & ~w)) & 0x80808080) break;
    p += 4;
  }
  while (PLAIN[buf[p]!] === 1) p++;
  return p;
}

const LITERALS = ['true', 'false', 'null'].map((w) => new TextEncoder().encode(w));
/** Keys of a resource object the scanner reads: their index is the key's id. */
const RESOURCE_KEYS = ['type', 'address', 'mode', 'change'] as const;
const RESOURCE_KEY_BYTES = RESOURCE_KEYS.map((k) => new TextEncoder().encode(k));
const KEY_TYPE = 0;
const KEY_ADDRESS = 1;
const KEY_MODE = 2;
const KEY_CHANGE = 3;
const CHANGE_KEYS = ['before', 'after'] as const;
const CHANGE_KEY_BYTES = CHANGE_KEYS.map((k) => new TextEncoder().encode(k));
const NULL_BYTES = new TextEncoder().encode('null');

/** Non-fatal like the decoder load.ts uses; a BOM inside the text is a character, not a marker. */
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

function decodeUtf8(bytes: Uint8Array): string {
  return utf8Decoder.decode(bytes);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** What may follow a number (the text locator tests /[\s,\]}]/; the non-ASCII \s characters are checked apart). */
function isAsciiNumberEnd(c: number): boolean {
  return c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** UTF-8 of every character above U+007F that JavaScript's \s matches (and String#trim removes). */
const UNICODE_SPACES = [
  [0xc2, 0xa0],
  [0xe1, 0x9a, 0x80],
  ...Array.from({ length: 11 }, (_, i) => [0xe2, 0x80, 0x80 + i]),
  [0xe2, 0x80, 0xa8],
  [0xe2, 0x80, 0xa9],
  [0xe2, 0x80, 0xaf],
  [0xe2, 0x81, 0x9f],
  [0xe3, 0x80, 0x80],
  [0xef, 0xbb, 0xbf],
];

/**
 * States of the number-prefix automaton: the text locator calls a number
 * truncated when everything from its start to the end of the text matches
 * -?(0|[1-9]\d*)?(\.\d*)?([eE][+-]?\d*)?
 */
const enum Num {
  Start,
  Minus,
  Zero,
  Int,
  Frac,
  Exp,
  ExpSign,
  ExpDigits,
}

function numberPrefixStep(state: Num, c: number): Num | -1 {
  const digit = isDigit(c);
  const dot = c === 0x2e;
  const exp = c === 0x65 || c === 0x45;
  switch (state) {
    case Num.Start:
    case Num.Minus:
      if (c === 0x2d && state === Num.Start) return Num.Minus;
      if (c === 0x30) return Num.Zero;
      if (digit) return Num.Int;
      return dot ? Num.Frac : exp ? Num.Exp : -1;
    case Num.Zero:
      return dot ? Num.Frac : exp ? Num.Exp : -1;
    case Num.Int:
      return digit ? Num.Int : dot ? Num.Frac : exp ? Num.Exp : -1;
    case Num.Frac:
      return digit ? Num.Frac : exp ? Num.Exp : -1;
    case Num.Exp:
      return c === 0x2b || c === 0x2d ? Num.ExpSign : digit ? Num.ExpDigits : -1;
    case Num.ExpSign:
    case Num.ExpDigits:
      return digit ? Num.ExpDigits : -1;
  }
}

/** Validates UTF-8 arriving in pieces, carrying a sequence cut at a piece's end over to the next. */
class Utf8Check {
  private valid = true;
  private readonly carry = new Uint8Array(4);
  private carried = 0;

  push(bytes: Uint8Array, from: number, to: number): void {
    if (!this.valid) return;
    let i = from;
    if (this.carried > 0) {
      const need = sequenceLength(this.carry[0] ?? 0);
      while (this.carried < need && i < to) this.carry[this.carried++] = bytes[i++] ?? 0;
      if (this.carried < need) return;
      this.valid = isUtf8(this.carry.subarray(0, this.carried));
      this.carried = 0;
      if (!this.valid) return;
    }
    let cut = to;
    for (let k = to - 1; k >= i && k >= to - 3; k--) {
      const c = bytes[k] ?? 0;
      if (c < 0x80) break;
      if (c >= 0xc0) {
        if (k + sequenceLength(c) > to) cut = k;
        break;
      }
    }
    if (cut > i && !isUtf8(bytes.subarray(i, cut))) {
      this.valid = false;
      return;
    }
    for (let k = cut; k < to; k++) this.carry[this.carried++] = bytes[k] ?? 0;
  }

  /** Whether everything pushed was valid; `complete` when no more bytes follow (a cut sequence is then invalid). */
  finish(complete: boolean): boolean {
    return this.valid && (!complete || this.carried === 0);
  }
}

function sequenceLength(lead: number): number {
  if (lead >= 0xf0) return 4;
  if (lead >= 0xe0) return 3;
  if (lead >= 0xc0) return 2;
  return 1;
}

/** Which resources a list keeps, and whether it is `resource_changes` (stubs then need a `change`). */
interface ResourceList {
  keep: ReadonlySet<string>;
  changes: boolean;
  /** Whether the model collects instances from this list (not so for prior_state). */
  stubs: boolean;
  /** planned_values: kept resources are parsed only if resource_changes lacks their address (see settleDeferred). */
  defer?: boolean;
  /** What to keep of a parsed resource object (prior_state). */
  project?: ((resource: JsonObject) => JsonObject) | undefined;
}

/** A kept planned_values resource, parsed after the scan only if it is needed. */
interface Deferred {
  list: JsonValue[];
  index: number;
  start: number;
  end: number;
  /** Its address, when it is a string. */
  address: string | undefined;
  /** Its mode is no "managed" or "data": the full reader refuses it, so it is read and checked even when resource_changes holds its address. */
  badMode: boolean;
}

/** Source offsets of the before and after values of a change object. */
interface ChangeSides {
  before: [number, number] | null;
  after: [number, number] | null;
  /** Members of the before and after values left out (unreadAttributes), as source ranges in order. */
  cuts: Array<[number, number]>;
}

/**
 * Parses a kept resource_changes entry (its bytes from source offset `start`).
 * A no-op change has byte-identical before and after values: those are parsed
 * once and the one object serves both sides (nothing in the model writes to
 * instance values). That halves the work for most entries of a large plan.
 */
function parseChange(bytes: Uint8Array, start: number, sides: ChangeSides | null): JsonValue {
  const before = sides?.before;
  const after = sides?.after;
  const cuts = sides?.cuts ?? [];
  const same =
    before && after && after[1] - after[0] === before[1] - before[0] && after[1] - after[0] >= 64
      ? Buffer.compare(bytes.subarray(before[0] - start, before[1] - start), bytes.subarray(after[0] - start, after[1] - start)) === 0
      : false;
  if (!same || !after) return JSON.parse(decodeUtf8(withoutCuts(bytes, start, cuts))) as JsonValue;
  // The after value becomes null (and its cuts go with it): parsed once, as the before value.
  const edits: Array<[number, number, Uint8Array?]> = cuts.filter(([from]) => from < after[0] || from >= after[1]);
  edits.push([after[0], after[1], NULL_BYTES]);
  edits.sort((x, y) => x[0] - y[0]);
  const parsed = JSON.parse(decodeUtf8(withoutCuts(bytes, start, edits))) as { change: { before: JsonValue; after: JsonValue } };
  parsed.change.after = parsed.change.before;
  return parsed as unknown as JsonValue;
}

/** The bytes (from source offset `start`) without the ranges `cuts` (in order, possibly overlapping), each replaced by its third element if any. */
function withoutCuts(bytes: Uint8Array, start: number, cuts: ReadonlyArray<readonly [number, number, Uint8Array?]>): Uint8Array {
  if (cuts.length === 0) return bytes;
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const [from, to, insert] of cuts) {
    const f = Math.max(at, from - start);
    const t = to - start;
    if (t <= at) continue;
    parts.push(bytes.subarray(at, f));
    if (insert) parts.push(insert);
    at = t;
  }
  parts.push(bytes.subarray(at));
  return Buffer.concat(parts);
}

/** What a deferred resource's place holds until it is settled. */
const DEFERRED: JsonObject = Object.freeze({}) as JsonObject;

interface Stubs {
  keys: Set<string>;
  /** Bytes of the last key computed: most resources follow one of their module instance. */
  last: Uint8Array | null;
}

/** copyAddress found the address in the module instance of the last stub and did not copy it. */
const SAME_MODULE = -1;

const MODULE_PREFIX = [0x6d, 0x6f, 0x64, 0x75, 0x6c, 0x65, 0x2e]; // "module."

function startsWithModule(bytes: Uint8Array, at: number, length: number): boolean {
  if (length - at < MODULE_PREFIX.length) return false;
  for (let i = 0; i < MODULE_PREFIX.length; i++) if (bytes[at + i] !== MODULE_PREFIX[i]) return false;
  return true;
}

function setMember(obj: JsonObject, key: string, value: JsonValue): void {
  // JSON.parse makes "__proto__" an own property; assignment would set the prototype.
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

// ---------------------------------------------------------------- the scanner

class Scanner {
  /** The window, plus one byte for the zero sentinel at `end`. */
  private readonly buf: Buffer;
  /** The window's bytes as words, for plainEnd. */
  private readonly words: Uint32Array;
  /** Next byte to look at, and end of the valid bytes, in the window. */
  private pos = 0;
  private end = 0;
  /** Source offset of buf[0]. */
  private base: number;
  private stack: Uint8Array = new Uint8Array(256);
  readonly utf8 = new Utf8Check();

  /** Copying the bytes of a value being kept (one at a time), and of a string being read. */
  private capturing = false;
  private captureStart = 0;
  /** Source offsets where the capture and the string being read began, to bound their size. */
  private captureFrom = 0;
  private stringFrom = 0;
  private readonly maxValue: number;
  private captured: Uint8Array[] = [];
  private stringing = false;
  private stringStart = 0;
  private stringParts: Uint8Array[] = [];
  /** The address of the resource being read (copied; the window moves on). */
  private address = new Uint8Array(256);
  /** Decoded strings by a hash of their bytes (resource types and modes). */
  private readonly strings = new Map<number, Array<[Uint8Array, string]>>();
  private cachedStrings = 0;
  private readonly keep: ReadonlySet<string>;
  private readonly keepPrior: ReadonlySet<string>;
  private readonly projectPrior: ((resource: JsonObject) => JsonObject) | undefined;
  private readonly unread: readonly string[];
  private readonly unreadBytes: readonly Uint8Array[];
  /** Kept planned_values resources, settled after the scan. */
  private deferred: Deferred[] = [];

  constructor(
    private readonly src: ByteSource,
    start: number,
    private limit: number,
    private readonly windowSize: number,
    options: ScanOptions,
  ) {
    this.keep = options.keepTypes;
    this.keepPrior = options.priorStateTypes ?? options.keepTypes;
    this.projectPrior = options.priorStateProjection;
    this.unread = options.unreadAttributes ?? [];
    this.maxValue = options.maxValueBytes ?? MAX_VALUE_BYTES;
    this.unreadBytes = this.unread.map((k) => new TextEncoder().encode(k));
    // The sentinel, and padding so that plainEnd's last word is inside the buffer.
    const bytes = new ArrayBuffer((windowSize + 8) & ~3);
    this.buf = Buffer.from(bytes, 0, windowSize + 1);
    this.words = new Uint32Array(bytes);
    this.base = start;
  }

  offset(): number {
    return this.base + this.pos;
  }

  readEnd(): number {
    return this.base + this.end;
  }

  // ------------------------------------------------------------ window

  /** Reads more bytes into the window, keeping [pos, end); false at the end of the range. */
  private more(): boolean {
    const at = this.base + this.end;
    if (at >= this.limit) return false;
    const buf = this.buf;
    // Copies (Buffer#slice would be a view of the window, which is about to be overwritten).
    if (this.capturing && this.base + this.pos - this.captureFrom > this.maxValue) throw new ScanLimitError(this.captureFrom, this.maxValue);
    if (this.stringing && this.base + this.pos - this.stringFrom > this.maxValue) throw new ScanLimitError(this.stringFrom, this.maxValue);
    if (this.capturing && this.pos > this.captureStart) this.captured.push(Uint8Array.prototype.slice.call(buf, this.captureStart, this.pos));
    if (this.stringing && this.pos > this.stringStart) this.stringParts.push(Uint8Array.prototype.slice.call(buf, this.stringStart, this.pos));
    if (this.pos > 0) {
      buf.copyWithin(0, this.pos, this.end);
      this.base += this.pos;
      this.end -= this.pos;
      this.pos = 0;
    }
    this.captureStart = 0;
    this.stringStart = 0;
    const room = this.windowSize - this.end;
    // Never: nothing needs more than MIN_WINDOW_SIZE bytes at once.
    if (room <= 0) throw new Error('sg-guard: the plan scanner needed more than its window');
    const n = this.src.read(buf, this.end, Math.min(room, this.limit - at), at);
    if (n <= 0) {
      // The file shrank under us: treat what we have as all there is.
      this.limit = at;
      return false;
    }
    this.utf8.push(buf, this.end, this.end + n);
    this.end += n;
    buf[this.end] = 0;
    return true;
  }

  /** Makes n bytes available from pos; false when the range ends first. */
  private ensure(n: number): boolean {
    while (this.end - this.pos < n) if (!this.more()) return false;
    return true;
  }

  /** Skips JSON whitespace; returns the byte at pos, or -1 at the end of the range. */
  ws(): number {
    for (;;) {
      const buf = this.buf;
      const end = this.end;
      let pos = this.pos;
      while (pos < end) {
        const c = buf[pos]!;
        if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) {
          this.pos = pos;
          return c;
        }
        pos++;
      }
      this.pos = pos;
      if (!this.more()) return -1;
    }
  }

  /** Like ws(), but the end of the range here means the text was cut short. */
  private next(): number {
    const c = this.ws();
    if (c < 0) throw this.truncated();
    return c;
  }

  // ------------------------------------------------------------ errors

  private truncated(): ScanError {
    return new ScanError(this.limit, true, 'unexpected end of text');
  }

  private unexpected(expected: string): ScanError {
    const at = this.offset();
    return new ScanError(at, false, `expected ${expected} but found ${describeCodePoint(codePointAt(this.src, at))}`);
  }

  // ------------------------------------------------------------ skipping

  private growStack(): Uint8Array {
    const bigger = new Uint8Array(this.stack.length * 2);
    bigger.set(this.stack);
    this.stack = bigger;
    return bigger;
  }

  /**
   * Skips the value at pos (whitespace already skipped), checking it is valid
   * JSON. The hot loop of the scanner: most of a large plan goes through here.
   * Anything unusual (the window's end, an error, a rare escape) goes to the
   * slow paths, which start over from the token's first byte.
   */
  skipValue(): void {
    const buf = this.buf;
    const words = this.words;
    let stack = this.stack;
    let depth = 0;
    let pos = this.pos;
    let end = this.end;
    let c = buf[pos]!;
    let key = false;
    for (;;) {
      if (key) {
        // A key at pos (its opening quote), then ':' and the start of a value.
        key = false;
        const p = plainEnd(buf, words, pos + 1);
        c = buf[p]!;
        if (c === QUOTE && buf[p + 1] === COLON) {
          pos = p + 2;
        } else {
          this.pos = pos;
          this.skipString();
          if (this.next() !== COLON) throw this.unexpected("':'");
          pos = ++this.pos;
          end = this.end;
        }
        c = buf[pos]!;
        while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = buf[++pos]!;
        if (pos >= end) {
          this.pos = pos;
          c = this.next();
          pos = this.pos;
          end = this.end;
        }
      }
      // A value at pos; c = buf[pos].
      if (c === QUOTE) {
        let p = pos + 1;
        for (;;) {
          p = plainEnd(buf, words, p);
          c = buf[p]!;
          if (c === QUOTE) {
            pos = p + 1;
            break;
          }
          if (c === BACKSLASH && p + 6 < end) {
            const e = buf[p + 1]!;
            if (e === QUOTE || e === BACKSLASH || e === 0x6e || e === 0x74 || e === 0x2f || e === 0x72 || e === 0x62 || e === 0x66) {
              p += 2;
              continue;
            }
            if (e === 0x75 && isHex(buf[p + 2]!) && isHex(buf[p + 3]!) && isHex(buf[p + 4]!) && isHex(buf[p + 5]!)) {
              p += 6;
              continue;
            }
          }
          this.pos = pos;
          this.skipString();
          pos = this.pos;
          end = this.end;
          break;
        }
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (depth === stack.length) stack = this.growStack();
        stack[depth++] = c;
        c = buf[++pos]!;
        while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = buf[++pos]!;
        if (pos >= end) {
          this.pos = pos;
          c = this.next();
          pos = this.pos;
          end = this.end;
        }
        if (stack[depth - 1] === OPEN_OBJECT) {
          if (c === QUOTE) {
            key = true;
            continue;
          }
          if (c !== CLOSE_OBJECT) {
            this.pos = pos;
            throw this.unexpected("a property name in double quotes or '}'");
          }
          pos++;
          depth--;
        } else if (c === CLOSE_ARRAY) {
          pos++;
          depth--;
        } else {
          continue;
        }
      } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        let p = c === 0x2d ? pos + 1 : pos;
        let d = buf[p]!;
        if (d === 0x30) {
          d = buf[++p]!;
        } else if (d >= 0x31 && d <= 0x39) {
          do d = buf[++p]!;
          while (d >= 0x30 && d <= 0x39);
        } else {
          d = -1;
        }
        if (p < end && isAsciiNumberEnd(d)) {
          pos = p;
        } else {
          this.pos = pos;
          this.skipNumber();
          pos = this.pos;
          end = this.end;
        }
      } else if (c === 0x74 && buf[pos + 1] === 0x72 && buf[pos + 2] === 0x75 && buf[pos + 3] === 0x65) {
        pos += 4;
      } else if (c === 0x66 && buf[pos + 1] === 0x61 && buf[pos + 2] === 0x6c && buf[pos + 3] === 0x73 && buf[pos + 4] === 0x65) {
        pos += 5;
      } else if (c === 0x6e && buf[pos + 1] === 0x75 && buf[pos + 2] === 0x6c && buf[pos + 3] === 0x6c) {
        pos += 4;
      } else {
        this.pos = pos;
        this.skipLiteral();
        pos = this.pos;
        end = this.end;
      }
      // After a value: a comma, a closer, or the end of the value being skipped.
      for (;;) {
        if (depth === 0) {
          this.pos = pos;
          return;
        }
        c = buf[pos]!;
        while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = buf[++pos]!;
        if (pos >= end) {
          this.pos = pos;
          c = this.next();
          pos = this.pos;
          end = this.end;
        }
        const top = stack[depth - 1];
        if (c === COMMA) {
          c = buf[++pos]!;
          while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = buf[++pos]!;
          if (pos >= end) {
            this.pos = pos;
            c = this.next();
            pos = this.pos;
            end = this.end;
          }
          if (top === OPEN_OBJECT) {
            if (c !== QUOTE) {
              this.pos = pos;
              throw this.unexpected('a property name in double quotes');
            }
            key = true;
          }
          break;
        }
        if ((c === CLOSE_OBJECT && top === OPEN_OBJECT) || (c === CLOSE_ARRAY && top === OPEN_ARRAY)) {
          pos++;
          depth--;
          continue;
        }
        this.pos = pos;
        throw this.unexpected(top === OPEN_OBJECT ? "',' or '}'" : "',' or ']'");
      }
    }
  }

  /** A string at pos (its opening quote), across windows, with escapes. */
  private skipString(): void {
    this.pos++;
    for (;;) {
      const buf = this.buf;
      let p = this.pos;
      let c: number;
      while ((c = buf[p]!) >= 0x20 && c !== QUOTE && c !== BACKSLASH) p++;
      this.pos = p;
      if (p >= this.end) {
        if (!this.more()) throw this.truncated();
      } else if (c === QUOTE) {
        this.pos = p + 1;
        return;
      } else if (c === BACKSLASH) {
        this.skipEscape();
      } else {
        const at = this.offset();
        throw new ScanError(at, false, `${describeCodePoint(c)} inside a string (must be escaped)`);
      }
    }
  }

  private skipEscape(): void {
    const at = this.offset();
    if (!this.ensure(2)) throw this.truncated();
    const e = this.buf[this.pos + 1]!;
    if (e === QUOTE || e === BACKSLASH || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
      this.pos += 2;
      return;
    }
    if (e !== 0x75) {
      const escaped = String.fromCodePoint(codePointAt(this.src, at + 1) ?? 0xfffd).charAt(0);
      throw new ScanError(at, false, `invalid escape '\\${escaped}' in a string`);
    }
    this.ensure(6);
    for (let i = 2; i < 6; i++) {
      if (this.pos + i >= this.end) throw this.truncated();
      if (!isHex(this.buf[this.pos + i]!)) throw new ScanError(at, false, 'invalid \\u escape in a string (needs 4 hex digits)');
    }
    this.pos += 6;
  }

  /** The byte at pos, reading on; -1 at the end of the range. */
  private peek(): number {
    return this.pos < this.end || this.more() ? this.buf[this.pos]! : -1;
  }

  /** A number at pos, as the text locator reads it: the longest valid number, then a delimiter. */
  private skipNumber(): void {
    const start = this.offset();
    let state: Num = Num.Start;
    let c = this.peek();
    if (c === 0x2d) {
      this.pos++;
      state = Num.Minus;
      c = this.peek();
    }
    if (isDigit(c)) {
      this.pos++;
      state = c === 0x30 ? Num.Zero : Num.Int;
      if (state === Num.Int) while (isDigit(this.peek())) this.pos++;
      if (this.peek() === 0x2e && this.ensure(2) && isDigit(this.buf[this.pos + 1]!)) {
        this.pos += 2;
        state = Num.Frac;
        while (isDigit(this.peek())) this.pos++;
      }
      c = this.peek();
      if (c === 0x65 || c === 0x45) {
        this.ensure(3);
        const sign = this.buf[this.pos + 1] === 0x2b || this.buf[this.pos + 1] === 0x2d ? 1 : 0;
        if (this.pos + 1 + sign < this.end && isDigit(this.buf[this.pos + 1 + sign]!)) {
          this.pos += 2 + sign;
          state = Num.ExpDigits;
          while (isDigit(this.peek())) this.pos++;
        }
      }
      c = this.peek();
      if (c < 0 || isAsciiNumberEnd(c) || (c >= 0x80 && this.unicodeSpace())) return;
    }
    // Not a number followed by a delimiter: cut off by the end of the text, or malformed.
    for (;;) {
      c = this.peek();
      if (c < 0) throw this.truncated();
      const next = numberPrefixStep(state, c);
      if (next === -1) throw new ScanError(start, false, 'malformed number');
      state = next;
      this.pos++;
    }
  }

  /** Whether a JavaScript \s character above U+007F starts at pos. */
  private unicodeSpace(): boolean {
    this.ensure(3);
    const buf = this.buf;
    const p = this.pos;
    return UNICODE_SPACES.some((seq) => p + seq.length <= this.end && seq.every((b, i) => buf[p + i] === b));
  }

  /** true / false / null at pos, a literal cut off by the end of the text, or no value at all. */
  private skipLiteral(): void {
    const start = this.offset();
    const c = this.buf[this.pos]!;
    if (c === 0x74 || c === 0x66 || c === 0x6e) {
      this.ensure(5);
      const available = this.end - this.pos;
      const remaining = this.limit - start;
      for (const word of LITERALS) {
        if (available >= word.length && this.startsWith(word, word.length)) {
          this.pos += word.length;
          return;
        }
        if (remaining < word.length && this.startsWith(word, remaining)) throw this.truncated();
      }
    }
    throw this.unexpected('a value');
  }

  private startsWith(word: Uint8Array, n: number): boolean {
    for (let i = 0; i < n; i++) if (this.buf[this.pos + i] !== word[i]) return false;
    return true;
  }

  // ------------------------------------------------------------ keeping

  private beginCapture(): void {
    if (this.capturing) throw new Error('sg-guard: nested capture in the plan scanner');
    this.capturing = true;
    this.captureStart = this.pos;
    this.captureFrom = this.base + this.pos;
    this.captured = [];
  }

  private dropCapture(): void {
    this.capturing = false;
    this.captured = [];
  }

  private endCapture(): string {
    return decodeUtf8(this.endCaptureBytes());
  }

  private endCaptureBytes(): Uint8Array {
    this.capturing = false;
    if (this.base + this.pos - this.captureFrom > this.maxValue) throw new ScanLimitError(this.captureFrom, this.maxValue);
    const last = this.buf.subarray(this.captureStart, this.pos);
    if (this.captured.length === 0) return last;
    this.captured.push(last);
    const bytes = Buffer.concat(this.captured);
    this.captured = [];
    return bytes;
  }

  /** Parses the value at pos in full. */
  private capture(): JsonValue {
    this.beginCapture();
    this.skipValue();
    return JSON.parse(this.endCapture()) as JsonValue;
  }

  /** Values the model does not read: scalars kept (they are small), containers replaced by empty ones. */
  private other(): JsonValue {
    const c = this.buf[this.pos];
    if (c === OPEN_OBJECT) {
      this.skipValue();
      return {};
    }
    if (c === OPEN_ARRAY) {
      this.skipValue();
      return [];
    }
    return this.capture();
  }

  /** The string at pos, decoded. */
  private readString(): string {
    const buf = this.buf;
    const start = this.pos + 1;
    let p = start;
    let c: number;
    let high = 0;
    while ((c = buf[p]!) >= 0x20 && c !== QUOTE && c !== BACKSLASH) {
      high |= c;
      p++;
    }
    if (c === QUOTE) {
      this.pos = p + 1;
      return high < 0x80 ? buf.toString('latin1', start, p) : decodeUtf8(buf.subarray(start, p));
    }
    // Escapes or the window's end: collect the raw string and let JSON.parse read it.
    this.stringing = true;
    this.stringStart = this.pos;
    this.stringFrom = this.base + this.pos;
    this.stringParts = [];
    this.skipString();
    this.stringing = false;
    if (this.base + this.pos - this.stringFrom > this.maxValue) throw new ScanLimitError(this.stringFrom, this.maxValue);
    this.stringParts.push(buf.subarray(this.stringStart, this.pos));
    const raw = this.stringParts.length === 1 ? this.stringParts[0]! : Buffer.concat(this.stringParts);
    this.stringParts = [];
    return JSON.parse(decodeUtf8(raw)) as string;
  }

  /** The key at pos: its index in `keys`, or -1 for any other key. */
  private readKeyId(keys: readonly Uint8Array[], names: readonly string[]): number {
    const buf = this.buf;
    const start = this.pos + 1;
    let p = start;
    let c: number;
    while ((c = buf[p]!) >= 0x20 && c !== QUOTE && c !== BACKSLASH) p++;
    if (c !== QUOTE) return names.indexOf(this.readString());
    this.pos = p + 1;
    const length = p - start;
    next: for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      if (key.length !== length) continue;
      for (let i = 0; i < length; i++) if (buf[start + i] !== key[i]) continue next;
      return k;
    }
    return -1;
  }

  private readRange(from: number, to: number): string {
    if (to - from > this.maxValue) throw new ScanLimitError(from, this.maxValue);
    const bytes = new Uint8Array(to - from);
    for (let at = 0; at < bytes.length; ) {
      const n = this.src.read(bytes, at, bytes.length - at, from + at);
      if (n <= 0) break;
      at += n;
    }
    return decodeUtf8(bytes);
  }

  // ------------------------------------------------------------ structure

  /** An object at pos: calls `member` with pos at each value; it must consume the value. */
  private walkObject(member: (key: string) => void): void {
    this.pos++;
    let c = this.next();
    if (c === CLOSE_OBJECT) {
      this.pos++;
      return;
    }
    for (let first = true; ; first = false) {
      if (c !== QUOTE) throw this.unexpected(first ? "a property name in double quotes or '}'" : 'a property name in double quotes');
      const key = this.readString();
      if (this.next() !== COLON) throw this.unexpected("':'");
      this.pos++;
      this.next();
      member(key);
      c = this.next();
      if (c === COMMA) {
        this.pos++;
        c = this.next();
        continue;
      }
      if (c === CLOSE_OBJECT) {
        this.pos++;
        return;
      }
      throw this.unexpected("',' or '}'");
    }
  }

  /** An array at pos: calls `item` with pos at each element; it must consume the element. */
  private walkArray(item: () => void): void {
    this.pos++;
    if (this.next() === CLOSE_ARRAY) {
      this.pos++;
      return;
    }
    for (;;) {
      item();
      const c = this.next();
      if (c === COMMA) {
        this.pos++;
        this.next();
        continue;
      }
      if (c === CLOSE_ARRAY) {
        this.pos++;
        return;
      }
      throw this.unexpected("',' or ']'");
    }
  }

  /** The top-level value. */
  document(): JsonValue {
    if (this.next() !== OPEN_OBJECT) return this.other();
    const out: JsonObject = {};
    this.walkObject((key) => setMember(out, key, this.topMember(key)));
    return out;
  }

  private topMember(key: string): JsonValue {
    const c = this.buf[this.pos];
    switch (key) {
      case 'resource_changes':
        if (c === OPEN_ARRAY) return this.resources({ keep: this.keep, changes: true, stubs: true });
        break;
      case 'planned_values':
        if (c === OPEN_OBJECT) return this.valuesObject({ keep: this.keep, changes: false, stubs: true, defer: true });
        break;
      case 'values':
        if (c === OPEN_OBJECT) return this.valuesObject({ keep: this.keep, changes: false, stubs: true });
        break;
      case 'prior_state': {
        // The model reads the prior state only to map group ids to addresses; no stubs needed there.
        const list: ResourceList = { keep: this.keepPrior, changes: false, stubs: false, project: this.projectPrior };
        if (c === OPEN_OBJECT) return this.section((k) => (k === 'values' && this.buf[this.pos] === OPEN_OBJECT ? this.valuesObject(list) : this.other()));
        break;
      }
      case 'configuration':
        // References reach across the whole configuration; it is small beside the rest.
        return this.capture();
      case 'resources':
        // A raw state's resource list: only whether an element has an "instances" array matters (load.ts tells raw states apart).
        if (c === OPEN_ARRAY) return this.rawStateResources();
        break;
    }
    return this.other();
  }

  private section(member: (key: string) => JsonValue): JsonObject {
    const out: JsonObject = {};
    this.walkObject((key) => setMember(out, key, member(key)));
    return out;
  }

  /** `planned_values`, `prior_state.values` or `values`: { root_module, outputs }. */
  private valuesObject(list: ResourceList): JsonObject {
    return this.section((key) => (key === 'root_module' && this.buf[this.pos] === OPEN_OBJECT ? this.module(0, list) : this.other()));
  }

  private module(depth: number, list: ResourceList): JsonValue {
    if (depth > MAX_MODULE_DEPTH) return this.capture();
    return this.section((key) => {
      const c = this.buf[this.pos];
      if (key === 'resources' && c === OPEN_ARRAY) return this.resources(list);
      if (key === 'child_modules' && c === OPEN_ARRAY) {
        const children: JsonValue[] = [];
        this.walkArray(() => children.push(this.buf[this.pos] === OPEN_OBJECT ? this.module(depth + 1, list) : this.other()));
        return children;
      }
      return this.other();
    });
  }

  /** A list of resources (`resource_changes`, or a module's `resources`): only needed types are parsed. */
  private resources(list: ResourceList): JsonValue[] {
    const out: JsonValue[] = [];
    const stubs: Stubs = { keys: new Set(), last: null };
    this.walkArray(() => {
      if (this.buf[this.pos] !== OPEN_OBJECT) {
        out.push(this.other());
        return;
      }
      const r = this.resource(list, stubs, out);
      if (r !== undefined) out.push(list.project !== undefined && isJsonObject(r) ? list.project(r) : r);
    });
    return out;
  }

  /**
   * The model reads a planned_values resource only when resource_changes has
   * no entry with its address (model/instances.ts, collectInstances): older
   * Terraform left unchanged resources out of resource_changes. So kept
   * planned_values resources are only located during the scan, and parsed
   * (read again from the source) here if their address is missing there. An
   * entry with the same address has the same type, so it was kept too.
   */
  settleDeferred(document: JsonValue): void {
    if (this.deferred.length === 0) return;
    const seen = new Set<string>();
    const changes = typeof document === 'object' && document !== null && !Array.isArray(document) ? document.resource_changes : undefined;
    if (Array.isArray(changes)) {
      for (const rc of changes) {
        if (typeof rc !== 'object' || rc === null || Array.isArray(rc)) continue;
        if (typeof rc.address === 'string' && rc.change) seen.add(rc.address);
      }
    }
    const lists = new Set<JsonValue[]>();
    for (const d of this.deferred) {
      lists.add(d.list);
      if (d.address === undefined || !seen.has(d.address) || d.badMode) d.list[d.index] = JSON.parse(this.readRange(d.start, d.end)) as JsonValue;
    }
    for (const list of lists) {
      let to = 0;
      for (const item of list) if (item !== DEFERRED) list[to++] = item;
      list.length = to;
    }
    this.deferred = [];
  }

  /**
   * One resource object. Its bytes are copied while it is read; once its
   * "type" turns out not to be needed (Terraform writes "type" before the
   * values), the copy stops and the rest is only skipped. Nothing is decoded
   * for a skipped resource unless it needs a stub.
   */
  private resource(list: ResourceList, stubs: Stubs, out: JsonValue[]): JsonValue | undefined {
    const start = this.offset();
    this.beginCapture();
    let copying = true;
    let type: string | null | undefined;
    let mode: string | undefined;
    /** A "mode" that is no string (skipped), so neither "managed" nor "data". */
    let modeNotString = false;
    /** Where the before and after values of the last "change" are (source offsets), while copying. */
    let change: ChangeSides | null = null;
    /** The address: the length of its raw (still escaped) bytes in this.address. */
    let address: number | undefined;
    this.pos++;
    let c = this.next();
    if (c === CLOSE_OBJECT) {
      this.pos++;
    } else {
      for (let first = true; ; first = false) {
        if (c !== QUOTE) throw this.unexpected(first ? "a property name in double quotes or '}'" : 'a property name in double quotes');
        const id = this.readKeyId(RESOURCE_KEY_BYTES, RESOURCE_KEYS);
        if (this.buf[this.pos] === COLON) this.pos++;
        else if (this.next() === COLON) this.pos++;
        else throw this.unexpected("':'");
        c = this.buf[this.pos]! > 0x20 ? this.buf[this.pos]! : this.next();
        if (id === KEY_CHANGE) {
          change = copying && c === OPEN_OBJECT ? this.changeSides() : null;
          if (change === null) this.skipValue();
        } else if (id < 0 || c !== QUOTE || (id === KEY_ADDRESS && !list.stubs && list.defer !== true)) {
          this.skipValue();
          if (id === KEY_TYPE) type = null;
          else if (id === KEY_ADDRESS) address = undefined;
          else if (id === KEY_MODE) {
            mode = undefined;
            modeNotString = true;
          }
        } else if (id === KEY_ADDRESS) {
          // A deferred resource needs its address decoded later: always copy in planned_values.
          address = this.copyAddress(list.defer === true ? null : stubs.last);
        } else if (id === KEY_MODE) {
          mode = this.readMode();
          modeNotString = false;
        } else {
          type = this.readCachedString();
          // Not needed, or needed later at most (deferred): stop copying.
          if (copying && (list.defer === true || !list.keep.has(type))) {
            this.dropCapture();
            copying = false;
          }
        }
        c = this.buf[this.pos]! > 0x20 ? this.buf[this.pos]! : this.next();
        if (c === COMMA) {
          this.pos++;
          c = this.next();
          continue;
        }
        if (c === CLOSE_OBJECT) {
          this.pos++;
          break;
        }
        throw this.unexpected("',' or '}'");
      }
    }
    if (list.defer === true && typeof type === 'string' && list.keep.has(type)) {
      if (copying) this.dropCapture();
      const raw = address === undefined ? undefined : decodeUtf8(this.address.subarray(0, address));
      this.deferred.push({ list: out, index: out.length, start, end: this.offset(), address: raw === undefined ? undefined : (JSON.parse(`"${raw}"`) as string), badMode: modeNotString || (mode !== undefined && mode !== 'managed' && mode !== 'data') });
      return DEFERRED;
    }
    if (typeof type !== 'string' || list.keep.has(type)) {
      // Kept whole. A second "type" key can make a dropped resource needed again: read it back.
      if (!copying) return JSON.parse(this.readRange(start, this.offset())) as JsonValue;
      return parseChange(this.endCaptureBytes(), start, change);
    }
    if (copying) this.dropCapture();
    return list.stubs && address !== undefined ? this.stub(list, stubs, type, address, mode) : undefined;
  }

  /** The change object at pos: where its (last) before and after values are. */
  private changeSides(): ChangeSides {
    const sides: ChangeSides = { before: null, after: null, cuts: [] };
    this.pos++;
    let c = this.next();
    if (c === CLOSE_OBJECT) {
      this.pos++;
      return sides;
    }
    for (let first = true; ; first = false) {
      if (c !== QUOTE) throw this.unexpected(first ? "a property name in double quotes or '}'" : 'a property name in double quotes');
      const id = this.readKeyId(CHANGE_KEY_BYTES, CHANGE_KEYS);
      if (this.next() !== COLON) throw this.unexpected("':'");
      this.pos++;
      this.next();
      const from = this.offset();
      if (id >= 0 && this.unread.length > 0 && this.buf[this.pos] === OPEN_OBJECT) this.cutMembers(sides.cuts);
      else this.skipValue();
      if (id === 0) sides.before = [from, this.offset()];
      else if (id === 1) sides.after = [from, this.offset()];
      c = this.next();
      if (c === COMMA) {
        this.pos++;
        c = this.next();
        continue;
      }
      if (c === CLOSE_OBJECT) {
        this.pos++;
        return sides;
      }
      throw this.unexpected("',' or '}'");
    }
  }

  /**
   * The object at pos, skipped, with cuts for its unreadAttributes members:
   * each from the end of the member before it (taking its comma), or, while
   * no member has been kept, from its key to the start of the next key (or
   * to its end, before the '}'). The cuts of members in a row meet.
   */
  private cutMembers(cuts: Array<[number, number]>): void {
    this.pos++;
    let c = this.next();
    if (c === CLOSE_OBJECT) {
      this.pos++;
      return;
    }
    let previousEnd = -1;
    let keptNone = true;
    for (let first = true; ; first = false) {
      if (c !== QUOTE) throw this.unexpected(first ? "a property name in double quotes or '}'" : 'a property name in double quotes');
      const keyStart = this.offset();
      const id = this.readKeyId(this.unreadBytes, this.unread);
      if (this.next() !== COLON) throw this.unexpected("':'");
      this.pos++;
      this.next();
      this.skipValue();
      const end = this.offset();
      c = this.next();
      if (c === COMMA) {
        this.pos++;
        c = this.next();
        if (id >= 0) cuts.push(keptNone ? [keyStart, this.offset()] : [previousEnd, end]);
        else keptNone = false;
        previousEnd = end;
        continue;
      }
      if (c === CLOSE_OBJECT) {
        if (id >= 0) cuts.push(keptNone ? [keyStart, end] : [previousEnd, end]);
        this.pos++;
        return;
      }
      throw this.unexpected("',' or '}'");
    }
  }

  /**
   * Copies the raw bytes (escapes and all) of the address string at pos into
   * this.address; returns their length, or SAME_MODULE without copying when
   * the address is in the module instance of `last` (the last stub key).
   */
  private copyAddress(last: Uint8Array | null): number {
    const buf = this.buf;
    const start = this.pos + 1;
    let p = start;
    let c: number;
    // Addresses with for_each keys hold escaped quotes: module.app[\"blue\"].aws_x.y
    while ((c = buf[p]!) >= 0x20 && c !== QUOTE && (c !== BACKSLASH || buf[p + 1] === QUOTE)) p += c === BACKSLASH ? 2 : 1;
    let raw: Uint8Array;
    if (c === QUOTE) {
      const length = p - start;
      if (last !== null && length > last.length + 1 && buf[start + last.length] === 0x2e && !startsWithModule(buf, start + last.length + 1, p)) {
        let same = true;
        for (let i = 0; i < last.length && same; i++) same = buf[start + i] === last[i];
        if (same) {
          this.pos = p + 1;
          return SAME_MODULE;
        }
      }
      if (length > this.address.length) this.address = new Uint8Array(Math.max(length, this.address.length * 2));
      const to = this.address;
      for (let i = 0; i < length; i++) to[i] = buf[start + i]!;
      this.pos = p + 1;
      return length;
    } else {
      // Other escapes, or the window's end: collect it the slow way.
      this.stringing = true;
      this.stringStart = this.pos;
      this.stringFrom = this.base + this.pos;
      this.stringParts = [];
      this.skipString();
      this.stringing = false;
      if (this.base + this.pos - this.stringFrom > this.maxValue) throw new ScanLimitError(this.stringFrom, this.maxValue);
      this.stringParts.push(buf.subarray(this.stringStart, this.pos));
      const all = this.stringParts.length === 1 ? this.stringParts[0]! : Buffer.concat(this.stringParts);
      this.stringParts = [];
      raw = all.subarray(1, all.length - 1);
    }
    if (raw.length > this.address.length) this.address = new Uint8Array(Math.max(raw.length, this.address.length * 2));
    const to = this.address;
    for (let i = 0; i < raw.length; i++) to[i] = raw[i]!;
    return raw.length;
  }

  /** The mode string at pos: "managed" and "data" without decoding. */
  private readMode(): string {
    const buf = this.buf;
    const p = this.pos;
    // Tests in order: the zero sentinel at the window's end stops them before any byte past it.
    if (buf[p + 1] === 0x6d && buf[p + 2] === 0x61 && buf[p + 3] === 0x6e && buf[p + 4] === 0x61 && buf[p + 5] === 0x67 && buf[p + 6] === 0x65 && buf[p + 7] === 0x64 && buf[p + 8] === QUOTE) {
      this.pos = p + 9;
      return 'managed';
    }
    if (buf[p + 1] === 0x64 && buf[p + 2] === 0x61 && buf[p + 3] === 0x74 && buf[p + 4] === 0x61 && buf[p + 5] === QUOTE) {
      this.pos = p + 6;
      return 'data';
    }
    return this.readCachedString();
  }

  /** A string at pos, from a cache keyed by its bytes: types and modes repeat, and need not be decoded again. */
  private readCachedString(): string {
    const buf = this.buf;
    const start = this.pos + 1;
    let p = start;
    let c: number;
    let hash = 0x811c9dc5;
    while ((c = buf[p]!) >= 0x20 && c !== QUOTE && c !== BACKSLASH) {
      hash = Math.imul(hash ^ c, 0x01000193);
      p++;
    }
    if (c !== QUOTE) return this.readString();
    this.pos = p + 1;
    const bucket = this.strings.get(hash);
    if (bucket) {
      next: for (const [bytes, text] of bucket) {
        if (bytes.length !== p - start) continue;
        for (let i = 0; i < bytes.length; i++) if (bytes[i] !== buf[start + i]) continue next;
        return text;
      }
    }
    const text = decodeUtf8(buf.subarray(start, p));
    if (this.cachedStrings < 10_000) {
      this.cachedStrings++;
      const entry: [Uint8Array, string] = [Uint8Array.prototype.slice.call(buf, start, p), text];
      if (bucket) bucket.push(entry);
      else this.strings.set(hash, [entry]);
    }
    return text;
  }

  /**
   * The model finds the instance keys of a module call among all instances
   * (config.ts, moduleInstanceKeys), so a module instance whose resources are
   * all skipped keeps one stand-in. Its key is the address up to the last
   * ".TYPE." (on the raw bytes); a key that cuts too late only adds a stub,
   * never merges two module paths. Resources of one module instance come
   * together, so the common case is a byte comparison with the last key.
   */
  private stub(list: ResourceList, stubs: Stubs, type: string, length: number, mode: string | undefined): JsonObject | undefined {
    if (length === SAME_MODULE) return undefined;
    const bytes = this.address;
    if (!startsWithModule(bytes, 0, length)) return undefined;
    const last = stubs.last;
    if (last !== null && length > last.length + 1 && bytes[last.length] === 0x2e && !startsWithModule(bytes, last.length + 1, length)) {
      let same = true;
      for (let i = 0; i < last.length && same; i++) same = bytes[i] === last[i];
      if (same) return undefined;
    }
    // Types are ASCII, so a search in the bytes read as Latin-1 finds them where they are.
    const raw = Buffer.from(bytes.buffer, bytes.byteOffset, length).toString('latin1');
    const cut = raw.lastIndexOf(mode === 'data' ? `.data.${type}.` : `.${type}.`);
    const key = cut > 0 ? raw.slice(0, cut) : raw;
    stubs.last = bytes.slice(0, key.length);
    if (stubs.keys.has(key)) return undefined;
    stubs.keys.add(key);
    const address = JSON.parse(`"${decodeUtf8(bytes.subarray(0, length))}"`) as string;
    const stub: JsonObject = { address, type, name: '' };
    if (mode !== undefined) stub.mode = mode;
    if (list.changes) stub.change = { actions: [] };
    return stub;
  }

  private rawStateResources(): JsonValue[] {
    let instances = false;
    this.walkArray(() => {
      if (this.buf[this.pos] !== OPEN_OBJECT) {
        this.skipValue();
        return;
      }
      let has = false;
      this.walkObject((key) => {
        if (key === 'instances') has = this.buf[this.pos] === OPEN_ARRAY;
        this.skipValue();
      });
      instances ||= has;
    });
    return instances ? [{ instances: [] }] : [];
  }
}

// ---------------------------------------------------------------- error-path helpers
// Used only when the scan fails or the input carries setup-terraform lines:
// they re-read parts of the source, never hold all of it.

const CHUNK = 1 << 20;

function chunkOf(size: number | undefined): number {
  return Math.max(MIN_WINDOW_SIZE, Math.floor(size ?? CHUNK));
}

/** The code point at a byte offset (undefined at the end): the character a message names. */
export function codePointAt(source: ByteSource, offset: number): number | undefined {
  const bytes = new Uint8Array(4);
  const n = offset < source.size ? source.read(bytes, 0, Math.min(4, source.size - offset), offset) : 0;
  return n > 0 ? decodeUtf8(bytes.subarray(0, n)).codePointAt(0) : undefined;
}

/** Calls `visit` with each piece of [from, to); stops when it returns true. */
function eachChunk(source: ByteSource, from: number, to: number, chunk: number | undefined, visit: (bytes: Uint8Array, at: number) => boolean | void): void {
  const size = chunkOf(chunk);
  const buf = new Uint8Array(Math.min(size, Math.max(1, to - from)));
  for (let at = from; at < to; ) {
    const n = source.read(buf, 0, Math.min(buf.length, to - at), at);
    if (n <= 0) return;
    if (visit(buf.subarray(0, n), at) === true) return;
    at += n;
  }
}

/** The text of [from, to), decoded (for short ranges: prefixes, lines). */
export function readText(source: ByteSource, from: number, to: number): string {
  const bytes = new Uint8Array(Math.max(0, to - from));
  let filled = 0;
  while (filled < bytes.length) {
    const n = source.read(bytes, filled, bytes.length - filled, from + filled);
    if (n <= 0) break;
    filled += n;
  }
  return decodeUtf8(bytes.subarray(0, filled));
}

export function indexOfByte(source: ByteSource, byte: number, from: number, to: number, chunk?: number): number {
  let found = -1;
  eachChunk(source, from, to, chunk, (bytes, at) => {
    const i = bytes.indexOf(byte);
    if (i >= 0) found = at + i;
    return i >= 0;
  });
  return found;
}

/** Whether [from, to) is valid UTF-8; pass a check already fed the bytes just before `from` to continue it. */
export function isValidUtf8(source: ByteSource, from: number, to: number, chunk?: number, check = new Utf8Check()): boolean {
  eachChunk(source, from, to, chunk, (bytes) => check.push(bytes, 0, bytes.length));
  return check.finish(true);
}

/** Whether [from, to) holds only what String#trim removes. */
export function isBlank(source: ByteSource, from: number, to: number, chunk?: number): boolean {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let blank = true;
  eachChunk(source, from, to, chunk, (bytes) => {
    blank = !/\S/.test(decoder.decode(bytes, { stream: true }));
    return !blank;
  });
  return blank && !/\S/.test(decoder.decode());
}

/** The offset where [from, to) ends once String#trimEnd would have removed its trailing whitespace. */
export function trimmedEnd(source: ByteSource, from: number, to: number, chunk?: number): number {
  const size = chunkOf(chunk);
  let end = to;
  while (end > from) {
    const start = Math.max(from, end - size);
    const bytes = new Uint8Array(end - start);
    const n = source.read(bytes, 0, bytes.length, start);
    if (n < bytes.length) return end;
    // Begin at a character boundary; the bytes before it go with the next piece.
    let skip = 0;
    if (start > from) while (skip < bytes.length && ((bytes[skip] ?? 0) & 0xc0) === 0x80) skip++;
    if (skip === bytes.length) return end;
    const text = decodeUtf8(bytes.subarray(skip));
    const kept = text.trimEnd().length;
    if (kept > 0) return end - Buffer.byteLength(text.slice(kept));
    end = start + skip;
  }
  return from;
}

/** 1-based line and column (UTF-16 code units, as json-error.ts counts) of a byte offset in the text starting at textStart. */
export function lineAndColumn(source: ByteSource, textStart: number, offset: number, chunk?: number): { line: number; column: number; lineStart: number } {
  let line = 1;
  let lineStart = textStart;
  eachChunk(source, textStart, offset, chunk, (bytes, at) => {
    for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, i + 1)) {
      line += 1;
      lineStart = at + i + 1;
    }
  });
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let column = 1;
  eachChunk(source, lineStart, offset, chunk, (bytes) => {
    column += decoder.decode(bytes, { stream: true }).length;
  });
  column += decoder.decode().length;
  return { line, column, lineStart };
}

/** Whether the line [from, to) is a workflow command (workflow-command.ts), reading a long line in chunks. */
function isWorkflowCommandLine(source: ByteSource, from: number, to: number, chunk?: number): boolean {
  const head = readText(source, from, Math.min(to, from + 4096));
  const start = workflowCommandStart(head, to - from <= 4096);
  if (start !== 'undecided') return start;
  const after = (/^::[A-Za-z][\w-]*/.exec(head)?.[0].length ?? 0);
  // A long line: look for "::" in all of it (the name is ASCII, and ':' never occurs inside a multi-byte character).
  let previous = 0;
  let found = false;
  eachChunk(source, from + after + 1, to, chunk, (bytes) => {
    if (previous === COLON && bytes[0] === COLON) found = true;
    for (let i = bytes.indexOf(COLON); !found && i !== -1 && i + 1 < bytes.length; i = bytes.indexOf(COLON, i + 1)) {
      if (bytes[i + 1] === COLON) found = true;
    }
    previous = bytes[bytes.length - 1] ?? 0;
    return found;
  });
  return found;
}

interface LineSummary {
  /** End (the '\n' or the range's end) of the last line that is neither blank nor a workflow command; -1 when there is none. */
  lastKeptEnd: number;
  /** Whether workflow-command lines follow that line. */
  workflowCommandsAfter: boolean;
}

/**
 * Walks the lines of [from, to) the way load.ts's stripWrapper walks them from
 * the end: blank lines and workflow-command lines can be removed, the last
 * other line ends the body.
 */
export function summarizeLines(source: ByteSource, from: number, to: number, chunk?: number): LineSummary {
  let lastKeptEnd = -1;
  let workflowCommandsAfter = false;
  for (let at = from; ; ) {
    const newline = indexOfByte(source, NEWLINE, at, to, chunk);
    const lineEnd = newline < 0 ? to : newline;
    if (isWorkflowCommandLine(source, at, lineEnd, chunk)) {
      workflowCommandsAfter = true;
    } else if (!isBlank(source, at, lineEnd, chunk)) {
      lastKeptEnd = lineEnd;
      workflowCommandsAfter = false;
    }
    if (newline < 0) break;
    at = newline + 1;
  }
  return { lastKeptEnd, workflowCommandsAfter };
}
