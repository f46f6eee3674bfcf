/**
 * Escaping for text that comes from a plan (addresses, messages, peers, paths,
 * for_each keys...). A plan is untrusted input: whoever can open a pull request
 * can choose resource names, so nothing from it may turn into Markdown, HTML,
 * links, @mentions or terminal control sequences in our output.
 */

/** Inserted after `@`, `#` and inside URL schemes so GitHub does not ping, cross-reference or autolink. */
export const ZERO_WIDTH_JOINER = '\u200D';
const REPLACEMENT_CHARACTER = '\uFFFD';

function isLineBreak(cp: number): boolean {
  return cp === 0x0a || cp === 0x0d || cp === 0x0b || cp === 0x0c || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

/**
 * C0 and C1 controls, DEL, and the Unicode bidirectional controls that can make
 * text display in a different order than it is read ("Trojan Source").
 */
function isControl(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0x061c ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0x2028 ||
    cp === 0x2029
  );
}

/** Replaces every control character (see isControl) by what `replace` returns for it. */
function mapControls(text: string, replace: (ch: string, cp: number) => string): string {
  let out = '';
  let plainStart = 0;
  let i = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isControl(cp)) {
      out += text.slice(plainStart, i) + replace(ch, cp);
      plainStart = i + ch.length;
    }
    i += ch.length;
  }
  return plainStart === 0 ? text : out + text.slice(plainStart);
}

/** One line of plain text: line breaks and tabs become spaces, other controls U+FFFD. */
function singleLine(text: string): string {
  return mapControls(text.replace(/\r\n/g, '\n'), (_ch, cp) => (isLineBreak(cp) || cp === 0x09 ? ' ' : REPLACEMENT_CHARACTER));
}

const MARKDOWN_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
  '[': '\\[',
  ']': '\\]',
  '|': '\\|',
  '~': '\\~',
  // GitHub renders $…$ as maths.
  $: '\\$',
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
};

/**
 * Makes untrusted text safe to put into Markdown inline text or a GFM table cell:
 * it renders as the literal text (modulo invisible zero-width joiners) and can
 * produce no HTML, emphasis, code, links, images, autolinks, maths, @mentions,
 * #issue references, or block structure.
 *
 * - line breaks and tabs become spaces; other control and bidi characters U+FFFD
 * - `\ \` * _ [ ] | ~ $` are backslash-escaped; `< > &` become entities
 * - `!` before `[`; `# + - =` and list numbers (`1. `, `1) `) at the start;
 *   a leading space becomes `&#32;` (no indented code block)
 * - `@x`, `#1`, `GH-1`, `scheme://` and `www.` get a zero-width joiner so GitHub
 *   neither pings users/teams, nor cross-references issues, nor autolinks URLs
 *   and e-mail addresses
 */
export function escapeMarkdown(text: string): string {
  let s = singleLine(text).replace(/[\\`*_[\]|~$<>&]/g, (ch) => MARKDOWN_ESCAPES[ch] ?? ch);
  s = s.replace(/!(?=\\\[)/g, '\\!');
  // Block markers only matter at the start of a line; the text is a single line now.
  s = s.replace(/^( *)([#+=-])/, '$1\\$2').replace(/^( *\d{1,9})([.)])(?= |$)/, '$1\\$2');
  s = s
    .replace(/@(?=\S)/g, `@${ZERO_WIDTH_JOINER}`)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_JOINER}`)
    .replace(/\b(gh)-(?=\d)/gi, `$1-${ZERO_WIDTH_JOINER}`)
    .replace(/:\/\//g, `:${ZERO_WIDTH_JOINER}//`)
    .replace(/\b(www)\./gi, `$1${ZERO_WIDTH_JOINER}.`);
  // Four leading spaces would start an indented code block; an entity is not whitespace.
  // (Last, so the `#` rule above does not touch the entity.)
  return s.replace(/^ /, '&#32;');
}

/**
 * Wraps untrusted text in a Markdown code span that shows it literally: the fence
 * is longer than any backtick run inside, and the content is padded with a space
 * when it starts or ends with a backtick (or would lose a space to CommonMark's
 * stripping). Line breaks become spaces. Inside a code span nothing is
 * interpreted: no HTML, links, or mentions.
 *
 * With `table: true` pipes are escaped as `\|`, which GFM tables require even
 * inside code spans (GitHub shows them as `|`).
 *
 * Returns '' for the empty string: an empty code span cannot be written.
 */
export function inlineCode(text: string, options: { table?: boolean } = {}): string {
  const s = singleLine(text);
  if (s === '') return '';
  let longest = 0;
  for (const run of s.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const needsPad = s.startsWith('`') || s.endsWith('`') || (s.startsWith(' ') && s.endsWith(' ') && s.trim() !== '');
  const pad = needsPad ? ' ' : '';
  const code = `${fence}${pad}${s}${pad}${fence}`;
  return options.table ? code.replace(/\|/g, '\\|') : code;
}

/** Escapes text for HTML element content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * Makes untrusted text safe to print on a terminal: control characters
 * (including ESC, so no ANSI sequences) and bidi controls are shown as visible
 * escapes such as `\x1b`, `\n` or `\u{202e}`; a leading `::` becomes `\x3a:`
 * (a workflow command where the text starts a line of a GitHub Actions log).
 */
export function escapeTerminal(text: string): string {
  const shown = mapControls(text, (ch, cp) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u{${cp.toString(16)}}`;
  });
  // Text that may start a line of a CI log: `::name::` there is a GitHub Actions workflow command.
  return shown.replace(/^(\s*):(?=:)/, '$1\\x3a');
}
