import type { Finding, FindingSuppression, Report, Severity } from '../findings/types.js';
import { compareFindings } from '../findings/order.js';
import { otherPlaces, planName, planNames } from '../places.js';
import { findingHolder, findingLocation, formatCounts, plural } from './common.js';
import { escapeTerminal } from '../lib/escape.js';
import { describePermission } from './ports.js';
import { reachabilityLine } from './reachability.js';

interface TextOptions {
  /** Use ANSI colours. The caller decides (TTY, NO_COLOR, FORCE_COLOR...). */
  color: boolean;
}

/** Heading for findings whose security group is not known until apply. */
export const UNKNOWN_GROUP_HEADING = '(group unknown until apply)';

const ANSI = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
} as const;

const SEVERITY_STYLE: Record<Severity, string> = {
  critical: ANSI.bold + ANSI.red,
  high: ANSI.red,
  medium: ANSI.yellow,
  low: ANSI.cyan,
  info: ANSI.dim,
};

const SEVERITY_WIDTH = 'CRITICAL'.length;
const MAX_RULE_WIDTH = 40;
const INDENT = '  ';

/**
 * The report for a terminal. Findings are grouped by security group (groups
 * with the most severe findings first, the unknown group last among equals),
 * most severe first within a group:
 *
 * ```
 * aws_security_group.web
 *   CRITICAL  ssh-open-to-internet  SSH is open to the internet.
 *             network/main.tf:12 · aws_security_group.web.ingress[0] · ingress 22/tcp from 0.0.0.0/0
 *
 * 1 critical — blocking at fail-on high: 1 finding
 * ```
 *
 * The detail line starts with `file:line` when the finding has a source location,
 * and ends with `in <plan label>` when the report has several plans. A finding
 * open to the internet then says whether the internet reaches it now
 * (`Exposed now: internet → aws_internet_gateway.main → …`, src/report/reachability.ts). A finding
 * that stands for the same module block in several plans has a line
 * `also in: <label> (<resource address there>), …` (the address only where it differs).
 * Groups with equally severe worst findings are in address order.
 * Suppressed findings come apart at the end, under `Suppressed (N)`, most
 * severe first, each with a third line saying how and why; they do not count
 * toward the status.
 * Text from the plan is passed through escapeTerminal, so a resource name
 * cannot inject escape sequences. Colours only when `options.color`.
 */
export function renderText(report: Report, options: TextOptions): string {
  const paint = (style: string, text: string): string => (options.color ? `${style}${text}${ANSI.reset}` : text);

  const notes = report.plans
    .flatMap((p) => p.sourceErrors)
    .map((e) => paint(ANSI.dim, escapeTerminal(`note: could not read ${e.file}: ${e.reason}`)));
  const tail = notes.length > 0 ? `${notes.join('\n')}\n` : '';
  const head = exposureChanges(report, paint);
  const current = report.findings.filter((f) => f.change !== 'removed');
  const removed = report.findings.filter((f) => f.change === 'removed').sort(compareFindings);
  if (current.length === 0 && removed.length === 0) {
    return `${head}No security-group findings in ${plural(report.plans.length, 'plan')}.\n${tail}`;
  }

  const active = current.filter((f) => !f.suppression);
  const suppressed = current.filter((f) => f.suppression).sort(compareFindings);
  const ruleWidth = Math.min(MAX_RULE_WIDTH, report.findings.reduce((w, f) => Math.max(w, escapeTerminal(f.rule).length), 0));
  const detailIndent = INDENT + ' '.repeat(SEVERITY_WIDTH + 2);
  const names = planNames(report.plans);
  const several = report.plans.length > 1;

  const findingLines = (f: Finding): string[] => {
    const severity = paint(SEVERITY_STYLE[f.severity], f.severity.toUpperCase().padEnd(SEVERITY_WIDTH));
    const rule = escapeTerminal(f.rule).padEnd(ruleWidth);
    const parts = [
      f.location ? `${f.location.file}:${f.location.line}${remoteNote(f)}` : '',
      findingLocation(f),
      describePermission(f),
      f.change === 'unchanged' ? 'already there before this plan' : '',
      several ? `in ${planName(names, f.plan)}` : '',
    ];
    const lines = [`${INDENT}${severity}  ${rule}  ${escapeTerminal(f.message)}`, detailIndent + paint(ANSI.dim, escapeTerminal(parts.filter(Boolean).join(' · ')))];
    // What the internet reaches now; a fixed finding's answer is about the network before the plan.
    if (f.reachability && f.change !== 'removed') lines.push(detailIndent + escapeTerminal(reachabilityLine(f.reachability)));
    const others = otherPlaces(f);
    if (others.length > 0) {
      const listed = others.slice(0, MAX_PLACES_LISTED).map((p) => `${planName(names, p.plan)}${p.resource === f.resource ? '' : ` (${p.resource})`}`);
      if (others.length > listed.length) listed.push(`and ${others.length - listed.length} more`);
      lines.push(detailIndent + escapeTerminal(`also in: ${listed.join(', ')}`));
    }
    if (f.suppression) lines.push(detailIndent + escapeTerminal(describeSuppression(f.suppression)));
    else if (f.waiverRequest) {
      const r = f.waiverRequest;
      lines.push(detailIndent + escapeTerminal(`waiver requested${r.by ? ` by @${r.by}` : ''} at ${r.source}, not approved: ${r.reason}`));
    }
    return lines;
  };

  const blocks = groupFindings(active).map(({ group, findings }) =>
    [paint(ANSI.bold, group === null ? UNKNOWN_GROUP_HEADING : escapeTerminal(group)), ...findings.flatMap(findingLines)].join('\n'),
  );
  if (suppressed.length > 0) blocks.push([paint(ANSI.bold, `Suppressed (${suppressed.length})`), ...suppressed.flatMap(findingLines)].join('\n'));
  if (removed.length > 0) blocks.push([paint(ANSI.bold, `Fixed by this plan (${removed.length})`), ...removed.flatMap(findingLines)].join('\n'));

  return `${head}${blocks.join('\n\n')}\n\n${summaryLine(report, paint)}\n${tail}`;
}

