// The release notes of one version: its section of CHANGELOG.md, without the
// heading. `node scripts/release-notes.mjs 1.2.3` prints them; a version the
// changelog has no section for (or an empty one) is an error, so that no
// release goes out without notes. The release workflow runs it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The body of `## [version]` (Keep a Changelog headings), trimmed; null when there is none or it is empty. */
export function releaseNotes(changelog, version) {
  const lines = changelog.replace(/\r\n/g, '\n').split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`) && /^## \[[^\]]+\](?:\s|$)/.test(l));
  if (start === -1) return null;
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end === -1) end = lines.length;
  // Link definitions at the foot of the file belong to no section.
  const body = lines.slice(start + 1, end).filter((l) => !/^\[[^\]]+\]: \S+$/.test(l)).join('\n').trim();
  return body === '' ? null : body;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = process.argv[2] ?? '';
  const file = new URL('../CHANGELOG.md', import.meta.url);
  const notes = /^\d+\.\d+\.\d+$/.test(version) ? releaseNotes(readFileSync(file, 'utf8'), version) : null;
  if (notes === null) {
    console.error(`release-notes: CHANGELOG.md: no section "## [${version}]" with notes; move the Unreleased notes under it before tagging`);
    process.exit(1);
  }
  process.stdout.write(`${notes}\n`);
}
