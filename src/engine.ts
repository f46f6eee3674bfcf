import { createHash } from 'node:crypto';
import { compareFindings } from './findings/order.js';
import { fillTemplate } from './lib/template.js';
import { describePeer, peerKey } from './lib/peer.js';
import { exposureDiff } from './graph/diff.js';
import { beforeModel, touchesSecurityGroups } from './model/before.js';
import { permissionCovers } from './lib/covers.js';
import { planLabel } from './places.js';
import type { Model, Peer, Permission } from './model/types.js';
import type { Rule, RuleOptions, RuleReport } from './rules/types.js';
import type { FailOnScope, Finding, Report, Severity, Summary, Threshold } from './findings/types.js';
import { atLeast } from './findings/types.js';
import { TOOL_NAME, VERSION } from './version.js';
import { emptyNetModel } from './reach/build.js';
import type { NetModel, PlanNetworks } from './reach/types.js';
import { findingReachability, groupByAddress } from './reach/finding.js';

export interface RuleSetting {
  /** false switches the rule off. */
  enabled: boolean;
  severity?: Severity;
  options?: RuleOptions;
}

export interface EngineOptions {
  failOn: Threshold;
  /** Default 'all'. */
  failOnScope?: FailOnScope;
  rules: readonly Rule[];
  settings?: Readonly<Record<string, RuleSetting>>;
  /**
   * Each model's network on both sides (src/reach); a model without one gets an empty network. When
   * given, every ingress finding from the internet gets its `reachability` (unknown where the network is).
   */
  networks?: ReadonlyMap<Model, PlanNetworks>;
}

/**
 * The finding's fingerprint: what is exposed, not where it is written, so it
 * survives reordering of set elements and unrelated edits.
 */
export function fingerprint(rule: string, resource: string, p: Pick<Permission, 'direction' | 'protocol' | 'fromPort' | 'toPort' | 'peer'> | undefined, extra = ''): string {
  const parts = [rule, resource, p?.direction ?? '', p?.protocol ?? '', p?.fromPort ?? '', p?.toPort ?? '', p ? peerKey(p.peer) : '', extra];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 12);
}

/** The id of the finding a rule reports (fingerprint); throws for a message id the rule does not have. */
function findingId(rule: Rule, r: RuleReport): string {
  if (rule.meta.messages[r.messageId] === undefined) throw new Error(`rule ${rule.meta.name} reported unknown message id "${r.messageId}"`);
  const p = r.permission;
  // A network ACL rule: its ACL and number, not its place in a set, which another rule's change can move.
  if (!p && r.aclRule) return fingerprint(rule.meta.name, r.resource ?? '', r.aclRule, `${r.networkAcl ?? ''}|${r.aclRule.ruleNumber}|${r.messageId}`);
  return fingerprint(rule.meta.name, p?.resource ?? r.resource ?? '', p, p ? '' : `${r.path ?? ''}|${r.messageId}`);
}

function toFinding(reported: Reported, model: Model, change: Finding['change'], net?: NetModel): Finding {
  const { rule, severity, report: r } = reported;
  const p = r.permission;
  // What the finding is about: the permission, or the network ACL rule.
  const t = p ?? r.aclRule;
  const peers = reported.peers;
  const finding: Finding = {
    id: reported.id,
    rule: rule.meta.name,
    severity,
    title: rule.meta.title,
    message: fillTemplate(rule.meta.messages[r.messageId] as string, reported.data ?? r.data),
    messageId: r.messageId,
    plan: model.plan.path,
    securityGroup: p ? p.securityGroup : (r.securityGroup ?? null),
    resource: p?.resource ?? r.resource ?? '',
    resourceType: p?.resourceType ?? null,
    path: p?.path ?? r.path ?? '',
    direction: t?.direction ?? null,
    protocol: t?.protocol ?? null,
    fromPort: t?.fromPort ?? null,
    toPort: t?.toPort ?? null,
    peer: peers ? peers.map((q) => describePeer(q)).join(', ') : t ? describePeer(t.peer) : null,
    peerKind: peers && !peers.every((q) => q.kind === peers[0]?.kind) ? null : (t?.peer.kind ?? null),
    location: null,
    suppression: null,
    change,
  };
  if (p) finding.peerPath = p.peerPath;
  if (reported.aliases && reported.aliases.length > 0) finding.aliases = [...reported.aliases];
  if (r.networkAcl !== undefined) finding.networkAcl = r.networkAcl;
  const reach = net ? findingReachability(model, net, p, peers) : null;
  if (reach) finding.reachability = reach;
  return finding;
}

