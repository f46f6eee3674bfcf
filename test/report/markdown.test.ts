import { describe, expect, it } from 'vitest';
import { MAX_MARKDOWN_LENGTH, renderMarkdown } from '../../src/report/markdown.js';
import { HOSTILE_KEY, makeReport, manyFindings, sampleFindings, sampleRules } from './sample-report.js';

function findingRows(md: string): string[] {
  const table = md.slice(md.indexOf('| Severity | Rule |'));
  return table
    .split('\n')
    .slice(2)
    .filter((line, i, lines) => line.startsWith('| ') && lines.slice(0, i).every((l) => l.startsWith('| ')));
}

/** The Markdown with code spans removed: what is left is what GitHub interprets. */
function outsideCode(md: string): string {
  return md.replace(/(?<![`\\])(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
}

describe('renderMarkdown', () => {
  it('shows the blocking status in the heading', () => {
    expect(renderMarkdown(makeReport(), sampleRules)).toMatch(/^## 🔴 sg-guard: blocking\n\n\*\*Blocking:\*\* 5 findings at or above fail-on `high`\./);
    const low = sampleFindings.filter((f) => f.severity === 'low');
    expect(renderMarkdown(makeReport(low, 'high'), sampleRules)).toMatch(/^## ✅ sg-guard: passes\n\n\*\*Passes\*\* at fail-on `high`: 2 findings, all below high\./);
    expect(renderMarkdown(makeReport(sampleFindings, 'never'), sampleRules)).toMatch(/^## ✅ sg-guard: passes\n\n\*\*Passes\*\* at fail-on `never`: 9 findings reported; none block\./);
  });

  it('with no findings: status and footer only', () => {
    expect(renderMarkdown(makeReport([]), sampleRules)).toBe(
      '## ✅ sg-guard: passes\n\n**Passes** at fail-on `high`: no security-group findings in 2 plans.\n\n' +
        '<sub>[sg-guard 0.1.0](https://github.com/sg-guard/sg-guard) · fail-on `high` · 2 plans reviewed</sub>\n',
    );
  });

  it('has a counts table and a findings table, most severe first, linking rule docs', () => {
    const md = renderMarkdown(makeReport(), sampleRules);
    expect(md).toContain('| 🔴 Critical | 3 | yes |');
    expect(md).toContain('| 🟡 Medium | 1 | no |');
    const rows = findingRows(md);
    expect(rows).toHaveLength(sampleFindings.length);
    const order = ['Critical', 'High', 'Medium', 'Low', 'Info'];
    const ranks = rows.map((r) => order.findIndex((s) => r.includes(` ${s} |`)));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(rows[0]).toContain('[ssh-open-to-internet](https://github.com/sg-guard/sg-guard/blob/main/docs/rules/ssh-open-to-internet.md)');
    expect(md).toContain('_unknown until apply_');
  });

  it('has a collapsible section for each rule that fired, and none for the others', () => {
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
    expect(outsideCode(md).match(/<details>/g)).toHaveLength(fired.size);
    expect(outsideCode(md).match(/<\/details>/g)).toHaveLength(fired.size);
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
    // The hostile strings are there, inside code spans or escaped.
    expect(md).toContain('`aws_security_group.web</details><img src=x onerror=alert(1)>');
    expect(live).toContain('\\[x\\](javascript:alert(1)) @\u200Devil');
    // The only raw HTML tags are ours.
    const tags = new Set(live.match(/<\/?[a-z]+[^>]*>/gi));
    expect([...tags].sort()).toEqual(['</details>', '</strong>', '</sub>', '</summary>', '<br>', '<details>', '<strong>', '<sub>', '<summary>']);
    expect(live.match(/<details>/g)).toHaveLength(live.match(/<\/details>/g)?.length ?? -1);
    // Every link is one of ours, to an https URL.
    for (const [, text, target] of live.matchAll(/(?<!\\)\[([^\]]*)(?<!\\)\]\(([^)]*)\)/g)) {
      expect(target, `link [${text}](${target})`).toMatch(/^https:\/\/(github\.com\/sg-guard|docs\.aws\.amazon\.com)\//);
    }
    // Every row still has exactly six cells: pipes from the plan are escaped.
    for (const row of findingRows(md)) {
      const cells = row.split(/(?<!\\)\|/).slice(1, -1);
      expect(cells).toHaveLength(6);
    }
    // Mentions outside code spans are broken with a zero-width joiner.
    expect(live).not.toMatch(/@[a-z]/i);
    expect(live).toContain('@\u200Devil');
  });

  it('shows file:line under the resource of located findings, escaped', () => {
    const md = renderMarkdown(makeReport(), sampleRules);
    // The sample has two plans (with the same label, so each is named by its path).
    expect(md).toContain('| ingress 22/tcp<br>`aws_security_group.web.ingress[0]`<br>`infra/network/main.tf:12`<br>in `plans/prod.tfplan.json` |');
    expect(md).toContain('| ingress 22/tcp<br>`aws_security_group.web.ingress[1]`<br>in `plans/prod.tfplan.json` |');
    const hostile = { ...sampleFindings[1]!, location: { file: `modules/${HOSTILE_KEY}.tf`, line: 3, endLine: 4 } };
    const out = renderMarkdown(makeReport([hostile]), sampleRules);
    const live = outsideCode(out);
    expect([...new Set(live.match(/<\/?[a-z]+[^>]*>/gi))].sort()).toEqual(['</details>', '</strong>', '</sub>', '</summary>', '<br>', '<details>', '<strong>', '<sub>', '<summary>']);
    expect(findingRows(out).map((row) => row.split(/(?<!\\)\|/).slice(1, -1).length)).toEqual([6]);
    expect(live).not.toMatch(/@[a-z]/i);
  });

  it('cuts long plan values in cells', () => {
    const long = sampleFindings.map((f) => ({ ...f, resource: `aws_security_group.${'x'.repeat(5000)}` }));
    const md = renderMarkdown(makeReport(long), sampleRules);
    expect(md).not.toContain('x'.repeat(250));
    expect(md).toContain('…');
  });

  it('stays under the cap with 2,000 findings and says how many are not shown', () => {
    const findings = manyFindings(2000);
    const md = renderMarkdown(makeReport(findings), sampleRules);
    expect(md.length).toBeLessThanOrEqual(MAX_MARKDOWN_LENGTH);
    const rows = findingRows(md);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.length).toBeLessThan(2000);
    const hidden = 2000 - rows.length;
    expect(md).toContain(`**… ${hidden} more findings not shown; see the JSON report.**`);
    // The rows dropped are the least severe: the table ends no higher than where it would in full.
    expect(rows[0]).toContain('Critical');
    // Close to the cap: no more rows would have fitted.
    expect(md.length).toBeGreaterThan(MAX_MARKDOWN_LENGTH - 500);
    // The details and footer survive the cut.
    expect(md).toContain('<summary><strong>wide-port-range</strong>');
    expect(md.endsWith('2 plans reviewed</sub>\n')).toBe(true);
  });

  it('leaves the rule details out when they alone would break the cap', () => {
    const verbose = sampleRules.map((r) => ({ ...r, why: 'Because. '.repeat(10_000) }));
    const md = renderMarkdown(makeReport(manyFindings(300)), verbose);
    expect(md.length).toBeLessThanOrEqual(MAX_MARKDOWN_LENGTH);
    expect(md).not.toContain('<details>');
    expect(md).toContain('Rule details left out');
    expect(findingRows(md).length).toBeGreaterThan(100);
  });

  it('does not truncate when everything fits', () => {
    const md = renderMarkdown(makeReport(manyFindings(50)), sampleRules);
    expect(findingRows(md)).toHaveLength(50);
    expect(md).not.toContain('not shown');
  });
});
