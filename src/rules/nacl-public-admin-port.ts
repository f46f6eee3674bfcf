import { parseCidr } from '../lib/cidr.js';
import { describePeer } from '../lib/peer.js';
import { evaluateAcl, type Family } from '../reach/evaluate.js';
import { WHOLE, type Range } from '../reach/ranges.js';
import type { AclRule, ReachAcl, UnknownAclRule } from '../reach/types.js';
import { aclPeer, aclPlace, describeAclRule, listWords } from './acl.js';
import type { Rule } from './types.js';

/** SSH and RDP: the ports CIS AWS Foundations 5.1 and Security Hub EC2.21 name. */
const ADMIN_PORTS = [22, 3389] as const;
const FAMILIES: readonly Family[] = [4, 6];
/** How many rules unknown until apply are weighed against the known rules before them (each costs one ACL evaluation per port and family); the rest are reported. */
const MAX_WEIGHED = 64;

function isWhole(cidr: string): boolean {
  return parseCidr(cidr)?.prefix === 0;
}

/** Whether sorted-or-not disjoint ranges cover the whole family. */
function coversFamily(ranges: readonly Range[], family: Family): boolean {
  const [first, last] = WHOLE[family][0] as Range;
  let next = first;
  for (const [f, l] of [...ranges].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (f > next) return false;
    if (l >= next) next = l + 1n;
  }
  return next > last;
}

interface Hit {
  rule: AclRule;
  ports: Set<number>;
  denies: Set<AclRule>;
  together: Set<AclRule>;
}

const portWords = (ports: Iterable<number>): string => listWords([...ports].sort((a, b) => a - b).map((p) => `${p}/tcp`));

/** Whether a rule unknown until apply could admit 22 or 3389 from the internet, given what is known of it and of the rules before it. */
function mayAdmit(acl: ReachAcl, u: UnknownAclRule, budget: { left: number }): boolean {
  if (u.egress === true) return false;
  const k = u.known ?? {};
  if (k.action === 'deny') return false;
  if (k.protocol !== undefined && k.protocol !== 'tcp' && k.protocol !== 'all') return false;
  const ports = ADMIN_PORTS.filter((p) => (k.fromPort === undefined || k.fromPort <= p) && (k.toPort === undefined || p <= k.toPort));
  if (ports.length === 0) return false;
  let families = FAMILIES;
  if (k.cidr !== undefined) {
    const c = parseCidr(k.cidr);
    // A known CIDR that is not a /0 is not "from the internet" on its own.
    if (!c || c.prefix !== 0) return false;
    families = [c.family];
  }
  if (k.ruleNumber === undefined || budget.left <= 0) return true;
  budget.left--;
  const n = k.ruleNumber;
  const before: ReachAcl = { ...acl, rules: acl.rules.filter((r) => r.ruleNumber < n), unknownRules: [] };
  // Something of the internet gets past the known rules before it: the rule decides it.
  return families.some((f) => ports.some((p) => evaluateAcl(before, false, 'tcp', { from: p, to: p }, f).implicitDeny));
}

