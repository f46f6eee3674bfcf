/** What the network ACL rules share: a rule as a finding shows it, and in words. */
import { parseCidr } from '../lib/cidr.js';
import { describeTraffic } from '../lib/ports.js';
import { isIcmp } from '../lib/protocol.js';
import type { Peer } from '../model/types.js';
import type { AclRule, ReachAcl } from '../reach/types.js';
import type { AclRuleReport, RuleReport } from './types.js';

/** The rule's CIDR as a peer (its CIDR was read as one, so it parses). */
export function aclPeer(cidr: string): Peer {
  const c = parseCidr(cidr);
  if (!c) return { kind: 'unknown', attribute: 'cidr_block', reason: `${cidr} is no CIDR` };
  return { kind: 'cidr', family: c.family, value: cidr, cidr: c.cidr, prefix: c.prefix };
}

export function aclRuleReport(rule: AclRule): AclRuleReport {
  // ICMP types are no ports (as in a permission); other protocols match every port.
  const icmp = isIcmp(rule.protocol);
  return { ruleNumber: rule.ruleNumber, direction: rule.egress ? 'egress' : 'ingress', protocol: rule.protocol, fromPort: icmp ? null : rule.fromPort, toPort: icmp ? null : rule.toPort, peer: aclPeer(rule.cidr) };
}

/** What a report about one rule of `acl` says of where it is: the ACL, the resource that writes the rule, its block. */
export function aclPlace(acl: ReachAcl, rule: AclRule): Pick<RuleReport, 'resource' | 'path' | 'networkAcl' | 'aclRule'> {
  return { resource: rule.resource, path: rule.path ?? '', networkAcl: acl.address, aclRule: aclRuleReport(rule) };
}

/** `rule 100 (allow 22/tcp from 0.0.0.0/0)`. */
export function describeAclRule(rule: AclRule): string {
  const traffic = describeTraffic(rule) ?? rule.protocol;
  return `rule ${rule.ruleNumber} (${rule.action} ${traffic} ${rule.egress ? 'to' : 'from'} ${rule.cidr})`;
}

/** A list in words, at most `max` items and then how many more. */
export function listWords(items: readonly string[], max = 4): string {
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  const head = shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) as string}`;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : head;
}
