/**
 * What users see of waivers: the inline comment of a finding whose waiver
 * the pull request asks for, the "Accept the risk instead" fold in each
 * inline-ignores mode, the summary's Waived fold and Waiver requests, and the
 * JSON and SARIF of approved waivers and requests. Everything the pull
 * request writes (reason, login) is hostile here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { inlineCommentBody, resolvedCommentBody } from '../../src/review/comments.js';
import { parseFindingComment } from '../../src/review/markers.js';
import { planReview } from '../../src/review/posting.js';
import { summaryCommentBody } from '../../src/review/summary.js';
import { ruleByName } from '../../src/rules/index.js';
import type { Finding, FindingSuppression } from '../../src/findings/types.js';
import { goldenIn } from '../support/golden-dir.js';
import { finding, report } from '../support/review-findings.js';

const TOOL = { name: 'sg-guard', version: '0.1.0' };
const golden = goldenIn(join(import.meta.dirname, '__golden__'));
const SSH = ruleByName('no-public-ssh')?.meta;
const HOSTILE = '<!-- sg-guard:fixed --> @org/team #12 [x](https://evil.example) </details><img src=x onerror=alert(1)> `tick` | pipe\nnext';
const EVIL_LOGIN = 'evil](https://evil.example) @org/team';

/** Text outside code spans, where Markdown is interpreted. */
const prose = (md: string): string => md.replace(/(`+)[\s\S]*?\1/g, '');

/** Nothing live: no HTML, link, mention, issue reference or hidden marker outside code spans. */
function expectInert(md: string): void {
  const p = prose(md);
  expect(p).not.toMatch(/<img|<\/details><img|<!-- sg-guard:fixed|\]\(https:\/\/evil|(^|[^\u200d])@org|#12|https:\/\/evil/);
}

const request = (over: Partial<Finding> = {}): Finding =>
  finding({ id: 'a1b2c3d4e5f6', waiverRequest: { reason: HOSTILE, source: 'infra/main.tf:9', by: EVIL_LOGIN }, ...over });

const approved: FindingSuppression = {
  kind: 'approved',
  reason: 'Jump host, INC-77',
  expires: null,
  source: 'infra/main.tf:9',
  by: 'maintainer',
  at: '2026-02-28T09:00:00Z',
  approvedIn: 'https://github.com/acme/infra/pull/7#issuecomment-1002',
};

describe('the inline comment of a finding whose waiver the pull request asks for', () => {
  const body = inlineCommentBody(request(), SSH, 'sg-guard', TOOL, new Map(), { inlineIgnores: 'review' });

  it('says who asked and why, and how a maintainer approves it', () => {
    expect(body).toContain('🙋 **Waiver requested** by @\u200Devil\\](https:\u200D//evil.example) @\u200Dorg/team: &lt;!-- sg-guard:fixed --&gt;');
    expect(body).toContain('(`sg-guard:ignore` at `infra/main.tf:9`)');
    expect(body).toContain('This finding keeps blocking until a maintainer approves the request: a comment `/sg-guard approve a1b2c3d4e5f6` on this pull request. The author of the pull request cannot approve their own request.');
    // No advice to write the comment that is already there.
    expect(body).not.toContain('Accept the risk instead');
  });

  it('renders the reason and the login inert, and keeps its markers', () => {
    expectInert(body);
    expect(parseFindingComment(body)).toEqual({ findingId: 'a1b2c3d4e5f6', context: 'sg-guard', fixed: false, also: [] });
    expect(body.split('\n').filter((l) => l.startsWith('<!-- '))).toHaveLength(2);
  });

  it('without a known author names nobody', () => {
    const anonymous = inlineCommentBody(request({ waiverRequest: { reason: 'r', source: 'infra/main.tf:9', by: null } }), SSH, 'c', TOOL);
    expect(anonymous).toContain('🙋 **Waiver requested**: r (`sg-guard:ignore` at `infra/main.tf:9`)');
  });
});

describe('"Accept the risk instead" says what really happens', () => {
  const fold = (mode?: 'review' | 'trust' | 'off'): string => {
    const body = inlineCommentBody(finding({ id: '0f0f0f0f0f0f' }), SSH, 'c', TOOL, new Map(), mode ? { inlineIgnores: mode } : {});
    return body.slice(body.indexOf('<details><summary>Accept the risk instead</summary>'), body.indexOf('</details>') + '</details>'.length);
  };

  it('trust (the default, the CLI): the comment silences the finding', () => {
    expect(fold()).toBe(fold('trust'));
    expect(fold()).toContain('Put this comment, with your reason, on the line directly above the block in `infra/main.tf`:');
    expect(fold()).not.toContain('approve');
  });

  it('review: the comment is a request that keeps blocking until a maintainer approves it', () => {
    const text = fold('review');
    expect(text).toContain(
      'An `sg-guard:ignore` comment added by a pull request is a waiver request: the finding keeps blocking until a maintainer approves it with `/sg-guard approve 0f0f0f0f0f0f`.',
    );
    expect(text).toContain('The author of the pull request cannot approve their own request.');
    expect(text).toContain('# sg-guard:ignore no-public-ssh <why this exposure is acceptable>');
  });

  it('off: comments are not read; exceptions on the base branch or /sg-guard ignore are the ways', () => {
    const text = fold('off');
    expect(text).toContain('In-code `sg-guard:ignore` comments are not read here (`inline-ignores: off`).');
    expect(text).toContain('add an entry to `exceptions` in the configuration on the base branch, or ask a maintainer to comment `/sg-guard ignore 0f0f0f0f0f0f reason: <why>`.');
    expect(text).not.toContain('```hcl');
  });

  it('planReview passes the mode to the inline comments', () => {
    const r = report([finding({ id: '0e0e0e0e0e0e' })]);
    const plan = planReview(r, { diff: null, reviewComments: [], reviews: [], issueComments: [] }, { review: 'comment', maxInlineComments: 5, summary: 'off', context: 'c', headSha: 'abc1234', tool: TOOL, rules: SSH ? [SSH] : [], inlineIgnores: 'review' });
    expect(plan.inline[0]?.body).toContain('is a waiver request');
  });
});

