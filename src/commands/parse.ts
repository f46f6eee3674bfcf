/**
 * Reading a `/sg-guard` command from the first line of a pull request comment.
 * Pure. The comment is untrusted text: it is only ever matched against these
 * fixed forms and cut into bounded strings (never evaluated, never passed to a
 * shell); what is kept (a finding id, a rule name, a reason, a date) is
 * checked for shape here and escaped wherever it is shown.
 *
 * ```text
 * /sg-guard ignore [<finding-id>...] reason: <text> [expires: YYYY-MM-DD]
 * /sg-guard unignore [<finding-id>]
 * /sg-guard approve [<finding-id>]
 * /sg-guard recheck
 * /sg-guard explain [<rule> | <finding-id>]
 * /sg-guard help
 * ```
 *
 * The finding id may be left out in a reply to one of sg-guard's inline
 * comments (the thread names the finding).
 */

import { isRuleName } from '../rules/types.js';

export type Verb = 'ignore' | 'unignore' | 'approve' | 'recheck' | 'explain' | 'help';

/** What the first line starts with for sg-guard to read it at all. */
const COMMAND_PREFIX = '/sg-guard';
/** A first line longer than this (UTF-16 code units) is refused before it is looked at further. */
export const MAX_COMMAND_LENGTH = 1_000;
/** Finding ids one `ignore` takes, at most. */
const MAX_IDS_AT_ONCE = 20;
/** The longest reason, in code points. */
export const MAX_REASON_LENGTH = 300;
/** Finding ids as the engine makes them (12 hex digits); a report may carry 8 to 64. */
const FINDING_ID = /^[0-9a-f]{8,64}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type Command =
  /** `also`: more finding ids given after the first (`/sg-guard ignore <id> <id>… reason: …`), each ignored with the same reason. */
  | { verb: 'ignore'; findingId: string | null; reason: string; expires: string | null; also?: string[] }
  | { verb: 'unignore'; findingId: string | null }
  /** Grants the waiver that an sg-guard:ignore comment added by the pull request asks for. */
  | { verb: 'approve'; findingId: string | null }
  | { verb: 'recheck' }
  | { verb: 'explain'; subject: string | null }
  /** `unknown`: the verb that was not understood (cut and to be escaped), for "anything else gets the help text". */
  | { verb: 'help'; unknown: string | null };

export type Parsed =
  /** Not a command (most comments): nothing is done, not even a reaction. */
  | { kind: 'none' }
  | { kind: 'command'; command: Command }
  /** A command sg-guard recognised but cannot carry out as written: `problem` says why, in words. */
  | { kind: 'invalid'; verb: Verb | null; problem: string };

/** C0/C1 controls and bidirectional controls: never part of a reason (tabs are turned into spaces first). */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

/** The first line of a comment body, without a byte-order mark and surrounding blanks. */
function firstLine(body: string): string {
  const end = body.search(/[\r\n]/);
  return (end < 0 ? body : body.slice(0, end)).replace(/^\uFEFF/, '').trim();
}

