/**
 * Golden files: `expectGolden('report.txt', output)` compares byte for byte with
 * test/report/__golden__/report.txt. Run with UPDATE_GOLDEN=1 to rewrite them,
 * then review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '__golden__');

export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual, 'utf8');
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`Golden file ${name} is missing: run the tests with UPDATE_GOLDEN=1 to create it.`);
  }
  const expected = readFileSync(file, 'utf8');
  // toBe on strings shows a readable diff; the equality is exact.
  expect(actual, `${name} differs from the golden file (UPDATE_GOLDEN=1 rewrites it)`).toBe(expected);
}
