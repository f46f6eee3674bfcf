/**
 * Reading a JSON report written by another job (`mode: publish`). In the
 * fork-safe pair of workflows that report comes from a run of the pull
 * request's own code, so it is untrusted input: every field is checked
 * against the format (docs/json-report.md), strings and counts are bounded,
 * paths must be plain repository-relative paths, and the summary is recounted
 * from the findings instead of being believed.
 */
import { THRESHOLDS } from '../config/load.js';
import { summarise } from '../engine.js';
import { InputError } from '../plan/types.js';
import { planLabel } from '../places.js';
import { FAIL_ON_SCOPES, REACHABILITY_STATUSES, SEVERITIES, type Finding, type FindingReachability, type FindingSuppression, type Place, type PlanEntry, type Report, type ReportPolicy, type Threshold, type WaiverRequest } from '../findings/types.js';

/** A report larger than this is refused (bytes). */
const MAX_REPORT_BYTES = 50 * 1024 * 1024;
const MAX_FINDINGS = 20_000;
const MAX_PLANS = 1_000;
const MAX_STRING = 10_000;
const MAX_LINE = 10_000_000;

type Obj = Record<string, unknown>;

export class Reader {
  constructor(private readonly label: string) {}

  fail(path: string, problem: string): never {
    throw new InputError(this.label, `is not a valid sg-guard JSON report: ${path} ${problem}`);
  }

  object(v: unknown, path: string): Obj {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(path, 'must be an object');
    return v as Obj;
  }

  array(v: unknown, path: string, max: number): unknown[] {
    if (!Array.isArray(v)) this.fail(path, 'must be an array');
    if (v.length > max) this.fail(path, `has more than ${max} entries`);
    return v;
  }

  string(v: unknown, path: string, max = MAX_STRING): string {
    if (typeof v !== 'string') this.fail(path, 'must be a string');
    if (v.length > max) this.fail(path, `is longer than ${max} characters`);
    return v;
  }

  nullableString(v: unknown, path: string, max = MAX_STRING): string | null {
    return v === null ? null : this.string(v, path, max);
  }

  oneOf<T extends string>(v: unknown, path: string, values: readonly T[]): T {
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) this.fail(path, `must be one of ${values.join(', ')}`);
    return v as T;
  }

  integer(v: unknown, path: string, min: number, max: number): number {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) this.fail(path, `must be an integer from ${min} to ${max}`);
    return v;
  }

  nullableInteger(v: unknown, path: string, min: number, max: number): number | null {
    return v === null ? null : this.integer(v, path, min, max);
  }
}

/** A repository-relative path with forward slashes: no absolute path, no `..`, no control characters. */
function isRepoPath(p: string): boolean {
  if (p === '' || p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.includes('\\')) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(p)) return false;
  return p.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

const PROTOCOLS = ['all', 'tcp', 'udp', 'icmp', 'icmpv6', 'unknown'];

function finding(r: Reader, v: unknown, path: string): Finding {
  const o = r.object(v, path);
  const id = r.string(o.id, `${path}.id`, 64);
  if (!/^[0-9a-f]{8,64}$/.test(id)) r.fail(`${path}.id`, 'must be hexadecimal digits');
  const protocol = o.protocol === null ? null : r.string(o.protocol, `${path}.protocol`, 16);
  if (protocol !== null && !PROTOCOLS.includes(protocol) && !/^\d{1,3}$/.test(protocol)) r.fail(`${path}.protocol`, 'is not a protocol');
  let location: Finding['location'] = null;
  if (o.location !== null) {
    const l = r.object(o.location, `${path}.location`);
    const file = r.string(l.file, `${path}.location.file`, 1024);
    if (!isRepoPath(file)) r.fail(`${path}.location.file`, 'must be a relative path inside the repository');
    const line = r.integer(l.line, `${path}.location.line`, 1, MAX_LINE);
    const endLine = r.integer(l.endLine, `${path}.location.endLine`, line, MAX_LINE);
    location = { file, line, endLine };
    if (l.blockLine !== undefined) location.blockLine = r.integer(l.blockLine, `${path}.location.blockLine`, 1, line);
  }
  let suppression: FindingSuppression | null = null;
  if (o.suppression !== undefined && o.suppression !== null) {
    const s = r.object(o.suppression, `${path}.suppression`);
    suppression = {
      kind: r.oneOf(s.kind, `${path}.suppression.kind`, ['exception', 'inline'] as const),
      reason: r.string(s.reason, `${path}.suppression.reason`, 2000),
      expires: r.nullableString(s.expires, `${path}.suppression.expires`, 10),
      source: r.string(s.source, `${path}.suppression.source`, 1024),
    };
  }
  return {
    id,
    rule: r.string(o.rule, `${path}.rule`, 200),
    severity: r.oneOf(o.severity, `${path}.severity`, SEVERITIES),
    title: r.string(o.title, `${path}.title`, 500),
    message: r.string(o.message, `${path}.message`),
    messageId: r.string(o.messageId, `${path}.messageId`, 200),
    plan: r.string(o.plan, `${path}.plan`, 1024),
    securityGroup: r.nullableString(o.securityGroup, `${path}.securityGroup`),
    resource: r.string(o.resource, `${path}.resource`),
    ...(o.networkAcl === undefined ? {} : { networkAcl: r.string(o.networkAcl, `${path}.networkAcl`, 1024) }),
    resourceType: r.nullableString(o.resourceType, `${path}.resourceType`, 200),
    path: r.string(o.path, `${path}.path`),
    direction: o.direction === null ? null : r.oneOf(o.direction, `${path}.direction`, ['ingress', 'egress'] as const),
    protocol: protocol as Finding['protocol'],
    fromPort: r.nullableInteger(o.fromPort, `${path}.fromPort`, 0, 65535),
    toPort: r.nullableInteger(o.toPort, `${path}.toPort`, 0, 65535),
    peer: r.nullableString(o.peer, `${path}.peer`),
    peerKind: o.peerKind === null ? null : r.oneOf(o.peerKind, `${path}.peerKind`, ['cidr', 'prefix-list', 'security-group', 'self', 'unknown'] as const),
    ...(o.peerPath === undefined ? {} : { peerPath: r.string(o.peerPath, `${path}.peerPath`, 1000) }),
    location,
    suppression,
    // A report without change marks predates change analysis: everything counts as added.
    change: o.change === undefined ? 'added' : r.oneOf(o.change, `${path}.change`, ['added', 'unchanged', 'removed'] as const),
    ...(o.places === undefined ? {} : { places: places(r, o.places, `${path}.places`) }),
    ...(o.aliases === undefined ? {} : { aliases: aliases(r, o.aliases, `${path}.aliases`) }),
    ...(o.waiverRequest === undefined || o.waiverRequest === null ? {} : { waiverRequest: waiverRequest(r, o.waiverRequest, `${path}.waiverRequest`) }),
    ...(o.reachability === undefined ? {} : { reachability: reachability(r, o.reachability, `${path}.reachability`) }),
  };
}

