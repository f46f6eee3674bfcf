/**
 * The layers of src/ (docs/architecture.md): the pipeline's stages from the
 * plan to the pull request, each folder importing only folders below it. No
 * import points up, and a new one fails.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/run-cli.js';

/** Bottom first. A top-level file is its own unit, named by its file name. */
export const LAYERS: ReadonlyArray<readonly string[]> = [
  ['version', 'types'],
  ['lib'],
  ['plan'],
  ['paths'],
  ['model'],
  ['findings'],
  ['reach'],
  ['graph'],
  ['rules'],
  ['places'],
  ['engine'],
  ['source'],
  ['waivers', 'roots'],
  ['config'],
  ['check'],
  ['report'],
  ['render'],
  ['review'],
  ['commands'],
  ['github'],
  ['inputs'],
  ['cli', 'main'],
  ['index'],
];

function unitOf(file: string): string {
  const rel = relative(join(ROOT, 'src'), file).split('\\').join('/');
  const parts = rel.split('/');
  return parts.length > 1 ? (parts[0] as string) : (parts[0] as string).replace(/\.ts$/, '');
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Every import between two units of src/: `from -> to: file`. */
function edges(): Array<{ from: string; to: string; file: string }> {
  const out: Array<{ from: string; to: string; file: string }> = [];
  for (const file of sources(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = normalize(join(dirname(file), (m[1] as string).replace(/\.js$/, '.ts')));
      const from = unitOf(file);
      const to = unitOf(target);
      if (from !== to) out.push({ from, to, file: relative(ROOT, file).split('\\').join('/') });
    }
  }
  return out;
}

const rank = (unit: string): number => LAYERS.findIndex((l) => l.includes(unit));

describe('the layers of src/', () => {
  it('names every folder and top-level file in a layer', () => {
    const units = [...new Set(sources(join(ROOT, 'src')).map(unitOf))].sort();
    expect(units.filter((u) => rank(u) < 0)).toEqual([]);
  });

  it('has no import to a higher layer', () => {
    const upward = [...new Set(edges().filter((e) => rank(e.to) > rank(e.from)).map((e) => `${e.from} -> ${e.to}: ${e.file}`))].sort();
    expect(upward).toEqual([]);
  });

  it('has no import within a layer between two of its units (they stand side by side)', () => {
    const sideways = edges().filter((e) => rank(e.to) === rank(e.from)).map((e) => `${e.from} -> ${e.to}: ${e.file}`);
    expect([...new Set(sideways)]).toEqual([]);
  });
});
