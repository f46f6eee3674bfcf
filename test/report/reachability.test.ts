/**
 * A finding's reachability in words: one line in text, in the Markdown
 * summary's row and in the inline comment; in SARIF's result properties and
 * the JSON report as data. Addresses come from the plan: escaped everywhere.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, FindingReachability } from '../../src/findings/types.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { reachabilityLine } from '../../src/report/reachability.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { inlineCommentBody } from '../../src/review/comments.js';
import { parseReport } from '../../src/review/report-input.js';
import { HOSTILE_KEY, SAMPLE_EXPOSED, makeReport, sampleFindings, sampleRules } from './sample-report.js';

const EXPOSED = SAMPLE_EXPOSED;
const BLOCKED: FindingReachability = {
  status: 'not-exposed',
  blockedBy: [
    { kind: 'route-table', address: 'aws_route_table.private', why: 'aws_route_table.private has no IPv4 route to an internet gateway' },
    { kind: 'public-address', address: 'aws_instance.app', why: 'no public IPv4 address' },
    { kind: 'network-acl', address: 'aws_network_acl.app', why: 'denies inbound 22/tcp from the IPv4 internet at rule 90 (aws_network_acl.app)' },
  ],
};

const ssh = sampleFindings[0] as Finding;
const withReach = (reachability: FindingReachability, over: Partial<Finding> = {}): Finding => ({ ...ssh, ...over, reachability });

describe('the words', () => {
  it('exposed: the path from the internet, the public IP on launch with its subnet, the VPC default ACL in words', () => {
    expect(reachabilityLine(EXPOSED)).toBe(
      'Exposed now: internet → aws_internet_gateway.main → aws_route_table.public → aws_subnet.public_a (public IP on launch) → the default network ACL of aws_vpc.main → aws_security_group.web → aws_instance.web',
    );
  });

  it('exposed: any other public address is said of the target; the IPv6 internet is named', () => {
    const v6: FindingReachability = { ...EXPOSED, path: [{ kind: 'internet', address: '::/0' }, ...EXPOSED.path.slice(1, -1), { kind: 'load-balancer', address: 'aws_lb.web' }], publicAddress: 'internal = false' };
    expect(reachabilityLine(v6)).toMatch(/^Exposed now: internet \(IPv6\) → aws_internet_gateway\.main → .* → aws_subnet\.public_a → .* → aws_lb\.web \(public address: internal = false\)$/);
  });

  it('not exposed: each block starts with what blocks', () => {
    expect(reachabilityLine(BLOCKED)).toBe(
      'Open in the group, but not reachable from the internet: aws_route_table.private has no IPv4 route to an internet gateway; aws_instance.app: no public IPv4 address; aws_network_acl.app denies inbound 22/tcp from the IPv4 internet at rule 90 (aws_network_acl.app)',
    );
  });

  it('unknown: the first three reasons, then how many more', () => {
    expect(reachabilityLine({ status: 'unknown', unknownBecause: ['a', 'b', 'c', 'd', 'e'] })).toBe('Reachability unknown: a; b; c; and 2 more');
    expect(reachabilityLine({ status: 'unknown', unknownBecause: [] })).toBe('Reachability unknown');
  });
});

describe('each output', () => {
  const report = makeReport([withReach(EXPOSED), withReach(BLOCKED, { id: 'bbbbbbbbbbbb', change: 'removed' })]);

  it('text: one line under the finding; none under a finding the plan fixes', () => {
    const text = renderText(report, { color: false });
    expect(text).toContain(`            ${reachabilityLine(EXPOSED)}\n`);
    expect(text).not.toContain('Open in the group');
  });

  it('Markdown: the row says it after the permission, the way in only (gateway, subnet, target), addresses that wrap', () => {
    const md = renderMarkdown(report, sampleRules);
    expect(md).toContain('<br>**Exposed now:** internet → aws\\_internet\\_<wbr>gateway.main → aws\\_subnet.public\\_a (public IP on launch) →');
    expect(md).not.toContain('→ aws\\_route');
    expect(md).not.toContain('Open in the group');
  });

  it('inline comment: one line in the list of what is exposed', () => {
    const body = inlineCommentBody(withReach(BLOCKED), undefined, 'ctx', { name: 'sg-guard', version: '0' });
    expect(body).toContain('- **Open in the group, but not reachable from the internet:** `aws_route_table.private` has no IPv4 route to an internet gateway; `aws_instance.app`: no public IPv4 address;');
    expect(body.match(/reachable from the internet/g)).toHaveLength(1);
  });

  it('SARIF: in the result properties', () => {
    const sarif = JSON.parse(renderSarif(makeReport([withReach(BLOCKED)]), sampleRules)) as { runs: Array<{ results: Array<{ properties: { reachability?: unknown } }> }> };
    expect(sarif.runs[0]?.results[0]?.properties.reachability).toEqual(BLOCKED);
  });

  it('JSON: last in the finding, status first; read back by the publish job; a bad one refused', () => {
    const json = renderJson(makeReport([withReach(EXPOSED)]));
    const finding = (JSON.parse(json) as { findings: Array<Record<string, unknown>> }).findings[0] ?? {};
    expect(Object.keys(finding).at(-1)).toBe('reachability');
    expect(Object.keys(finding.reachability as object)).toEqual(['status', 'path', 'publicAddress']);
    expect(parseReport(json, 'report.json').findings[0]?.reachability).toEqual(EXPOSED);
    const bad = json.replace('"status": "exposed"', '"status": "safe"');
    expect(() => parseReport(bad, 'report.json')).toThrow(/findings\[0\]\.reachability\.status must be one of exposed, unknown, not-exposed/);
  });
});

describe('hostile addresses', () => {
  const hostile = `aws_subnet.pub["${HOSTILE_KEY}"]`;
  const reach: FindingReachability = {
    status: 'exposed',
    path: [{ kind: 'internet', address: '0.0.0.0/0' }, { kind: 'subnet', address: hostile }, { kind: 'resource', address: `aws_instance.x["${HOSTILE_KEY}"]` }],
    publicAddress: `${hostile} (public IP on launch)`,
  };
  const blocked: FindingReachability = { status: 'not-exposed', blockedBy: [{ kind: 'network-acl', address: hostile, why: `${hostile} \u001b[2J denies` }] };

  it('stay escaped in Markdown, one table row, and inert on a terminal', () => {
    const md = renderMarkdown(makeReport([withReach(reach), withReach(blocked, { id: 'cccccccccccc' })]), sampleRules);
    const rows = md.split('\n').filter((l) => l.includes('**Exposed now:**') || l.includes('**Open in the group'));
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.startsWith('| ')).toBe(true);
      const prose = row.replace(/(`+)[\s\S]*?\1/g, '');
      // An escaped bracket (\\]) is a literal one: no link can start there.
      expect(prose).not.toMatch(/<img|<\/details>|(?<!\\)\]\(javascript|(^|\s)@org/);
    }
    const text = renderText(makeReport([withReach(blocked)]), { color: false });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('\\x1b[2J denies');
  });

  it('stay escaped in the inline comment', () => {
    const body = inlineCommentBody(withReach(reach), undefined, 'ctx', { name: 'sg-guard', version: '0' });
    const line = body.split('\n').find((l) => l.startsWith('- **Exposed now:**')) ?? '';
    expect(line).not.toBe('');
    expect(line.replace(/(`+)[\s\S]*?\1/g, '')).not.toMatch(/<img|<\/details>|\]\(javascript|@org/);
  });
});
