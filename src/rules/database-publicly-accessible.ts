import { classifyPeer } from '../lib/address-class.js';
import { describePeer } from '../lib/peer.js';
import { describeTraffic } from '../lib/ports.js';
import type { Permission } from '../model/types.js';
import { subnetRoutesToInternet, type Family } from '../reach/evaluate.js';
import { isUnknown } from '../reach/types.js';
import { listWords } from './acl.js';
import type { Rule } from './types.js';

/** A piece of the answer: yes (with what shows it), no, or unknown (with why). */
type Piece = { status: 'yes'; words: string } | { status: 'no' } | { status: 'unknown'; why: string[] };

const rule: Rule = {
  meta: {
    name: 'database-publicly-accessible',
    severity: 'critical',
    title: 'Database publicly accessible from the internet',
    description:
      'An RDS instance (aws_db_instance) or cluster (aws_rds_cluster, through its aws_rds_cluster_instance resources) with publicly_accessible = true, in a DB subnet group with a subnet that routes to an internet gateway, whose security groups admit the whole internet or any public address range. When one of the three is unknown until apply and none rules it out, it is reported as unknown: at high severity when publicly_accessible = true is known, medium otherwise.',
    why: 'publicly_accessible gives the database a public DNS name and address; a route to an internet gateway lets the internet reach it; a group that admits public addresses lets it connect. Together the database listens on the internet, where scanners find it within hours. A database belongs in private subnets, reached only by the tier that queries it.',
    fix: 'Set publicly_accessible = false and put the database in a DB subnet group of private subnets (no route to an internet gateway); admit only the security groups of the application or Lambda functions that query it. For access from outside, use a bastion, AWS Systems Manager port forwarding or a VPN.',
    references: [
      { title: 'AWS Security Hub RDS.2: RDS DB instances should prohibit public access', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-2' },
      { title: 'CIS AWS Foundations Benchmark 2.3.3: RDS instances are not publicly accessible', url: 'https://www.cisecurity.org/benchmark/amazon_web_services' },
      { title: 'Amazon RDS: working with a DB instance in a VPC (public and private access)', url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html' },
    ],
    messages: {
      public: '{{db}} is publicly accessible, its subnet {{subnet}} routes to {{gateway}}, and {{admits}}',
      unknown: '{{db}} may be open to the internet ({{known}}), but sg-guard cannot tell: {{why}}',
    },
    readsNetwork: true,
  },
  check(context) {
    const dbs = [...context.net.endpoints.values()].filter((e) => e.kind === 'database');
    if (dbs.length === 0) return;
    // The groups of each database, and the inbound permissions of those groups: one pass over each.
    const wanted = new Set(dbs.map((d) => d.address));
    const groupsOf = new Map<string, string[]>();
    for (const g of context.model.groups) {
      for (const a of g.attachments) {
        if (!wanted.has(a.resource)) continue;
        const list = groupsOf.get(a.resource) ?? [];
        if (!list.includes(g.address)) list.push(g.address);
        groupsOf.set(a.resource, list);
      }
    }
    const dbGroups = new Set([...groupsOf.values()].flat());
    const ingressOf = new Map<string, Permission[]>();
    for (const p of context.model.permissions) {
      if (p.direction !== 'ingress' || !p.securityGroup || !dbGroups.has(p.securityGroup)) continue;
      const list = ingressOf.get(p.securityGroup) ?? [];
      list.push(p);
      ingressOf.set(p.securityGroup, list);
    }

    for (const db of dbs) {
      // publicly_accessible: the families it gives an address in.
      const families: Family[] = [];
      const publicWhy: string[] = [];
      for (const family of [4, 6] as const) {
        const v = family === 4 ? db.publicIpv4 : db.publicIpv6;
        if (v === true) families.push(family);
        else if (isUnknown(v)) {
          families.push(family);
          publicWhy.push(v.unknown);
        }
      }
      if (families.length === 0) continue;
      const accessible: Piece = publicWhy.length > 0 && families.length === publicWhy.length ? { status: 'unknown', why: publicWhy } : { status: 'yes', words: 'publicly_accessible = true' };

      // A subnet of its subnet group that routes to an internet gateway.
      let route: Piece = { status: 'no' };
      const routeWhy: string[] = db.subnetsUnknown ? [db.subnetsUnknown.unknown] : [];
      let where: { subnet: string; gateway: string } | null = null;
      for (const link of db.subnets) {
        const subnet = 'address' in link ? context.net.subnets.get(link.address) : undefined;
        if (!subnet) {
          routeWhy.push('unknown' in link ? link.unknown : `${db.address}: subnet ${'id' in link ? link.id : link.address} is not in the plan`);
          continue;
        }
        for (const family of families) {
          const r = subnetRoutesToInternet(context.net, subnet, family);
          if (r.status === 'yes') where ??= { subnet: subnet.address, gateway: r.gateway };
          else if (r.status === 'unknown') routeWhy.push(...r.because);
        }
        if (where) break;
      }
      if (where) route = { status: 'yes', words: `${where.subnet} routes to ${where.gateway}` };
      else if (routeWhy.length > 0) route = { status: 'unknown', why: routeWhy };

      // Its security groups: an inbound permission from the internet or a public range.
      const groups = groupsOf.get(db.address) ?? [];
      const admits: Permission[] = [];
      const peerWhy: string[] = [];
      for (const g of groups) {
        for (const p of ingressOf.get(g) ?? []) {
          const cls = classifyPeer(p.peer);
          if (cls === 'any' || cls === 'public') admits.push(p);
          else if (p.peer.kind === 'unknown') peerWhy.push(`${g} admits ${describeTraffic(p) ?? 'traffic'} from ${describePeer(p.peer)}`);
        }
      }
      const admitWords = listWords(admits.map((p) => `${p.securityGroup ?? ''} admits ${describeTraffic(p) ?? 'traffic'} from ${describePeer(p.peer)}`), 2);
      const groupPiece: Piece =
        admits.length > 0
          ? { status: 'yes', words: admitWords }
          : groups.length === 0
            ? { status: 'unknown', why: [`${db.address}: the plan shows none of its security groups (unknown until apply, outside the plan, or the VPC's default group)`] }
            : peerWhy.length > 0
              ? { status: 'unknown', why: peerWhy }
              : { status: 'no' };

      const pieces = [accessible, route, groupPiece];
      if (pieces.some((p) => p.status === 'no')) continue;
      const first = admits[0];
      if (accessible.status === 'yes' && route.status === 'yes' && where && groupPiece.status === 'yes') {
        context.report({ messageId: 'public', data: { db: db.address, subnet: where.subnet, gateway: where.gateway, admits: admitWords }, resource: db.address, securityGroup: first?.securityGroup ?? null });
        continue;
      }
      const known = pieces.flatMap((p) => (p.status === 'yes' ? [p.words] : []));
      const why = pieces.flatMap((p) => (p.status === 'unknown' ? p.why : []));
      context.report({
        messageId: 'unknown',
        data: { db: db.address, known: known.join('; ') || 'nothing rules it out', why: listWords([...new Set(why)], 3) },
        resource: db.address,
        securityGroup: first?.securityGroup ?? null,
        severity: accessible.status === 'yes' ? 'high' : 'medium',
      });
    }
  },
};

export default rule;
