import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __SG_GUARD_VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ['test/**/*.test.ts'],
    // vitest leaves one core free by default: on a 2-core machine that is one worker, and the suite
    // took ~87 s. The tests wait on git, child processes, sockets and timers as much as on CPU, so two
    // workers per core keep both cores busy (~50 s on 2 cores; green with --maxWorkers=6 too).
    maxWorkers: Math.max(2, availableParallelism() * 2),
    // No test may need more: one that waits longer is waiting on something it should not.
    testTimeout: 10_000,
    hookTimeout: 10_000,
  },
});
