import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotationsFor, MAX_ANNOTATIONS } from '../../src/review/annotations.js';
import { GITHUB_BODY_LIMIT, STATUS_DESCRIPTION_LIMIT, commitStatus, inlineCommentBody, reviewBody } from '../../src/review/comments.js';
import { parseFindingComment } from '../../src/review/markers.js';
import { MAX_SUMMARY_LENGTH, summaryCommentBody } from '../../src/review/summary.js';
import { ruleByName } from '../../src/rules/index.js';
import { goldenIn } from '../support/golden-dir.js';
import { finding, report } from '../support/review-findings.js';
import { exposedPath } from '../report/sample-report.js';

const golden = goldenIn(join(import.meta.dirname, '__golden__'));
const TOOL = { name: 'sg-guard', version: '0.1.0' };
const HOSTILE = '</details><img src=x onerror=alert(1)> @org/team #12 [x](javascript:alert(1)) `tick` -->\n<!-- sg-guard:fixed -->';

describe('inline comment bodies', () => {
  it('say severity, title, what is exposed, why, how to fix, the docs, the id and how to accept the risk', () => {
    const f = finding({
      id: '41a632f20518',
      reachability: exposedPath('aws_subnet.public[0]', 'aws_security_group.bastion', 'aws_instance.bastion', 'associate_public_ip_address'),
    });
    golden('inline-comment.md', inlineCommentBody(f, ruleByName('no-public-ssh')?.meta, 'sg-guard', TOOL));
  });

  it('escape everything that comes from the plan or a report', () => {
    const f = finding({ resource: `aws_security_group.web["${HOSTILE}"]`, securityGroup: HOSTILE, peer: HOSTILE, message: HOSTILE, title: HOSTILE, rule: 'x](javascript:alert(1))' });
    const body = inlineCommentBody(f, undefined, 'sg-guard', TOOL);
    // Outside code spans (where nothing is interpreted) no HTML, link, mention or reference survives.
    const prose = body.replace(/(`+)[\s\S]*?\1/g, '');
    expect(prose).not.toMatch(/<img|<\/details>|[^\\]\]\(javascript:|@org|#12/);
    expect(body.split('\n').every((line) => !line.includes('`') || !/^<!--/.test(line))).toBe(true);
    expect(body).not.toContain('Accept the risk');
    // The markers still say what they said: the finding is not "fixed" by a crafted name.
    expect(parseFindingComment(body)).toEqual({ findingId: f.id, context: 'sg-guard', fixed: false, also: [] });
    expect(body.split('\n').filter((l) => l.startsWith('<!-- '))).toHaveLength(2);
  });

  it('describe egress and group-level findings in words', () => {
    const egress = inlineCommentBody(finding({ direction: 'egress', protocol: 'all', fromPort: 0, toPort: 65535 }), undefined, 'c', TOOL);
    expect(egress).toContain('- **Allows:** egress all traffic to `0.0.0.0/0`');
    const group = inlineCommentBody(finding({ direction: null, protocol: null, fromPort: null, toPort: null, peer: null, peerKind: null, path: '', securityGroup: null }), undefined, 'c', TOOL);
    expect(group).not.toContain('**Allows:**');
    expect(group).toContain('- **Security group:** _not known until apply_');
  });
});

describe('review body, status, summary', () => {
  it('the review body is short: it counts what is not commented inline, which the summary lists; it lists them only without a summary', () => {
    const r = report([finding({ id: '0000000000a1' }), finding({ id: '0000000000a2', severity: 'low', rule: 'unrestricted-egress' }), finding({ id: '0000000000a3', location: null })]);
    const [inline, over, out] = r.findings as [never, never, never];
    const body = reviewBody({ report: r, context: 'sg-guard', inline: 1, overflow: [over], outside: [out], maxInline: 1 });
    golden('review-body.md', body);
    expect(inline).toBeDefined();
    // Nothing the summary says word for word: no list of findings.
    expect(body).not.toMatch(/^- /m);
    expect(body).toContain('No inline comment for 1 finding over the limit of 1 inline comment (`max-inline-comments`) and 1 finding not on a line this pull request changes');
    const alone = reviewBody({ report: r, context: 'sg-guard', inline: 1, overflow: [over], outside: [out], maxInline: 1, summary: false });
    expect(alone).toContain('**Outside this diff** (not on a line this pull request changes):');
    expect(alone.match(/^- /gm)).toHaveLength(2);
  });

  it('stays within GitHub\'s limits whatever the number of findings', () => {
    const many = Array.from({ length: 2000 }, (_, i) => finding({ resource: `aws_security_group_rule.${'r'.repeat(500)}${i}`, message: 'm'.repeat(5000) }));
    const body = reviewBody({ report: report(many), context: 'sg-guard', inline: 0, overflow: many, outside: many, rejected: many, maxInline: 25 });
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    const summary = summaryCommentBody({ report: report(many), rules: [], outside: many }, 'sg-guard');
    expect(summary.length).toBeLessThanOrEqual(MAX_SUMMARY_LENGTH);
    expect(summary).toMatch(/^<!-- sg-guard:summary sg-guard -->\n## 🔴 Blocks: /);
    expect(summary).toMatch(/not shown; see the JSON report/);
  });

  it('the commit status: failure with counts at fail-on, success otherwise, at most 140 characters', () => {
    expect(commitStatus(report([finding(), finding({ severity: 'low' })]))).toEqual({ state: 'failure', description: '1 finding at or above high (1 critical, 1 low)' });
    expect(commitStatus(report([finding({ severity: 'low' })]))).toEqual({ state: 'success', description: 'Passes at fail-on high (1 low)' });
    expect(commitStatus(report([finding()], 'never')).state).toBe('success');
    expect(commitStatus(report([]))).toEqual({ state: 'success', description: 'No security-group findings' });
    const long = commitStatus({ ...report([finding()]), failOn: 'high', summary: { critical: 1e12, high: 1e12, medium: 1e12, low: 1e12, info: 1e12, blocking: 1e12, suppressed: 0, added: 0, removed: 0 } });
    expect(long.description.length).toBeLessThanOrEqual(STATUS_DESCRIPTION_LIMIT);
  });

  it('annotations: the most severe findings first, errors at fail-on, warnings below, at most ten', () => {
    const findings = [...Array.from({ length: 12 }, () => finding({ severity: 'medium' })), finding(), finding({ location: null })];
    const { annotations, omitted } = annotationsFor(report(findings));
    expect(annotations).toHaveLength(MAX_ANNOTATIONS);
    expect(omitted).toBe(4);
    expect(annotations.slice(0, 2).map((a) => [a.level, a.file ?? null])).toEqual([
      ['error', 'infra/main.tf'],
      ['error', null],
    ]);
    expect(annotations[2]).toMatchObject({ level: 'warning', file: 'infra/main.tf', startLine: 10, endLine: 16, title: 'sg-guard Critical: no-public-ssh'.replace('Critical', 'Medium') });
  });

  it('annotations say whether the internet really reaches what the group is on, in one bounded line', () => {
    const exposed = finding({
      id: 'aaaaaaaaaaaa',
      reachability: {
        status: 'exposed',
        path: [
          { kind: 'internet', address: '0.0.0.0/0' },
          { kind: 'internet-gateway', address: 'aws_internet_gateway.main' },
          { kind: 'subnet', address: 'aws_subnet.public_a' },
          { kind: 'security-group', address: 'aws_security_group.bastion' },
          { kind: 'resource', address: 'aws_instance.bastion' },
        ],
        publicAddress: 'aws_subnet.public_a (public IP on launch)',
      },
    });
    const hidden = finding({ id: 'bbbbbbbbbbbb', reachability: { status: 'not-exposed', blockedBy: [{ kind: 'subnet', address: 'aws_subnet.private_a', why: 'has no route to an internet gateway' }] } });
    const unknown = finding({ id: 'cccccccccccc', reachability: { status: 'unknown', unknownBecause: ['aws_instance.app: subnet_id is unknown until apply'] } });
    const none = finding({ id: 'dddddddddddd' });
    // What the plan fixes has no annotation, reachability or not.
    const fixed = finding({ id: 'eeeeeeeeeeee', change: 'removed', reachability: { status: 'unknown', unknownBecause: ['gone'] } });
    const messages = annotationsFor(report([exposed, hidden, unknown, none, fixed])).annotations.map((a) => a.message);
    const base = 'aws_security_group.bastion allows 22/tcp from 0.0.0.0/0, which is the whole internet';
    expect(messages.sort()).toEqual([
      `${base} [dddddddddddd]`,
      `${base}. Exposed now: internet → aws_internet_gateway.main → aws_subnet.public_a (public IP on launch) → aws_security_group.bastion → aws_instance.bastion [aaaaaaaaaaaa]`,
      `${base}. Open in the group, but not reachable from the internet: aws_subnet.private_a has no route to an internet gateway [bbbbbbbbbbbb]`,
      `${base}. Reachability unknown: aws_instance.app: subnet_id is unknown until apply [cccccccccccc]`,
    ]);

    // A path of very long addresses (and many reasons) is cut: the message stays bounded, its id last.
    const hop = (kind: 'subnet' | 'resource', n: number) => ({ kind, address: `aws_subnet.${'x'.repeat(5000)}${n}` });
    const long = finding({ id: 'ffffffffffff', reachability: { status: 'exposed', path: [{ kind: 'internet', address: '0.0.0.0/0' }, ...Array.from({ length: 50 }, (_, i) => hop('subnet', i)), hop('resource', 99)], publicAddress: 'y'.repeat(5000) } });
    const [cut] = annotationsFor(report([long])).annotations;
    expect(Array.from(cut?.message ?? '').length).toBeLessThan(base.length + 700);
    expect(cut?.message).toMatch(/^aws_security_group\.bastion allows .*\. Exposed now: internet → aws_subnet\.x{100,}…/);
    expect(cut?.message).toMatch(/… \[ffffffffffff\]$/);
  });
});
