/**
 * Real plans written by other people (../shared/plans, see its INDEX.md).
 * Runs only where that folder exists; it is never copied into the repo.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine.js';
import { buildModel } from '../../src/model/build.js';
import { GROUP_TYPES, RULE_TYPES } from '../../src/model/permissions.js';
import { MODEL_READS } from '../../src/model/resource-types.js';
import { parsePlan } from '../../src/plan/load.js';
import { planNetworks } from '../../src/reach/build.js';
import type { LoadedPlan, TfModule, TfPlanJson } from '../../src/plan/types.js';
import { RULES } from '../../src/rules/index.js';

const DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'plans');
const present = existsSync(DIR);

const files = present ? readdirSync(DIR).filter((f) => f.endsWith('.json')).sort() : [];
const WRAPPERS = files.filter((f) => f.startsWith('scalr-opa__'));

/** The plans a file holds: itself, or for the scalr-opa mocks, each `mock.<case>.tfplan`. */
function plansIn(file: string): LoadedPlan[] {
  const bytes = readFileSync(join(DIR, file));
  if (!WRAPPERS.includes(file)) return [parsePlan(bytes, file, MODEL_READS)];
  const mock = (JSON.parse(bytes.toString('utf8')) as { mock: Record<string, { tfplan: unknown }> }).mock;
  return Object.entries(mock).map(([name, c]) => parsePlan(Buffer.from(JSON.stringify(c.tfplan)), `${file}#${name}`, MODEL_READS));
}

/** A plain walk of the JSON, independent of the model: every managed SG resource address by type set. */
function plainWalk(json: TfPlanJson, kind: 'plan' | 'state'): { groups: Set<string>; rules: Set<string> } {
  const groups = new Set<string>();
  const rules = new Set<string>();
  const visit = (type: string, address: string, mode: string | undefined): void => {
    if (mode === 'data') return;
    if (GROUP_TYPES.has(type)) groups.add(address);
    if (RULE_TYPES.has(type)) rules.add(address);
  };
  for (const rc of json.resource_changes ?? []) visit(rc.type, rc.address, rc.mode);
  const walk = (m: TfModule | undefined): void => {
    for (const r of m?.resources ?? []) visit(r.type, r.address, r.mode);
    for (const c of m?.child_modules ?? []) walk(c);
  };
  walk(kind === 'state' ? json.values?.root_module : json.planned_values?.root_module);
  return { groups, rules };
}

const PEER_FIELDS = ['cidr_blocks', 'ipv6_cidr_blocks', 'prefix_list_ids', 'source_security_group_id', 'self', 'cidr_ipv4', 'cidr_ipv6', 'prefix_list_id', 'referenced_security_group_id'];

/** Whether a rule resource's known values name any peer (some real plans have rules that name none). */
function namesAPeer(after: Record<string, unknown>): boolean {
  return PEER_FIELDS.some((f) => {
    const v = after[f];
    return Array.isArray(v) ? v.length > 0 : v !== null && v !== undefined && v !== false && v !== '';
  });
}

if (!present) describe('corpus: real plans from ../shared/plans', () => {
  it.skip(`SKIPPED: ${DIR} is not there (the real plans live beside the repository, never in it)`, () => {});
});

