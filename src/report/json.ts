import type { Finding, FindingReachability, FindingSuppression, Report } from '../findings/types.js';

/**
 * The JSON report: `JSON.stringify(report, null, 2)` plus a final newline, with
 * every object built explicitly so the key order is fixed whatever order the
 * report was assembled in, and unknown properties are left out.
 *
 * Key order (version 1 of the format):
 * - top level: version, tool {name, version}, failOn, failOnScope, plans, findings, summary
 * - plans[]: path, label, kind, terraformVersion, formatVersion, sourceRoot, sourceErrors [{file, reason}],
 *   exposureChanges [text]
 * - findings[]: id, rule, severity, title, message, messageId, plan,
 *   securityGroup, resource, networkAcl (only on network ACL findings), resourceType, path, direction, protocol, fromPort,
 *   toPort, peer, peerKind, then peerPath only on a finding about one permission (the peer value's attribute path),
 *   location ({file, line, endLine[, blockLine][, module {source, kind}]} or null; line is the offending
 *   value's when the source writes it, blockLine then the block's first line),
 *   suppression ({kind, reason, expires, source} or null; kinds comment and approved add by, at; approved adds approvedIn),
 *   then waiverRequest {reason, source, by} only on a finding whose in-code waiver the pull request asks for,
 *   change (added, unchanged, removed),
 *   then places [{plan, resource}] only on a finding that stands for the same module block in several plans
 *   then aliases [id] only on a finding that stands for findings that had ids of their own (merged peers of a block, missing-description per group)
 *   then reachability only on an ingress finding from the internet: {status: exposed, path [{kind, address}], publicAddress},
 *   {status: not-exposed, blockedBy [{kind, address, why}]} or {status: unknown, unknownBecause [text]}
 * - summary: critical, high, medium, low, info, blocking, suppressed, added, removed
 * - policy {source, file, inForce, pendingChange}, last and only when the report has it
 *
 * Findings keep the order they have in the report; suppressed ones stay in it.
 */
export function renderJson(report: Report): string {
  const ordered = {
    version: report.version,
    tool: { name: report.tool.name, version: report.tool.version },
    failOn: report.failOn,
    failOnScope: report.failOnScope,
    plans: report.plans.map((plan) => ({
      path: plan.path,
      label: plan.label,
      kind: plan.kind,
      terraformVersion: plan.terraformVersion,
      formatVersion: plan.formatVersion,
      sourceRoot: plan.sourceRoot,
      sourceErrors: plan.sourceErrors.map((e) => ({ file: e.file, reason: e.reason })),
      exposureChanges: [...plan.exposureChanges],
    })),
    findings: report.findings.map(orderFinding),
    summary: {
      critical: report.summary.critical,
      high: report.summary.high,
      medium: report.summary.medium,
      low: report.summary.low,
      info: report.summary.info,
      blocking: report.summary.blocking,
      suppressed: report.summary.suppressed,
      added: report.summary.added,
      removed: report.summary.removed,
    },
    ...(report.policy
      ? { policy: { source: report.policy.source, file: report.policy.file, inForce: [...report.policy.inForce], pendingChange: [...report.policy.pendingChange] } }
      : {}),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function orderFinding(f: Finding): Finding {
  const ordered: Finding = {
    id: f.id,
    rule: f.rule,
    severity: f.severity,
    title: f.title,
    message: f.message,
    messageId: f.messageId,
    plan: f.plan,
    securityGroup: f.securityGroup,
    resource: f.resource,
    ...(f.networkAcl !== undefined ? { networkAcl: f.networkAcl } : {}),
    resourceType: f.resourceType,
    path: f.path,
    direction: f.direction,
    protocol: f.protocol,
    fromPort: f.fromPort,
    toPort: f.toPort,
    peer: f.peer,
    peerKind: f.peerKind,
    ...(f.peerPath === undefined ? {} : { peerPath: f.peerPath }),
    location: f.location
      ? {
          file: f.location.file,
          line: f.location.line,
          endLine: f.location.endLine,
          ...(f.location.blockLine === undefined ? {} : { blockLine: f.location.blockLine }),
          ...(f.location.module ? { module: { source: f.location.module.source, kind: f.location.module.kind } } : {}),
        }
      : null,
    suppression: f.suppression ? orderSuppression(f.suppression) : null,
    ...(f.waiverRequest ? { waiverRequest: { reason: f.waiverRequest.reason, source: f.waiverRequest.source, by: f.waiverRequest.by } } : {}),
    change: f.change,
  };
  if (f.places) ordered.places = f.places.map((p) => ({ plan: p.plan, resource: p.resource }));
  if (f.aliases && f.aliases.length > 0) ordered.aliases = [...f.aliases];
  if (f.reachability) ordered.reachability = orderReachability(f.reachability);
  return ordered;
}

/** status first, then path and publicAddress, blockedBy, or unknownBecause. */
export function orderReachability(r: FindingReachability): FindingReachability {
  if (r.status === 'exposed') return { status: r.status, path: r.path.map((h) => ({ kind: h.kind, address: h.address })), publicAddress: r.publicAddress };
  if (r.status === 'not-exposed') return { status: r.status, blockedBy: r.blockedBy.map((b) => ({ kind: b.kind, address: b.address, why: b.why })) };
  return { status: r.status, unknownBecause: [...r.unknownBecause] };
}

/** `by` and `at` (who gave the command or the approval, and when) only for `kind: 'comment'` and `'approved'`; `approvedIn` only for `'approved'`. */
function orderSuppression(s: FindingSuppression): FindingSuppression {
  const ordered: FindingSuppression = { kind: s.kind, reason: s.reason, expires: s.expires, source: s.source };
  if (s.kind === 'comment' || s.kind === 'approved') Object.assign(ordered, { by: s.by ?? null, at: s.at ?? null });
  if (s.kind === 'approved') Object.assign(ordered, { approvedIn: s.approvedIn ?? null });
  return ordered;
}