/** Past this many other places, "also in" is cut, with a count. */
const MAX_PLACES_LISTED = 20;

/** Past this many lines the exposure changes are cut, with a count. */
const MAX_EXPOSURE_LINES = 30;

/** What the plans change in who reaches whom, leading the output (each line after its plan's label when there are several); '' when nothing changes. */
function exposureChanges(report: Report, paint: (style: string, text: string) => string): string {
  const names = planNames(report.plans);
  // With several plans, each line says which one (its label).
  const lines = report.plans.flatMap((p) => p.exposureChanges.map((c) => (report.plans.length > 1 ? `${planName(names, p.path)}: ${c}` : c)));
  if (lines.length === 0) return '';
  const shown = lines.slice(0, MAX_EXPOSURE_LINES).map((l) => `${INDENT}${escapeTerminal(l)}`);
  if (lines.length > shown.length) shown.push(`${INDENT}... ${lines.length - shown.length} more (see --format json)`);
  return `${paint(ANSI.bold, 'What this plan changes')}\n${shown.join('\n')}\n\n`;
}

/** " (in remote module terraform-aws-modules/...)" when the location is the call of a module not in the repository. */
function remoteNote(f: Finding): string {
  const m = f.location?.module;
  if (!m) return '';
  return m.kind === 'remote' ? ` (module call; its source ${m.source ?? ''} is remote)` : ` (module call; its source ${m.source ?? ''} is not on disk)`;
}

/** How and why a finding is silenced, in one line. */
function describeSuppression(s: FindingSuppression): string {
  if (s.kind === 'inline') return `suppressed by sg-guard:ignore at ${s.source}: ${s.reason}`;
  if (s.kind === 'approved') return `sg-guard:ignore at ${s.source}, approved${s.by ? ` by @${s.by}` : ''}${s.at ? ` on ${s.at.slice(0, 10)}` : ''}: ${s.reason}`;
  if (s.kind === 'comment') {
    return `ignored${s.by ? ` by @${s.by}` : ''}${s.at ? ` on ${s.at.slice(0, 10)}` : ''} in a pull request comment${s.expires ? ` until ${s.expires}` : ''}: ${s.reason}`;
  }
  return `excepted in ${s.source}${s.expires ? ` until ${s.expires}` : ''}: ${s.reason}`;
}

function summaryLine(report: Report, paint: (style: string, text: string) => string): string {
  const active = formatCounts(report.summary);
  const extras = [
    report.summary.suppressed > 0 ? `${report.summary.suppressed} suppressed` : '',
    report.summary.removed > 0 ? `${report.summary.removed} fixed by this plan` : '',
  ].filter(Boolean);
  const counts = extras.length > 0 ? [active === 'no findings' ? 'no active findings' : active, ...extras].join(', ') : active;
  const scope = report.failOnScope === 'added' ? ' (new findings only)' : '';
  if (report.failOn === 'never') return `${counts} — ${paint(ANSI.green, 'not blocking (fail-on never)')}`;
  if (report.summary.blocking > 0) {
    return `${counts} — ${paint(ANSI.bold + ANSI.red, `blocking at fail-on ${report.failOn}${scope}: ${plural(report.summary.blocking, 'finding')}`)}`;
  }
  return `${counts} — ${paint(ANSI.green, `passes at fail-on ${report.failOn}${scope}`)}`;
}

interface Group {
  group: string | null;
  findings: Finding[];
}

function groupFindings(findings: readonly Finding[]): Group[] {
  const byGroup = new Map<string | null, Finding[]>();
  for (const f of [...findings].sort(compareFindings)) {
    const holder = findingHolder(f);
    const list = byGroup.get(holder);
    if (list) list.push(f);
    else byGroup.set(holder, [f]);
  }
  // Each list is sorted most severe first, so its first finding is its worst.
  return [...byGroup.entries()]
    .map(([group, list]) => ({ group, findings: list }))
    .sort((a, b) => compareFindings(a.findings[0] as Finding, b.findings[0] as Finding));
}
