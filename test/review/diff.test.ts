import { describe, expect, it } from 'vitest';
import { anchorFor, isCommentable, parsePatch, parseUnifiedDiff } from '../../src/review/diff.js';

describe('parsePatch (GitHub list-files `patch`)', () => {
  it('reads the new-side range of every hunk and the lines it adds', () => {
    const patch = ['@@ -1,3 +1,4 @@', ' a', '+b', ' c', ' d', '@@ -10,2 +11,3 @@ resource "x" "y" {', ' e', '+f', ' g'].join('\n');
    expect(parsePatch(patch)).toEqual([
      { start: 1, end: 4, changed: [2] },
      { start: 11, end: 13, changed: [12] },
    ]);
  });

  it('marks the line after a deletion, or before one that ends the hunk, as changed', () => {
    expect(parsePatch(['@@ -5,4 +5,3 @@', ' a', '-b', ' c', ' d'].join('\n'))).toEqual([{ start: 5, end: 7, changed: [6] }]);
    expect(parsePatch(['@@ -5,3 +5,2 @@', ' a', ' b', '-c'].join('\n'))).toEqual([{ start: 5, end: 6, changed: [6] }]);
    // A change: removed and added lines count once.
    expect(parsePatch(['@@ -5,3 +5,3 @@', ' a', '-b', '+B', ' c'].join('\n'))).toEqual([{ start: 5, end: 7, changed: [6] }]);
  });

  it('handles hunk headers without counts, deleting hunks, "no newline" markers and CRLF', () => {
    expect(parsePatch('@@ -3 +3 @@\n-x\n+y')).toEqual([{ start: 3, end: 3, changed: [3] }]);
    expect(parsePatch('@@ -4,2 +3,0 @@\n-x\n-y')).toEqual([{ start: 4, end: 3, changed: [] }]);
    expect(parsePatch('@@ -1,1 +1,1 @@\r\n-a\r\n\\ No newline at end of file\r\n+b\r\n\\ No newline at end of file')).toEqual([{ start: 1, end: 1, changed: [1] }]);
  });

  it('reads nothing before the first hunk header', () => {
    expect(parsePatch('+++ b/x\n+not a hunk')).toEqual([]);
  });
});

describe('parseUnifiedDiff (git diff output)', () => {
  it('splits by file, by the new path, and leaves out deleted files', () => {
    const diff = [
      'diff --git a/infra/main.tf b/infra/main.tf',
      'index 1..2 100644',
      '--- a/infra/main.tf',
      '+++ b/infra/main.tf',
      '@@ -1,2 +1,3 @@',
      ' a',
      '+b',
      ' c',
      'diff --git a/old.tf b/old.tf',
      'deleted file mode 100644',
      '--- a/old.tf',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-gone',
      'diff --git a/new.tf b/new.tf',
      'new file mode 100644',
      '--- /dev/null',
      '+++ "b/dir/with\\ttab.tf"',
      '@@ -0,0 +1,2 @@',
      '+x',
      '+y',
      '',
    ].join('\n');
    const files = parseUnifiedDiff(diff);
    expect([...files.keys()]).toEqual(['infra/main.tf', 'dir/with\ttab.tf']);
    expect(files.get('infra/main.tf')).toEqual([{ start: 1, end: 3, changed: [2] }]);
    expect(files.get('dir/with\ttab.tf')).toEqual([{ start: 1, end: 2, changed: [1, 2] }]);
  });

  it('accepts a diff without `diff --git` lines (diff -u)', () => {
    expect(parseUnifiedDiff('--- main.tf\t2025-01-01\n+++ main.tf\t2025-01-02\n@@ -1 +1,2 @@\n a\n+b\n').get('main.tf')).toEqual([{ start: 1, end: 2, changed: [2] }]);
  });
});

describe('anchorFor', () => {
  const diff = new Map([['infra/main.tf', [{ start: 37, end: 63, changed: [40, 41, 50] }, { start: 69, end: 82, changed: [72, 73, 79] }]]]);

  it('comments on the block lines inside the hunk that changes them', () => {
    expect(anchorFor(diff, { file: 'infra/main.tf', line: 44, endLine: 50 })).toEqual({ path: 'infra/main.tf', startLine: 44, line: 50 });
    // A block reaching beyond the hunk is cut to it: GitHub wants both ends in one hunk.
    expect(anchorFor(diff, { file: 'infra/main.tf', line: 61, endLine: 80 })).toEqual({ path: 'infra/main.tf', startLine: 69, line: 80 });
    expect(anchorFor(diff, { file: 'infra/main.tf', line: 79, endLine: 79 })).toEqual({ path: 'infra/main.tf', line: 79 });
  });

  it("comments on the offending value's line when the block is changed and the diff shows that line", () => {
    // The block 44-50 changes at 50; its value at 49 is on the new side of the hunk.
    expect(anchorFor(diff, { file: 'infra/main.tf', line: 49, endLine: 50, blockLine: 44 })).toEqual({ path: 'infra/main.tf', line: 49 });
    // An unchanged value line counts too when its block changes (a port widened beside it).
    expect(anchorFor(diff, { file: 'infra/main.tf', line: 45, endLine: 50, blockLine: 44 })).toEqual({ path: 'infra/main.tf', line: 45 });
    // A value line in another hunk than the change: any line the diff shows takes a comment.
    expect(anchorFor(diff, { file: 'infra/main.tf', line: 70, endLine: 80, blockLine: 50 })).toEqual({ path: 'infra/main.tf', line: 70 });
  });

  it('falls back to the block lines inside the hunk when the diff does not show the value line', () => {
    // The block 30-66 changes at 40, 41 and 50; its value at 65 is beyond the hunk's end (63).
    expect(anchorFor(diff, { file: 'infra/main.tf', line: 65, endLine: 66, blockLine: 30 })).toEqual({ path: 'infra/main.tf', startLine: 37, line: 63 });
    // A value line in a block the diff does not change: no comment, as for the block.
    expect(anchorFor(diff, { file: 'infra/main.tf', line: 55, endLine: 58, blockLine: 52 })).toBeNull();
  });

  it('is null for blocks the diff shows but does not change, and for other files', () => {
    expect(anchorFor(diff, { file: 'infra/main.tf', line: 52, endLine: 58 })).toBeNull();
    expect(anchorFor(diff, { file: 'infra/main.tf', line: 82, endLine: 90 })).toBeNull();
    expect(anchorFor(diff, { file: 'other.tf', line: 44, endLine: 50 })).toBeNull();
  });

  it('isCommentable: any new-side line a hunk shows', () => {
    expect(isCommentable(diff, 'infra/main.tf', 37)).toBe(true);
    expect(isCommentable(diff, 'infra/main.tf', 64)).toBe(false);
  });
});