/**
 * Counts by severity and blocking of the active findings; suppressed and
 * removed ones are only counted as such. With scope 'added' only what the plan
 * adds can block.
 */
export function summarise(findings: readonly Finding[], failOn: Threshold, scope: FailOnScope = 'all'): Summary {
  const summary: Summary = { critical: 0, high: 0, medium: 0, low: 0, info: 0, blocking: 0, suppressed: 0, added: 0, removed: 0 };
  for (const f of findings) {
    if (f.change === 'removed') {
      summary.removed++;
      continue;
    }
    if (f.suppression) {
      summary.suppressed++;
      continue;
    }
    summary[f.severity]++;
    const added = f.change === 'added';
    if (added) summary.added++;
    if (atLeast(f.severity, failOn) && (scope === 'all' || added)) summary.blocking++;
  }
  return summary;
}

/**
 * A rule's report and its finding's id. The finding itself is made only for
 * the reports kept (and, on the before side, only for what the plan removes):
 * a plan of many groups reports the same findings on both sides.
 */
type Reported = {
  id: string;
  rule: Rule;
  severity: Severity;
  report: RuleReport;
  permission?: Permission;
  aliases?: string[];
  /** Set on a report that stands for several peers of one rule block (mergePeers): every peer, and the message data naming them. */
  peers?: Peer[];
  data?: Record<string, string | number>;
};

function broaderOf(rule: Rule): readonly string[] {
  const b = rule.meta.supersededBy ?? [];
  return typeof b === 'string' ? [b] : b;
}

/**
 * Drops a finding when a broader rule (its meta.supersededBy) reports the same
 * permission and that broader finding is itself kept: one permission, one
 * finding, and never a finding lost to one that was dropped in turn.
 */
function withoutSuperseded(reported: readonly Reported[]): Reported[] {
  // Only the findings of a rule that another rule names as broader can drop one: index those alone.
  const broader = new Set<string>();
  for (const rule of new Set(reported.map((r) => r.rule))) for (const name of broaderOf(rule)) broader.add(name);
  const byPermission = new Map<Permission, Map<string, Reported[]>>();
  for (const r of reported) {
    if (!r.permission || !broader.has(r.rule.meta.name)) continue;
    let rules = byPermission.get(r.permission);
    if (!rules) byPermission.set(r.permission, (rules = new Map<string, Reported[]>()));
    const list = rules.get(r.rule.meta.name);
    if (list) list.push(r);
    else rules.set(r.rule.meta.name, [r]);
  }
  const memo = new Map<Reported, boolean>();
  const kept = (r: Reported, path: ReadonlySet<string>): boolean => {
    // A rule with no broader rule keeps all its findings (most findings): no bookkeeping.
    if (broaderOf(r.rule).length === 0) return true;
    const known = memo.get(r);
    if (known !== undefined) return known;
    const same = r.permission ? byPermission.get(r.permission) : undefined;
    const inner = new Set(path).add(r.rule.meta.name);
    // A cycle of supersededBy never drops both sides: a rule on the path counts as not kept.
    const result = !broaderOf(r.rule).some((name) => !inner.has(name) && (same?.get(name) ?? []).some((b) => kept(b, inner)));
    memo.set(r, result);
    return result;
  };
  const top: ReadonlySet<string> = new Set();
  return reported.filter((r) => kept(r, top));
}

/** Every enabled rule over one model, superseded findings dropped. */
function runRules(model: Model, net: NetModel, options: EngineOptions): Reported[] {
  const seen = new Set<string>();
  const reported: Reported[] = [];
  for (const rule of options.rules) {
    const setting = options.settings?.[rule.meta.name];
    if (!(setting?.enabled ?? rule.meta.enabledByDefault !== false)) continue;
    const severity = setting?.severity ?? rule.meta.severity;
    rule.check({
      model,
      net,
      options: setting?.options ?? {},
      report(r) {
        const id = findingId(rule, r);
        // One permission can be written so that a rule sees it twice (e.g. the same CIDR listed twice).
        if (seen.has(id)) return;
        seen.add(id);
        // A report may carry its own severity (unknown-port: higher from the internet); a configured severity wins.
        const own = setting?.severity ?? r.severity ?? severity;
        const entry: Reported = r.permission ? { id, rule, severity: own, report: r, permission: r.permission } : { id, rule, severity: own, report: r };
        const aliases = [...new Set((r.formerly ?? []).map((p) => fingerprint(rule.meta.name, p.resource, p)))].filter((a) => a !== id).sort();
        if (aliases.length > 0) entry.aliases = aliases;
        reported.push(entry);
      },
    });
  }
  return withoutSuperseded(reported);
}

