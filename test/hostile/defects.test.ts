/**
 * Regression tests for the defects of issue 13: what a pull request writes
 * (plan, .tf, config, comments) can neither crash, hang, fool nor speak
 * through the check. Each case failed before its fix.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { parseCommand } from '../../src/commands/parse.js';
import { InputError } from '../../src/plan/types.js';
import { loadSources } from '../../src/source/index.js';
import { oneLineError, runMain } from '../support/main.js';
import { group, plan, rule, sshWorld, tempDir, writePlan, type JsonObject } from './plans.js';

/** The scanner path (inputs above 16 MB) on a small file: runCheck with the threshold at 0. */
async function scanned(path: string): Promise<string | null> {
  try {
    await runCheck({ plans: [path], root: false, load: { scanAbove: 0 } });
    return null;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return err.message;
  }
}

async function expectRefused(value: unknown, mention?: RegExp): Promise<void> {
  const path = writePlan(value);
  const r = await runMain(['check', path, '--format', 'json']);
  expect(oneLineError(r), `small path: ${r.stderr}`).toBe(true);
  expect(r.stderr).toContain(path);
  if (mention) expect(r.stderr).toMatch(mention);
  const message = await scanned(path);
  expect(message, 'scanner path').not.toBeNull();
  expect(message).not.toContain('\n');
  expect(message).toContain(path);
}

describe('1. local modules that call each other', () => {
  it('are walked in bounded time, the cycle reported in one line', async () => {
    const root = tempDir('sg-guard-cycle-');
    const n = 8;
    for (let i = 0; i < n; i++) {
      mkdirSync(join(root, `d${i}`));
      const calls = Array.from({ length: n }, (_, j) => (j === i ? '' : `module "m${j}" {\n  source = "../d${j}"\n}\n`)).join('');
      writeFileSync(join(root, `d${i}`, 'main.tf'), `resource "aws_security_group" "web" {\n  name = "web${i}"\n}\n${calls}`);
    }
    const index = await loadSources(join(root, 'd0'), undefined, root);
    expect(index.modules.length).toBeLessThan(2000);
    const cycles = index.unreadable.filter((u) => /cycle/.test(u.reason));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.reason).not.toContain('\n');
  }, 10_000);
});

describe('2. custom rule titles', () => {
  it('are escaped in the inline comments and the summary, and get no docs link', async () => {
    const dir = tempDir();
    const path = writePlan(sshWorld(), 'plan.json', dir);
    writeFileSync(join(dir, 'main.tf'), 'resource "aws_security_group_rule" "fail_ssh" {\n  type = "ingress"\n}\n');
    const config = join(dir, 'sg.yml');
    writeFileSync(config, 'custom-rules:\n  - name: no-public-forged\n    severity: critical\n    ports: [22]\n    title: "@octocat [x](https://evil.example) <!-- sg-guard:summary sg-guard --> <img src=x>"\n');
    const r = await runMain(['review', path, '--config', config]);
    expect(r.stdout).toContain('no-public-forged');
    expect(r.stdout).not.toMatch(/@octocat/);
    expect(r.stdout).not.toContain('](https://evil');
    // The summary's own marker, once; the title's copy is escaped.
    expect(r.stdout.split('<!-- sg-guard:summary').length).toBe(2);
    expect(r.stdout).not.toContain('<img');
    expect(r.stdout).not.toContain('docs/rules/no-public-forged');
    const md = await runMain(['check', path, '--config', config, '--format', 'markdown']);
    expect(md.stdout).toContain('no-public-forged');
    expect(md.stdout).not.toMatch(/@octocat/);
    expect(md.stdout).not.toContain('<!-- sg-guard:summary sg-guard');
  });
});

describe('3. graph', () => {
  const hostile = plan([
    group('web', { id: 'sg-1\n::error title=forged::x' }),
    rule('fail_pl', { cidr_blocks: [], prefix_list_ids: ['pl-\u001b]0;owned\u0007\u001b[2J\u0000'], security_group_id: 'sg-1\n::error title=forged::x' }),
    rule('fail_mermaid', { cidr_blocks: ['0.0.0.0/0'], description: '%%{init: {"theme":"dark"}}%%', security_group_id: 'sg-1\n::error title=forged::x' }),
  ]);
  it.each(['text', 'mermaid', 'dot', 'json'])('prints no workflow command, control character or Mermaid directive (%s)', async (format) => {
    const r = await runMain(['graph', writePlan(hostile), '--format', format]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/^\s*::/m);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(r.stdout).not.toContain('%%{');
  });
});

