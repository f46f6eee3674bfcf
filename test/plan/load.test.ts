import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MODEL_READS } from '../../src/model/resource-types.js';
import { loadPlan, parsePlan } from '../../src/plan/load.js';
import { InputError, type LoadedPlan } from '../../src/plan/types.js';

const BAD = fileURLToPath(new URL('../../fixtures/bad/', import.meta.url));
/** Real plans shared next to the repository (never copied into it). */
const REAL_PLANS = fileURLToPath(new URL('../../../shared/plans/', import.meta.url));

const bad = (name: string): string => join(BAD, name);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A minimal plan in the shape `terraform show -json` prints (one line). */
const PLAN = JSON.stringify({
  format_version: '1.2',
  terraform_version: '1.9.8',
  planned_values: { root_module: {} },
  resource_changes: [],
  configuration: { root_module: {} },
});

/** Runs parsePlan and returns the InputError it must throw. */
function parseError(bytes: Uint8Array, file = 'plan.json'): InputError {
  try {
    parsePlan(bytes, file, MODEL_READS);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error(`expected ${file} to be rejected`);
}

async function loadError(file: string): Promise<InputError> {
  const err: unknown = await loadPlan(file, MODEL_READS).then(
    () => new Error(`expected ${file} to be rejected`),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

/** Every message is one line that starts with the file. */
function expectOneLineAbout(err: InputError, file: string): void {
  expect(err.message.startsWith(`${file}: `)).toBe(true);
  expect(err.message).not.toMatch(/[\r\n]/);
}

describe('loadPlan on the bad-input fixtures', () => {
  it('explains a saved binary plan and how to convert it', async () => {
    const file = bad('binary-plan.tfplan');
    const err = await loadError(file);
    expectOneLineAbout(err, file);
    expect(err.message).toContain('is a binary plan file');
    expect(err.message).toContain('terraform show -json PLANFILE');
  });

  it('recognises human-readable plan output', async () => {
    const file = bad('plan-text.txt');
    const err = await loadError(file);
    expectOneLineAbout(err, file);
    expect(err.message).toContain('human-readable output');
    expect(err.message).toContain('terraform show -json PLANFILE');
  });

  it('says where a truncated plan ends', async () => {
    const file = bad('truncated.json');
    const size = readFileSync(file).length;
    const err = await loadError(file);
    expectOneLineAbout(err, file);
    expect(err.message).toContain(`ends unexpectedly at line 1, column ${size + 1}: the file looks truncated`);
  });

  it('says an empty file is empty and hints that terraform failed', async () => {
    const file = bad('empty.json');
    const err = await loadError(file);
    expectOneLineAbout(err, file);
    expect(err.message).toContain('is empty');
    expect(err.message).toContain('terraform show -json');
  });

  it('rejects JSON that is not Terraform output', async () => {
    const file = bad('not-a-plan.json');
    const err = await loadError(file);
    expectOneLineAbout(err, file);
    expect(err.message).toContain(
      'is JSON but not Terraform plan or state output (no format_version / planned_values / resource_changes / values)',
    );
  });

  it('recognises a raw terraform.tfstate', async () => {
    const file = bad('raw-tfstate.json');
    const err = await loadError(file);
    expectOneLineAbout(err, file);
    expect(err.message).toContain('is a raw state file; run `terraform show -json` to get the JSON sg-guard reads');
  });

  it('rejects an unsupported format_version', async () => {
    const file = bad('format-v2.json');
    const err = await loadError(file);
    expectOneLineAbout(err, file);
    expect(err.message).toContain('unsupported format_version 2.0 (sg-guard reads 0.x and 1.x from Terraform 0.12+ and OpenTofu)');
  });

  it('reads a UTF-16LE file with a BOM, as PowerShell writes it', async () => {
    const plan = await loadPlan(bad('utf16le-bom.json'), MODEL_READS);
    expect(plan).toMatchObject({ path: bad('utf16le-bom.json'), kind: 'plan', terraformVersion: '1.9.8', formatVersion: '1.2', notices: [] });
    expect(plan.json.resource_changes?.[0]?.address).toBe('aws_security_group.web');
  });

  it('strips setup-terraform wrapper lines and suggests terraform_wrapper: false', async () => {
    const polluted = await loadPlan(bad('wrapper-polluted.json'), MODEL_READS);
    const clean = await loadPlan(bad('utf16le-bom.json'), MODEL_READS);
    expect(polluted.kind).toBe('plan');
    expect(polluted.json).toEqual(clean.json);
    expect(polluted.notices).toHaveLength(1);
    expect(polluted.notices[0]).toContain('setup-terraform');
    expect(polluted.notices[0]).toContain('terraform_wrapper: false');
  });
});

describe('loadPlan read failures', () => {
  it('reports a missing file', async () => {
    const file = bad('no-such-plan.json');
    const err = await loadError(file);
    expect(err.message).toBe(`${file}: cannot read file: no such file`);
    expect(err.file).toBe(file);
  });

  it('reports a directory', async () => {
    const err = await loadError(BAD);
    expect(err.message).toBe(`${BAD}: cannot read file: is a directory`);
  });
});

describe('loadPlan from stdin', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  function fakeStdin(stream: object): void {
    vi.spyOn(process, 'stdin', 'get').mockReturnValue(stream as typeof process.stdin);
  }

  it("reads all of stdin for '-' (arriving in pieces)", async () => {
    fakeStdin(Readable.from([Buffer.from(PLAN.slice(0, 20)), Buffer.from(PLAN.slice(20))]));
    const plan = await loadPlan('-', MODEL_READS);
    expect(plan).toMatchObject({ path: '-', kind: 'plan', terraformVersion: '1.9.8', formatVersion: '1.2' });
  });

  it('calls stdin "stdin" in messages', async () => {
    fakeStdin(Readable.from([Buffer.from('')]));
    const err = await loadError('-');
    expectOneLineAbout(err, 'stdin');
    expect(err.message).toContain('is empty');
  });

  it('refuses to wait on an interactive terminal', async () => {
    fakeStdin({ isTTY: true });
    const err = await loadError('-');
    expectOneLineAbout(err, 'stdin');
    expect(err.message).toContain('is a terminal');
  });
});

describe('parsePlan encodings and binary input', () => {
  it('reads UTF-8 with a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(PLAN)]);
    expect(parsePlan(bytes, 'bom.json', MODEL_READS)).toMatchObject({ kind: 'plan', formatVersion: '1.2', notices: [] });
  });

  it('reads UTF-16BE with a BOM', () => {
    const le = Buffer.from(`${PLAN}\r\n`, 'utf16le');
    const be = Buffer.from(le).swap16();
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
    expect(parsePlan(bytes, 'be.json', MODEL_READS)).toMatchObject({ kind: 'plan', terraformVersion: '1.9.8' });
  });

  it('reads invalid UTF-8 with a notice rather than failing', () => {
    const text = PLAN.replace('"planned_values"', '"variables":{"owner":{"value":"Ren\uFFFD"}},"planned_values"');
    const bytes = Buffer.from(text.replace('\uFFFD', '#'));
    bytes[bytes.indexOf('#')] = 0xe9; // "é" in Windows-1252, invalid on its own in UTF-8
    const plan = parsePlan(bytes, 'latin1.json', MODEL_READS);
    expect(plan.kind).toBe('plan');
    expect(plan.notices.join(' ')).toContain('not valid UTF-8');
  });

  it('says other binary content is not text', () => {
    const err = parseError(new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]), 'plan.json.gz');
    expectOneLineAbout(err, 'plan.json.gz');
    expect(err.message).toContain('is not text');
  });

  it('hints at UTF-16 without a byte-order mark', () => {
    const err = parseError(Buffer.from(PLAN, 'utf16le'), 'nobom.json');
    expect(err.message).toContain('is not text');
    expect(err.message).toContain('UTF-16 without a byte-order mark');
  });

  it('says a whitespace-only file is empty', () => {
    expect(parseError(utf8(' \r\n\t\n')).message).toContain('plan.json: is empty');
  });
});