/**
 * Whether `r` was already true before the plan: the same rule (or a broader
 * one, its meta.supersededBy) reported a permission of the same resource that
 * covers it, so the plan opens nothing new there (it kept or narrowed it). A
 * wider range, a broader peer or a new protocol is not covered: added.
 */
function coveredBy(r: Reported, others: ReadonlyMap<string, readonly Reported[]>): boolean {
  const p = r.permission;
  if (!p) return false;
  const names = new Set([r.rule.meta.name, ...broaderOf(r.rule)]);
  return (others.get(`${p.resource}|${p.direction}`) ?? []).some((o) => names.has(o.rule.meta.name) && o.permission !== undefined && permissionCovers(o.permission, p));
}

/** Reports with a permission, by resource and direction. */
function byResource(reported: readonly Reported[]): Map<string, Reported[]> {
  const out = new Map<string, Reported[]>();
  for (const r of reported) {
    if (!r.permission) continue;
    const key = `${r.permission.resource}|${r.permission.direction}`;
    const list = out.get(key);
    if (list) list.push(r);
    else out.set(key, [r]);
  }
  return out;
}

/** Message data that names the peer (and the others it covers the internet with): merged findings list them all. */
const PEER_DATA = new Set(['peer', 'others']);

/** The rule block a report is about, with everything its message says but the peer: reports with the same key merge. */
function blockKey(r: Reported): string | null {
  const p = r.permission;
  if (!p) return null;
  const data = Object.entries(r.report.data ?? {}).filter(([k]) => !PEER_DATA.has(k)).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([r.rule.meta.name, r.report.messageId, r.severity, p.resource, p.path, p.direction, p.protocol, p.fromPort, p.toPort, p.icmpType, p.icmpCode, data]);
}

/**
 * One finding per rule and rule block: the reports of one rule on one block
 * (an inline ingress/egress block, or a rule resource) that differ only in
 * their peer (`0.0.0.0/0` and `::/0`) become one, which lists every peer. It
 * keeps the id of its first peer (by peer key, so a block of one peer keeps
 * the id it always had); the others' ids become its aliases, so ignores and
 * inline comments given under them still apply. With the change of each: the
 * merged finding is added when any of its peers is (a broader peer is added).
 */
function mergePeers(items: ReadonlyArray<{ r: Reported; change: Finding['change'] }>): Array<{ r: Reported; change: Finding['change'] }> {
  const groups = new Map<string, Array<{ r: Reported; change: Finding['change'] }>>();
  const out: Array<{ r: Reported; change: Finding['change'] } | string> = [];
  for (const item of items) {
    const base = blockKey(item.r);
    if (base === null) {
      out.push(item);
      continue;
    }
    // What the plan removes never merges with what stays.
    const key = `${item.change === 'removed' ? 'removed' : 'current'}|${base}`;
    const list = groups.get(key);
    if (list) list.push(item);
    else {
      groups.set(key, [item]);
      out.push(key);
    }
  }
  return out.flatMap((entry) => {
    if (typeof entry !== 'string') return [entry];
    const list = groups.get(entry) ?? [];
    if (list.length === 1) return list;
    const sorted = [...list].sort((a, b) => (peerKey(a.r.permission?.peer as Peer) < peerKey(b.r.permission?.peer as Peer) ? -1 : 1));
    const first = sorted[0]?.r as Reported;
    const peers = sorted.map((x) => x.r.permission?.peer as Peer);
    const named = new Set(peers.map((q) => describePeer(q)));
    const others = [...new Set(sorted.flatMap((x) => String(x.r.report.data?.others ?? '').split(', ').filter(Boolean)))].filter((o) => !named.has(o));
    // CIDRs that cover the internet only together are told apart: merged, the message would lose what they cover it with.
    if (first.report.data?.others && others.length === 0) return list;
    const data: Record<string, string | number> = { ...(first.report.data ?? {}), peer: [...named].join(', ') };
    if (first.report.data?.others !== undefined) data.others = others.join(', ');
    const aliases = [...new Set(sorted.flatMap((x) => [x.r.id, ...(x.r.aliases ?? [])]))].filter((a) => a !== first.id).sort();
    const change: Finding['change'] = sorted.some((x) => x.change === 'added') ? 'added' : (sorted[0]?.change ?? 'unchanged');
    const merged: Reported = { ...first, peers, data, ...(aliases.length > 0 ? { aliases } : {}) };
    return [{ r: merged, change }];
  });
}