describe('4. unknown and impossible ports', () => {
  it('reports ports unknown until apply from the internet, at least high', async () => {
    const r = await runMain(['check', writePlan(sshWorld({ from_port: null, to_port: null }, { from_port: true, to_port: true })), '--format', 'json']);
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout).findings as Array<{ rule: string; severity: string }>;
    expect(findings.find((f) => f.rule === 'unknown-port')?.severity).toMatch(/high|critical/);
  });
  it('reports a protocol unknown until apply', async () => {
    const r = await runMain(['check', writePlan(sshWorld({ protocol: null }, { protocol: true })), '--format', 'json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('unknown-port');
  });
  it('reports a reversed range (Terraform plans it, AWS refuses it at apply) instead of reading it as no ports', async () => {
    const r = await runMain(['check', writePlan(sshWorld({ from_port: 23, to_port: 21 })), '--format', 'json']);
    expect(r.status).toBe(1);
    const f = (JSON.parse(r.stdout).findings as Array<{ rule: string; severity: string; message: string }>).find((x) => x.rule === 'unknown-port');
    expect(f?.severity).toBe('high');
    expect(f?.message).toContain('from_port 23 is above to_port 21');
  });
  it.each([
    ['"abc"', { from_port: 'abc' }],
    ['1e400', { from_port: '__1e400__', to_port: '__1e400__' }],
    ['true', { from_port: true }],
    ['{}', { to_port: {} }],
    ['""', { from_port: '' }],
    ['22.5', { from_port: 22.5, to_port: 22.5 }],
    ['-22', { from_port: -22, to_port: -22 }],
    ['0-70000', { from_port: 0, to_port: 70000 }],
    ['protocol "abc"', { protocol: 'abc' }],
  ])('refuses port %s, naming the resource', async (_, values) => {
    const r = await runMain(['check', writePlan(JSON.stringify(sshWorld(values as JsonObject)).replaceAll('"__1e400__"', '1e400'))]);
    expect(oneLineError(r), r.stderr).toBe(true);
    expect(r.stderr).toContain('aws_security_group_rule.fail_ssh');
  });
});

describe('5. one line, never a stack', () => {
  const base = (): JsonObject => sshWorld();
  const cases: Array<[string, () => unknown]> = [
    ['"type": null', () => plan([group('web'), { ...rule('fail_ssh'), type: null }])],
    ['"actions": 0', () => plan([group('web'), { ...rule('fail_ssh'), change: { ...(rule('fail_ssh').change as JsonObject), actions: 0 } }])],
    ['configuration resources not a list', () => ({ ...base(), configuration: { root_module: { resources: {} } } })],
    ['configuration resources [null]', () => ({ ...base(), configuration: { root_module: { resources: [null] } } })],
    [
      'references: [null]',
      () => ({
        ...base(),
        configuration: { root_module: { resources: [{ address: 'aws_security_group_rule.fail_ssh', mode: 'managed', type: 'aws_security_group_rule', name: 'fail_ssh', expressions: { security_group_id: { references: [null] } } }] } },
      }),
    ],
    ['state resources [null]', () => ({ format_version: '1.0', values: { root_module: { resources: [null] } } })],
    [
      'module_calls 5,000 deep',
      // Written as text: JSON.stringify itself recurses.
      () => JSON.stringify({ ...base(), configuration: { root_module: '@' } }).replace('"@"', `${'{"module_calls":{"m":{"source":"./m","module":'.repeat(5000)}{}${'}}}'.repeat(5000)}`),
    ],
    [
      'child_modules 20,000 deep',
      () => `{"format_version":"1.0","values":{"root_module":${'{"resources":[],"child_modules":['.repeat(20000)}{}${']}'.repeat(20000)}}}`,
    ],
  ];
  it.each(cases)('%s gives exit 2 and one line on both readers', async (_, make) => {
    await expectRefused(make());
  });

  it('a value too long to hold gives one line (scanner)', async () => {
    const path = writePlan(sshWorld({ description: 'x'.repeat(4096) }));
    await expect(runCheck({ plans: [path], root: false, load: { scanAbove: 0, maxValueBytes: 1024 } })).rejects.toThrow(/line 1, column \d+ larger than sg-guard can read/);
  });

  it.each([
    ['an alias bomb', 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n'],
    ['an unresolved alias', 'fail-on: *nowhere\n'],
  ])('a config with %s gives one line', async (_, yaml) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'c.yml'), yaml);
    const r = await runMain(['check', writePlan(sshWorld(), 'plan.json', dir), '--config', join(dir, 'c.yml')]);
    expect(oneLineError(r), r.stderr).toBe(true);
    expect(r.stderr).toContain('c.yml');
  });
});