describe('parsePlan on text that is not plan JSON', () => {
  it.each([
    ['"No changes" output', 'No changes. Your infrastructure matches the configuration.\n\nTerraform has compared your real infrastructure against your configuration\n'],
    ['a resource line', '\n  # module.net.aws_security_group.db will be updated in-place\n  ~ resource "aws_security_group" "db" {\n'],
    ['a plan summary', 'Plan: 2 to add, 1 to change, 0 to destroy.\n'],
    ['coloured output', '\u001b[0m\u001b[1maws_vpc.main: Refreshing state...\u001b[0m\n'],
    ['OpenTofu output', 'OpenTofu will perform the following actions:\n'],
  ])('recognises %s as human-readable', (_name, text) => {
    const err = parseError(utf8(text), 'plan.txt');
    expectOneLineAbout(err, 'plan.txt');
    expect(err.message).toContain('human-readable output');
  });

  it('recognises the streaming log of terraform plan -json', () => {
    const log = [
      '{"@level":"info","@message":"Terraform 1.9.8","@module":"terraform.ui","type":"version","terraform":"1.9.8","ui":"1.2"}',
      '{"@level":"info","@message":"aws_security_group.web: Plan to create","@module":"terraform.ui","type":"planned_change"}',
    ].join('\n');
    expect(parseError(utf8(log)).message).toContain('streaming log of `terraform plan -json`');
    expect(parseError(utf8(log.split('\n')[0] ?? '')).message).toContain('streaming log');
  });

  it('quotes a captured Terraform error', () => {
    const text = '╷\n│ Error: Failed to load "tfplan" as a plan file\n│ \n│ Error: stat tfplan: no such file or directory\n╵\n';
    const err = parseError(utf8(text));
    expectOneLineAbout(err, 'plan.json');
    expect(err.message).toContain('Error: Failed to load "tfplan" as a plan file');
  });

  it('recognises Terraform configuration', () => {
    const err = parseError(utf8('resource "aws_security_group" "web" {\n  name = "web"\n}\n'), 'main.tf');
    expect(err.message).toContain('Terraform configuration (HCL)');
  });
});