describe('an earlier inline comment whose request was approved', () => {
  it('is resolved as accepted, naming the approver without a ping', () => {
    const r = report([finding({ id: '0d0d0d0d0d0d', suppression: approved })]);
    const earlier = inlineCommentBody(finding({ id: '0d0d0d0d0d0d' }), SSH, 'c', TOOL);
    const plan = planReview(r, { diff: null, reviewComments: [{ id: 5, body: earlier, inReplyTo: null }], reviews: [], issueComments: [] }, { review: 'comment', maxInlineComments: 5, summary: 'off', context: 'c', headSha: 'abc1234', tool: TOOL, rules: [] });
    expect(plan.fixed[0]?.body).toContain('☑️ **Accepted** as of abc1234: the waiver requested at `infra/main.tf:9` was approved by @\u200Dmaintainer: Jump host, INC-77');
    const evil = resolvedCommentBody('x', 'id', 'c', 'abc1234', { kind: 'suppressed', reason: HOSTILE, source: 'a:1', approvedBy: EVIL_LOGIN });
    // Past the three marker lines, nothing live; the third marker is the real "fixed" one.
    expect(evil.split('\n').slice(0, 3)).toEqual(['<!-- sg-guard:finding id -->', '<!-- sg-guard:context c -->', '<!-- sg-guard:fixed -->']);
    expectInert(evil.split('\n').slice(3).join('\n'));
  });
});