describe('6. malformed resources are never dropped silently', () => {
  it.each([
    ['a raw newline', 'aws_security_group_rule.fail\nssh'],
    ['a tab', 'aws_security_group_rule.fail\tssh'],
    ['a NUL', 'aws_security_group_rule.fail\u0000ssh'],
    ['a slash', 'aws_security_group_rule/fail_ssh'],
    ['nothing', ''],
  ])('an address with %s', async (_, address) => {
    await expectRefused(plan([group('web'), rule('fail_ssh', {}, {}, address)]));
  });
  it('ingress given as an object', async () => {
    await expectRefused(plan([group('fail_web', { ingress: { protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] } })]), /ingress/);
  });
  it('state resources given as an object', async () => {
    await expectRefused({ format_version: '1.0', values: { root_module: { resources: {} } } }, /resources/);
  });
});

describe('7. odd acceptances', () => {
  it('format_version "1" gets a message that holds together', async () => {
    const r = await runMain(['check', writePlan({ ...sshWorld(), format_version: '1' })]);
    expect(oneLineError(r), r.stderr).toBe(true);
    expect(r.stderr).not.toMatch(/unsupported format_version 1 \(sg-guard reads 0\.x and 1\.x/);
  });
  it('review --diff of a file that is not a diff is refused', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.diff'), 'hello, this is not a diff\n');
    const r = await runMain(['review', writePlan(sshWorld(), 'plan.json', dir), '--diff', join(dir, 'x.diff')]);
    expect(oneLineError(r), r.stderr).toBe(true);
    expect(r.stderr).toContain('x.diff');
  });
  it('--max-inline-comments -1 gets one line', async () => {
    const r = await runMain(['review', writePlan(sshWorld()), '--max-inline-comments', '-1']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').filter((l) => l && !l.startsWith("Run 'sg-guard help'"))).toHaveLength(1);
  });
  it('the two halves of the internet name only the ports both cover', async () => {
    const r = await runMain([
      'check',
      writePlan(plan([group('web'), rule('fail_a', { from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/1'] }), rule('fail_b', { from_port: 0, to_port: 65535, cidr_blocks: ['128.0.0.0/1'] })])),
      '--format',
      'json',
    ]);
    const changes = JSON.parse(r.stdout).plans[0].exposureChanges as string[];
    const internet = changes.filter((c) => c.includes('the internet'));
    expect(internet.length).toBeGreaterThan(0);
    for (const c of internet) expect(c).not.toMatch(/0-65535|all ports/);
  });
});

describe('8. config errors', () => {
  it('never echo raw control characters', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'c.yml'), '"bad\\n\\u001b[2Jkey": 1\n');
    const r = await runMain(['check', writePlan(sshWorld(), 'plan.json', dir), '--config', join(dir, 'c.yml')]);
    expect(oneLineError(r), r.stderr).toBe(true);
    expect(r.stderr).not.toContain('\u001b');
  });
  it('refuse rules given as an ordered map instead of ignoring them', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'c.yml'), 'rules: !!omap\n  - no-public-ssh: "off"\n');
    const r = await runMain(['check', writePlan(sshWorld(), 'plan.json', dir), '--config', join(dir, 'c.yml'), '--format', 'json']);
    // Either honoured (the rule is off) or refused; never silently ignored.
    if (r.status === 2) expect(oneLineError(r), r.stderr).toBe(true);
    else expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).not.toContain('no-public-ssh');
  });
});

describe('9. commands in an indented code block', () => {
  it('are not carried out', () => {
    for (const body of ['    /sg-guard ignore 0123456789ab reason: in code', '\t/sg-guard ignore 0123456789ab reason: in code', '  \t/sg-guard recheck']) {
      expect(parseCommand(body)).toEqual({ kind: 'none' });
    }
    expect(parseCommand('   /sg-guard recheck')).toEqual({ kind: 'command', command: { verb: 'recheck' } });
  });
});

describe('10. --output', () => {
  it('never overwrites the plan', async () => {
    const path = writePlan(sshWorld());
    const before = readFileSync(path, 'utf8');
    const r = await runMain(['check', path, '--output', path]);
    expect(oneLineError(r), r.stderr).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});
