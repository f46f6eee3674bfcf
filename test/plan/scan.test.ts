/**
 * The scanning reader (src/plan/scan.ts, used above SCAN_THRESHOLD) must give
 * what the whole-document reader gives: the same model from every plan, the
 * same message for every bad input. Every comparison here runs the scanner
 * with its real window and with tiny windows, so every token, escape and
 * multi-byte character also falls across a window boundary somewhere.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { MODEL_READS, MODEL_RESOURCE_TYPES } from '../../src/model/resource-types.js';
import { buildNetModel } from '../../src/reach/build.js';
import { UTF16_MAX_BYTES, loadPlan, parsePlan, scanPlan, scanSource } from '../../src/plan/load.js';
import { MIN_WINDOW_SIZE, memorySource, type ByteSource } from '../../src/plan/scan.js';
import { InputError, type LoadedPlan, type ReadSpec } from '../../src/plan/types.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
/** Real plans shared next to the repository (never copied into it). */
const REAL_PLANS = fileURLToPath(new URL('../../../shared/plans/', import.meta.url));
/** The real window, a tiny one (the brief's 7 bytes), and the smallest the scanner allows. */
const WINDOWS = [undefined, 7, MIN_WINDOW_SIZE];

type Outcome = { plan: Omit<LoadedPlan, 'json'>; model: ReturnType<typeof buildModel>; network: ReturnType<typeof buildNetModel> } | { error: string };

/** What a reader makes of the input: the plan's facts and its model, or the InputError's message. */
function outcome(read: () => LoadedPlan): Outcome {
  let plan: LoadedPlan;
  try {
    plan = read();
  } catch (err) {
    if (err instanceof InputError) return { error: err.message };
    throw err;
  }
  const { json: _json, ...facts } = plan;
  return { plan: facts, model: buildModel(plan), network: buildNetModel(plan) };
}

function expectSame(bytes: Uint8Array, file = 'plan.json', windows = WINDOWS): Outcome {
  const whole = outcome(() => parsePlan(bytes, file, MODEL_READS));
  for (const windowSize of windows) {
    expect(outcome(() => scanPlan(bytes, file, MODEL_READS, windowSize === undefined ? {} : { windowSize })), `window ${windowSize ?? 'default'}`).toStrictEqual(whole);
  }
  return whole;
}

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
const json = (value: unknown, indent?: number): Buffer => utf8(JSON.stringify(value, null, indent));

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** A plan with groups, rules, an attachment and skipped resources, in modules and at the root. */
function samplePlan(extra: { description?: string; skipped?: Record<string, unknown> } = {}): Record<string, unknown> {
  const sg = (address: string, description: string) => ({
    address,
    mode: 'managed',
    type: 'aws_security_group',
    name: address.split('.').at(-1),
    provider_name: 'registry.terraform.io/hashicorp/aws',
    change: {
      actions: ['create'],
      before: null,
      after: {
        description,
        ingress: [{ cidr_blocks: ['0.0.0.0/0'], description: '', from_port: 22, to_port: 22, protocol: 'tcp', ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false }],
        egress: [],
        name: 'web',
        vpc_id: 'vpc-1',
      },
      after_unknown: { id: true, arn: true },
    },
  });
  const skipped = (address: string) => ({
    address,
    mode: 'managed',
    type: 'aws_s3_object',
    name: 'o',
    change: { actions: ['no-op'], before: { key: 'k', ...extra.skipped }, after: { key: 'k', ...extra.skipped }, after_unknown: {} },
  });
  const description = extra.description ?? 'web tier';
  return {
    format_version: '1.2',
    terraform_version: '1.9.8',
    planned_values: {
      root_module: {
        resources: [{ address: 'aws_s3_object.o', mode: 'managed', type: 'aws_s3_object', name: 'o', values: { key: 'k', ...extra.skipped } }],
        child_modules: [
          {
            address: 'module.net',
            resources: [{ address: 'module.net.aws_security_group.web', mode: 'managed', type: 'aws_security_group', name: 'web', values: { description, name: 'web', vpc_id: 'vpc-1' } }],
          },
        ],
      },
    },
    resource_changes: [
      skipped('aws_s3_object.o'),
      sg('module.net.aws_security_group.web', description),
      skipped('module.net.aws_s3_object.o'),
      {
        address: 'aws_instance.app',
        mode: 'managed',
        type: 'aws_instance',
        name: 'app',
        change: { actions: ['create'], before: null, after: { ami: 'ami-1', vpc_security_group_ids: null }, after_unknown: { vpc_security_group_ids: true } },
      },
    ],
    configuration: {
      root_module: {
        resources: [
          { address: 'aws_instance.app', mode: 'managed', type: 'aws_instance', name: 'app', expressions: { vpc_security_group_ids: { references: ['module.net.web_id', 'module.net'] } } },
        ],
        module_calls: {
          net: {
            source: './net',
            module: {
              resources: [{ address: 'aws_security_group.web', mode: 'managed', type: 'aws_security_group', name: 'web', expressions: { ingress: { constant_value: [] } } }],
              outputs: { web_id: { expression: { references: ['aws_security_group.web.id', 'aws_security_group.web'] } } },
            },
          },
        },
      },
    },
  };
}

