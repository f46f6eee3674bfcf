import { classifyCidr, peerCidr, type AddressClass } from '../lib/address-class.js';
import { exposureOf } from '../lib/exposure.js';
import { formatRange, overlap, parsePortRange, reachesPorts, type PortRange } from '../lib/ports.js';
import { describePeer, internetGrants } from '../lib/peer.js';
import type { Direction, Permission } from '../model/types.js';
import { readPortList } from './options.js';
import type { Rule, RuleMeta, RuleOptions } from './types.js';

/** Past this many ports a message says "and N more". */
const MAX_LISTED_PORTS = 6;

/**
 * Which peers a rule reports: `internet` the whole internet (a /0, or CIDRs of
 * one group that add up to it); `public` any CIDR that is not wholly private,
 * the internet included; `private` CIDRs wholly inside private space;
 * `any-cidr` every CIDR. Groups, prefix lists and `self` are never reported.
 */
export const PEER_CLASSES = ['internet', 'public', 'private', 'any-cidr'] as const;
export type PeerClass = (typeof PEER_CLASSES)[number];

/**
 * The rule option that replaces the spec's port list (a list such as
 * [22, "5900-5903"]); presets set it. An empty list means the rule reports nothing.
 */
export const PORTS_OPTION = 'ports';

interface PublicPortRuleSpec extends Omit<RuleMeta, 'messages' | 'supersededBy'> {
  /** Ports and ranges, e.g. [22] or [3306, '27017-27019']: the default of the `ports` option. */
  ports: ReadonlyArray<number | string>;
  protocols: ReadonlyArray<'tcp' | 'udp'>;
  /** Default ingress. */
  direction?: Direction;
  /** Default internet. */
  peer?: PeerClass;
  /** Default: no-public-all-traffic for internet ingress (its finding covers every port), none otherwise. */
  supersededBy?: RuleMeta['supersededBy'];
}

const CLASS_WORDS: Record<AddressClass, string> = {
  any: 'which is the whole internet',
  public: 'a public range',
  private: 'a private range',
};

function parseAll(name: string, ports: ReadonlyArray<number | string>): PortRange[] {
  return ports.map((p) => {
    const r = parsePortRange(p);
    if (!r) throw new Error(`rule ${name}: bad port ${String(p)}`);
    return r;
  });
}

/** The port list in force: the `ports` option when set (validated by the config loader), else the spec's. */
function portsOf(name: string, options: RuleOptions, fallback: PortRange[]): PortRange[] {
  const raw = options[PORTS_OPTION];
  if (raw === undefined) return fallback;
  const r = readPortList(raw);
  if (!r.ok) throw new Error(`rule ${name}: option ${PORTS_OPTION} ${r.error}`);
  return r.value;
}

function inClass(p: Permission, peer: Exclude<PeerClass, 'internet'>): AddressClass | null {
  const c = peerCidr(p.peer);
  if (!c) return null;
  const cls = classifyCidr(c);
  if (peer === 'any-cidr') return cls;
  if (peer === 'private') return cls === 'private' ? cls : null;
  return cls === 'private' ? null : cls;
}

/**
 * A rule that flags permissions of one direction (ingress unless told) whose
 * peer is of one class (the whole internet unless told) and that reach any of
 * a list of ports. One finding per permission, naming every listed port it opens.
 * The built-in no-public-* port rules and the custom rules of the configuration
 * are all made here.
 */
export function publicPortRule(spec: PublicPortRuleSpec): Rule {
  const { ports, protocols, direction = 'ingress', peer = 'internet', supersededBy, ...meta } = spec;
  const defaults = parseAll(meta.name, ports);
  const fromTo = direction === 'ingress' ? 'from' : 'to';
  const broader = supersededBy ?? (peer === 'internet' && direction === 'ingress' ? 'no-public-all-traffic' : undefined);
  const messages: Record<string, string> =
    peer === 'internet'
      ? {
          open: `{{group}} allows {{ports}} ${fromTo} {{peer}}, which is the whole internet`,
          openTogether: `{{group}} allows {{ports}} ${fromTo} {{peer}}, which with {{others}} covers the whole internet`,
        }
      : { cidr: `{{group}} allows {{ports}} ${fromTo} {{peer}}, {{what}}` };
  return {
    meta: {
      ...meta,
      // A permission open to all traffic is one finding of no-public-all-traffic, not one per port rule.
      ...(broader === undefined ? {} : { supersededBy: broader }),
      messages,
    },
    check(context) {
      const ranges = portsOf(meta.name, context.options, defaults);
      // Only what opens something to the internet can open a listed port to it (union coverage
      // included, port by port); other peer classes need a CIDR.
      const candidates =
        peer === 'internet' ? [...exposureOf(context.model, direction).keys()] : context.model.permissions.filter((p) => p.direction === direction && p.peer.kind === 'cidr');
      const hits = new Map<Permission, { ports: string[]; together: Set<string>; what: string }>();
      for (const protocol of protocols) {
        for (const range of ranges) {
          const reaching = candidates.filter((p) => reachesPorts(p, protocol, range));
          const grants =
            peer === 'internet'
              ? internetGrants(reaching).map((g) => ({ permission: g.permission, together: g.together ?? [], what: '' }))
              : reaching.flatMap((p) => {
                  const cls = inClass(p, peer);
                  return cls ? [{ permission: p, together: [], what: CLASS_WORDS[cls] }] : [];
                });
          for (const grant of grants) {
            const hit = hits.get(grant.permission) ?? { ports: [], together: new Set<string>(), what: grant.what };
            // Name the ports this permission really opens: 27017 of 27017-27019, 22 of 20-25.
            const opened = formatRange(overlap(grant.permission, range) ?? range);
            const label = grant.permission.protocol === 'all' ? opened : `${opened}/${protocol}`;
            if (!hit.ports.includes(label)) hit.ports.push(label);
            for (const q of grant.together) hit.together.add(describePeer(q.peer));
            hits.set(grant.permission, hit);
          }
        }
      }
      for (const [permission, hit] of hits) {
        const listed = hit.ports.length > MAX_LISTED_PORTS ? [...hit.ports.slice(0, MAX_LISTED_PORTS), `${hit.ports.length - MAX_LISTED_PORTS} more`] : hit.ports;
        const ports = permission.protocol === 'all' ? `all traffic (including ${listed.join(', ')})` : listed.join(', ');
        const data = {
          group: permission.securityGroup ?? permission.securityGroupId ?? 'a security group unknown until apply',
          ports,
          peer: describePeer(permission.peer),
          others: [...hit.together].join(', '),
          what: hit.what,
        };
        const messageId = peer !== 'internet' ? 'cidr' : hit.together.size > 0 ? 'openTogether' : 'open';
        context.report({ messageId, data, permission });
      }
    },
  };
}
