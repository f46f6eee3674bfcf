/**
 * What a pull request's diff lets a review comment on. GitHub accepts an
 * inline comment on the new side (`side: RIGHT`) only on a line inside one of
 * the file's hunks, and a multi-line comment only when both ends are in the
 * same hunk. Pure functions over unified-diff text.
 */
import { blockStart, type SourceLocation } from '../findings/types.js';

/** One hunk, seen from the new side of the file. */
export interface Hunk {
  /** First and last new-side line the hunk shows (context and added lines); end < start for a hunk that only deletes. */
  start: number;
  end: number;
  /**
   * New-side lines this change touches: every added line, and the line just
   * after a deletion (or just before one that ends the hunk), so a block that
   * only lost lines still counts as changed.
   */
  changed: number[];
}

/** Hunks by file path (repository-relative, forward slashes). */
export type DiffIndex = ReadonlyMap<string, readonly Hunk[]>;

/** Where an inline comment goes: `line`, and `startLine` when it spans several lines. */
export interface Anchor {
  path: string;
  line: number;
  startLine?: number;
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * The hunks of one file's patch, as GitHub's list-files API returns it in
 * `patch` (hunks only, no `diff --git` header). Lines before the first hunk
 * header are ignored.
 */
export function parsePatch(patch: string): Hunk[] {
  const hunks: Hunk[] = [];
  let hunk: Hunk | null = null;
  let next = 0;
  let deletionPending = false;
  const closePending = (): void => {
    // A deletion at the end of a hunk touches the line before it.
    if (hunk && deletionPending && next - 1 >= hunk.start) mark(hunk, next - 1);
    deletionPending = false;
  };
  for (const raw of patch.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const header = HUNK_HEADER.exec(line);
    if (header) {
      closePending();
      const start = Number(header[1]);
      const count = header[2] === undefined ? 1 : Number(header[2]);
      // `+N,0`: nothing on the new side; N is the line before the deletion.
      hunk = count === 0 ? { start: start + 1, end: start, changed: [] } : { start, end: start + count - 1, changed: [] };
      hunks.push(hunk);
      next = hunk.start;
      continue;
    }
    if (!hunk) continue;
    const kind = line[0];
    if (kind === '+') {
      mark(hunk, next);
      deletionPending = false;
      next += 1;
    } else if (kind === '-') {
      deletionPending = true;
    } else if (kind === ' ' || line === '') {
      if (line === '' && next > hunk.end) continue; // the trailing newline of the patch text
      if (deletionPending) mark(hunk, next);
      deletionPending = false;
      next += 1;
    }
    // `\ No newline at end of file` and anything else: no line on either side.
  }
  closePending();
  return hunks;
}

function mark(hunk: Hunk, line: number): void {
  if (line < hunk.start || line > hunk.end) return;
  if (hunk.changed[hunk.changed.length - 1] !== line) hunk.changed.push(line);
}

/**
 * A whole unified diff (`git diff`, or a pull request's `.diff`), split by
 * file: the new path of each file (from `+++ b/path`, or `diff --git` for a
 * file without content lines) and its hunks. Deleted files (`+++ /dev/null`)
 * have nothing on the new side and are left out.
 */
export function parseUnifiedDiff(text: string): Map<string, Hunk[]> {
  const files = new Map<string, Hunk[]>();
  const lines = text.split('\n');
  let path: string | null = null;
  let body: string[] = [];
  const flush = (): void => {
    if (path !== null) files.set(path, [...(files.get(path) ?? []), ...parsePatch(body.join('\n'))]);
    path = null;
    body = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (line.startsWith('diff --git ')) {
      flush();
      continue;
    }
    if (line.startsWith('--- ') && (lines[i + 1] ?? '').startsWith('+++ ')) {
      flush();
      const target = (lines[i + 1] ?? '').slice(4).replace(/\r$/, '').replace(/\t.*$/, '');
      i += 1;
      path = target === '/dev/null' ? null : stripPrefix(unquote(target));
      continue;
    }
    if (path !== null) body.push(line);
  }
  flush();
  return files;
}

/** git quotes paths with unusual characters: `"b/a\tb.tf"`. */
function unquote(path: string): string {
  if (!(path.startsWith('"') && path.endsWith('"'))) return path;
  try {
    return JSON.parse(path) as string;
  } catch {
    return path.slice(1, -1);
  }
}

function stripPrefix(path: string): string {
  return /^[ab]\//.test(path) ? path.slice(2) : path;
}

/**
 * Where to comment on the block `location` is in, or null when this diff does
 * not change it. The block counts as part of the diff when one of its lines
 * was added or lost lines (a hunk's `changed`). The comment then sits on the
 * offending value's line (`location.line` inside the block) when the diff
 * shows that line; otherwise it spans the block's lines inside the hunk, so
 * GitHub shows the offending block.
 */
export function anchorFor(diff: DiffIndex, location: SourceLocation): Anchor | null {
  const hunks = diff.get(location.file);
  if (!hunks) return null;
  const first = blockStart(location);
  for (const hunk of hunks) {
    const touched = hunk.changed.some((l) => l >= first && l <= location.endLine);
    if (!touched) continue;
    if (location.line !== first && isCommentable(diff, location.file, location.line)) return { path: location.file, line: location.line };
    const start = Math.max(first, hunk.start);
    const end = Math.min(location.endLine, hunk.end);
    return start < end ? { path: location.file, startLine: start, line: end } : { path: location.file, line: end };
  }
  return null;
}

/** Whether GitHub accepts a comment on `line` of `path` on the new side (any line a hunk shows). */
export function isCommentable(diff: DiffIndex, path: string, line: number): boolean {
  return (diff.get(path) ?? []).some((h) => line >= h.start && line <= h.end);
}