describe('the scanner reads every fixture as the full parser does', () => {
  const files = filesUnder(FIXTURES).filter((f) => !f.endsWith('.tf') && !f.endsWith('.md'));

  it('finds the fixtures', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [f.slice(FIXTURES.length), f]))('%s', (_name, file) => {
    expectSame(readFileSync(file), file);
  });

  it.each(filesUnder(join(FIXTURES, 'plans')).map((f) => [f.slice(FIXTURES.length), f]))('%s, pretty-printed with sorted keys (jq -S)', (_name, file) => {
    const sortKeys = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(sortKeys) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sortKeys(x)])) : v;
    const outcomeOf = expectSame(json(sortKeys(JSON.parse(readFileSync(file, 'utf8'))), 2), file);
    expect('model' in outcomeOf).toBe(true);
  });
});

const haveRealPlans = existsSync(REAL_PLANS);
describe.skipIf(!haveRealPlans)(
  haveRealPlans ? `the scanner on the real plans in ${REAL_PLANS}` : `the scanner on real plans (SKIPPED: ${REAL_PLANS} does not exist)`,
  () => {
    const files = haveRealPlans ? readdirSync(REAL_PLANS).filter((f) => f.endsWith('.json')).sort() : [];

    it('finds them', () => {
      expect(files.length).toBeGreaterThan(30);
    });

    it.each(files)('%s', (name) => {
      const bytes = readFileSync(join(REAL_PLANS, name));
      expectSame(bytes, name);
      // The scalr-opa mocks are wrappers ({mock: {case: {tfplan}}}) around several real plans: those too.
      if (name.startsWith('scalr-opa__')) {
        const mock = (JSON.parse(bytes.toString('utf8')) as { mock: Record<string, { tfplan: unknown }> }).mock;
        for (const [key, c] of Object.entries(mock)) expect('model' in expectSame(json(c.tfplan), `${name}#${key}`)).toBe(true);
      }
    });
  },
);