/** Hops, blocks and reasons of one answer, at most. */
const MAX_REACH_ITEMS = 100;
const HOP_KINDS = ['internet', 'internet-gateway', 'route-table', 'subnet', 'network-acl', 'load-balancer', 'security-group', 'resource'] as const;

/** Whether the internet reaches what a finding's group is on (docs/json-report.md). */
function reachability(r: Reader, v: unknown, path: string): FindingReachability {
  const o = r.object(v, path);
  const status = r.oneOf(o.status, `${path}.status`, REACHABILITY_STATUSES);
  const items = (x: unknown, at: string): Obj[] => r.array(x, at, MAX_REACH_ITEMS).map((e, i) => r.object(e, `${at}[${i}]`));
  if (status === 'exposed') {
    const hops = items(o.path, `${path}.path`).map((h, i) => ({ kind: r.oneOf(h.kind, `${path}.path[${i}].kind`, HOP_KINDS), address: r.string(h.address, `${path}.path[${i}].address`) }));
    return { status, path: hops, publicAddress: r.string(o.publicAddress, `${path}.publicAddress`) };
  }
  if (status === 'not-exposed') {
    const blocks = items(o.blockedBy, `${path}.blockedBy`).map((b, i) => ({
      kind: r.oneOf(b.kind, `${path}.blockedBy[${i}].kind`, [...HOP_KINDS, 'public-address'] as const),
      address: r.string(b.address, `${path}.blockedBy[${i}].address`),
      why: r.string(b.why, `${path}.blockedBy[${i}].why`),
    }));
    return { status, blockedBy: blocks };
  }
  return { status, unknownBecause: r.array(o.unknownBecause, `${path}.unknownBecause`, MAX_REACH_ITEMS).map((t, i) => r.string(t, `${path}.unknownBecause[${i}]`)) };
}

/** The ids a merged finding stands for: finding ids, at most MAX_ALIASES. */
function aliases(r: Reader, v: unknown, path: string): string[] {
  if (!Array.isArray(v)) return r.fail(path, 'must be an array of finding ids');
  if (v.length > MAX_ALIASES) return r.fail(path, `has more than ${MAX_ALIASES} ids`);
  return v.map((a, i) => {
    const id = r.string(a, `${path}[${i}]`, 64);
    if (!/^[0-9a-f]{8,64}$/.test(id)) r.fail(`${path}[${i}]`, 'must be a finding id (hexadecimal)');
    return id;
  });
}

const MAX_ALIASES = 1000;

/** A request for an in-code waiver that the pull request added (src/waivers/review.ts). */
function waiverRequest(r: Reader, v: unknown, path: string): WaiverRequest {
  const w = r.object(v, path);
  const by = r.nullableString(w.by, `${path}.by`, 50);
  if (by !== null && !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(by)) r.fail(`${path}.by`, 'must be a GitHub login');
  return { reason: r.string(w.reason, `${path}.reason`, 2000), source: r.string(w.source, `${path}.source`, 1024), by };
}

