// Preloaded by the benchmark (node --import): reports the process's peak RSS on exit.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\nSG_GUARD_BENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
