/**
 * The exposure diff of reachability: for each resource that uses a group
 * admitting the internet, whether the internet reaches it before and after
 * the plan (src/reach/evaluate.ts), on the traffic its groups open to the
 * internet on both sides (a change of the groups themselves is the group
 * lines' to tell). Where the answer changes, one line says why, from the
 * difference of the two answers: the route table that now routes to an
 * internet gateway, the ACL rule that now denies, the public address now
 * assigned.
 */
import { beforeModel } from '../model/before.js';
import type { Model } from '../model/types.js';
import { evaluateAcl, reachability, type Block, type Family, type Hop, type Reachability } from '../reach/evaluate.js';
import type { NetModel, PlanNetworks } from '../reach/types.js';
import type { ExposureChange } from './diff.js';
import { listLabels } from '../lib/port-set.js';
import { endpointKey, groupsByResource, intersectOpen, openToInternet, trafficQueries, unionOpen, type TrafficQuery } from './exposed.js';

/** Reasons listed in a line before "and N more". */
const MAX_REASONS = 3;

function netKey(net: NetModel): string {
  return JSON.stringify(net, (_k, v: unknown) => (v instanceof Map ? [...v.entries()] : v));
}

/** The route table a subnet uses on one side: its association, else its VPC's main table. */
function tableOf(net: NetModel, subnet: string): string | null {
  const a = net.routeAssociations.get(subnet);
  if (a) return 'address' in a ? a.address : null;
  const s = net.subnets.get(subnet);
  return s && 'address' in s.vpc ? (net.vpcs.get(s.vpc.address)?.mainRouteTable ?? null) : null;
}

/** The network ACL a subnet uses on one side: its association, else its VPC's default ACL. */
function aclOf(net: NetModel, subnet: string): string | null {
  const a = net.aclAssociations.get(subnet);
  if (a) return 'address' in a ? a.address : null;
  const s = net.subnets.get(subnet);
  return s && 'address' in s.vpc ? (net.vpcs.get(s.vpc.address)?.defaultAcl ?? null) : null;
}

/** The hop of a kind on a path. */
function hop(path: readonly Hop[], kind: Hop['kind']): string {
  return path.find((h) => h.kind === kind)?.address ?? '';
}

/** The answer for one subnet and one family only: what blocks there, not in the resource's other subnets. */
function narrowed(net: NetModel, target: string, subnet: string, q: TrafficQuery, family: Family): Reachability | null {
  const ep = net.endpoints.get(target);
  if (!ep || !net.subnets.has(subnet)) return null;
  const one: NetModel = { ...net, endpoints: new Map([[target, { ...ep, subnets: [{ address: subnet }], subnetsUnknown: null }]]) };
  return reachability(one, { target, protocol: q.protocol, ports: q.ports, family });
}

function familyOfPath(path: readonly Hop[]): Family {
  return (path[0]?.address ?? '').includes(':') ? 6 : 4;
}

function dedupe(list: readonly string[]): string[] {
  return [...new Set(list)];
}

function listed(reasons: readonly string[]): string {
  const shown = reasons.slice(0, MAX_REASONS).join('; ');
  return reasons.length > MAX_REASONS ? `${shown}; and ${reasons.length - MAX_REASONS} more` : shown;
}

/** Why a resource is now exposed: what blocked it before on the path it now has, each in "now" words. */
function nowExposedBecause(before: NetModel, target: string, q: TrafficQuery, path: readonly Hop[], publicAddress: string): string {
  const subnet = hop(path, 'subnet');
  const gateway = hop(path, 'internet-gateway');
  const acl = hop(path, 'network-acl');
  const was = narrowed(before, target, subnet, q, familyOfPath(path));
  if (!was || was.status !== 'not-exposed') return `through ${gateway} → ${subnet}`;
  const reasons = was.blockedBy.map((b) => {
    switch (b.kind) {
      case 'route-table':
        return `${subnet} now routes ${path[0]?.address ?? ''} to ${gateway}`;
      case 'network-acl':
        return aclOf(before, subnet) === acl ? `${acl} now admits it` : `${subnet} now uses ${acl}, which admits it`;
      case 'public-address':
        return `it now has a public address: ${publicAddress}`;
      default:
        return `${b.address} no longer blocks it`;
    }
  });
  return listed(dedupe(reasons));
}

/** An ACL block in words: the rules that deny the traffic in ("NACL rule 90 (…) denies"), or the return path. */
function aclWords(net: NetModel, b: Block, q: TrafficQuery, family: Family): string {
  const acl = net.acls.get(b.address);
  if (!acl) return `${b.address} ${b.why}`;
  const inbound = evaluateAcl(acl, false, q.protocol, q.ports, family);
  if (inbound.admitted.length > 0) return `${b.address}: ${b.why}`;
  const rules = inbound.denies.sort((x, y) => x.ruleNumber - y.ruleNumber).map((r) => `rule ${r.ruleNumber} (${r.resource})`);
  if (rules.length === 0) return `the final * rule of ${b.address} denies (no rule allows it)`;
  return `NACL ${rules.join(' and ')} ${rules.length > 1 ? 'deny' : 'denies'}`;
}

/** Why a resource is no longer exposed: what now blocks the path it had, each in words. */
function noLongerExposedBecause(after: NetModel, target: string, q: TrafficQuery, path: readonly Hop[], now: readonly Block[]): string {
  const subnet = hop(path, 'subnet');
  const gateway = hop(path, 'internet-gateway');
  const family = familyOfPath(path);
  const narrow = narrowed(after, target, subnet, q, family);
  const blocks = narrow && narrow.status === 'not-exposed' ? narrow.blockedBy : now;
  const reasons = blocks.map((b) => {
    switch (b.kind) {
      case 'route-table':
        return tableOf(after, subnet) === b.address ? `${subnet} no longer routes ${path[0]?.address ?? ''} to ${gateway}` : b.why;
      case 'network-acl':
        return aclWords(after, b, q, family);
      case 'public-address':
        return `it now has ${b.why}`;
      default:
        return `${b.address}: ${b.why}`;
    }
  });
  return listed(dedupe(reasons));
}