/**
 * The findings of a model with what the plan does to each: the rules run on
 * the after side and on the before side. A finding is unchanged when its id
 * (a fingerprint of what is exposed) was there before, or when the before side
 * reported a permission of the same resource that covers it (the plan kept or
 * narrowed it); otherwise the plan adds it, a widened rule included. What was
 * there before and is neither there now nor covered by what is there now is
 * what the plan removes.
 */
function changeFindings(model: Model, options: EngineOptions): Finding[] {
  const networks = options.networks?.get(model);
  const net = { after: networks?.after ?? emptyNetModel(), before: networks?.before ?? emptyNetModel() };
  const networkChanged = networks !== undefined && networks.changed !== false;
  // Reachability only for a caller that gives networks; what the plan removes is judged on the before side.
  const finding = (x: { r: Reported; change: Finding['change'] }): Finding => {
    if (x.change === 'removed') return toFinding(x.r, beforeModel(model), x.change, options.networks && net.before);
    const f = toFinding(x.r, model, x.change, options.networks && net.after);
    // A finding that was there but not reachable, which the plan's network change now exposes, is what the plan adds.
    if (f.change === 'unchanged' && networkChanged && f.reachability?.status === 'exposed' && exposedByThePlan(x.r, model, net)) f.change = 'added';
    return f;
  };
  const after = runRules(model, net.after, options);
  const groupsChanged = touchesSecurityGroups(model);
  // A state, or a plan that changes no group, no rule and nothing of the network, has the same before side: all unchanged.
  if (model.plan.kind === 'state' || (!groupsChanged && !networkChanged)) return mergePeers(after.map((r) => ({ r, change: 'unchanged' as const }))).map(finding);
  // Only the network changed: the rules that do not read it report the same on both sides, so only the others run again.
  const sameOnBothSides = (r: Reported): boolean => !groupsChanged && r.rule.meta.readsNetwork !== true;
  const before = runRules(beforeModel(model), net.before, groupsChanged ? options : { ...options, rules: options.rules.filter((r) => r.meta.readsNetwork === true) });
  const beforeIds = new Set(before.map((r) => r.id));
  const afterIds = new Set(after.map((r) => r.id));
  const beforeBy = byResource(before);
  const afterBy = byResource(after);
  return mergePeers([
    ...after.map((r) => ({ r, change: sameOnBothSides(r) || beforeIds.has(r.id) || coveredBy(r, beforeBy) ? ('unchanged' as const) : ('added' as const) })),
    ...before.filter((r) => !afterIds.has(r.id) && !coveredBy(r, afterBy)).map((r) => ({ r, change: 'removed' as const })),
  ]).map(finding);
}

/**
 * Whether the plan's network change exposes what an unchanged finding's group
 * is on: before the plan the internet definitely reached none of the
 * resources that existed then (a route now sends the internet to an internet
 * gateway, an ACL rule no longer denies, a public address is new), or none
 * existed (the plan puts the group on a new, exposed resource). Unknown before
 * is not counted: the plan may not be why.
 */
function exposedByThePlan(r: Reported, model: Model, net: PlanNetworks): boolean {
  const existed = (target: string): boolean => net.before.endpoints.has(target);
  const group = r.report.permission?.securityGroup;
  if (group == null) return false;
  const targets = groupByAddress(model).get(group)?.attachments.map((a) => a.resource) ?? [];
  if (targets.length > 0 && !targets.some(existed)) return true;
  return findingReachability(beforeModel(model), net.before, r.report.permission, r.peers, existed)?.status === 'not-exposed';
}

/** Runs every enabled rule over every model and builds the report. Pure. */
export function evaluate(models: readonly Model[], options: EngineOptions): Report {
  const findings = models.flatMap((m) => changeFindings(m, options)).sort(compareFindings);
  const scope = options.failOnScope ?? 'all';
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: VERSION },
    failOn: options.failOn,
    failOnScope: scope,
    plans: models.map((m) => ({
      path: m.plan.path,
      label: planLabel(m.plan.path),
      kind: m.plan.kind,
      terraformVersion: m.plan.terraformVersion,
      formatVersion: m.plan.formatVersion,
      sourceRoot: null,
      sourceErrors: [],
      exposureChanges: exposureDiff(m, options.networks?.get(m)).map((c) => c.text),
    })),
    findings,
    summary: summarise(findings, options.failOn, scope),
  };
}
