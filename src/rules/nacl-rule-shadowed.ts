import { parseCidr } from '../lib/cidr.js';
import { cidrRange, intersect, subtract, type Range, type Ranges } from '../reach/ranges.js';
import type { AclRule } from '../reach/types.js';
import { aclPlace, describeAclRule, listWords } from './acl.js';
import type { Rule } from './types.js';

/**
 * Above this many rules in one direction of one ACL (AWS allows at most 40),
 * only a rule that one earlier rule covers alone is found: telling whether
 * several earlier rules cover one together costs a cube of the rules.
 */
const MAX_COMBINED = 100;

/**
 * Whether every packet of `later`'s protocol is one of `earlier`'s. ICMP rules
 * are told apart by type and code, which the network model does not keep: an
 * earlier ICMP rule never counts, only one for every protocol (-1).
 */
function protocolCovers(earlier: AclRule, later: AclRule): boolean {
  if (earlier.protocol === 'all') return true;
  if (later.protocol === 'all' || later.protocol === 'icmp' || later.protocol === 'icmpv6') return false;
  return earlier.protocol === later.protocol;
}

/** A rule with its addresses as a range of its family (worked out once per rule, not per pair). */
interface Spanned {
  rule: AclRule;
  family: 4 | 6;
  span: Range;
}

function spanned(rule: AclRule): Spanned | null {
  const family = parseCidr(rule.cidr)?.family;
  const span = family ? cidrRange(rule.cidr, family) : null;
  return family && span ? { rule, family, span } : null;
}

/**
 * The earlier rules that decide all of `later`'s traffic, or null when some
 * of it gets through to `later`. `rules` are sorted by number; `index` is
 * where `later` is.
 */
function shadowing(rules: readonly Spanned[], index: number, combined: boolean): AclRule[] | null {
  const later = rules[index] as Spanned;
  const l = later.rule;
  const span = later.span;
  const candidates: Spanned[] = [];
  for (let i = 0; i < index; i++) {
    const c = rules[i] as Spanned;
    const e = c.rule;
    if (e.ruleNumber >= l.ruleNumber) break;
    if (c.family !== later.family || !protocolCovers(e, l)) continue;
    if (e.toPort < l.fromPort || e.fromPort > l.toPort || c.span[1] < span[0] || c.span[0] > span[1]) continue;
    // One earlier rule that covers it all.
    if (e.fromPort <= l.fromPort && l.toPort <= e.toPort && c.span[0] <= span[0] && span[1] <= c.span[1]) return [e];
    candidates.push(c);
  }
  if (!combined || candidates.length < 2) return null;
  // Several together: cut the ports where a candidate's range starts or ends, so that each candidate matches a whole piece or none of it.
  const cuts = new Set<number>([l.fromPort, l.toPort + 1]);
  for (const c of candidates) {
    if (c.rule.fromPort > l.fromPort) cuts.add(c.rule.fromPort);
    if (c.rule.toPort < l.toPort) cuts.add(c.rule.toPort + 1);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const used = new Set<AclRule>();
  for (let i = 0; i + 1 < points.length; i++) {
    const port = points[i] as number;
    let rest: Ranges = [span];
    for (const c of candidates) {
      if (c.rule.fromPort > port || c.rule.toPort < port) continue;
      if (intersect(rest, c.span).length === 0) continue;
      used.add(c.rule);
      rest = subtract(rest, c.span);
      if (rest.length === 0) break;
    }
    if (rest.length > 0) return null;
  }
  return [...used].sort((a, b) => a.ruleNumber - b.ruleNumber);
}

const rule: Rule = {
  meta: {
    name: 'nacl-rule-shadowed',
    severity: 'low',
    title: 'Network ACL rule that can never match',
    description:
      'A network ACL rule whose traffic (protocol, ports and addresses) lower-numbered rules of the same direction already decide, alone or together: AWS stops at the first rule that matches, so this one never does. Partial overlap is not reported.',
    why: 'A rule that never matches says something the network does not do. A deny written after a broader allow denies nothing; an allow after a broader deny allows nothing. Either way the ACL is not what its reader (or its author) thinks it is.',
    fix: 'Give the rule a lower number than the rules that take its traffic, if it is meant to decide it; otherwise delete it.',
    references: [
      { title: 'Amazon VPC: network ACL rules are evaluated in order, lowest number first', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html' },
      { title: 'AWS Well-Architected, SEC05-BP02: control traffic flow within your network layers', url: 'https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/sec_network_protection_layered.html' },
    ],
    messages: {
      shadowed: 'network ACL {{acl}}: {{rule}} never matches: {{by}} {{decide}} all of its {{direction}} traffic first',
    },
    readsNetwork: true,
  },
  check(context) {
    for (const acl of context.net.acls.values()) {
      // The default ACL AWS creates holds AWS's own rules, in no code.
      if (acl.implicit) continue;
      for (const egress of [false, true]) {
        const rules = acl.rules
          .filter((r) => r.egress === egress)
          .sort((a, b) => a.ruleNumber - b.ruleNumber)
          .flatMap((r) => spanned(r) ?? []);
        const combined = rules.length <= MAX_COMBINED;
        for (let i = 0; i < rules.length; i++) {
          const r = (rules[i] as Spanned).rule;
          const by = shadowing(rules, i, combined);
          if (!by) continue;
          context.report({
            messageId: 'shadowed',
            data: { acl: acl.address, rule: describeAclRule(r), by: listWords(by.map(describeAclRule)), decide: by.length === 1 ? 'decides' : 'decide', direction: egress ? 'outbound' : 'inbound' },
            ...aclPlace(acl, r),
          });
        }
      }
    }
  },
};

export default rule;
