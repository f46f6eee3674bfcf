/**
 * Golden files in a folder of the caller's choosing: `goldenIn(dir)(name, actual)`
 * compares byte for byte with dir/name. UPDATE_GOLDEN=1 rewrites them; review
 * the diff. The one implementation: test/report/golden.ts is this for test/report/__golden__.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

export function goldenIn(dir: string): (name: string, actual: string) => void {
  return (name, actual) => {
    const file = join(dir, name);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, actual, 'utf8');
      return;
    }
    if (!existsSync(file)) throw new Error(`Golden file ${name} is missing: run the tests with UPDATE_GOLDEN=1 to create it.`);
    expect(actual, `${name} differs from the golden file (UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(file, 'utf8'));
  };
}
