import { describe, expect, it } from 'vitest';
import { ZERO_WIDTH_JOINER, escapeHtml, escapeMarkdown, escapeTerminal, inlineCode } from '../../src/lib/escape.js';

const ZWJ = ZERO_WIDTH_JOINER;

/** What a reader sees: undo backslash escapes, entities and the invisible joiners. */
function displayed(markdown: string): string {
  return markdown
    .replaceAll(ZWJ, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#32;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Characters at `i` that are preceded by an odd number of backslashes are escaped. */
function isEscaped(s: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && s[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

function unescapedOccurrences(s: string, ch: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < s.length; i++) if (s[i] === ch && !isEscaped(s, i)) found.push(i);
  return found;
}

const HOSTILE = [
  '</details><img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '@org/team please look',
  'cc @octocat and @github/security-team',
  '| pipes | in | cells |',
  '[link](javascript:alert(1))',
  '![img](https://evil.example/x.png)',
  '[ref]: https://evil.example',
  'a `code` span and ``` fences ```',
  'first line\nsecond line\r\nthird\rfourth\u2028fifth',
  '**bold** _em_ ~~strike~~ $x^2$',
  '# heading',
  '- list item',
  '1. ordered',
  '> quote',
  '---',
  '=== setext',
  'https://evil.example/phish and www.evil.example and a@b.example',
  'fixes #123 and GH-45',
  '&lt;img src=x&gt; &amp; &#60;',
  'back\\slash \\[ \\| \\',
  'bidi \u202Egnp.exe\u202C and ESC \u001b[31mred',
  '    indented code',
  '  - indented list',
];

describe('escapeMarkdown', () => {
  it.each(HOSTILE)('neutralises %j', (input) => {
    const out = escapeMarkdown(input);
    // One line, no raw HTML.
    expect(out).not.toMatch(/[\r\n\u2028\u2029]/);
    expect(out).not.toMatch(/[<>]/);
    // No link, image or code syntax survives.
    expect(unescapedOccurrences(out, '[')).toEqual([]);
    expect(unescapedOccurrences(out, ']')).toEqual([]);
    expect(unescapedOccurrences(out, '`')).toEqual([]);
    expect(unescapedOccurrences(out, '|')).toEqual([]);
    expect(unescapedOccurrences(out, '*')).toEqual([]);
    expect(unescapedOccurrences(out, '_')).toEqual([]);
    expect(unescapedOccurrences(out, '~')).toEqual([]);
    expect(unescapedOccurrences(out, '$')).toEqual([]);
    // No mention, issue reference or autolink.
    expect(out).not.toMatch(/@[A-Za-z0-9]/);
    expect(out.replaceAll('&#32;', ' ')).not.toMatch(/#\d/);
    expect(out).not.toMatch(/GH-\d/i);
    expect(out).not.toMatch(/:\/\//);
    expect(out).not.toMatch(/\bwww\./i);
    // Every & starts one of our entities: input entities are shown literally.
    expect(out.match(/&(?!(?:lt|gt|amp|#32);)/g)).toBeNull();
    // No block syntax at the start.
    expect(out).not.toMatch(/^ *(?:[#>=+-]|\d+[.)](?: |$))/);
    expect(out).not.toMatch(/^ /);
  });

  it('shows the text literally (newlines as spaces, controls as U+FFFD)', () => {
    for (const input of HOSTILE) {
      const expected = input
        .replace(/\r\n/g, '\n')
        .replace(/[\r\n\u2028]/g, ' ')
        .replace(/[\u202E\u202C]/g, '\uFFFD')
        .replaceAll(String.fromCharCode(0x1b), '\uFFFD');
      expect(displayed(escapeMarkdown(input))).toBe(expected);
    }
  });

  it('escapes the specific hostile strings as expected', () => {
    expect(escapeMarkdown('</details><img src=x onerror=alert(1)>')).toBe('&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeMarkdown('@org/team')).toBe(`@${ZWJ}org/team`);
    expect(escapeMarkdown('| pipes |')).toBe('\\| pipes \\|');
    expect(escapeMarkdown('[link](javascript:alert(1))')).toBe('\\[link\\](javascript:alert(1))');
    expect(escapeMarkdown('![x](y)')).toBe('\\!\\[x\\](y)');
    expect(escapeMarkdown('a\nb')).toBe('a b');
    expect(escapeMarkdown('a\r\nb')).toBe('a b');
    expect(escapeMarkdown('# x')).toBe('\\# x');
    expect(escapeMarkdown('x # y')).toBe('x # y');
    expect(escapeMarkdown('2. x')).toBe('2\\. x');
    expect(escapeMarkdown('AT&T')).toBe('AT&amp;T');
    expect(escapeMarkdown('see #12')).toBe(`see #${ZWJ}12`);
  });

  it('leaves ordinary addresses readable', () => {
    expect(escapeMarkdown('module.net["a"].aws_security_group.web')).toBe('module.net\\["a"\\].aws\\_security\\_group.web');
    expect(escapeMarkdown('0.0.0.0/0')).toBe('0.0.0.0/0');
    expect(escapeMarkdown('2001:db8::/32')).toBe('2001:db8::/32');
    expect(escapeMarkdown('')).toBe('');
  });
});

describe('inlineCode', () => {
  it('wraps plain text in single backticks', () => {
    expect(inlineCode('aws_security_group.web')).toBe('`aws_security_group.web`');
  });

  it('uses a fence longer than any backtick run inside', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('a``b`c')).toBe('```a``b`c```');
    expect(inlineCode('x ``` y')).toBe('````x ``` y````');
  });

  it('pads with spaces when the text starts or ends with a backtick', () => {
    expect(inlineCode('`x')).toBe('`` `x ``');
    expect(inlineCode('x`')).toBe('`` x` ``');
    expect(inlineCode('`')).toBe('`` ` ``');
  });

  it('keeps spaces that CommonMark would strip', () => {
    expect(inlineCode(' a ')).toBe('`  a  `');
    expect(inlineCode('   ')).toBe('`   `');
    expect(inlineCode(' a')).toBe('` a`');
  });

  it('puts newlines on one line and replaces controls', () => {
    expect(inlineCode('a\nb\r\nc')).toBe('`a b c`');
    expect(inlineCode('a\u001bb')).toBe('`a\uFFFDb`');
  });

  it('escapes pipes only for table cells', () => {
    expect(inlineCode('a|b')).toBe('`a|b`');
    expect(inlineCode('a|b', { table: true })).toBe('`a\\|b`');
  });

  it('returns an empty string for empty text', () => {
    expect(inlineCode('')).toBe('');
  });

  it('contains hostile HTML, links and mentions inside the code span', () => {
    const out = inlineCode('</details><img src=x onerror=alert(1)> @org/team [l](javascript:x) ``` `');
    const fence = /^`+/.exec(out)?.[0] ?? '';
    expect(fence.length).toBe(4);
    expect(out.endsWith(fence)).toBe(true);
    // No backtick run inside is as long as the fence, so the span cannot end early.
    const inner = out.slice(fence.length, -fence.length);
    expect(Math.max(...(inner.match(/`+/g) ?? ['']).map((r) => r.length))).toBeLessThan(fence.length);
  });
});

describe('escapeHtml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});

describe('escapeTerminal', () => {
  it('never lets text start a workflow command line', () => {
    expect(escapeTerminal('::error title=x::y')).toBe('\\x3a:error title=x::y');
    expect(escapeTerminal('  ::warning::y')).toBe('  \\x3a:warning::y');
    expect(escapeTerminal('a::b')).toBe('a::b');
  });
  it('shows control characters instead of sending them', () => {
    expect(escapeTerminal('a\u001b[31mred\u001b[0m')).toBe('a\\x1b[31mred\\x1b[0m');
    expect(escapeTerminal('a\nb\tc\rd')).toBe('a\\nb\\tc\\rd');
    expect(escapeTerminal('x\u202Ey')).toBe('x\\u{202e}y');
    expect(escapeTerminal('\u009b')).toBe('\\x9b');
  });

  it('leaves ordinary text alone', () => {
    const s = 'aws_security_group.web["ünïcødé ✓"]';
    expect(escapeTerminal(s)).toBe(s);
  });
});