const rule: Rule = {
  meta: {
    name: 'nacl-public-admin-port',
    severity: 'high',
    title: 'Network ACL admits SSH or RDP from the internet',
    description:
      'A network ACL whose inbound rules, evaluated in order by rule number, admit TCP port 22 or 3389 from 0.0.0.0/0 or ::/0: an allow rule for the whole internet that no lower-numbered rule denies first, or allow rules that together cover a whole address family. Inline rules, aws_network_acl_rule resources and a managed aws_default_network_acl are checked; the default ACL that AWS creates and no resource manages is not in the code and not reported.',
    why: 'A network ACL is the subnet\'s filter in front of every security group in it. One that admits SSH or RDP from anywhere leaves remote administration to the groups alone: the next group opened to the world by mistake is reachable at once. CIS AWS Foundations and Security Hub both ask that no ACL admit these ports from the internet.',
    fix: 'Admit 22 and 3389 only from the address ranges that administer the subnet (a VPN or office range), or deny them from 0.0.0.0/0 and ::/0 with a lower-numbered rule; better, use AWS Systems Manager Session Manager and admit neither.',
    references: [
      { title: 'AWS Security Hub EC2.21: network ACLs should not allow ingress from 0.0.0.0/0 to port 22 or port 3389', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-21' },
      { title: 'CIS AWS Foundations Benchmark 5.1: no network ACL allows ingress from 0.0.0.0/0 to remote server administration ports', url: 'https://www.cisecurity.org/benchmark/amazon_web_services' },
      { title: 'Amazon VPC: network ACL rules and their evaluation order', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html' },
    ],
    messages: {
      allows: 'network ACL {{acl}} admits {{ports}} from {{peer}} at rule {{number}}',
      allowsPart: 'network ACL {{acl}} admits {{ports}} from {{peer}} at rule {{number}}, all but what {{denies}} takes first',
      together: 'network ACL {{acl}} admits {{ports}} from {{peer}} at rule {{number}}, which with {{others}} is the whole internet',
      unknown: 'network ACL {{acl}}: {{why}}, so sg-guard cannot tell whether it admits 22/tcp or 3389/tcp from the internet',
    },
    readsNetwork: true,
  },
  check(context) {
    const budget = { left: MAX_WEIGHED };
    for (const acl of context.net.acls.values()) {
      // The default ACL AWS creates (allow all) is in no code a pull request can change.
      if (acl.implicit) continue;
      const hits = new Map<AclRule, Hit>();
      const hit = (r: AclRule): Hit => {
        let h = hits.get(r);
        if (!h) hits.set(r, (h = { rule: r, ports: new Set(), denies: new Set(), together: new Set() }));
        return h;
      };
      for (const family of FAMILIES) {
        for (const port of ADMIN_PORTS) {
          const a = evaluateAcl(acl, false, 'tcp', { from: port, to: port }, family);
          if (a.admitted.length === 0) continue;
          const whole = a.allows.filter((r) => isWhole(r.cidr));
          // Allow rules that are each a part of the internet but together all of it (0.0.0.0/1 + 128.0.0.0/1).
          const together = whole.length === 0 && coversFamily(a.admitted, family) ? a.allows : [];
          for (const r of [...whole, ...together]) {
            const h = hit(r);
            h.ports.add(port);
            for (const d of a.denies) if (d.ruleNumber < r.ruleNumber) h.denies.add(d);
            for (const o of together) if (o !== r) h.together.add(o);
          }
        }
      }
      for (const h of [...hits.values()].sort((a, b) => a.rule.ruleNumber - b.rule.ruleNumber)) {
        const data = { acl: acl.address, ports: portWords(h.ports), peer: describePeer(aclPeer(h.rule.cidr)), number: h.rule.ruleNumber };
        const messageId = h.together.size > 0 ? 'together' : h.denies.size > 0 ? 'allowsPart' : 'allows';
        const byNumber = (s: Set<AclRule>): AclRule[] => [...s].sort((a, b) => a.ruleNumber - b.ruleNumber);
        context.report({
          messageId,
          data: { ...data, denies: listWords(byNumber(h.denies).map(describeAclRule)), others: listWords(byNumber(h.together).map(describeAclRule)) },
          ...aclPlace(acl, h.rule),
        });
      }
      for (const u of acl.unknownRules) {
        if (!mayAdmit(acl, u, budget)) continue;
        // As for a group's rules: an unknown source is info (unknown-peer), unknown ports or protocol from the internet are medium (unknown-port).
        const severity = u.known?.cidr !== undefined ? 'medium' : 'info';
        context.report({ messageId: 'unknown', data: { acl: acl.address, why: u.why }, resource: u.resource, path: u.path ?? '', networkAcl: acl.address, severity });
      }
    }
  },
};

export default rule;