describe('parsePlan on invalid JSON', () => {
  it('gives line and column of a syntax error', () => {
    const text = '{\n  "format_version": "1.2",\n  "resource_changes": [tru e]\n}\n';
    const err = parseError(utf8(text));
    expectOneLineAbout(err, 'plan.json');
    expect(err.message).toContain('is not valid JSON');
    expect(err.message).toContain('line 3, column 24');
  });

  it('points at a trailing comma', () => {
    const err = parseError(utf8('{\n  "format_version": "1.2",\n}\n'));
    expect(err.message).toContain("found '}' at line 3, column 1");
  });

  it('reports a cut-off pretty-printed plan as truncated, at its last character', () => {
    const pretty = JSON.stringify(JSON.parse(PLAN), null, 2);
    const cut = pretty.slice(0, pretty.indexOf('"resource_changes"') + 10);
    const lines = cut.split('\n');
    const err = parseError(utf8(`${cut}\n\n`));
    expect(err.message).toContain(`ends unexpectedly at line ${lines.length}, column ${(lines.at(-1) ?? '').length + 1}: the file looks truncated`);
  });

  it('reports content after the JSON value', () => {
    const err = parseError(utf8(`${PLAN}\n${PLAN}\n`));
    expect(err.message).toContain("unexpected '{' after the end of the JSON value at line 2, column 1");
  });

  it('keeps control characters out of the message', () => {
    const err = parseError(utf8('{"format_version": "1.\u0007"}'));
    expectOneLineAbout(err, 'plan.json');
    expect(err.message).toContain('control character U+0007');
  });
});

describe('parsePlan and the setup-terraform wrapper', () => {
  const COMMAND = '[command]/home/runner/work/_temp/0c1d2e3f/terraform-bin show -json tfplan';

  it('strips only a leading [command] line', () => {
    const plan = parsePlan(utf8(`${COMMAND}\n${PLAN}\n`), 'plan.json', MODEL_READS);
    expect(plan.kind).toBe('plan');
    expect(plan.notices[0]).toContain('terraform_wrapper: false');
  });

  it('strips only trailing workflow-command lines, with CRLF line ends', () => {
    const text = `${PLAN}\r\n::debug::Terraform exited with code 0.\r\n::set-output name=exitcode::0\r\n`;
    expect(parsePlan(utf8(text), 'plan.json', MODEL_READS).notices[0]).toContain('::debug::');
  });

  it('does not strip lines of other shapes', () => {
    const err = parseError(utf8(`[cmd] terraform show -json tfplan\n${PLAN}\n`));
    expect(err.message).not.toContain('wrapper');
  });

  it('says when the wrapper lines are all there is', () => {
    const err = parseError(utf8(`${COMMAND}\n::debug::Terraform exited with code 1.\n::debug::stdout: \n`));
    expectOneLineAbout(err, 'plan.json');
    expect(err.message).toContain('no plan JSON');
    expect(err.message).toContain('terraform_wrapper: false');
  });

  it('blames the wrapper when the rest still does not parse, with the line in the file', () => {
    const err = parseError(utf8(`${COMMAND}\n{"format_version": "1.2",\n "planned_values": {]}\n::debug::Terraform exited with code 0.\n`));
    expectOneLineAbout(err, 'plan.json');
    expect(err.message).toContain('setup-terraform wrapper');
    expect(err.message).toContain('terraform_wrapper: false');
    expect(err.message).toContain('line 3, column 21');
  });
});