describe('the scanner on hard values', () => {
  it('reads strings full of brackets, escaped quotes, escapes and non-ASCII characters', () => {
    const nasty = 'web {tier} [a], "quoted" \\ back\\slash, \u00e9t\u00e9, \u{1f600}, \u2028, tab\t, nul-ish \u0001, \uFEFF';
    const plan = samplePlan({ description: nasty, skipped: { note: nasty, [`k${nasty}`]: [nasty, { [nasty]: nasty }] } });
    const whole = expectSame(json(plan));
    expect('model' in whole && whole.model.groups[0]?.description).toBe(nasty);
    // The same with every non-ASCII character written as a \u escape, and escaped keys.
    const escaped = JSON.stringify(plan)
      .replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .replace(/"type":/g, '"\\u0074ype":')
      .replace(/\//g, '\\/');
    expect(expectSame(utf8(escaped))).toStrictEqual(whole);
  });

  it('finds the end of every string wherever its quote, escape or control character falls in a 4-byte word', () => {
    // The scanner tests strings four bytes at a time: every stop byte at every offset, after every kind of byte.
    const stops = ['"', '\\', '\\"', '\\u00e9', '\u0001', '\u001f'];
    const fill = ['a', '\u00e9', '\u2028', '\u{1f600}', ' ', '~', '\u007f'];
    for (let lead = 0; lead < 8; lead++) {
      for (const stop of stops) {
        for (const f of fill) {
          const skipped: Record<string, string> = {};
          for (let n = 0; n < 9; n++) skipped[`${'k'.repeat(lead)}${n}`] = f.repeat(n) + stop + f.repeat(8 - n);
          expectSame(json(samplePlan({ description: `${'d'.repeat(lead)}${stop}`, skipped })), 'words.json', [undefined]);
        }
      }
    }
  });

  it('keeps of prior_state groups only what the model reads there (their address and id)', () => {
    const plan = samplePlan();
    const group = (plan.resource_changes as Array<{ address: string; type: string; name: string; change: { after: Record<string, unknown> } }>)[1]!;
    plan.prior_state = {
      format_version: '1.0',
      values: { root_module: { child_modules: [{ address: 'module.net', resources: [{ address: group.address, mode: 'managed', type: group.type, name: group.name, values: { ...group.change.after, id: 'sg-0prior' } }] }] } },
    };
    const scanned = scanPlan(json(plan), 'plan.json', MODEL_READS);
    const prior = scanned.json.prior_state?.values?.root_module?.child_modules?.[0]?.resources;
    expect(prior).toStrictEqual([{ address: group.address, mode: 'managed', type: group.type, name: group.name, values: { id: 'sg-0prior' } }]);
    expectSame(json(plan));
  });

  it('leaves tags and tags_all out of the resources it keeps, wherever they stand among the values', () => {
    const tags = { Team: 'net', Name: 'web' };
    const arrangements: Array<Array<[string, unknown]>> = [
      [['tags', tags], ['description', 'd'], ['tags_all', tags], ['name', 'web']],
      [['tags', tags], ['tags_all', tags], ['description', 'd'], ['name', 'web']],
      [['description', 'd'], ['name', 'web'], ['tags', tags], ['tags_all', tags]],
      [['description', 'd'], ['tags', {}], ['name', 'web'], ['tags_all', null]],
      [['tags', tags], ['tags_all', tags]],
      [['tags', tags]],
      [['description', 'd'], ['tags', tags], ['tags', tags], ['name', 'web']],
      [['description', 'd'], ['name', 'web'], ['labels', { tags: tags, tags_all: tags }]],
    ];
    for (const [i, members] of arrangements.entries()) {
      for (const action of ['no-op', 'update']) {
        const plan = samplePlan();
        const group = (plan.resource_changes as Array<{ change: { actions: string[]; before: unknown; after: Record<string, unknown> } }>)[1]!;
        const after = { ...Object.fromEntries(members), ingress: group.change.after.ingress, egress: [], pad: 'x'.repeat(64) };
        // Duplicate keys: JSON text with the members in this order, as Terraform never writes but JSON allows.
        const text = (value: Record<string, unknown>): string => `{${members.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).concat(Object.entries(value).filter(([k]) => !members.some(([m]) => m === k)).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)).join(',')}}`;
        group.change = { actions: [action], before: after, after };
        const before = action === 'no-op' ? text(after) : text({ ...after, pad: 'y'.repeat(64) });
        const target = JSON.stringify({ actions: [action], before: after, after });
        expect(JSON.stringify(plan)).toContain(target);
        const source = JSON.stringify(plan).replace(target, `{"actions":["${action}"],"before":${before},"after":${text(after)}}`);
        for (const bytes of [utf8(source), json(JSON.parse(source), 2)]) {
          const scanned = scanPlan(bytes, 'tags.json', MODEL_READS);
          const change = scanned.json.resource_changes?.find((rc) => rc.address === 'module.net.aws_security_group.web')?.change;
          const expected = JSON.parse(text(after)) as Record<string, unknown>;
          delete expected.tags;
          delete expected.tags_all;
          expect(change?.after, `arrangement ${i}, ${action}`).toStrictEqual(expected);
          expect(Object.keys(change?.before ?? {}), `arrangement ${i}, ${action}`).toStrictEqual(Object.keys(expected));
          expectSame(bytes, 'tags.json', [undefined, 7]);
        }
      }
    }
  });

  it('reads resources whose keys come in another order, or twice', () => {
    const plan = samplePlan();
    const changes = plan.resource_changes as Array<Record<string, unknown>>;
    // "type" after the values, then a second "type" that makes a skipped resource needed again.
    const sg = changes[1] as Record<string, unknown>;
    const { type: _t, ...rest } = sg;
    changes[1] = { ...rest, type: 'aws_security_group' };
    const text = JSON.stringify(plan).replace('{"address":"aws_instance.app","mode":"managed","type":"aws_instance"', '{"address":"aws_instance.app","mode":"managed","type":"aws_s3_object","type":"aws_instance"');
    const whole = expectSame(utf8(text));
    expect('model' in whole && whole.model.groups.map((g) => g.address)).toEqual(['module.net.aws_security_group.web']);
    // Duplicate top-level keys: the last wins, as with JSON.parse; "__proto__" is a key like any other.
    expectSame(utf8(text.replace('{"format_version":"1.2"', '{"resource_changes":[],"__proto__":{"values":{}},"format_version":"1.2"')));
    expectSame(utf8(text.replace('"configuration":', '"resource_changes":null,"configuration":')));
  });

  it('skips and keeps deeply nested values', () => {
    const deep = (n: number): unknown => (n === 0 ? 'bottom' : n % 2 ? [deep(n - 1)] : { d: deep(n - 1) });
    const plan = samplePlan({ skipped: { deep: deep(3000) } });
    const changes = plan.resource_changes as Array<{ change: { after: Record<string, unknown> } }>;
    (changes[1] as { change: { after: Record<string, unknown> } }).change.after.tags = { deep: deep(1000) };
    expectSame(json(plan), 'deep.json', [undefined, 7]);
  });

  it('finds a group in nested child modules', () => {
    const plan = samplePlan();
    const nested = {
      address: 'module.a',
      resources: [{ address: 'module.a.aws_s3_object.x', mode: 'managed', type: 'aws_s3_object', name: 'x', values: {} }],
      child_modules: [
        {
          address: 'module.a.module.b',
          child_modules: [
            {
              address: 'module.a.module.b.module.c',
              resources: [{ address: 'module.a.module.b.module.c.aws_security_group.deep', mode: 'managed', type: 'aws_security_group', name: 'deep', values: { description: 'deep', name: 'deep', egress: [], ingress: [] } }],
            },
          ],
        },
      ],
    };
    ((plan.planned_values as { root_module: { child_modules: unknown[] } }).root_module.child_modules).push(nested);
    const whole = expectSame(json(plan));
    expect('model' in whole && whole.model.groups.map((g) => g.address)).toContain('module.a.module.b.module.c.aws_security_group.deep');
  });

  it('keeps module instance keys that only skipped resources show (a stub per module instance)', () => {
    // aws_instance.web names its groups through module.label.sg, whose output is var.sg: which
    // instance of aws_security_group.a it reaches depends on the keys of module.label, and
    // module.label holds only buckets, which the scanner skips.
    const sgChange = (key: string) => ({
      address: `aws_security_group.a["${key}"]`,
      mode: 'managed',
      type: 'aws_security_group',
      name: 'a',
      index: key,
      change: { actions: ['create'], before: null, after: { description: key, name: key, ingress: [], egress: [] }, after_unknown: { id: true } },
    });
    const bucket = (key: string) => ({ address: `module.label["${key}"].aws_s3_bucket.b`, module_address: `module.label["${key}"]`, mode: 'managed', type: 'aws_s3_bucket', name: 'b', change: { actions: ['create'], before: null, after: { bucket: key }, after_unknown: {} } });
    const plan = {
      format_version: '1.2',
      resource_changes: [
        sgChange('x'),
        sgChange('y'),
        sgChange('z'),
        bucket('x'),
        bucket('y'),
        { address: 'aws_instance.web', mode: 'managed', type: 'aws_instance', name: 'web', change: { actions: ['create'], before: null, after: { vpc_security_group_ids: null }, after_unknown: { vpc_security_group_ids: true } } },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_security_group.a', mode: 'managed', type: 'aws_security_group', name: 'a', expressions: {} },
            { address: 'aws_instance.web', mode: 'managed', type: 'aws_instance', name: 'web', expressions: { vpc_security_group_ids: { references: ['module.label.sg'] } } },
          ],
          module_calls: {
            label: {
              source: './label',
              expressions: { sg: { references: ['aws_security_group.a'] } },
              module: { resources: [{ address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b' }], outputs: { sg: { expression: { references: ['var.sg'] } } } },
            },
          },
        },
      },
    };
    const whole = expectSame(json(plan));
    if (!('model' in whole)) throw new Error(whole.error);
    const attached = whole.model.groups.filter((g) => g.attachments.some((a) => a.resource === 'aws_instance.web')).map((g) => g.address);
    expect(attached).toEqual(['aws_security_group.a["x"]', 'aws_security_group.a["y"]']);
    expect(MODEL_RESOURCE_TYPES.has('aws_s3_bucket')).toBe(false);
  });

  it('reads planned_values resources that resource_changes leaves out (older Terraform)', () => {
    const plan = samplePlan();
    plan.resource_changes = (plan.resource_changes as Array<{ address: string }>).filter((rc) => !rc.address.includes('security_group'));
    const whole = expectSame(json(plan));
    expect('model' in whole && whole.model.groups.map((g) => g.address)).toEqual(['module.net.aws_security_group.web']);
  });

  it('parses identical before and after values once, for both sides', () => {
    const plan = samplePlan({ skipped: { pad: 'x'.repeat(100) } });
    const group = (plan.resource_changes as Array<{ change: { actions: string[]; before: unknown; after: unknown } }>)[1]!;
    group.change = { actions: ['no-op'], before: group.change.after, after: group.change.after };
    const scanned = scanPlan(json(plan), 'plan.json', MODEL_READS);
    // Skipped resources are gone from the scanned plan: look the group up by address.
    const change = scanned.json.resource_changes?.find((rc) => rc.address === 'module.net.aws_security_group.web')?.change;
    expect(change?.after).toStrictEqual(group.change.after);
    expect(change?.before).toBe(change?.after);
    expectSame(json(plan));
  });
});

describe('the reader keeps what its caller reads', () => {
  it('parses the resource types of the spec it is given and skips the others', () => {
    const plan = samplePlan();
    // A skipped resource leaves at most a nameless stub (one per module instance path).
    const parsed = (read: ReadSpec): string[] => (scanPlan(json(plan), 'plan.json', read).json.resource_changes ?? []).filter((rc) => rc.name !== '').map((rc) => rc.address);
    expect(parsed(MODEL_READS)).toEqual(['module.net.aws_security_group.web', 'aws_instance.app']);
    expect(parsed({ ...MODEL_READS, types: new Set(['aws_s3_object']) })).toEqual(['aws_s3_object.o', 'module.net.aws_s3_object.o']);
  });

  it('refuses a malformed resource only of a type it reads, as the whole-document reader does', () => {
    const plan = samplePlan();
    (plan.resource_changes as Array<Record<string, unknown>>)[0]!.change = 'gone';
    const spec = { ...MODEL_READS, types: new Set(['aws_s3_object']) };
    expect(() => parsePlan(json(plan), 'plan.json', MODEL_READS)).not.toThrow();
    expect(() => parsePlan(json(plan), 'plan.json', spec)).toThrowError(/^plan\.json: is not valid Terraform plan or state output: the resource_changes entry "aws_s3_object\.o"\.change is a string, not an object$/);
    expect(() => scanPlan(json(plan), 'plan.json', spec)).toThrowError(/is a string, not an object$/);
  });
});

describe('the scanner on broken input', () => {
  const PLAN = readFileSync(join(FIXTURES, 'plans', 'modules.json'));

  // One test per layout, so that each stays well inside the time-out on a loaded machine.
  it.each([
    ['compact', (): Buffer => PLAN],
    ['pretty-printed', (): Buffer => json(JSON.parse(PLAN.toString('utf8')), 2)],
  ])('says "ends unexpectedly", where the full parser does, wherever a %s plan is cut', (_layout, make) => {
    const text = make();
    const step = Math.max(1, Math.floor(text.length / 400));
    for (let cut = 1; cut < text.length; cut += step) {
      const whole = expectSame(text.subarray(0, cut), 'cut.json', cut % 3 === 0 ? [undefined, 7] : [undefined]);
      expect(whole, `cut at ${cut}`).toMatchObject({ error: expect.stringMatching(/^cut\.json: ends unexpectedly at line \d+, column \d+: the file looks truncated/) });
    }
  });

  // Two seeds of 300 broken bytes each, one test each, so that each stays well inside the time-out.
  it.each([7, 11])('gives the full parser message for a broken byte anywhere (seed %i)', (start) => {
    const text = json(samplePlan({ description: 'a "b" \u00e9' }), 1);
    const bad = ['x', '}', ']', ',', ':', '"', '\u0001', '\u00a0', '\\', '1', '-', '.', 'e', 't', 'n', '\n', '\r', ' '];
    let seed = start;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 300; i++) {
      const at = random(text.length);
      const broken = Buffer.concat([text.subarray(0, at), utf8(bad[random(bad.length)] ?? 'x'), text.subarray(at + random(2))]);
      expectSame(broken, 'broken.json', i % 4 === 0 ? [undefined, 7] : [undefined]);
    }
  });

  it.each([
    ['trailing content', `${JSON.stringify(samplePlan())}\n{}\n`],
    ['trailing garbage on the last line', `${JSON.stringify(samplePlan())} x`],
    ['a number cut short', '{"format_version":"1.2","resource_changes":[],"x":1.'],
    ['a malformed number', '{"format_version":"1.2","x":01}'],
    ['a literal cut short', '{"format_version":"1.2","x":tr'],
    ['a literal cut short before a newline', '{"format_version":"1.2","x":tr\n'],
    ['a bad escape', '{"format_version":"1.2","x":"\\q"}'],
    ['a bad \\u escape', '{"format_version":"1.2","x":"\\u12G4"}'],
    ['a raw newline in a string', '{"format_version":"1.2","x":"a\nb"}'],
    ['a string cut at the end of a line', '{"format_version":"1.2","x":"abc\n'],
    ['a non-breaking space after a value', '{"format_version":"1.2"}\u00a0'],
    ['a non-breaking space after a number', '{"format_version":"1.2","x":1\u00a0}'],
    ['a byte-order mark in the middle', '{"format_version":"1.2",\uFEFF"x":1}'],
    ['a trailing comma', '{"format_version":"1.2",}'],
    ['nothing but whitespace', ' \n\t\r\n \u00a0 '],
    ['an array at the top', '[1, 2, {"a": [true, false, null]}]'],
    ['a scalar at the top', '"plan"'],
    ['a raw state', '{"version":4,"terraform_version":"1.9.8","serial":1,"lineage":"x","resources":[{"mode":"managed","instances":[]}]}'],
    ['a raw state without lineage', '{"version":4,"resources":[{"mode":"managed","instances":[{}]}]}'],
    ['a UI log', '{"@level":"info","@message":"Terraform 1.9.8","type":"version"}\n{"@level":"info","@message":"x"}\n'],
    ['human-readable plan text', 'Terraform will perform the following actions:\n\n  # aws_security_group.web will be created\n'],
    ['HCL', 'resource "aws_security_group" "web" {\n  name = "web"\n}\n'],
    ['a Terraform error', '│ Error: Failed to load "tfplan" as a plan file\n'],
    ['a state', '{"format_version":"1.0","terraform_version":"1.9.8","values":{"root_module":{"resources":[]}}}'],
    ['an empty state', '{"format_version":"1.0"}'],
    ['a wrong section type', '{"format_version":"1.2","resource_changes":"none"}'],
    ['a bad format_version', '{"format_version":"2.0","resource_changes":[]}'],
  ])('%s', (_name, text) => {
    expectSame(utf8(text));
  });
});

describe('the scanner and encodings, wrappers', () => {
  const PLAN = JSON.stringify(samplePlan());
  const COMMAND = '[command]/home/runner/work/_temp/0c1d2e3f/terraform-bin show -json tfplan';

  it.each([
    ['a UTF-8 byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(PLAN)])],
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN, 'utf16le')])],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(PLAN, 'utf16le').swap16()])],
    ['UTF-16 without a byte-order mark', Buffer.from(PLAN, 'utf16le')],
    ['a zip (binary plan)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
    ['NUL bytes', Buffer.from([0x7b, 0x00, 0x00, 0x7d])],
    ['invalid UTF-8 inside a string', Buffer.from(PLAN.replace('web tier', 'w\u00e9b tier'), 'latin1')],
    ['invalid UTF-8 at the very end', Buffer.concat([utf8(PLAN), Buffer.from([0xe2, 0x82])])],
    ['invalid UTF-8 outside strings', Buffer.concat([utf8(PLAN.slice(0, -1)), Buffer.from([0xe9]), utf8('}')])],
  ])('%s', (_name, bytes) => {
    expectSame(bytes);
  });

  it.each([
    ['a [command] line', `${COMMAND}\n${PLAN}\n`],
    ['trailing workflow commands, CRLF', `${PLAN}\r\n::debug::Terraform exited with code 0.\r\n::set-output name=exitcode::0\r\n`],
    ['both, with blank lines', `${COMMAND}\n${PLAN}\n\n::debug::stdout: ${'x'.repeat(100)}%0A\n   \n::debug::exitcode: 0\n`],
    ['a workflow command with a space before its "::"', `${PLAN}\n::warning file=main.tf,line=1::careful\n`],
    ['a line of another shape', `[cmd] terraform show -json tfplan\n${PLAN}\n`],
    ['content between workflow commands', `${PLAN}\n::debug::a\nnot a command\n::debug::b\n`],
    ['only wrapper lines', `${COMMAND}\n::debug::Terraform exited with code 1.\n::debug::stdout: \n`],
    ['a broken plan inside the wrapper', `${COMMAND}\n{"format_version": "1.2",\n "planned_values": {]}\n::debug::Terraform exited with code 0.\n`],
    ['a cut plan inside the wrapper', `${COMMAND}\n${PLAN.slice(0, 200)}\n::debug::Terraform exited with code 0.\n`],
    ['a literal cut before the wrapper lines', `{"format_version":"1.2","x":tr\n::debug::x::\n`],
    ['a value cut before a workflow command', `{"format_version":"1.2","x":\n::debug::x::\n`],
    ['a [command] line and nothing else', `${COMMAND}\n`],
    ['a [command] line without a newline', COMMAND],
  ])('%s', (_name, text) => {
    expectSame(utf8(text));
  });

  it('refuses UTF-16 too large for one string, suggesting UTF-8', () => {
    const huge: ByteSource = {
      size: UTF16_MAX_BYTES + 2,
      read: (target, offset, length) => {
        target.fill(0x20, offset, offset + length);
        target.set([0xff, 0xfe].slice(0, length), offset);
        return length;
      },
    };
    expect(() => scanSource(huge, 'big.json', MODEL_READS)).toThrowError(/^big\.json: is UTF-16 and too large to decode \(\d+ MB; .*re-encode it as UTF-8/);
    expect(() => scanSource(huge, 'big.json', MODEL_READS)).not.toThrowError(/\n/);
  });

  it('works on a source that has fewer bytes than it said (a file that shrank)', () => {
    const bytes = utf8(PLAN);
    const source = memorySource(bytes);
    const lying: ByteSource = { size: bytes.length + 100, read: source.read.bind(source) };
    expect(outcome(() => scanSource(lying, 'plan.json', MODEL_READS))).toStrictEqual(outcome(() => parsePlan(bytes, 'plan.json', MODEL_READS)));
  });
});

