/**
 * Workflow annotations for the most severe findings: they show on the run and,
 * with a file and line, beside the code in the pull request's "Files changed".
 */
import { escapeTerminal } from '../lib/escape.js';
import { otherPlaces, planName, planNames } from '../places.js';
import { SEVERITY_LABELS, cap, sortFindings } from '../report/common.js';
import { reachabilityLine, type WordStyle } from '../report/reachability.js';
import { atLeast, type Finding, type Report } from '../findings/types.js';
import { activeFindings } from './comments.js';

/** GitHub shows at most 10 error and 10 warning annotations per step; keep the most severe. */
export const MAX_ANNOTATIONS = 10;
/** The plans a merged finding's annotation names, at most. */
const MAX_PLANS_NAMED = 10;
/** Each address or reason in an annotation's reachability words is cut to this many characters. */
const MAX_REACH_PIECE = 120;
/** An annotation's reachability words, at most (in characters, before escaping). */
const MAX_REACH_WORDS = 600;
/** Plain words, each piece from the plan cut: the annotation's message stays short whatever the addresses. */
const ANNOTATION_STYLE: WordStyle = { address: (t) => cap(t, MAX_REACH_PIECE), text: (t) => (t.startsWith(' ') ? ` ${cap(t.slice(1), MAX_REACH_PIECE)}` : cap(t, MAX_REACH_PIECE)) };

interface Annotation {
  level: 'error' | 'warning';
  title: string;
  message: string;
  file?: string;
  startLine?: number;
  endLine?: number;
}

/**
 * The most severe active findings as annotations (at most `max`): errors for
 * findings at or above fail-on, warnings for the rest. The text is plain:
 * @actions/core escapes it for the workflow command. A finding that stands
 * for the same module block in several plans names them; one whose peer
 * includes the internet says whether the internet really reaches it
 * (reachabilityLine, cut to MAX_REACH_WORDS).
 */
export function annotationsFor(report: Report, max = MAX_ANNOTATIONS): { annotations: Annotation[]; omitted: number } {
  const findings = sortFindings(activeFindings(report.findings));
  const names = planNames(report.plans);
  const annotations = findings.slice(0, max).map((f) => annotation(f, report, names));
  return { annotations, omitted: findings.length - annotations.length };
}

function annotation(f: Finding, report: Report, names: ReadonlyMap<string, string>): Annotation {
  const others = otherPlaces(f);
  const plans = [f.plan, ...others.map((p) => p.plan)].map((p) => planName(names, p));
  const shown = plans.slice(0, MAX_PLANS_NAMED).join(', ') + (plans.length > MAX_PLANS_NAMED ? ` and ${plans.length - MAX_PLANS_NAMED} more` : '');
  const where = others.length > 0 ? ` (in ${shown})` : '';
  // activeFindings leaves out removed findings: what the plan fixes has no reachability to tell.
  const reach = f.reachability ? `. ${cap(reachabilityLine(f.reachability, ANNOTATION_STYLE), MAX_REACH_WORDS)}` : '';
  const a: Annotation = {
    level: atLeast(f.severity, report.failOn) ? 'error' : 'warning',
    // @actions/core escapes only line breaks and %: ESC, BEL and NUL would reach the log viewer, which reads ANSI sequences.
    title: escapeTerminal(`sg-guard ${SEVERITY_LABELS[f.severity]}: ${f.rule}`),
    message: escapeTerminal(`${reach ? f.message.replace(/\.$/, '') : f.message}${where}${reach} [${f.id}]`),
  };
  if (f.location) {
    a.file = f.location.file;
    // On the offending value's line when the source tells it, else over the block.
    a.startLine = f.location.line;
    a.endLine = f.location.blockLine === undefined ? f.location.endLine : f.location.line;
  }
  return a;
}
