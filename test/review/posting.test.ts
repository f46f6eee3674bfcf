import { describe, expect, it } from 'vitest';
import type { Hunk } from '../../src/review/diff.js';
import { contextMarker, findingMarker, reviewMarker, summaryMarker } from '../../src/review/markers.js';
import { MAX_DISMISSALS, MAX_FIXED_EDITS, planReview, reviewWithoutInline, type PullRequestState, type ReviewOptions } from '../../src/review/posting.js';
import { RULES } from '../../src/rules/index.js';
import { finding, report } from '../support/review-findings.js';

const HEAD = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const options: ReviewOptions = {
  review: 'comment',
  maxInlineComments: 25,
  summary: 'update',
  context: 'sg-guard',
  headSha: HEAD,
  tool: { name: 'sg-guard', version: '0.1.0' },
  rules: RULES.map((r) => r.meta),
};
/** Lines 1-100 of infra/main.tf are new. */
const newFile = (): Map<string, Hunk[]> => new Map([['infra/main.tf', [{ start: 1, end: 100, changed: Array.from({ length: 100 }, (_, i) => i + 1) }]]]);
const empty = (diff: Map<string, Hunk[]> | null = newFile()): PullRequestState => ({ diff, reviewComments: [], reviews: [], issueComments: [] });
const ownComment = (id: number, findingId: string, context = 'sg-guard'): { id: number; body: string; inReplyTo: null } => ({
  id,
  body: `${findingMarker(findingId)}\n${contextMarker(context)}\n\nold text`,
  inReplyTo: null,
});