describe('parsePlan classification', () => {
  const parse = (value: unknown): LoadedPlan => parsePlan(utf8(JSON.stringify(value)), 'in.json', MODEL_READS);
  const reject = (value: unknown): string => parseError(utf8(JSON.stringify(value)), 'in.json').message;

  it.each(['0.1', '0.2', '1.0', '1.1', '1.2', '1.7'])('accepts format_version %s', (version) => {
    expect(parse({ format_version: version, resource_changes: [] }).formatVersion).toBe(version);
  });

  it.each(['2.0', '10.1', 'one'])('rejects format_version %s', (version) => {
    expect(reject({ format_version: version, resource_changes: [] })).toContain(`unsupported format_version ${version}`);
  });

  it('accepts a plan without format_version, with a notice', () => {
    const plan = parse({ terraform_version: '1.5.7', planned_values: {}, resource_changes: [] });
    expect(plan).toMatchObject({ kind: 'plan', formatVersion: null, terraformVersion: '1.5.7' });
    expect(plan.notices[0]).toContain('no format_version');
  });

  it('accepts a non-string format_version, with a notice', () => {
    const plan = parse({ format_version: 1.2, resource_changes: [] });
    expect(plan.formatVersion).toBeNull();
    expect(plan.notices[0]).toContain('not a string');
  });

  it('reads state output as a state', () => {
    const state = parse({ format_version: '1.0', terraform_version: '1.9.8', values: { root_module: { resources: [] } } });
    expect(state).toMatchObject({ kind: 'state', formatVersion: '1.0', terraformVersion: '1.9.8', notices: [] });
  });

  it('accepts an empty state', () => {
    expect(parse({ format_version: '1.0' })).toMatchObject({ kind: 'state', terraformVersion: null });
  });

  it('treats null sections as absent', () => {
    const plan = parse({ format_version: '1.2', planned_values: {}, resource_changes: null });
    expect(plan.json.resource_changes).toBeUndefined();
  });

  it('rejects a section of the wrong type', () => {
    expect(reject({ format_version: '1.2', resource_changes: 'none' })).toContain('"resource_changes" should be an array but is a string');
  });

  it('rejects non-objects and unrelated objects', () => {
    expect(reject([PLAN])).toContain('not Terraform plan or state output (the top level is an array, not an object)');
    expect(reject({ configuration: { root_module: {} } })).toContain('not Terraform plan or state output');
    expect(reject({ format_version: '1.0', provider_schemas: {} })).toContain('not Terraform plan or state output');
  });

  it('recognises a Terraform 0.11 raw state', () => {
    expect(reject({ version: 3, terraform_version: '0.11.14', serial: 2, lineage: 'x', modules: [] })).toContain('is a raw state file');
  });
});

/** The INDEX.md table: file name → [terraform_version, format_version]. */
function indexedVersions(dir: string): Map<string, [string, string]> {
  const rows = new Map<string, [string, string]>();
  for (const line of readFileSync(join(dir, 'INDEX.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const [, file, , , , terraform, format] = cells;
    if (file?.endsWith('.json') && terraform && format) rows.set(file, [terraform, format]);
  }
  return rows;
}

const haveRealPlans = existsSync(REAL_PLANS);
describe.skipIf(!haveRealPlans)(
  haveRealPlans ? `real plans in ${REAL_PLANS}` : `real plans (skipped: ${REAL_PLANS} does not exist)`,
  () => {
    const files = haveRealPlans ? readdirSync(REAL_PLANS).filter((name) => name.endsWith('.json')) : [];
    const versions = haveRealPlans ? indexedVersions(REAL_PLANS) : new Map<string, [string, string]>();
    const wrappers = files.filter((name) => name.startsWith('scalr-opa__'));
    const plans = files.filter((name) => !name.startsWith('scalr-opa__'));

    it('has the expected files, including the UTF-16 one', () => {
      expect(wrappers).toHaveLength(2);
      expect(plans).toContain('TEAM3-INFRA-FRAME__infra_tfplan.json');
      expect(plans.length).toBeGreaterThan(30);
    });

    it.each(plans)('loads %s', async (name) => {
      const plan = await loadPlan(join(REAL_PLANS, name), MODEL_READS);
      expect(plan.kind).toBe('plan');
      expect(plan.notices).toEqual([]);
      const expected = versions.get(name);
      expect(expected, `${name} is listed in INDEX.md`).toBeDefined();
      expect([plan.terraformVersion, plan.formatVersion]).toEqual(expected);
    });

    it.each(wrappers)('rejects the wrapper file %s', async (name) => {
      const file = join(REAL_PLANS, name);
      const err = await loadError(file);
      expectOneLineAbout(err, file);
      expect(err.message).toContain('is JSON but not Terraform plan or state output');
    });
  },
);
