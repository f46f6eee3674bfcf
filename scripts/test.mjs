// Runs the test suite (vitest) and closes with one plain line that any CI can
// read: "N passed, N failed, N skipped", naming what was skipped and why.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// vitest's own bin; its package exports do not expose the file, so resolve it by path.
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const out = '.vitest-report.json';
rmSync(out, { force: true });
const run = spawnSync(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...process.argv.slice(2)], { stdio: 'inherit' });

let status = run.status ?? 1;
if (existsSync(out)) {
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const skipped = report.testResults.flatMap((file) => file.assertionResults.filter((t) => t.status === 'skipped' || t.status === 'pending').map((t) => t.fullName));
  for (const name of skipped) console.log(`skipped: ${name}`);
  console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`);
  if (report.numTotalTests === 0) {
    console.log('no test ran');
    status = 1;
  }
} else {
  console.log('0 passed, 0 failed (vitest wrote no report)');
  status = status || 1;
}
process.exit(status);