/** Whether `date` (YYYY-MM-DD) is a real calendar day. */
export function isCalendarDate(date: string): boolean {
  const m = DATE.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return y >= 2000 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** A finding id as typed: lower-cased, and without the backticks it has when copied from Markdown source. */
function findingId(token: string): string | null {
  const bare = token.replace(/^`(.*)`$/, '$1').toLowerCase();
  return FINDING_ID.test(bare) ? bare : null;
}

/** The unknown verb as it may be shown back: at most 40 code points. */
function shown(token: string): string {
  const chars = Array.from(token);
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : token;
}

/** Whether the first line is indented as code: four columns of leading blanks (a tab reaches the next multiple of four). */
function indentedCode(body: string): boolean {
  let column = 0;
  for (const ch of body.replace(/^\uFEFF/, '')) {
    if (ch === ' ') column++;
    else if (ch === '\t') column += 4 - (column % 4);
    else break;
    if (column >= 4) return true;
  }
  return false;
}

export function parseCommand(body: unknown): Parsed {
  if (typeof body !== 'string') return { kind: 'none' };
  // GitHub shows an indented first line as code, as it does fenced code: an example, never a command.
  if (indentedCode(body)) return { kind: 'none' };
  const line = firstLine(body);
  const head = line.slice(0, COMMAND_PREFIX.length + 1);
  if (head.slice(0, COMMAND_PREFIX.length).toLowerCase() !== COMMAND_PREFIX) return { kind: 'none' };
  // `/sg-guardian` is somebody else's command.
  if (head.length > COMMAND_PREFIX.length && !/\s/.test(head.charAt(COMMAND_PREFIX.length))) return { kind: 'none' };
  if (line.length > MAX_COMMAND_LENGTH) return { kind: 'invalid', verb: null, problem: `the command is longer than ${MAX_COMMAND_LENGTH} characters` };

  const rest = line.slice(COMMAND_PREFIX.length).replace(/\t/g, ' ').trim();
  const space = rest.search(/\s/);
  const word = space < 0 ? rest : rest.slice(0, space);
  const args = space < 0 ? '' : rest.slice(space).trim();
  const verb = word.toLowerCase();
  switch (verb) {
    case 'ignore':
      return parseIgnore(args);
    case 'unignore':
    case 'approve': {
      if (args === '') return { kind: 'command', command: { verb, findingId: null } };
      const id = findingId(args);
      return id ? { kind: 'command', command: { verb, findingId: id } } : { kind: 'invalid', verb, problem: `${verb} takes one finding id (12 hexadecimal digits) and nothing else` };
    }
    case 'recheck':
      return { kind: 'command', command: { verb: 'recheck' } };
    case 'explain': {
      if (args === '') return { kind: 'command', command: { verb: 'explain', subject: null } };
      const id = findingId(args);
      if (id) return { kind: 'command', command: { verb: 'explain', subject: id } };
      const rule = args.replace(/^`(.*)`$/, '$1').toLowerCase();
      return isRuleName(rule) ? { kind: 'command', command: { verb: 'explain', subject: rule } } : { kind: 'invalid', verb: 'explain', problem: 'explain takes one rule name (such as no-public-ssh) or a finding id' };
    }
    case 'help':
      return { kind: 'command', command: { verb: 'help', unknown: null } };
    default:
      return { kind: 'command', command: { verb: 'help', unknown: word === '' ? null : shown(word) } };
  }
}

function parseIgnore(args: string): Parsed {
  const invalid = (problem: string): Parsed => ({ kind: 'invalid', verb: 'ignore', problem });
  let text = args;
  const ids: string[] = [];
  for (let token = /^\S+/.exec(text)?.[0] ?? ''; token !== '' && !/^reason:/i.test(token); token = /^\S+/.exec(text)?.[0] ?? '') {
    const id = findingId(token);
    // After the first id, a word that is not one starts what should have been `reason:`.
    if (!id && ids.length > 0) break;
    if (!id) return invalid('the finding id must be 12 hexadecimal digits, as in the finding\'s comment or the summary (or leave it out in a reply to sg-guard\'s comment on the finding)');
    if (ids.length >= MAX_IDS_AT_ONCE) return invalid(`at most ${MAX_IDS_AT_ONCE} finding ids at once`);
    if (!ids.includes(id)) ids.push(id);
    text = text.slice(token.length).trim();
  }
  const id = ids[0] ?? null;
  const reasonAt = /^reason:/i.exec(text);
  if (!reasonAt) return invalid('a reason is required: `/sg-guard ignore <finding-id> reason: <why this exposure is acceptable>`');
  let reason = text.slice(reasonAt[0].length).trim();
  let expires: string | null = null;
  const tail = /\s*\bexpires:\s*(\S*)$/i.exec(reason);
  if (tail) {
    if (!isCalendarDate(tail[1] ?? '')) return invalid('expires: must be a date written YYYY-MM-DD (the last day the ignore applies, UTC)');
    expires = tail[1] as string;
    reason = reason.slice(0, tail.index).trim();
  }
  if (/\bexpires:/i.test(reason)) return invalid('expires: must come last, followed only by a date written YYYY-MM-DD');
  if (reason === '') return invalid('the reason is empty: say why this exposure is acceptable');
  if (CONTROLS.test(reason)) return invalid('the reason contains control or text-direction characters');
  if (Array.from(reason).length > MAX_REASON_LENGTH) return invalid(`the reason is longer than ${MAX_REASON_LENGTH} characters`);
  return { kind: 'command', command: { verb: 'ignore', findingId: id, reason: reason.replace(/ {2,}/g, ' '), expires, ...(ids.length > 1 ? { also: ids.slice(1) } : {}) } };
}
