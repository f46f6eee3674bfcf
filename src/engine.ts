import { createHash } from 'node:crypto';
import { compareFindings } from './lib/order.js';
import { describePeer, peerKey } from './lib/peer.js';
import { exposureDiff } from './graph/diff.js';
import { beforeModel, touchesSecurityGroups } from './model/before.js';
import { planLabel } from './places.js';
import type { Model, Permission } from './model/types.js';
import type { FailOnScope, Finding, Report, Rule, RuleOptions, RuleReport, Severity, Summary, Threshold } from './rules/types.js';
import { atLeast } from './rules/types.js';
import { TOOL_NAME, VERSION } from './version.js';

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
}

function fill(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(data?.[key] ?? ''));
}

/**
 * The finding's fingerprint: what is exposed, not where it is written, so it
 * survives reordering of set elements and unrelated edits.
 */
export function fingerprint(rule: string, resource: string, p: Pick<Permission, 'direction' | 'protocol' | 'fromPort' | 'toPort' | 'peer'> | undefined, extra = ''): string {
  const parts = [rule, resource, p?.direction ?? '', p?.protocol ?? '', p?.fromPort ?? '', p?.toPort ?? '', p ? peerKey(p.peer) : '', extra];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 12);
}

function toFinding(rule: Rule, severity: Severity, model: Model, r: RuleReport): Finding {
  const p = r.permission;
  const template = rule.meta.messages[r.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.name} reported unknown message id "${r.messageId}"`);
  const resource = p?.resource ?? r.resource ?? '';
  return {
    id: fingerprint(rule.meta.name, resource, p, p ? '' : `${r.path ?? ''}|${r.messageId}`),
    rule: rule.meta.name,
    severity,
    title: rule.meta.title,
    message: fill(template, r.data),
    messageId: r.messageId,
    plan: model.plan.path,
    securityGroup: p ? p.securityGroup : (r.securityGroup ?? null),
    resource,
    resourceType: p?.resourceType ?? null,
    path: p?.path ?? r.path ?? '',
    direction: p?.direction ?? null,
    protocol: p?.protocol ?? null,
    fromPort: p?.fromPort ?? null,
    toPort: p?.toPort ?? null,
    peer: p ? describePeer(p.peer) : null,
    peerKind: p?.peer.kind ?? null,
    location: null,
    suppression: null,
    change: 'added',
  };
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

type Reported = { finding: Finding; rule: Rule; permission?: Permission };

function broaderOf(rule: Rule): readonly string[] {
  const b = rule.meta.supersededBy ?? [];
  return typeof b === 'string' ? [b] : b;
}

/**
 * Drops a finding when a broader rule (its meta.supersededBy) reports the same
 * permission and that broader finding is itself kept: one permission, one
 * finding, and never a finding lost to one that was dropped in turn.
 */
function withoutSuperseded(reported: readonly Reported[]): Finding[] {
  const byPermission = new Map<Permission, Map<string, Reported[]>>();
  for (const r of reported) {
    if (!r.permission) continue;
    const rules = byPermission.get(r.permission) ?? new Map<string, Reported[]>();
    rules.set(r.rule.meta.name, [...(rules.get(r.rule.meta.name) ?? []), r]);
    byPermission.set(r.permission, rules);
  }
  const memo = new Map<Reported, boolean>();
  const kept = (r: Reported, path: ReadonlySet<string>): boolean => {
    const known = memo.get(r);
    if (known !== undefined) return known;
    const same = r.permission ? byPermission.get(r.permission) : undefined;
    const inner = new Set(path).add(r.rule.meta.name);
    // A cycle of supersededBy never drops both sides: a rule on the path counts as not kept.
    const result = !broaderOf(r.rule).some((name) => !inner.has(name) && (same?.get(name) ?? []).some((b) => kept(b, inner)));
    memo.set(r, result);
    return result;
  };
  return reported.filter((r) => kept(r, new Set())).map((r) => r.finding);
}

/** Every enabled rule over one model, superseded findings dropped. */
function runRules(model: Model, options: EngineOptions): Finding[] {
  const seen = new Set<string>();
  const reported: Reported[] = [];
  for (const rule of options.rules) {
    const setting = options.settings?.[rule.meta.name];
    if (setting && !setting.enabled) continue;
    const severity = setting?.severity ?? rule.meta.severity;
    rule.check({
      model,
      options: setting?.options ?? {},
      report(r) {
        const finding = toFinding(rule, setting?.severity ?? r.severity ?? severity, model, r);
        // One permission can be written so that a rule sees it twice (e.g. the same CIDR listed twice).
        if (seen.has(finding.id)) return;
        seen.add(finding.id);
        reported.push(r.permission ? { finding, rule, permission: r.permission } : { finding, rule });
      },
    });
  }
  return withoutSuperseded(reported);
}

/**
 * The findings of a model with what the plan does to each: the rules run on
 * the after side and on the before side, and a finding's id (a fingerprint of
 * what is exposed) says whether it was already there.
 */
function changeFindings(model: Model, options: EngineOptions): Finding[] {
  const after = runRules(model, options);
  // A state, or a plan that changes no group and no rule, has the same before side: all unchanged.
  if (model.plan.kind === 'state' || !touchesSecurityGroups(model)) return after.map((f) => ({ ...f, change: 'unchanged' }));
  const before = runRules(beforeModel(model), options);
  const beforeIds = new Set(before.map((f) => f.id));
  const afterIds = new Set(after.map((f) => f.id));
  return [
    ...after.map((f): Finding => ({ ...f, change: beforeIds.has(f.id) ? 'unchanged' : 'added' })),
    ...before.filter((f) => !afterIds.has(f.id)).map((f): Finding => ({ ...f, change: 'removed' })),
  ];
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
      exposureChanges: exposureDiff(m).map((c) => c.text),
    })),
    findings,
    summary: summarise(findings, options.failOn, scope),
  };
}
