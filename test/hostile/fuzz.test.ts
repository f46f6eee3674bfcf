/**
 * Type-mutation fuzzing of the fixture plans: one JSON node at a time is
 * replaced by a value of another type (null, 0, "", [], {}, true, deep
 * nesting...). Every run must either report (exit 0 or 1, a JSON report) or
 * refuse the plan in exactly one line (exit 2): never a stack, an "internal
 * error" or a hang. Seeded, so a failure replays; bounded, so it runs in
 * seconds. The small-file reader runs through main(); a share of the cases
 * also goes through the large-plan scanner (runCheck with its threshold at 0).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { InputError } from '../../src/plan/types.js';
import { runMain } from '../support/main.js';
import { tempDir } from './plans.js';
import { writeFileSync } from 'node:fs';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'plans');
const RUNS_PER_PLAN = 60;
/** The keys the model walks: most runs mutate one of these, the rest any node. */
const STRUCTURAL = new Set([
  'resource_changes', 'planned_values', 'prior_state', 'configuration', 'values', 'root_module', 'resources', 'child_modules', 'module_calls', 'module',
  'address', 'type', 'name', 'mode', 'index', 'change', 'actions', 'before', 'after', 'after_unknown', 'expressions', 'references', 'constant_value',
  'ingress', 'egress', 'from_port', 'to_port', 'protocol', 'ip_protocol', 'cidr_blocks', 'ipv6_cidr_blocks', 'cidr_ipv4', 'prefix_list_ids', 'security_groups',
  'security_group_id', 'source_security_group_id', 'referenced_security_group_id', 'self', 'id', 'vpc_id', 'source', 'format_version',
]);
const SCANNED_EVERY = 5;
const DEEP = '__deep__';

/** mulberry32: a small seeded generator, so every failure replays. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REPLACEMENTS: Json[] = [null, 0, -1, 22.5, 70000, '', 'abc', 'x\n::error::y\u001b[2J\u0000', [], {}, true, false, [null], { a: null }, DEEP];

type Path = Array<string | number>;

/** Every node's path, depth first (the fixtures are small). */
function paths(value: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function replaced(doc: Json, path: Path, by: Json): Json {
  if (path.length === 0) return by;
  const copy = structuredClone(doc) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1] as string | number] = by;
  return copy;
}

/** The mutated plan as text: the deep-nesting marker becomes 3,000 nested arrays (JSON.stringify would recurse). */
function text(doc: Json): string {
  return JSON.stringify(doc).replace(`"${DEEP}"`, `${'['.repeat(3000)}${']'.repeat(3000)}`);
}

const plans = readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort();

describe('type mutations of the fixture plans', () => {
  it.each(plans)('%s: every run reports or refuses in one line', async (file) => {
    const doc = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Json;
    const all = paths(doc);
    const structural = all.filter((p) => STRUCTURAL.has(String(p[p.length - 1])));
    const random = prng(file.length * 7919 + all.length);
    const dir = tempDir('sg-guard-fuzz-');
    for (let run = 0; run < RUNS_PER_PLAN; run++) {
      const pool = random() < 0.75 && structural.length > 0 ? structural : all;
      const path = pool[Math.floor(random() * pool.length)] as Path;
      const by = REPLACEMENTS[Math.floor(random() * REPLACEMENTS.length)] as Json;
      const plan = join(dir, `run-${run}.json`);
      writeFileSync(plan, text(replaced(doc, path, by)));
      const what = `${file} with ${JSON.stringify(path)} = ${JSON.stringify(by)}`;

      const r = await runMain(['check', plan, '--format', 'json', '--fail-on', 'never']);
      if (r.status === 2) {
        expect(r.stderr, what).toMatch(/^sg-guard: error: [^\n]+\n$/);
        expect(r.stderr, what).toContain(plan);
      } else {
        expect(r.status, `${what}: ${r.stderr}`).toBe(0);
        expect(() => JSON.parse(r.stdout) as unknown, what).not.toThrow();
        for (const line of r.stderr.split('\n').filter(Boolean)) expect(line, what).toMatch(/^sg-guard: note: /);
      }

      if (run % SCANNED_EVERY === 0) {
        try {
          await runCheck({ plans: [plan], root: false, load: { scanAbove: 0 } });
        } catch (err) {
          expect(err, `scanner: ${what}: ${(err as Error).stack}`).toBeInstanceOf(InputError);
          expect((err as Error).message, what).not.toContain('\n');
        }
      }
    }
  }, 10_000);
});
