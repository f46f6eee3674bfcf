/** Which roots a publish run covers (checkRoots), and the summary's line about them (rootsSection). */
import { describe, expect, it } from 'vitest';
import { checkRoots, rootsSection } from '../../src/review/roots.js';

const plan = (root: string, sourceRoot: string | null = root) => ({ path: `${root}/plan.json`, label: root, sourceRoot });
const KNOWN = ['live/analytics', 'live/dev', 'live/prod', 'live/sandbox', 'live/staging', 'live/uat'];

describe('checkRoots', () => {
  it('the roots the plans belong to are checked; the repository\'s other roots were not touched; nothing is missing without expect-roots', () => {
    expect(checkRoots([plan('live/prod'), plan('live/dev')], [], KNOWN)).toEqual({
      checked: ['live/dev', 'live/prod'],
      untouched: ['live/analytics', 'live/sandbox', 'live/staging', 'live/uat'],
      missing: [],
    });
    // A plan's root is the directory its sources were read from, else its label.
    expect(checkRoots([plan('.', 'live/dev'), plan('live/prod', null)], [], null)).toEqual({ checked: ['live/dev', 'live/prod'], untouched: [], missing: [] });
  });

  it('an expected root without a report is missing; a glob stands for every root it matches, and is missing itself when it matches none', () => {
    expect(checkRoots([plan('live/dev')], ['live/dev', 'live/prod', 'live/s*', 'eu/*'], KNOWN)).toEqual({
      checked: ['live/dev'],
      untouched: ['live/analytics', 'live/uat'],
      missing: ['live/prod', 'live/sandbox', 'live/staging', 'eu/*'],
    });
    // Without a checkout, a glob is satisfied by the reports alone.
    expect(checkRoots([plan('live/dev')], ['live/*'], null).missing).toEqual([]);
  });
});

describe('rootsSection', () => {
  it('one line for a few roots; nothing for one', () => {
    expect(rootsSection({ checked: ['live/dev'], untouched: [] })).toBe('');
    expect(rootsSection({ checked: ['live/dev', 'live/prod'], untouched: [] })).toBe('**Roots:** checked `live/dev`, `live/prod`.');
    expect(rootsSection({ checked: [], untouched: ['a', 'b'] })).toBe('**Roots:** none checked: this pull request touches none of the 2 roots (`a`, `b`).');
  });

  it('a small fold for forty roots, and names that cannot speak Markdown', () => {
    const roots = Array.from({ length: 40 }, (_, i) => `live/r${String(i).padStart(2, '0')}`);
    const section = rootsSection({ checked: ['live/<img src=x>', 'live/`x`'], untouched: roots });
    expect(section.split('\n')).toEqual([
      '<details>',
      '<summary><strong>Roots:</strong> 2 checked, 40 not touched by this pull request, so not checked</summary>',
      '',
      'Checked: `live/<img src=x>`, `` live/`x` ``.',
      '',
      `Not touched by this pull request: ${roots.map((r) => `\`${r}\``).join(', ')}.`,
      '',
      '</details>',
    ]);
  });
});