describe('the summary', () => {
  const r = { ...report([request(), finding({ id: '0c0c0c0c0c0c', suppression: approved })]) };

  it('lists waiver requests after the findings, with who asked, why and the approve command', () => {
    const md = renderMarkdown(r, SSH ? [SSH] : []);
    const section = md.slice(md.indexOf('### Waiver requests (1)'), md.indexOf('Why these rules matter'));
    expect(md.indexOf('### Waiver requests (1)')).toBeGreaterThan(md.indexOf('### Blocking'));
    expect(section).toContain("They keep counting until a maintainer approves each one with `/sg-guard approve <id>` (or `/sg-guard ignore`); the pull request's author cannot approve their own.");
    expect(section).toContain('- 🔴 no-public-ssh `aws_security_group.bastion.ingress[0]` (`infra/main.tf:9`): requested by @\u200Devil\\]');
    expect(section).toContain('To approve: `/sg-guard approve a1b2c3d4e5f6`');
    expectInert(section);
    // The request still blocks.
    expect(md).toMatch(/^## 🔴 Blocks: /);
  });

  it('lists an approved request under Waived with the requester\'s place and the approver', () => {
    const md = summaryCommentBody({ report: r, rules: [], outside: null, inlineIgnores: 'review' }, 'sg-guard');
    expect(md).toContain('<summary><strong>Waived (1)</strong></summary>');
    expect(md).toContain(
      '| approved request: requested in infra/main.tf:9, approved by @\u200Dmaintainer on 2026-02-28 ([comment](https://github.com/acme/infra/pull/7#issuecomment-1002))<br>no expiry | Jump host, INC-77 |',
    );
  });

  it('renders a hostile approver, commenter and approving address inert', () => {
    const evil: FindingSuppression = { ...approved, by: EVIL_LOGIN, approvedIn: 'https://evil.example/x' };
    const md = renderMarkdown(report([finding({ suppression: evil }), finding({ suppression: { ...evil, kind: 'comment', source: 'javascript:alert(1)' } })]), []);
    const waived = md.slice(md.indexOf('Waived (2)'));
    expectInert(waived);
    expect(waived).not.toContain('[comment]');
  });

  it('a finding a command accepted after its request was made is waived, not requested', () => {
    const ignored = request({ suppression: { kind: 'comment', reason: 'ok', expires: null, source: 'u', by: 'm', at: '2026-01-01T00:00:00Z' } });
    const md = renderMarkdown(report([ignored]), []);
    expect(md).not.toContain('Waiver requests');
    expect(md).toContain('Waived (1)');
  });
});

describe('JSON and SARIF', () => {
  const r = report([request(), finding({ id: '0b0b0b0b0b0b', suppression: approved })]);

  it('JSON carries the request after the suppression, and the approval with who, when and where', () => {
    const json = JSON.parse(renderJson(r)) as { findings: Array<Record<string, unknown>> };
    const [req, ok] = json.findings;
    expect(req?.suppression).toBeNull();
    expect(req?.waiverRequest).toEqual({ reason: HOSTILE, source: 'infra/main.tf:9', by: EVIL_LOGIN });
    expect(Object.keys(req ?? {}).slice(-3)).toEqual(['suppression', 'waiverRequest', 'change']);
    expect(ok?.suppression).toEqual({ kind: 'approved', reason: 'Jump host, INC-77', expires: null, source: 'infra/main.tf:9', by: 'maintainer', at: '2026-02-28T09:00:00Z', approvedIn: approved.approvedIn });
    expect(ok).not.toHaveProperty('waiverRequest');
  });

  it('SARIF: an approved waiver is inSource with the approver; a request is no suppression, only a property', () => {
    const sarif = JSON.parse(renderSarif(r, [])) as { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string>; suppressions: unknown[]; properties: Record<string, unknown> }> }> };
    const byId = (id: string) => sarif.runs[0]?.results.find((x) => Object.values(x.partialFingerprints).includes(id));
    expect(byId('0b0b0b0b0b0b')?.suppressions).toEqual([
      {
        kind: 'inSource',
        justification: 'Jump host, INC-77 (sg-guard:ignore at infra/main.tf:9, added by the pull request and approved by @maintainer on 2026-02-28)',
        properties: { by: 'maintainer', at: '2026-02-28T09:00:00Z', source: 'infra/main.tf:9', approvedIn: approved.approvedIn },
      },
    ]);
    const open = byId('a1b2c3d4e5f6');
    expect(open?.suppressions).toEqual([]);
    expect(open?.properties.waiverRequest).toEqual({ reason: HOSTILE, source: 'infra/main.tf:9', by: EVIL_LOGIN });
  });

  it('text says an approved waiver and a request apart, escaped for the terminal', () => {
    const out = renderText(r, { color: false });
    expect(out).toContain('sg-guard:ignore at infra/main.tf:9, approved by @maintainer on 2026-02-28: Jump host, INC-77');
    expect(out).toContain('waiver requested by @evil](https://evil.example) @org/team at infra/main.tf:9, not approved: <!-- sg-guard:fixed -->');
    expect(out).toContain('| pipe\\nnext');
  });
});

describe('golden inline comments', () => {
  it('a waiver request, and a finding under inline-ignores review', () => {
    golden('inline-comment-request.md', inlineCommentBody(request({ waiverRequest: { reason: 'Break-glass bastion for INC-231', source: 'infra/main.tf:9', by: 'octo-author' } }), SSH, 'sg-guard', TOOL, new Map(), { inlineIgnores: 'review' }));
    golden('inline-comment-review.md', inlineCommentBody(finding({ id: '41a632f20518' }), SSH, 'sg-guard', TOOL, new Map(), { inlineIgnores: 'review' }));
    golden('inline-comment-off.md', inlineCommentBody(finding({ id: '41a632f20518' }), SSH, 'sg-guard', TOOL, new Map(), { inlineIgnores: 'off' }));
  });
});

describe('size', () => {
  it('stays within the comment limit with many long requests and a long policy', async () => {
    const { MAX_MARKDOWN_LENGTH } = await import('../../src/report/markdown.js');
    const long = 'x'.repeat(5000);
    const many = Array.from({ length: 500 }, (_, i) =>
      request({ id: `${i.toString(16).padStart(12, '0')}`, resource: `aws_security_group.${long}${i}`, waiverRequest: { reason: long, source: `${long}.tf:${i}`, by: long } }),
    );
    const phrases = Array.from({ length: 200 }, () => long);
    const md = renderMarkdown({ ...report(many), policy: { source: 'base', file: long, inForce: phrases, pendingChange: phrases } }, []);
    expect(md.length).toBeLessThanOrEqual(MAX_MARKDOWN_LENGTH);
    expect(md).toContain('### Waiver requests (500)');
    expect(md).toContain('- … and 480 more (see the JSON report)');
    expect(md).toContain('Policy in force (200 differences from the defaults)');
    expect(md).toMatch(/not shown; see the JSON report/);
  });
});
