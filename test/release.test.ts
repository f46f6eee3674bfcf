/** What a release needs: a licence that says what package.json says, and notes for the release workflow to publish. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseNotes } from '../scripts/release-notes.mjs';
import { ROOT } from './support/run-cli.js';

const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

describe('release files', () => {
  it('LICENSE is the MIT licence package.json names', () => {
    expect(JSON.parse(read('package.json')).license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  });

  it('CHANGELOG.md has an Unreleased section with notes, which the next release takes over', () => {
    const notes = releaseNotes(read('CHANGELOG.md'), 'Unreleased');
    expect(notes).toMatch(/^The first release/);
    expect(notes).toContain('### Added');
  });

  it('release notes are the version\'s section only; a version with no section or an empty one has none', () => {
    const changelog = '# Changelog\n\n## [Unreleased]\n\n## [1.1.0] - 2026-12-01\n\n### Fixed\n\n- a thing\n\n## [1.0.0] - 2026-11-01\n\n### Added\n\n- all\n\n[1.1.0]: https://example.com/v1.1.0\n';
    expect(releaseNotes(changelog, '1.1.0')).toBe('### Fixed\n\n- a thing');
    expect(releaseNotes(changelog, '1.0.0')).toBe('### Added\n\n- all');
    expect(releaseNotes(changelog, '1.0')).toBeNull();
    expect(releaseNotes(changelog, 'Unreleased')).toBeNull();
    expect(releaseNotes(changelog, '2.0.0')).toBeNull();
  });

  it('the release workflow runs on vX.Y.Z tags, checks dist/ through CI and moves the major tag', () => {
    const release = read('.github/workflows/release.yml');
    expect(release).toContain("tags: ['v[0-9]+.[0-9]+.[0-9]+']");
    expect(release).toContain('bash .ci/run');
    expect(release).toContain('node scripts/release-notes.mjs');
    expect(release).toMatch(/git push --force origin "refs\/tags\/\$\{major\}"/);
    expect(read('.ci/run')).toMatch(/dist\/ differs from a fresh build of src\//);
  });
});
