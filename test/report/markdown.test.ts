import { describe, expect, it } from 'vitest';
import { CUT_ORDER, FINDINGS_COLUMNS, MAX_MARKDOWN_LENGTH, renderMarkdown } from '../../src/report/markdown.js';
import { HOSTILE_KEY, makeReport, manyFindings, sampleFindings, sampleRules } from './sample-report.js';

/** The rows of every findings table (the tables under a `| Rule | Group |` header). */
function findingRows(md: string): string[] {
  const rows: string[] = [];
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('| Rule | Group |')) continue;
    for (let j = i + 2; j < lines.length && lines[j]!.startsWith('| '); j++) rows.push(lines[j]!);
  }
  return rows;
}

/** The cells of a table row: pipes escaped in plan text do not split it. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1);
}

/** The Markdown with code spans removed: what is left is what GitHub interprets. */
function outsideCode(md: string): string {
  return md.replace(/(?<![`\\])(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
}

/** The raw HTML tags sg-guard writes itself; plan text must add none. */
const OUR_TAGS = ['</code>', '</details>', '</strong>', '</sub>', '</summary>', '<br>', '<code>', '<details>', '<strong>', '<sub>', '<summary>', '<wbr>'];

describe('renderMarkdown', () => {
  it('starts with the verdict and its reason in words, then one line of counts without the severities that have none', () => {
    const md = renderMarkdown(makeReport(), sampleRules);
    const [first, , second] = md.split('\n');
    expect(first).toMatch(/^## 🔴 Blocks: opens 22\/tcp to the internet on web/);
    expect(second).toBe('**5 findings at or above fail-on `high` block this pull request** · 9 active findings: 3 critical, 2 high, 1 medium, 2 low, 1 info.');
    const low = sampleFindings.filter((f) => f.severity === 'low');
    expect(renderMarkdown(makeReport(low, 'high'), sampleRules)).toMatch(/^## ✅ Passes: 2 findings, none at or above high\n\nNothing blocks at fail-on `high` · 2 active findings: 2 low\./);
    expect(renderMarkdown(makeReport(sampleFindings, 'never'), sampleRules)).toMatch(/^## ✅ Passes: 9 findings, none block at fail-on never\n/);
  });

  it('a plan that only fixes passes and says what it closes, first', () => {
    const fixed = sampleFindings.filter((f) => f.rule === 'ssh-open-to-internet').map((f) => ({ ...f, change: 'removed' as const }));
    const md = renderMarkdown(makeReport(fixed), sampleRules);
    expect(md.split('\n')[0]).toMatch(/^## ✅ Passes: closes 22\/tcp to the internet on web/);
    expect(md.indexOf('### Fixed by this plan')).toBeLessThan(md.indexOf('<sub>'));
    expect(md).not.toContain('### Blocking');
  });

  it('with no findings: verdict, counts and footer only', () => {
    expect(renderMarkdown(makeReport([]), sampleRules)).toBe(
      '## ✅ Passes: no security-group findings\n\nNothing blocks at fail-on `high` · no active findings.\n\n' +
        '<sub>[sg-guard 0.1.0](https://github.com/sg-guard/sg-guard) · fail-on `high` · 2 plans reviewed</sub>\n',
    );
  });

  it('has a four-column table of the blocking findings first, and the others folded with their counts', () => {
    const md = renderMarkdown(makeReport(), sampleRules);
    // Four columns fit GitHub's ~780 px conversation column; six did not.
    expect(FINDINGS_COLUMNS).toHaveLength(4);
    const rows = findingRows(md);
    expect(rows).toHaveLength(sampleFindings.length);
    for (const row of rows) expect(cells(row)).toHaveLength(4);
    const blocking = md.slice(md.indexOf('### Blocking (5)'), md.indexOf('<details>'));
    expect(findingRows(blocking)).toHaveLength(5);
    expect(md).toContain('<summary>Not blocking: below fail-on <code>high</code> (1 medium, 2 low, 1 info)</summary>');
    const order = ['🔴', '🟠', '🟡', '🔵', '⚪'];
    const ranks = rows.map((r) => order.findIndex((s) => r.startsWith(`| ${s}`)));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(rows[0]).toContain('[ssh-open-to-internet](https://github.com/sg-guard/sg-guard/blob/main/docs/rules/ssh-open-to-internet.md)');
    // The permission in one cell.
    expect(rows[0]).toContain('| ingress 22/tcp from 0.0.0.0/0<br>**Exposed now:** internet → ');
    expect(md).toContain('_unknown until apply_');
    // No counts table, no severity row that says 0.
    expect(md).not.toMatch(/\| 0 \|/);
  });

  it('puts the rule explanations in one fold, last, one fold per rule that fired', () => {
    const md = renderMarkdown(makeReport(), sampleRules);
    const fired = new Set(sampleFindings.map((f) => f.rule));
    for (const rule of sampleRules) {
      const summary = `<summary><strong>${rule.name}</strong>`;
      if (fired.has(rule.name)) {
        expect(md).toContain(summary);
        expect(md).toContain(rule.why);
        expect(md).toContain(rule.fix);
      } else {
        expect(md).not.toContain(summary);
      }
    }
    const known = sampleRules.filter((r) => fired.has(r.name)).length;
    expect(md).toContain(`<summary>Why these rules matter (${known} rules)</summary>`);
    expect(md.indexOf('Why these rules matter')).toBeGreaterThan(md.indexOf('Not blocking'));
    expect(outsideCode(md).match(/<details>/g)?.length).toBe(outsideCode(md).match(/<\/details>/g)?.length);
  });

  it('ends with the tool name and version', () => {
    expect(renderMarkdown(makeReport(), sampleRules).endsWith('<sub>[sg-guard 0.1.0](https://github.com/sg-guard/sg-guard) · fail-on `high` · 2 plans reviewed</sub>\n')).toBe(true);
  });

  it('does not let plan text produce HTML, links or mentions', () => {
    const hostile = sampleFindings.map((f) => ({
      ...f,
      securityGroup: f.securityGroup && `${f.securityGroup}${HOSTILE_KEY}`,
      resource: `${f.resource}${HOSTILE_KEY}`,
      peer: f.peer && `@org/team ${HOSTILE_KEY}`,
      id: `${f.id}|</details>`,
      rule: f.rule === 'unknown-peer' ? '[x](javascript:alert(1)) @evil' : f.rule,
    }));
    const md = renderMarkdown(makeReport(hostile), sampleRules);
    const live = outsideCode(md);
    // The hostile strings are there, escaped.
    expect(live).toContain('&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(live).toContain('\\[x\\](javascript:alert(1)) @\u200Devil');
    // The only raw HTML tags are ours.
    const tags = new Set(live.match(/<\/?[a-z]+[^>]*>/gi));
    expect([...tags].sort()).toEqual(OUR_TAGS.filter((t) => tags.has(t)));
    expect([...tags].every((t) => OUR_TAGS.includes(t))).toBe(true);
    expect(live.match(/<details>/g)).toHaveLength(live.match(/<\/details>/g)?.length ?? -1);
    // Every link is one of ours, to an https URL.
    for (const [, text, target] of live.matchAll(/(?<!\\)\[([^\]]*)(?<!\\)\]\(([^)]*)\)/g)) {
      expect(target, `link [${text}](${target})`).toMatch(/^https:\/\/(github\.com\/sg-guard|docs\.aws\.amazon\.com)\//);
    }
    // Every row still has exactly four cells: pipes from the plan are escaped.
    for (const row of findingRows(md)) expect(cells(row)).toHaveLength(4);
    // Mentions outside code spans are broken with a zero-width joiner.
    expect(live).not.toMatch(/@[a-z]/i);
    expect(live).toContain('@\u200Devil');
  });

  it('shows file:line and the resource in the Where cell, linked to the head commit when the repository is known', () => {
    const md = renderMarkdown(makeReport(), sampleRules);
    // The sample has two plans (with the same label, so each is named by its path).
    // <wbr>: where a long address may wrap in a table cell.
    expect(md.replaceAll('<wbr>', '')).toContain('| infra/network/main.tf:17<br>aws\\_security\\_group.web.ingress\\[0\\]<br>in plans/prod.tfplan.json |');
    const links = { serverUrl: 'https://github.com', owner: 'acme', repo: 'infra', sha: 'abcdef1234567' };
    const linked = renderMarkdown(makeReport(), sampleRules, { links });
    // The offending value's line, linked to its block's lines.
    expect(linked.replaceAll('<wbr>', '')).toContain('[infra/network/main.tf:17](https://github.com/acme/infra/blob/abcdef1234567/infra/network/main.tf#L12-L18)');
    // A context that is not a repository gives no link.
    expect(renderMarkdown(makeReport(), sampleRules, { links: { ...links, owner: 'a/../b' } })).not.toContain('](https://github.com/a');
    const hostile = { ...sampleFindings[1]!, location: { file: `modules/${HOSTILE_KEY}.tf`, line: 3, endLine: 4 } };
    const out = renderMarkdown(makeReport([hostile]), sampleRules, { links });
    const live = outsideCode(out);
    expect([...new Set(live.match(/<\/?[a-z]+[^>]*>/gi))].every((t) => OUR_TAGS.includes(t))).toBe(true);
    expect(findingRows(out).map((row) => cells(row).length)).toEqual([4]);
    expect(out).toContain('/blob/abcdef1234567/modules/%3C/details%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29');
    expect(out).toContain('#L3-L4)<br>');
    expect(live).not.toMatch(/@[a-z]/i);
  });

  it('cuts long plan values in cells', () => {
    const long = sampleFindings.map((f) => ({ ...f, resource: `aws_security_group.${'x'.repeat(5000)}` }));
    const md = renderMarkdown(makeReport(long), sampleRules);
    expect(md).not.toContain('x'.repeat(250));
    expect(md).toContain('…');
  });

  it('stays under the cap with 2,000 findings: rule text, then non-blocking rows go first, and it says what it left out', () => {
    const findings = manyFindings(2000);
    const md = renderMarkdown(makeReport(findings), sampleRules);
    expect(md.length).toBeLessThanOrEqual(MAX_MARKDOWN_LENGTH);
    // The 1,200 non-blocking rows go first; then as many blocking rows (800: critical and high) as fit.
    const rows = findingRows(md);
    expect(md).toContain('<summary>Not blocking: below fail-on <code>high</code> (400 medium, 400 low, 400 info)</summary>');
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((r) => r.startsWith('| 🔴') || r.startsWith('| 🟠'))).toBe(true);
    expect(md).toContain(`**Left out to fit the comment:** ${800 - rows.length} blocking findings, 1200 non-blocking findings, the rule explanations (each rule name links to its page); the JSON report has everything.`);
    expect(md).toContain(`**… ${800 - rows.length} more findings not shown; see the JSON report.**`);
    expect(md).not.toContain('Why these rules matter');
    // Close to the cap: no more rows would have fitted.
    expect(md.length).toBeGreaterThan(MAX_MARKDOWN_LENGTH - 500);
    expect(md.endsWith('2 plans reviewed</sub>\n')).toBe(true);
  });

  it('cuts in a fixed order: rule text, diagrams, waived, non-blocking, exposure, fixed, blocking last', () => {
    expect(CUT_ORDER).toEqual(['rules', 'diagrams', 'waived', 'notBlocking', 'exposure', 'fixed', 'blocking']);
    const diagram = { plan: 'plans/prod.tfplan.json', mermaid: `flowchart TB\n${'  a --> b\n'.repeat(1500)}` };
    const fixed = manyFindings(20).map((f) => ({ ...f, id: `fix-${f.id}`, change: 'removed' as const }));
    const report = makeReport([...manyFindings(100), ...fixed]);
    const full = renderMarkdown(report, sampleRules, { diagrams: [diagram], limit: 1_000_000 });
    expect(full).toContain('```mermaid');
    expect(full).toContain('Why these rules matter');
    const lengths = (limit: number): string => renderMarkdown(report, sampleRules, { diagrams: [diagram], limit });
    // Just under the full length: the rule text goes, the diagram stays.
    const a = lengths(full.length - 10);
    expect(a).not.toContain('Why these rules matter');
    expect(a).toContain('```mermaid');
    // Tighter: the diagram goes too, and the note counts it.
    const b = lengths(full.length - diagram.mermaid.length);
    expect(b).not.toContain('```mermaid');
    expect(b).toContain('1 diagram');
    expect(findingRows(b)).toHaveLength(100);
    // Tight: non-blocking rows go before any fixed item or blocking row.
    const c = lengths(25_000);
    expect(c.length).toBeLessThanOrEqual(25_000);
    expect(c).toContain('### Fixed by this plan (20)');
    expect(c.slice(c.indexOf('### Fixed by'), c.indexOf('### Blocking')).match(/^- /gm)).toHaveLength(20);
    expect(findingRows(c.slice(c.indexOf('### Blocking'), c.indexOf('<details>')))).toHaveLength(40);
    expect(c).toMatch(/\*\*Left out to fit the comment:\*\* \d+ non-blocking findings, 1 diagram, the rule explanations/);
    expect(findingRows(c).length).toBeLessThan(100);
    // Tighter still: the fixed items go before the blocking rows.
    const d = lengths(16_000);
    expect(d.slice(d.indexOf('### Fixed by'), d.indexOf('### Blocking')).match(/^- /gm)?.length ?? 0).toBeLessThan(20);
    expect(findingRows(d.slice(d.indexOf('### Blocking'), d.indexOf('<details>')))).toHaveLength(40);
    // The verdict always comes first.
    expect(c.split('\n')[0]).toMatch(/^## 🔴 Blocks: /);
  });

  it('does not cut when everything fits', () => {
    const md = renderMarkdown(makeReport(manyFindings(50)), sampleRules);
    expect(findingRows(md)).toHaveLength(50);
    expect(md).not.toContain('Left out');
    expect(md).not.toContain('not shown');
  });
});
