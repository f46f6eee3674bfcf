// The CLI entry (dist/cli.js, bin sg-guard): only wires the process to main().
import { main } from './cli/main.js';

/** Characters per write: a report of many megabytes is never encoded into one buffer as large. */
const SLICE = 1 << 20;

/**
 * Writes `text` in slices of at most SLICE characters, none ending between the
 * two halves of a surrogate pair (each slice is encoded to UTF-8 on its own).
 */
function write(stream: NodeJS.WriteStream, text: string): void {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + SLICE);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    stream.write(end - start === text.length ? text : text.slice(start, end));
    start = end;
  }
}

main(process.argv.slice(2), {
  stdout: (text) => write(process.stdout, text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