describe('loadPlan chooses the reader by size', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const PLAN = json(samplePlan(), 1);

  it('scans a file above the threshold', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-guard-test-'));
    try {
      const file = join(dir, 'plan.json');
      writeFileSync(file, PLAN);
      const scanned = await loadPlan(file, MODEL_READS, { scanAbove: 0, windowSize: 7 });
      expect(outcome(() => scanned)).toStrictEqual(outcome(() => parsePlan(PLAN, file, MODEL_READS)));
      writeFileSync(file, PLAN.subarray(0, 100));
      await expect(loadPlan(file, MODEL_READS, { scanAbove: 0 })).rejects.toThrowError(/ends unexpectedly at line \d+, column \d+/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('streams a large stdin through a temporary file, and removes it', async () => {
    const before = new Set(readdirSync(tmpdir()).filter((f) => f.startsWith('sg-guard-stdin-')));
    const chunks = Array.from({ length: Math.ceil(PLAN.length / 50) }, (_, i) => PLAN.subarray(i * 50, (i + 1) * 50));
    vi.spyOn(process, 'stdin', 'get').mockReturnValue(Readable.from(chunks) as unknown as typeof process.stdin);
    const plan = await loadPlan('-', MODEL_READS, { scanAbove: 120 });
    expect(outcome(() => plan)).toStrictEqual(outcome(() => parsePlan(PLAN, '-', MODEL_READS)));
    const after = readdirSync(tmpdir()).filter((f) => f.startsWith('sg-guard-stdin-') && !before.has(f));
    expect(after).toEqual([]);
  });

  it('keeps small stdin in memory, with the same messages', async () => {
    vi.spyOn(process, 'stdin', 'get').mockReturnValue(Readable.from([PLAN.subarray(0, 30)]) as unknown as typeof process.stdin);
    await expect(loadPlan('-', MODEL_READS)).rejects.toThrowError(/^stdin: ends unexpectedly at line \d+, column \d+: the file looks truncated/);
  });
});
