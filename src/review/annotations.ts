/**
 * Workflow annotations for the most severe findings: they show on the run and,
 * with a file and line, beside the code in the pull request's "Files changed".
 */
import { SEVERITY_LABELS, sortFindings } from '../report/common.js';
import { atLeast, type Finding, type Report } from '../rules/types.js';
import { activeFindings } from './comments.js';

/** GitHub shows at most 10 error and 10 warning annotations per step; keep the most severe. */
export const MAX_ANNOTATIONS = 10;

export interface Annotation {
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
 * @actions/core escapes it for the workflow command.
 */
export function annotationsFor(report: Report, max = MAX_ANNOTATIONS): { annotations: Annotation[]; omitted: number } {
  const findings = sortFindings(activeFindings(report.findings));
  const annotations = findings.slice(0, max).map((f) => annotation(f, report));
  return { annotations, omitted: findings.length - annotations.length };
}

function annotation(f: Finding, report: Report): Annotation {
  const a: Annotation = {
    level: atLeast(f.severity, report.failOn) ? 'error' : 'warning',
    title: `sg-guard ${SEVERITY_LABELS[f.severity]}: ${f.rule}`,
    message: `${f.message} [${f.id}]`,
  };
  if (f.location) {
    a.file = f.location.file;
    a.startLine = f.location.line;
    a.endLine = f.location.endLine;
  }
  return a;
}
