/**
 * A review plan as text for a terminal: exactly the bodies the Action would
 * post, each under a header saying where it would go. Used by `sg-guard review`.
 */
import { escapeTerminal } from '../lib/escape.js';
import type { ReviewPlan } from './posting.js';

const RULE = '──';

/** Control characters shown as escapes, line by line (the bodies are Markdown, their newlines are real). */
function safe(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeTerminal(line))
    .join('\n');
}

function where(c: ReviewPlan['inline'][number]): string {
  return c.startLine !== undefined ? `${c.path}:${c.startLine}-${c.line}` : `${c.path}:${c.line}`;
}

export function printReviewPlan(plan: ReviewPlan, options: { diffGiven: boolean }): string {
  const out: string[] = [];
  out.push(`sg-guard review: what a pull-request run would post (nothing is sent).`);
  if (!options.diffGiven) out.push('No --diff given: every finding with a source line counts as part of the diff.');
  out.push('');
  if (plan.review) {
    out.push(`${RULE} Review (${plan.review.event}) with ${plan.inline.length} inline comment${plan.inline.length === 1 ? '' : 's'}`);
    for (const c of plan.inline) {
      out.push('', `${RULE} Inline comment on ${safe(where(c))} (side RIGHT) · ${c.finding.severity} · ${safe(c.finding.rule)} · ${c.finding.id}`, '', safe(c.body));
    }
    out.push('', `${RULE} Review body`, '', safe(plan.review.body), '');
  } else {
    out.push(`${RULE} No review: no finding on a line this diff changes.`, '');
  }
  if (plan.summary) out.push(`${RULE} Summary comment`, '', safe(plan.summary.body).trimEnd(), '');
  if (plan.status) out.push(`${RULE} Commit status "${safe(plan.status.context)}": ${plan.status.state}: ${safe(plan.status.description)}`);
  return `${out.join('\n')}\n`;
}
