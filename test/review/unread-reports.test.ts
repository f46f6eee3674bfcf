/**
 * A publish run that could not read some reports: the summary names them,
 * the status fails whatever the findings of the others, an earlier request
 * for changes stays, and the stored analysis keeps them for commands. Also
 * the report format's new fields (plan labels, places) read back strictly.
 */
import { describe, expect, it } from 'vitest';
import { encodeState, readState } from '../../src/commands/state.js';
import { renderJson } from '../../src/report/json.js';
import { commitStatus } from '../../src/review/comments.js';
import { planReview, type ReviewOptions } from '../../src/review/posting.js';
import { missingRoot } from '../../src/review/roots.js';
import { parseReport } from '../../src/review/report-input.js';
import { RULES } from '../../src/rules/index.js';
import { finding, report } from '../support/review-findings.js';

const HEAD = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const UNREAD = [
  { file: 'reports/sg-guard-live-ops/sg-guard-report.json', problem: 'does not exist (did its analyze job upload a report?)' },
  { file: 'reports/sg-guard-live-`qa`/r.json', problem: 'is not JSON: <b>Unexpected</b> end' },
];

const options = (extra: Partial<ReviewOptions> = {}): ReviewOptions => ({
  review: 'request-changes',
  maxInlineComments: 25,
  summary: 'update',
  context: 'sg-guard',
  headSha: HEAD,
  tool: { name: 'sg-guard', version: '0.1.0' },
  rules: RULES.map((r) => r.meta),
  ...extra,
});

const clean = report([finding({ severity: 'low', rule: 'unrestricted-egress' })]);
const earlier = { id: 11, state: 'CHANGES_REQUESTED', body: '<!-- sg-guard:review sg-guard -->\nblocked' };

describe('reports that could not be read', () => {
  it('fail the status, even when nothing the others found blocks', () => {
    expect(commitStatus(clean)).toEqual({ state: 'success', description: 'Passes at fail-on high (1 low)' });
    expect(commitStatus(clean, UNREAD)).toEqual({ state: 'failure', description: '2 reports could not be read (1 low in the others)' });
    expect(commitStatus(report([finding()]), UNREAD.slice(0, 1))).toEqual({ state: 'failure', description: '1 finding at or above high (1 critical); 1 report not read' });
  });

  it('are named, escaped, under an "incomplete" heading in the summary; an earlier request for changes stays', () => {
    const plan = planReview(clean, { diff: null, reviewComments: [], reviews: [earlier], issueComments: [] }, options({ unread: UNREAD }));
    const body = plan.summary?.body ?? '';
    expect(body).toContain('## ⚠️ Incomplete: reports could not be read; in the others, 1 finding, none at or above high\n\nNothing blocks in the reports that could be read at fail-on `high` · 1 active finding: 1 low.\n\n> **2 reports could not be read**, so the plans they cover are not in this review and the check fails until they are there:\n');
    expect(body).toContain('> - `reports/sg-guard-live-ops/sg-guard-report.json`: does not exist (did its analyze job upload a report?)\n');
    expect(body).toContain('> - ``reports/sg-guard-live-`qa`/r.json``: is not JSON: &lt;b&gt;Unexpected&lt;/b&gt; end');
    expect(plan.status).toMatchObject({ state: 'failure' });
    expect(plan.dismiss).toEqual([]);
    // All there: passes, and the request for changes is dismissed.
    const all = planReview(clean, { diff: null, reviewComments: [], reviews: [earlier], issueComments: [] }, options());
    expect(all.summary?.body).toContain('## ✅ Passes: ');
    expect(all.dismiss).toEqual([11]);
  });

  it('are kept in the stored analysis, so that a command keeps the summary and the status as they were', () => {
    const state = { context: 'sg-guard', headSha: HEAD, planDigest: 'cd'.repeat(32), report: clean, outside: null, customRules: [], diagrams: [], ignores: [], omitted: [], unread: UNREAD };
    const line = encodeState(state)?.line ?? '';
    const read = readState(`body\n${line}`, 'sg-guard');
    expect(read && 'state' in read ? read.state.unread : read).toEqual(UNREAD);
    // None: no key at all, as before.
    const none = readState(`body\n${encodeState({ ...state, unread: [] })?.line ?? ''}`, 'sg-guard');
    expect(none && 'state' in none ? 'unread' in none.state : none).toBe(false);
  });
});