describe('planReview', () => {
  it('comments inline only at or above inline-min-severity (medium by default); the rest are counted, not listed', () => {
    const low = finding({ severity: 'low', rule: 'unrestricted-egress', location: { file: 'infra/main.tf', line: 20, endLine: 26 } });
    const info = finding({ severity: 'info', rule: 'unused-security-group', location: { file: 'infra/other.tf', line: 1, endLine: 5 } });
    const medium = finding({ severity: 'medium', rule: 'wide-port-range', location: { file: 'infra/main.tf', line: 30, endLine: 36 } });
    const plan = planReview(report([low, info, medium]), empty(), options);
    expect(plan.inline.map((c) => c.finding.id)).toEqual([medium.id]);
    expect(plan.quiet.map((f) => f.id).sort()).toEqual([low.id, info.id].sort());
    expect(plan.review?.body).not.toContain('**Outside this diff:**');
    expect(plan.review?.body).toContain('2 findings below `medium` (`inline-min-severity`) are counted in the summary comment, not commented on lines.');
    // The summary still has every finding.
    expect(plan.summary?.body).toContain(low.id);
    const all = planReview(report([low, info, medium]), empty(), { ...options, inlineMinSeverity: 'info' });
    expect(all.inline.map((c) => c.finding.id).sort()).toEqual([low.id, medium.id].sort());
    expect(all.quiet).toEqual([]);
    const strict = planReview(report([low, info, medium]), empty(), { ...options, inlineMinSeverity: 'high' });
    expect(strict.inline).toEqual([]);
    expect(strict.review).toBeNull();
  });

  it('comments inline on findings in the diff, most severe first, and lists the rest as outside', () => {
    const inDiff = finding({ severity: 'medium', rule: 'wide-port-range', location: { file: 'infra/main.tf', line: 20, endLine: 26 } });
    const critical = finding();
    const elsewhere = finding({ location: { file: 'infra/other.tf', line: 1, endLine: 5 } });
    const unlocated = finding({ location: null });
    const plan = planReview(report([inDiff, critical, elsewhere, unlocated]), empty(), options);
    expect(plan.inline.map((c) => [c.finding.id, c.path, c.startLine, c.line])).toEqual([
      [critical.id, 'infra/main.tf', 10, 16],
      [inDiff.id, 'infra/main.tf', 20, 26],
    ]);
    expect(plan.outside.map((f) => f.id).sort()).toEqual([elsewhere.id, unlocated.id].sort());
    expect(plan.review?.event).toBe('COMMENT');
    expect(plan.review?.body).toContain('2 findings not on a line this pull request changes: the summary comment lists every finding.');
    // The summary marks them in its tables, and says so once.
    expect(plan.summary?.body).toContain('_2 findings are not on a line this pull request changes, so they have no inline comment: marked "outside the diff" above._');
    expect(plan.summary?.body.match(/outside the diff_/g)).toHaveLength(2);
    expect(plan.summary?.commentId).toBeNull();
    expect(plan.summary?.body.startsWith(summaryMarker('sg-guard'))).toBe(true);
    expect(plan.status).toEqual({ state: 'failure', context: 'sg-guard', description: expect.stringContaining('3 findings at or above high') });
  });

  it("comments on the offending value's line, once per block when several rules flag its values", () => {
    const at = (line: number) => ({ file: 'infra/main.tf', line, endLine: 16, blockLine: 10 });
    const ssh = finding({ rule: 'no-public-ssh', path: 'ingress[0]', location: at(15) });
    // Another rule on the block's second CIDR, on the next line.
    const wide = finding({ severity: 'high', rule: 'wide-public-cidr', path: 'ingress[0]', location: at(14) });
    for (const diff of [newFile(), null]) {
      const plan = planReview(report([wide, ssh]), empty(diff), options);
      expect(plan.inline.map((c) => [c.finding.id, c.path, c.startLine, c.line])).toEqual([[ssh.id, 'infra/main.tf', undefined, 15]]);
      expect(plan.inline[0]?.body).toContain(wide.id);
    }
  });

  it('caps inline comments over the ranking of every finding in the diff, so a re-run adds none', () => {
    const findings = Array.from({ length: 30 }, (_, i) => finding({ location: { file: 'infra/main.tf', line: i + 1, endLine: i + 1 } }));
    const first = planReview(report(findings), empty(), { ...options, maxInlineComments: 5 });
    expect(first.inline).toHaveLength(5);
    expect(first.overflow).toHaveLength(25);
    const posted = first.inline.map((c, i) => ({ id: i + 1, body: c.body, inReplyTo: null }));
    const again = planReview(report(findings), { ...empty(), reviewComments: posted }, { ...options, maxInlineComments: 5 });
    expect(again.inline).toEqual([]);
    expect(again.alreadyCommented).toHaveLength(5);
    expect(again.review).toBeNull();
  });

  it('marks comments of gone findings fixed, not those with replies, at most MAX_FIXED_EDITS a run', () => {
    const gone = Array.from({ length: MAX_FIXED_EDITS + 3 }, (_, i) => ownComment(100 + i, `dead${String(i).padStart(8, '0')}`));
    const replied = ownComment(50, 'feedbeef0001');
    const reply = { id: 51, body: 'Needed until Friday.', inReplyTo: 50 };
    const still = finding();
    const kept = ownComment(60, still.id);
    const plan = planReview(report([still]), { ...empty(), reviewComments: [...gone, replied, reply, kept] }, options);
    expect(plan.fixed.map((f) => f.commentId)).toEqual(gone.slice(0, MAX_FIXED_EDITS).map((c) => c.id));
    expect(plan.fixed[0]?.body).toMatch(/^<!-- sg-guard:finding dead00000000 -->\n<!-- sg-guard:context sg-guard -->\n<!-- sg-guard:fixed -->\n\n✅ \*\*Fixed\*\* as of 6dcb09b/);
    expect(plan.fixed[0]?.body).toContain('old text');
    expect(plan.fixedDeferred).toBe(3);
    expect(plan.fixedKeptForReplies).toBe(1);
    expect(plan.inline).toEqual([]);
    expect(plan.alreadyCommented.map((f) => f.id)).toEqual([still.id]);
  });

  it('a finding now suppressed gets its comment marked accepted, with the reason', () => {
    const f = finding({ suppression: { kind: 'inline', reason: 'break-glass host, see RUNBOOK-12', expires: null, source: 'infra/main.tf:9' } });
    const plan = planReview(report([f]), { ...empty(), reviewComments: [ownComment(7, f.id)] }, options);
    expect(plan.fixed).toHaveLength(1);
    expect(plan.fixed[0]?.body).toContain('☑️ **Accepted** as of 6dcb09b: suppressed by `infra/main.tf:9`: break-glass host, see RUNBOOK-12');
    // Suppressed findings are neither commented nor listed.
    expect(plan.inline).toEqual([]);
    expect(plan.outside).toEqual([]);
  });

  it('a finding the plan removes (change: removed) is neither commented nor listed, and its comment is marked fixed', () => {
    const f = finding({ change: 'removed' });
    const plan = planReview(report([f]), { ...empty(), reviewComments: [ownComment(8, f.id)] }, options);
    expect(plan.inline).toEqual([]);
    expect(plan.outside).toEqual([]);
    expect(plan.fixed.map((x) => x.commentId)).toEqual([8]);
    expect(plan.fixed[0]?.body).toContain('✅ **Fixed**');
  });

  it("ignores comments, reviews and summaries of another status context", () => {
    const f = finding();
    const state: PullRequestState = {
      ...empty(),
      reviewComments: [ownComment(1, f.id, 'sg-guard / staging'), ownComment(2, 'dead00000000', 'sg-guard / staging')],
      reviews: [{ id: 3, state: 'CHANGES_REQUESTED', body: `${reviewMarker('sg-guard / staging')}\nx` }],
      issueComments: [{ id: 4, body: `${summaryMarker('sg-guard / staging')}\nx` }],
    };
    const plan = planReview(report([], 'high'), state, options);
    expect(plan.fixed).toEqual([]);
    expect(plan.dismiss).toEqual([]);
    expect(plan.summary?.commentId).toBeNull();
    expect(planReview(report([f]), state, options).inline).toHaveLength(1);
  });

  it('request-changes: requests changes while findings block, dismisses its own requests once clean', () => {
    const rc: ReviewOptions = { ...options, review: 'request-changes' };
    const blocking = planReview(report([finding()]), empty(), rc);
    expect(blocking.review?.event).toBe('REQUEST_CHANGES');
    // Blocking, nothing new inline, no request standing: a review without comments requests changes.
    const outsideOnly = planReview(report([finding({ location: { file: 'x.tf', line: 1, endLine: 2 } })]), empty(), rc);
    expect(outsideOnly.review?.event).toBe('REQUEST_CHANGES');
    expect(outsideOnly.inline).toEqual([]);
    const standing = { id: 9, state: 'CHANGES_REQUESTED', body: `${reviewMarker('sg-guard')}\n…` };
    expect(planReview(report([finding({ location: null })]), { ...empty(), reviews: [standing] }, rc).review).toBeNull();

    const reviews = [
      standing,
      { id: 10, state: 'CHANGES_REQUESTED', body: 'a person' },
      { id: 11, state: 'COMMENTED', body: `${reviewMarker('sg-guard')}\n…` },
      ...Array.from({ length: MAX_DISMISSALS + 1 }, (_, i) => ({ id: 20 + i, state: 'CHANGES_REQUESTED', body: `${reviewMarker('sg-guard')}\n…` })),
    ];
    const clean = planReview(report([finding({ severity: 'low' })]), { ...empty(), reviews }, rc);
    expect(clean.dismiss).toEqual([23, 22, 21]);
    expect(clean.status?.state).toBe('success');
  });

  it('updates the summary comment in place, and not at all when it would not change', () => {
    const r = report([finding()]);
    const body = planReview(r, empty(), options).summary?.body ?? '';
    const state = { ...empty(), issueComments: [{ id: 5, body: 'hello' }, { id: 6, body: `${summaryMarker('sg-guard')}\nold` }] };
    expect(planReview(r, state, options).summary).toEqual({ commentId: 6, body });
    expect(planReview(r, { ...state, issueComments: [{ id: 6, body }] }, options).summary).toBeNull();
    expect(planReview(r, state, { ...options, summary: 'new' }).summary?.commentId).toBeNull();
    expect(planReview(r, state, { ...options, summary: 'off' }).summary).toBeNull();
  });

  it('review off: no review, no inline comment, no edit; summary and status still', () => {
    const f = finding();
    const plan = planReview(report([f]), { ...empty(), reviewComments: [ownComment(1, 'dead00000000')] }, { ...options, review: 'off' });
    expect(plan.review).toBeNull();
    expect(plan.inline).toEqual([]);
    expect(plan.fixed).toEqual([]);
    expect(plan.summary).not.toBeNull();
    expect(plan.status).not.toBeNull();
    expect(planReview(report([f]), empty(), { ...options, context: '' }).status).toBeNull();
  });

  it('without a diff (the CLI without --diff) every located finding is commentable', () => {
    const plan = planReview(report([finding(), finding({ location: null })]), empty(null), options);
    expect(plan.inline).toHaveLength(1);
    expect(plan.outside).toHaveLength(1);
    expect(plan.summary?.body).not.toContain('Outside this diff');
  });

  it('reviewWithoutInline lists the comments GitHub refused', () => {
    const r = report([finding()]);
    const plan = planReview(r, empty(), options);
    const again = reviewWithoutInline(r, plan, options);
    expect(again.event).toBe('COMMENT');
    expect(again.body).toContain('**GitHub did not accept these as inline comments**');
    expect(again.body).toContain('`infra/main.tf:10-16`');
    expect(again.body).not.toContain('inline comment below');
  });
});
