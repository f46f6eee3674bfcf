import { describe, expect, it } from 'vitest';
import { UNKNOWN_GROUP_HEADING, renderText } from '../../src/report/text.js';
import { HOSTILE_KEY, makeReport, sampleFindings } from './sample-report.js';

const ESC = String.fromCharCode(0x1b);
const ANSI_CODES = new RegExp(`${ESC}\\[[0-9;]*m`, 'g');

/** Control characters other than newline. */
function controls(text: string): string[] {
  return [...text].filter((ch) => {
    const cp = ch.codePointAt(0) ?? 0;
    return ch !== '\n' && (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f));
  });
}

describe('renderText', () => {
  it('has no ANSI codes without colour', () => {
    const out = renderText(makeReport(), { color: false });
    expect(out.includes(ESC)).toBe(false);
  });

  it('colours severities when asked', () => {
    const out = renderText(makeReport(), { color: true });
    expect(out.match(ANSI_CODES)?.length).toBeGreaterThan(10);
    expect(out).toContain('\u001b[1m\u001b[31mCRITICAL\u001b[0m');
    expect(out).toContain('\u001b[31mHIGH    \u001b[0m');
    expect(out).toContain('\u001b[33mMEDIUM  \u001b[0m');
    expect(out).toContain('\u001b[36mLOW     \u001b[0m');
    expect(out).toContain('\u001b[2mINFO    \u001b[0m');
    // Without the codes it is the plain output.
    expect(out.replace(ANSI_CODES, '')).toBe(renderText(makeReport(), { color: false }));
  });

  it('groups by security group, most severe first, unknown group by its heading', () => {
    const out = renderText(makeReport(), { color: false });
    const headings = out.split('\n').filter((l) => l !== '' && !l.startsWith(' '));
    expect(headings.slice(0, 4)).toEqual([
      'aws_security_group.web',
      UNKNOWN_GROUP_HEADING,
      'aws_security_group.db',
      expect.stringContaining('aws_security_group.web["'),
    ]);
    const web = out.slice(0, out.indexOf(UNKNOWN_GROUP_HEADING));
    expect(web.indexOf('CRITICAL')).toBeLessThan(web.indexOf('INFO'));
  });

  it('describes ports in words on the second line', () => {
    const out = renderText(makeReport(), { color: false });
    expect(out).toContain('aws_security_group.web.ingress[0] · ingress 22/tcp from 0.0.0.0/0');
    expect(out).toContain('ingress 20-25/tcp from 203.0.113.0/24');
    expect(out).toContain('ingress all ports/tcp from module.lb.aws_security_group.lb');
    expect(out).toContain('ingress all traffic from 0.0.0.0/0');
    expect(out).toContain('egress icmp to pl-0123456789abcdef0');
    expect(out).toContain('ingress ports unknown/udp from unknown (cidr_blocks)');
  });

  it('ends with counts and the blocking status', () => {
    expect(renderText(makeReport(), { color: false }).endsWith('3 critical, 2 high, 1 medium, 2 low, 1 info — blocking at fail-on high: 5 findings\n')).toBe(true);
    const low = sampleFindings.filter((f) => f.severity === 'low');
    expect(renderText(makeReport(low, 'high'), { color: false }).endsWith('2 low — passes at fail-on high\n')).toBe(true);
    expect(renderText(makeReport(low, 'never'), { color: false }).endsWith('2 low — not blocking (fail-on never)\n')).toBe(true);
    const one = sampleFindings.filter((f) => f.id === '0f3a9c1e7b2d4a65');
    expect(renderText(makeReport(one, 'critical'), { color: false }).endsWith('1 critical — blocking at fail-on critical: 1 finding\n')).toBe(true);
  });

  it('starts the detail line with file:line when the finding is located', () => {
    const out = renderText(makeReport(), { color: false });
    // The sample has two plans (with the same label, so each is named by its path).
    expect(out).toContain('            infra/network/main.tf:17 · aws_security_group.web.ingress[0] · ingress 22/tcp from 0.0.0.0/0 · in plans/prod.tfplan.json\n');
    expect(out).toContain('            aws_security_group.web.ingress[1] · ingress 22/tcp from ::/0 · in plans/prod.tfplan.json\n');
    const hostile = { ...sampleFindings[1]!, location: { file: 'a\u001b[2Jb.tf', line: 3, endLine: 4 } };
    const shown = renderText(makeReport([hostile]), { color: false });
    expect(controls(shown)).toEqual([]);
    expect(shown).toContain('a\\x1b[2Jb.tf:3 · ');
  });

  it('says so when there are no findings', () => {
    const report = makeReport([]);
    expect(renderText(report, { color: false })).toBe('No security-group findings in 2 plans.\n');
    expect(renderText({ ...report, plans: report.plans.slice(0, 1) }, { color: true })).toBe('No security-group findings in 1 plan.\n');
  });

  it('does not let plan text send control sequences to the terminal', () => {
    const hostile = sampleFindings.map((f) => ({ ...f, message: `${f.message}\u001b[2J\u001b]0;pwned\u0007`, resource: `${f.resource}\r` }));
    const out = renderText(makeReport(hostile), { color: false });
    expect(controls(out)).toEqual([]);
    expect(out).toContain('\\x1b[2J\\x1b]0;pwned\\x07');
    // The hostile key's newline is shown, not obeyed.
    expect(out).toContain(HOSTILE_KEY.replace('\n', '\\n'));
  });
});