describe('roots that expect-roots names and no report covers', () => {
  const uat = missingRoot('live/uat');
  const glob = missingRoot('live/x*');

  it('are said to have no report, not to be unreadable, in the status', () => {
    expect(commitStatus(clean, [uat])).toEqual({ state: 'failure', description: 'live/uat has no report: its analyze job did not upload one (1 low in the others)' });
    expect(commitStatus(clean, [glob])).toEqual({ state: 'failure', description: 'live/x* has no report: it matches no root of the repository (1 low in the others)' });
    expect(commitStatus(clean, [uat, glob])).toEqual({ state: 'failure', description: '2 roots have no report (1 low in the others)' });
    expect(commitStatus(clean, [UNREAD[0] as (typeof UNREAD)[number], uat])).toEqual({ state: 'failure', description: '1 report could not be read and live/uat has no report (1 low in the others)' });
    expect(commitStatus(report([finding()]), [uat])).toEqual({ state: 'failure', description: '1 finding at or above high (1 critical); live/uat has no report' });
    // A long root's name is cut, and the description stays within GitHub's limit.
    const long = commitStatus(clean, [missingRoot(`live/${'a'.repeat(300)}`)]).description;
    expect(long.length).toBeLessThanOrEqual(140);
    expect(long).toMatch(/^live\/a+… has no report: its analyze job did not upload one \(1 low in the others\)$/);
  });

  it('are named in the summary with what happened, apart from the reports that could not be read', () => {
    const one = planReview(clean, { diff: null, reviewComments: [], reviews: [earlier], issueComments: [] }, options({ unread: [uat] })).summary?.body ?? '';
    expect(one).toContain('## ⚠️ Incomplete: `live/uat` has no report; in the others, 1 finding, none at or above high\n');
    expect(one).toContain('> **`live/uat` has no report**: its analyze job did not upload one (expect-roots names it). Its plans are not in this review, and the check fails until its report is there.');
    expect(one).not.toContain('could not be read');
    const both = planReview(clean, { diff: null, reviewComments: [], reviews: [], issueComments: [] }, options({ unread: [...UNREAD, uat, glob] })).summary?.body ?? '';
    expect(both).toContain('## ⚠️ Incomplete: reports could not be read and 2 roots have no report; in the others,');
    expect(both).toContain('> **2 reports could not be read**, so the plans they cover are not in this review');
    expect(both).toContain('> **2 roots have no report**, so their plans are not in this review and the check fails until their reports are there:\n> - `live/uat`: its analyze job did not upload one (expect-roots names it)\n> - `live/x*`: it matches no root of the repository (expect-roots names it)');
  });

  it('stay roots without a report in the stored analysis, so that a command keeps the words', () => {
    const state = { context: 'sg-guard', headSha: HEAD, planDigest: 'cd'.repeat(32), report: clean, outside: null, customRules: [], diagrams: [], ignores: [], omitted: [], unread: [UNREAD[0] as (typeof UNREAD)[number], uat] };
    const read = readState(`body\n${encodeState(state)?.line ?? ''}`, 'sg-guard');
    expect(read && 'state' in read ? read.state.unread : read).toEqual([UNREAD[0], { file: 'live/uat', problem: 'its analyze job did not upload one (expect-roots names it)', missingRoot: true }]);
  });
});

describe('plan labels and places in a JSON report', () => {
  const merged = finding({
    location: { file: 'modules/sg/main.tf', line: 14, endLine: 20 },
    places: [
      { plan: 'live/dev/plan.json', resource: 'module.sg.aws_security_group.fail_web' },
      { plan: 'live/prod/plan.json', resource: 'module.sg.aws_security_group.fail_web' },
    ],
    plan: 'live/dev/plan.json',
  });

  it('round-trip through the strict reader', () => {
    const r = report([merged]);
    const text = renderJson(r);
    expect(renderJson(parseReport(text, 'r.json'))).toBe(text);
  });

  it('a report from before labels gets the default label; bad places are refused', () => {
    const old = JSON.parse(renderJson(report([finding()])));
    delete old.plans[0].label;
    expect(parseReport(JSON.stringify(old), 'old.json').plans[0]?.label).toBe('infra');
    const bad = JSON.parse(renderJson(report([merged])));
    bad.findings[0].places = [];
    expect(() => parseReport(JSON.stringify(bad), 'bad.json')).toThrow('bad.json: is not a valid sg-guard JSON report: findings[0].places must not be empty');
    bad.findings[0].places = [{ plan: 7, resource: 'x' }];
    expect(() => parseReport(JSON.stringify(bad), 'bad.json')).toThrow('findings[0].places[0].plan must be a string');
  });
});