/** The words of a change of answer, or null when the answer did not change. */
function changeWords(before: NetModel, after: NetModel, target: string, q: TrafficQuery, was: Reachability, now: Reachability): { kind: ExposureChange['kind']; words: string } | null {
  if (was.status === now.status) return null;
  switch (now.status) {
    case 'exposed':
      if (was.status === 'unknown') return { kind: 'exposed', words: `now exposed to the internet through ${hop(now.path, 'internet-gateway')} → ${hop(now.path, 'subnet')}` };
      return { kind: 'exposed', words: `now exposed to the internet: ${nowExposedBecause(before, target, q, now.path, now.publicAddress)}` };
    case 'not-exposed':
      if (was.status === 'unknown') return { kind: 'not-exposed', words: `now not exposed to the internet: ${listed(dedupe(now.blockedBy.map((b) => (b.kind === 'public-address' ? `it has ${b.why}` : `${b.address}: ${b.why}`))))}` };
      return { kind: 'not-exposed', words: `no longer exposed: ${noLongerExposedBecause(after, target, q, was.status === 'exposed' ? was.path : [], now.blockedBy)}` };
    case 'unknown':
      return { kind: 'unknown', words: `${was.status === 'exposed' ? 'may still be exposed to the internet' : 'may now be exposed to the internet'}: ${listed(now.unknownBecause)}` };
  }
}

/** Past this many questions asked of the two networks, the rest are not asked and a line says so. */
export const MAX_REACH_QUESTIONS = 20_000;

/**
 * The changes of reachability a plan makes, one line per resource and
 * reason (its traffic listed: "22/tcp, 8080/tcp"), by resource. Nothing when
 * the network is the same on both sides (the groups' own changes are the
 * group lines'). Resources the network knows on one side only (created or
 * deleted) are left out: their findings say whether they are exposed.
 * Bounded: one question per merged range, resources alike (same subnets and
 * public address, same open traffic) asked once, and at most
 * MAX_REACH_QUESTIONS questions in all.
 */
export function reachChanges(model: Model, networks: PlanNetworks): ExposureChange[] {
  const { before, after } = networks;
  if (netKey(before) === netKey(after)) return [];
  const openAfter = openToInternet(model);
  const openBefore = openToInternet(beforeModel(model));
  type Line = ExposureChange & { words: string; traffics: string[] };
  const lines: Line[] = [];
  // The words never name the resource itself ("it now has a public address"): resources alike share them.
  const answers = new Map<string, ReturnType<typeof changeWords>>();
  const questions = new Map<string, TrafficQuery[]>();
  // Endpoints alike on both sides, numbered.
  const classes = new Map<string, number>();
  let asked = 0;
  let skipped = 0;
  for (const [resource, groups] of [...groupsByResource(model)].sort(([a], [b]) => a.localeCompare(b))) {
    if (!before.endpoints.has(resource) || !after.endpoints.has(resource)) continue;
    const using = groups.filter((g) => openAfter.has(g) || openBefore.has(g)).sort();
    if (using.length === 0) continue;
    // Resources of the same groups ask the same questions: work them out once per set of groups.
    const groupKey = using.join('\n');
    let queries = questions.get(groupKey);
    if (!queries) {
      queries = trafficQueries(intersectOpen(unionOpen(using.map((g) => openAfter.get(g))), unionOpen(using.map((g) => openBefore.get(g)))));
      questions.set(groupKey, queries);
    }
    const sides = `${endpointKey(before, resource)}|${endpointKey(after, resource)}`;
    const mine = new Map<string, Line>();
    const alike = classes.get(sides) ?? classes.size;
    classes.set(sides, alike);
    for (const q of queries) {
      const key = `${alike}|${q.protocol}|${q.ports.from}|${q.ports.to}|${q.family ?? ''}`;
      let change = answers.get(key);
      if (change === undefined) {
        if (asked >= MAX_REACH_QUESTIONS) {
          skipped++;
          continue;
        }
        asked++;
        const ask = { target: resource, protocol: q.protocol, ports: q.ports, ...(q.family ? { family: q.family } : {}) };
        change = changeWords(before, after, resource, q, reachability(before, ask), reachability(after, ask));
        answers.set(key, change);
      }
      if (!change) continue;
      // Words say the kind of change: one line per resource and words.
      const entry = mine.get(change.words) ?? { kind: change.kind, group: using.join(', '), resource, traffic: '', from: 'the internet', internet: true, text: '', words: change.words, traffics: [] };
      entry.traffics.push(q.words);
      mine.set(change.words, entry);
    }
    lines.push(...mine.values());
  }
  const out: ExposureChange[] = lines.map(({ traffics, words, ...l }) => {
    const traffic = listLabels(traffics);
    return { ...l, traffic, text: `${l.resource ?? ''}: ${traffic} ${words}` };
  });
  if (skipped > 0) {
    const text = `reachability not compared for ${skipped} more ${skipped === 1 ? 'question' : 'questions'} (resource and port range): past ${MAX_REACH_QUESTIONS}, sg-guard stops asking`;
    out.push({ kind: 'unknown', group: '', traffic: '', from: 'the internet', internet: true, text });
  }
  return out;
}