const POLICY_SOURCES = ['base', 'head', 'file', 'defaults'] as const;

/** The policy in force and what the pull request would change in it, in phrases (src/config/policy.ts). */
function reportPolicy(r: Reader, v: unknown): ReportPolicy {
  const p = r.object(v, 'policy');
  const phrases = (x: unknown, at: string): string[] => r.array(x, at, 200).map((t, i) => r.string(t, `${at}[${i}]`, 2000));
  return {
    source: r.oneOf(p.source, 'policy.source', POLICY_SOURCES),
    file: r.nullableString(p.file, 'policy.file', 1024),
    inForce: phrases(p.inForce, 'policy.inForce'),
    pendingChange: phrases(p.pendingChange, 'policy.pendingChange'),
  };
}

/** Where else a merged finding stands: at least one place, each a plan path and a resource address. */
function places(r: Reader, v: unknown, path: string): Place[] {
  const list = r.array(v, path, MAX_PLANS).map((p, i) => {
    const o = r.object(p, `${path}[${i}]`);
    return { plan: r.string(o.plan, `${path}[${i}].plan`, 1024), resource: r.string(o.resource, `${path}[${i}].resource`) };
  });
  if (list.length === 0) r.fail(path, 'must not be empty');
  return list;
}

function planEntry(r: Reader, v: unknown, path: string): PlanEntry {
  const o = r.object(v, path);
  const planPath = r.string(o.path, `${path}.path`, 1024);
  const entry: PlanEntry = {
    path: planPath,
    // Reports from before labels: the default label.
    label: o.label === undefined ? planLabel(planPath) : r.string(o.label, `${path}.label`, 1024),
    kind: r.oneOf(o.kind, `${path}.kind`, ['plan', 'state'] as const),
    terraformVersion: r.nullableString(o.terraformVersion ?? null, `${path}.terraformVersion`, 100),
    formatVersion: r.nullableString(o.formatVersion ?? null, `${path}.formatVersion`, 100),
    sourceRoot: r.nullableString(o.sourceRoot ?? null, `${path}.sourceRoot`, 1024),
    sourceErrors: r.array(o.sourceErrors ?? [], `${path}.sourceErrors`, 10_000).map((e, i) => {
      const eo = r.object(e, `${path}.sourceErrors[${i}]`);
      return { file: r.string(eo.file, `${path}.sourceErrors[${i}].file`, 1024), reason: r.string(eo.reason, `${path}.sourceErrors[${i}].reason`, 1000) };
    }),
    exposureChanges: r.array(o.exposureChanges ?? [], `${path}.exposureChanges`, 10_000).map((c, i) => r.string(c, `${path}.exposureChanges[${i}]`, 2000)),
  };
  return entry;
}

/**
 * The report in `text` (a JSON report, version 1), validated. `failOn`, when
 * given, replaces the report's threshold; the summary is always recounted.
 * Throws InputError naming `label` and the first bad field.
 */
export function parseReport(text: string, label: string, failOn?: Threshold): Report {
  if (text.length > MAX_REPORT_BYTES) throw new InputError(label, `is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB`);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new InputError(label, `is not JSON: ${(err as Error).message}`);
  }
  return validateReport(data, label, failOn);
}

/**
 * A parsed JSON report, validated as parseReport does (the analysis stored in
 * the summary comment is read back with it, src/commands/state.ts). A
 * `summary`, when present, is not read: it is recounted.
 */
export function validateReport(data: unknown, label: string, failOn?: Threshold): Report {
  const r = new Reader(label);
  const o = r.object(data, 'the document');
  if (o.version !== 1) r.fail('version', 'must be 1 (a report from a newer sg-guard? use the same version for both jobs)');
  const tool = r.object(o.tool, 'tool');
  const findings = r.array(o.findings, 'findings', MAX_FINDINGS).map((f, i) => finding(r, f, `findings[${i}]`));
  const ids = new Set<string>();
  for (const [i, f] of findings.entries()) {
    if (ids.has(f.id)) r.fail(`findings[${i}].id`, `repeats ${f.id}`);
    ids.add(f.id);
  }
  const threshold = failOn ?? r.oneOf(o.failOn, 'failOn', THRESHOLDS);
  const scope = o.failOnScope === undefined ? 'all' : r.oneOf(o.failOnScope, 'failOnScope', FAIL_ON_SCOPES);
  const report: Report = {
    version: 1,
    tool: { name: r.string(tool.name, 'tool.name', 100), version: r.string(tool.version, 'tool.version', 100) },
    failOn: threshold,
    failOnScope: scope,
    plans: r.array(o.plans, 'plans', MAX_PLANS).map((p, i) => planEntry(r, p, `plans[${i}]`)),
    findings,
    summary: summarise(findings, threshold, scope),
  };
  if (scope !== undefined) report.failOnScope = scope;
  if (o.policy !== undefined && o.policy !== null) report.policy = reportPolicy(r, o.policy);
  return report;
}
