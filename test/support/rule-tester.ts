import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine.js';
import type { Network, Permission, SecurityGroup } from '../../src/model/types.js';
import { RULES } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';
import type { Finding } from '../../src/findings/types.js';
import { modelOf } from './permissions.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../../src/model/build.js';
import type { Model } from '../../src/model/types.js';
import { parsePlan } from '../../src/plan/load.js';
import { planNetworks } from '../../src/reach/build.js';
import type { PlanNetworks } from '../../src/reach/types.js';
import { MODEL_READS } from '../../src/model/resource-types.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

export interface ValidCase {
  name: string;
  /** The permissions of the model; none with `plan`. */
  permissions?: Permission[];
  /** Groups with attachments, actions...; groups named only by permissions get defaults. */
  groups?: Partial<SecurityGroup>[];
  network?: Partial<Network>;
  /**
   * A plan under fixtures/ (exact `terraform show -json`): the case runs on
   * its model and its network (src/reach), for rules that read `context.net`.
   */
  plan?: string;
  /** With `plan`: the case is about these resources, and only their findings count (one fixture holds many cases). */
  resources?: string[];
}

export interface ExpectedError {
  messageId: string;
  /** The resource that grants the permission. */
  resource: string;
  path?: string;
  /** Text the message must contain (e.g. the port and the peer). */
  contains?: string[];
  /** When the rule reports this finding at another severity than its default (e.g. by peer). */
  severity?: Finding['severity'];
  /** For network ACL findings: the ACL's address. */
  networkAcl?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

/**
 * ESLint-style rule tests over model permissions. Every case runs the rule
 * through the real engine together with every other registered rule, so
 * precedence between rules (supersededBy) is part of what is tested.
 * The tester itself rejects an invalid case without errors, duplicate case
 * names and unknown message ids.
 */
export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw new Error(`${rule.meta.name}: duplicate test case "${duplicate}"`);
  if (cases.valid.length === 0 || cases.invalid.length === 0) throw new Error(`${rule.meta.name}: needs valid and invalid cases`);

  const plans = new Map<string, { model: Model; networks: PlanNetworks }>();
  const loaded = (file: string): { model: Model; networks: PlanNetworks } => {
    let found = plans.get(file);
    if (!found) {
      const path = join(FIXTURES, file);
      const plan = parsePlan(readFileSync(path), path, MODEL_READS);
      found = { model: buildModel(plan), networks: planNetworks(plan) };
      plans.set(file, found);
    }
    return found;
  };
  const run = (c: ValidCase): Finding[] => {
    if (c.plan !== undefined && (c.permissions !== undefined || c.groups !== undefined || c.network !== undefined)) throw new Error(`${rule.meta.name}: case "${c.name}" gives a plan and a model`);
    let model: Model;
    let networks: ReadonlyMap<Model, PlanNetworks> | undefined;
    if (c.plan !== undefined) {
      const p = loaded(c.plan);
      model = p.model;
      networks = new Map([[model, p.networks]]);
    } else {
      model = modelOf(c.permissions ?? [], c.groups ?? []);
      model.network = { ...model.network, ...c.network };
    }
    // The rule under test runs even when it is off by default (the configuration would turn it on).
    const settings = rule.meta.enabledByDefault === false ? { [rule.meta.name]: { enabled: true } } : {};
    const findings = evaluate([model], { failOn: 'high', rules: RULES.includes(rule) ? RULES : [...RULES, rule], settings, ...(networks ? { networks } : {}) }).findings;
    return findings.filter((f) => f.rule === rule.meta.name && (c.resources === undefined || c.resources.includes(f.resource)));
  };

  describe(rule.meta.name, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(run(c).map((f) => `${f.resource} ${f.message}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        if (c.errors.length === 0) throw new Error(`${rule.meta.name}: invalid case "${c.name}" expects no errors`);
        if (c.resources && c.errors.some((e) => !c.resources?.includes(e.resource))) throw new Error(`${rule.meta.name}: case "${c.name}" expects an error outside its resources`);
        for (const e of c.errors) {
          if (!(e.messageId in rule.meta.messages)) throw new Error(`${rule.meta.name}: case "${c.name}" names unknown messageId "${e.messageId}"`);
        }
        it(c.name, () => {
          const findings = run(c);
          const actual = findings.map((f) => ({ messageId: f.messageId, resource: f.resource, ...(c.errors.some((e) => e.path !== undefined) ? { path: f.path } : {}) }));
          const expected = c.errors.map((e) => ({ messageId: e.messageId, resource: e.resource, ...(e.path !== undefined ? { path: e.path } : {}) }));
          const key = (x: { resource: string; messageId: string; path?: string }): string => `${x.resource}|${x.path ?? ''}|${x.messageId}`;
          expect(actual.map(key).sort()).toEqual(expected.map(key).sort());
          for (const e of c.errors) {
            const f = findings.find((x) => x.resource === e.resource && x.messageId === e.messageId && (e.path === undefined || x.path === e.path));
            for (const text of e.contains ?? []) expect(f?.message).toContain(text);
            expect(f?.severity).toBe(e.severity ?? rule.meta.severity);
            if (e.networkAcl !== undefined) expect(f?.networkAcl).toBe(e.networkAcl);
          }
        });
      }
    });
  });
}