describe.skipIf(!present)('corpus: real plans from ../shared/plans', () => {
  it('has the plans INDEX.md describes', () => {
    expect(files.length).toBeGreaterThanOrEqual(39);
  });

  for (const file of files) {
    describe(file, () => {
      it('loads, and every security-group resource it holds is in the model', () => {
        for (const plan of plansIn(file)) {
          const model = buildModel(plan);
          const walked = plainWalk(plan.json, plan.kind);
          // What the plan deletes exists only on the before side.
          expect(new Set([...model.groups, ...model.beforeGroups].map((g) => g.address))).toEqual(walked.groups);
          expect(new Set([...model.ruleResources, ...model.beforeRuleResources].map((r) => r.address))).toEqual(walked.rules);
        }
      });

      it('turns every inline rule element and every live rule resource into permissions', () => {
        for (const plan of plansIn(file)) {
          const model = buildModel(plan);
          const byResource = new Map<string, Set<string>>();
          for (const p of model.permissions) {
            const set = byResource.get(p.resource) ?? new Set<string>();
            set.add(p.path);
            byResource.set(p.resource, set);
          }
          for (const rc of plan.json.resource_changes ?? []) {
            const after = rc.change.after as Record<string, unknown> | null | undefined;
            if (!after || rc.mode === 'data') continue;
            if (RULE_TYPES.has(rc.type) && namesAPeer(after)) {
              // A live rule that names a peer (known or not) always grants something.
              expect(byResource.has(rc.address), rc.address).toBe(true);
            }
            if (GROUP_TYPES.has(rc.type) && model.groups.find((g) => g.address === rc.address)?.declaresInline.ingress) {
              const ingress = Array.isArray(after.ingress) ? after.ingress : [];
              ingress.forEach((_, i) => expect(byResource.get(rc.address)?.has(`ingress[${i}]`), `${rc.address} ingress[${i}]`).toBe(true));
            }
          }
        }
      });

      it('evaluates without error and every finding is complete', () => {
        for (const plan of plansIn(file)) {
          const report = evaluate([buildModel(plan)], { failOn: 'high', rules: RULES });
          for (const f of report.findings) {
            expect(f.id).toMatch(/^[0-9a-f]{12}$/);
            expect(f.message).not.toMatch(/\{\{|undefined|null/);
            expect(f.resource).not.toBe('');
          }
        }
      });

      it('with its network: the same findings and ids, and each from the internet says whether the internet reaches it', () => {
        for (const plan of plansIn(file)) {
          const model = buildModel(plan);
          const bare = evaluate([model], { failOn: 'high', rules: RULES }).findings;
          const findings = evaluate([model], { failOn: 'high', rules: RULES, networks: new Map([[model, planNetworks(plan)]]) }).findings;
          expect(findings.map((f) => `${f.id} ${f.rule} ${f.change}`).sort()).toEqual(bare.map((f) => `${f.id} ${f.rule} ${f.change}`).sort());
          for (const f of findings) {
            const r = f.reachability;
            if (!r) {
              // Only ingress from a /0 is sure to be from the internet by its words (CIDRs that cover it together are not).
              expect(f.direction === 'ingress' && /(^|[ ,(])(0\.0\.0\.0\/0|::\/0)($|[ ,)])/.test(f.peer ?? ''), `${f.id} ${f.peer ?? ''}`).toBe(false);
              continue;
            }
            expect(f.direction).toBe('ingress');
            if (r.status === 'exposed') {
              expect(r.path[0]?.kind).toBe('internet');
              expect(['resource', 'load-balancer']).toContain(r.path.at(-1)?.kind);
              expect(r.publicAddress).not.toBe('');
            } else if (r.status === 'not-exposed') {
              expect(r.blockedBy.length).toBeGreaterThan(0);
              for (const b of r.blockedBy) expect(b.why).not.toBe('');
            } else {
              expect(r.status).toBe('unknown');
              expect(r.unknownBecause.length).toBeGreaterThan(0);
            }
          }
        }
      });
    });
  }

  it('with their networks, the network rules add nothing: no plan has a network ACL, and no publicly accessible database admits public addresses', () => {
    // Checked by hand: the checkov plans' aws_db_instance.default is publicly_accessible in subnets of the plan, but its
    // group admits only 172.16.0.0/16 (private); dr-daily-report's Aurora cluster admits 172.31.0.0/16 and groups;
    // AWS_RealEstate's and TEAM3's databases are not publicly accessible. None of the plans holds a network ACL.
    for (const file of files) {
      for (const plan of plansIn(file)) {
        const model = buildModel(plan);
        const plain = evaluate([model], { failOn: 'high', rules: RULES }).findings;
        const withNet = evaluate([model], { failOn: 'high', rules: RULES, networks: new Map([[model, planNetworks(plan)]]) }).findings;
        const key = (fs: typeof plain): string[] => fs.map((f) => `${f.id} ${f.change}`).sort();
        expect(key(withNet), plan.path).toEqual(key(plain));
      }
    }
  });

  it('finds what the plans really open: SSH to the world in the atlantis workshop, nothing in the EKS plan', () => {
    const findingsOf = (file: string) => evaluate(plansIn(file).map(buildModel), { failOn: 'high', rules: RULES }).findings;
    const workshop = findingsOf('terraform-atlantis-workshop__terraform_tfplan.json');
    expect(workshop.some((f) => f.rule === 'no-public-all-traffic' || f.rule === 'no-public-ssh')).toBe(true);
    expect(findingsOf('End-to-End-DevOps-AWS-Nodejs-Postgres__terraform_plan.json').filter((f) => f.severity === 'critical')).toEqual([]);
  });
});
