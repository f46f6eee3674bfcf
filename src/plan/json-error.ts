/**
 * Finds the first syntax error in text that JSON.parse rejected, so the user
 * gets a line and column instead of Node's message (whose wording differs
 * between Node versions).
 *
 * Why not jsonc-parser: its package "main" is a UMD build whose internal
 * require() calls esbuild cannot follow, so it breaks the bundled dist/. This
 * locator is small, strict RFC 8259, and iterative (no recursion), so deeply
 * nested hostile input cannot overflow the stack.
 */

interface JsonSyntaxError {
  /** UTF-16 offset into the text where the problem is. */
  offset: number;
  /** True when the text simply stops mid-value: the usual sign of a truncated file. */
  truncated: boolean;
  /** What was wrong, e.g. "expected ',' or '}' but found 'x'". */
  description: string;
}

interface LineColumn {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (what editors show for ASCII text). */
  column: number;
}

type State =
  | 'value' // a value must come next
  | 'firstKey' // just after '{': a key or '}'
  | 'key' // after ',' in an object: a key
  | 'colon' // after a key
  | 'firstItem' // just after '[': a value or ']'
  | 'after'; // after a complete value: ',', a closer, or the end

/** Returns the first syntax error in `text`, or null if it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const problem = locate(text);
  // A file cut inside a string and then given a final newline "fails" on that
  // newline; anything wrong only in the trailing whitespace is a truncation.
  if (problem && !problem.truncated && problem.offset >= text.trimEnd().length) return endOfText(text);
  return problem;
}

function locate(text: string): JsonSyntaxError | null {
  const stack: ('{' | '[')[] = [];
  let state: State = 'value';
  let pos = 0;
  for (;;) {
    pos = skipWhitespace(text, pos);
    if (pos >= text.length) {
      return state === 'after' && stack.length === 0 ? null : endOfText(text);
    }
    const ch = text.charAt(pos);
    const top = stack[stack.length - 1];
    switch (state) {
      case 'firstKey':
      case 'key':
        if (ch === '}' && state === 'firstKey') {
          stack.pop();
          pos += 1;
          state = 'after';
        } else if (ch === '"') {
          const end = scanString(text, pos);
          if (typeof end !== 'number') return end;
          pos = end;
          state = 'colon';
        } else {
          // After ',' a '}' is a trailing comma, which JSON forbids.
          return unexpected(text, pos, state === 'key' ? 'a property name in double quotes' : "a property name in double quotes or '}'");
        }
        break;
      case 'colon':
        if (ch !== ':') return unexpected(text, pos, "':'");
        pos += 1;
        state = 'value';
        break;
      case 'firstItem':
        if (ch === ']') {
          stack.pop();
          pos += 1;
          state = 'after';
        } else {
          state = 'value'; // re-read the same character as a value
        }
        break;
      case 'value': {
        if (ch === '{' || ch === '[') {
          stack.push(ch);
          pos += 1;
          state = ch === '{' ? 'firstKey' : 'firstItem';
          break;
        }
        const end = scanScalar(text, pos);
        if (typeof end !== 'number') return end;
        pos = end;
        state = 'after';
        break;
      }
      case 'after':
        if (top === undefined) {
          return { offset: pos, truncated: false, description: `unexpected ${describeChar(text, pos)} after the end of the JSON value` };
        }
        if (ch === ',') {
          pos += 1;
          state = top === '{' ? 'key' : 'value';
        } else if ((ch === '}' && top === '{') || (ch === ']' && top === '[')) {
          stack.pop();
          pos += 1;
        } else {
          return unexpected(text, pos, top === '{' ? "',' or '}'" : "',' or ']'");
        }
        break;
    }
  }
}

/** Converts an offset into a 1-based line and column; lines end at '\n' (so CRLF works too). */
export function lineColumn(text: string, offset: number): LineColumn {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function skipWhitespace(text: string, pos: number): number {
  let p = pos;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    p += 1;
  }
  return p;
}

/** The text stopped early: point just past its last non-whitespace character. */
function endOfText(text: string): JsonSyntaxError {
  return { offset: text.trimEnd().length, truncated: true, description: 'unexpected end of text' };
}

function unexpected(text: string, pos: number, expected: string): JsonSyntaxError {
  return { offset: pos, truncated: false, description: `expected ${expected} but found ${describeChar(text, pos)}` };
}

/** A safe one-line description of the character at pos (no raw control characters in messages). */
function describeChar(text: string, pos: number): string {
  return describeCodePoint(text.codePointAt(pos));
}

/** The same description from a code point (undefined: the end of the text); the byte scanner words characters with it too. */
export function describeCodePoint(code: number | undefined): string {
  if (code === undefined) return 'the end of the text';
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) {
    return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `'${String.fromCodePoint(code)}'`;
}

/** Scans a string starting at the opening quote; returns the offset after the closing quote. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let p = start + 1;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c === 0x22) return p + 1;
    if (c < 0x20) {
      return { offset: p, truncated: false, description: `${describeChar(text, p)} inside a string (must be escaped)` };
    }
    if (c === 0x5c) {
      const escape = scanEscape(text, p);
      if (typeof escape !== 'number') return escape;
      p = escape;
    } else {
      p += 1;
    }
  }
  return endOfText(text);
}

/** Scans a backslash escape at p; returns the offset after it. */
function scanEscape(text: string, p: number): number | JsonSyntaxError {
  if (p + 1 >= text.length) return endOfText(text);
  const e = text.charAt(p + 1);
  if ('"\\/bfnrt'.includes(e)) return p + 2;
  if (e !== 'u') return { offset: p, truncated: false, description: `invalid escape '\\${e}' in a string` };
  for (let i = p + 2; i < p + 6; i += 1) {
    if (i >= text.length) return endOfText(text);
    if (!/[0-9a-fA-F]/.test(text.charAt(i))) {
      return { offset: p, truncated: false, description: 'invalid \\u escape in a string (needs 4 hex digits)' };
    }
  }
  return p + 6;
}

const LITERALS = ['true', 'false', 'null'] as const;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** A number cut short by the end of the text, e.g. "-", "1." or "2e+". */
const NUMBER_PREFIX_AT_END = /-?(?:0|[1-9]\d*)?(?:\.\d*)?(?:[eE][+-]?\d*)?$/y;

/** Scans a string, number or literal at pos; returns the offset after it. */
function scanScalar(text: string, pos: number): number | JsonSyntaxError {
  const ch = text.charAt(pos);
  if (ch === '"') return scanString(text, pos);
  if (ch === '-' || (ch >= '0' && ch <= '9')) return scanNumber(text, pos);
  for (const word of LITERALS) {
    if (text.startsWith(word, pos)) return pos + word.length;
    // "tr" at the very end of the text is a cut-off "true", not a typo.
    const rest = text.slice(pos);
    if (rest.length < word.length && word.startsWith(rest)) return endOfText(text);
  }
  return unexpected(text, pos, 'a value');
}

function scanNumber(text: string, pos: number): number | JsonSyntaxError {
  NUMBER.lastIndex = pos;
  const m = NUMBER.exec(text);
  const end = m ? pos + m[0].length : pos;
  const next = text.charAt(end);
  // A number must be followed by a delimiter; "1.", "01" or "1e" are malformed.
  if (m && (next === '' || /[\s,\]}]/.test(next))) return end;
  NUMBER_PREFIX_AT_END.lastIndex = pos;
  if (NUMBER_PREFIX_AT_END.test(text)) return endOfText(text);
  return { offset: pos, truncated: false, description: 'malformed number' };
}
