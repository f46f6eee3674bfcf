/**
 * Exact lines for findings of the real pipeline (parsePlan → buildModel →
 * evaluate → locateFindings) on the fixture projects under fixtures/projects.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/types.js';
import { locateProject } from './run.js';

const BRIEF_RULES = new Set(['no-public-ssh', 'no-public-rdp', 'no-public-database', 'no-public-all-traffic', 'unknown-peer']);

/** A block of `file`, from `line` to `endLine`. */
function at(file: string, line: number, endLine: number): Finding['location'] {
  return { file, line, endLine };
}

/** The offending value's line in the block from `blockLine` to `endLine`: where a finding points. */
function valueAt(file: string, line: number, block: [number, number]): Finding['location'] {
  return { file, line, endLine: block[1], blockLine: block[0] };
}

describe('inline rules, standalone rules and JSON (fixtures/projects/inline)', async () => {
  const p = await locateProject('inline');
  const main = 'fixtures/projects/inline/main.tf';
  const rules = 'fixtures/projects/inline/rules.tf';
  const json = 'fixtures/projects/inline/json.tf.json';

  it('locates every finding: every resource is on disk', () => {
    expect(p.index.unreadable).toEqual([]);
    expect(p.findings.filter((f) => f.location === null).map((f) => `${f.rule} ${f.resource}`)).toEqual([]);
  });

  it('the public-exposure rules flag fail_* resources only', () => {
    const flagged = new Set(p.findings.filter((f) => BRIEF_RULES.has(f.rule)).map((f) => f.resource.replace(/\[.*$/, '').split('.')[1]));
    expect([...flagged].sort()).toEqual([
      'fail_attr', 'fail_counted', 'fail_dup', 'fail_each', 'fail_json', 'fail_json_all', 'fail_ssh_rule', 'fail_vpc_rdp', 'fail_web',
    ]);
  });

  it('matches inline blocks by their values, not by the plan order', () => {
    // The plan lists 3389, 22, 443; the source 443, 22, 3389.
    const ssh = p.find('no-public-ssh', 'aws_security_group.fail_web');
    expect(ssh.path).toBe('ingress[1]');
    expect(ssh.location).toEqual(valueAt(main, 45, [38, 47]));
    const rdp = p.find('no-public-rdp', 'aws_security_group.fail_web');
    expect(rdp.path).toBe('ingress[0]');
    expect(rdp.location).toEqual(valueAt(main, 55, [51, 56]));
    expect(p.index.locate(ssh)).toMatchObject({ kind: 'rule-block', valueLine: 45 });
    expect(p.index.locate(rdp)).toMatchObject({ kind: 'rule-block', valueLine: 55 });
  });

  it('falls back to the resource block when two blocks are written alike', () => {
    const dup = p.find('no-public-ssh', 'aws_security_group.fail_dup');
    expect(dup.location).toEqual(at(main, 66, 82));
    expect(p.index.locate(dup)).toMatchObject({ kind: 'resource', valueLine: null });
  });

  it('maps count and for_each instances to their one block', () => {
    for (const i of [0, 1]) expect(p.find('no-public-database', `aws_security_group.fail_counted[${i}]`).location).toEqual(valueAt(main, 92, [88, 93]));
    const a = p.find('no-public-ssh', 'aws_security_group.fail_each["a"]');
    // The static block's peer is `each.value`; the dynamic block's literal CIDR rules it out.
    expect(a.location).toEqual(valueAt(main, 104, [100, 105]));
    expect(p.index.locate(a)?.valueLine).toBe(104);
    expect(p.findings.some((f) => BRIEF_RULES.has(f.rule) && f.resource === 'aws_security_group.fail_each["b"]')).toBe(false);
  });

  it('matches elements of attribute syntax (`ingress = [{...}]`)', () => {
    const f = p.find('no-public-database', 'aws_security_group.fail_attr');
    expect(f.location).toEqual(valueAt(main, 126, [121, 131]));
    expect(p.index.locate(f)?.valueLine).toBe(126);
  });

  it('points standalone rules at their resource and the offending CIDR line', () => {
    const ssh = p.find('no-public-ssh', 'aws_security_group_rule.fail_ssh_rule');
    expect(ssh.location).toEqual(valueAt(rules, 15, [7, 17]));
    expect(p.index.locate(ssh)).toMatchObject({ kind: 'resource', valueLine: 15 });
    const rdp = p.find('no-public-rdp', 'aws_vpc_security_group_ingress_rule.fail_vpc_rdp');
    expect(rdp.location).toEqual(valueAt(rules, 25, [20, 26]));
    expect(p.index.locate(rdp)).toMatchObject({ kind: 'resource', valueLine: 25 });
  });

  it('reads .tf.json files', () => {
    const db = p.find('no-public-database', 'aws_security_group.fail_json');
    expect(db.location).toEqual(valueAt(json, 28, [23, 33]));
    expect(p.index.locate(db)).toMatchObject({ kind: 'rule-block', valueLine: 28 });
    const all = p.find('no-public-all-traffic', 'aws_security_group_rule.fail_json_all');
    expect(all.location).toEqual(valueAt(json, 44, [38, 45]));
    expect(p.index.locate(all)?.valueLine).toBe(44);
  });

  it('does not take blocks from heredocs or comments', () => {
    expect(p.index.locate({ ...p.find('no-public-ssh', 'aws_security_group.fail_web'), resource: 'aws_security_group.heredoc' })).toBeNull();
    // fail_web is also written inside the block comment at the top: the real one is found.
    expect(p.index.locate({ ...p.find('no-public-ssh', 'aws_security_group.fail_web'), path: '' })?.location).toEqual(at(main, 23, 64));
  });

  it('narrows to the element named by a peer path', () => {
    const ssh = p.find('no-public-ssh', 'aws_security_group.fail_web');
    expect(p.index.locate({ ...ssh, peer: '10.0.0.0/8', peerPath: 'ingress[1].cidr_blocks[0]' })?.valueLine).toBe(44);
    expect(p.index.locate({ ...ssh, peerPath: 'ingress[1].cidr_blocks[1]' })?.valueLine).toBe(45);
  });

  it('locates egress blocks, and whole unknown lists at what computes them', () => {
    const egress = { resource: 'aws_security_group.fail_web', path: 'egress[0]', direction: 'egress', protocol: 'all', fromPort: 0, toPort: 65535, peer: '0.0.0.0/0', peerKind: 'cidr' } as const;
    expect(p.index.locate(egress)).toMatchObject({ location: at(main, 58, 63), kind: 'rule-block', valueLine: 62 });
    const unknown = { resource: 'aws_security_group.fail_each["a"]', path: 'ingress', direction: 'ingress', protocol: 'unknown', fromPort: null, toPort: null, peer: 'unknown until apply (ingress)', peerKind: 'unknown' } as const;
    expect(p.index.locate(unknown)).toMatchObject({ location: at(main, 96, 116), kind: 'resource', valueLine: 107 });
  });

  it('gives the suppression comments before the rule block and its resource', () => {
    const rdp = p.find('no-public-rdp', 'aws_security_group.fail_web');
    expect(p.index.suppressionsFor(rdp.location!)).toEqual([
      { rule: 'no-public-rdp', reason: 'reviewed with the vendor', line: 22 },
      { rule: 'no-public-rdp', reason: 'vendor jump host, ticket OPS-12', line: 49 },
      { rule: 'unknown-peer', reason: '', line: 50 },
    ]);
    const ssh = p.find('no-public-ssh', 'aws_security_group.fail_web');
    expect(p.index.suppressionsFor(ssh.location!)).toEqual([{ rule: 'no-public-rdp', reason: 'reviewed with the vendor', line: 22 }]);
    expect(p.index.suppressionsFor(p.find('no-public-rdp', 'aws_vpc_security_group_ingress_rule.fail_vpc_rdp').location!)).toEqual([{ rule: 'no-public-rdp', reason: '', line: 19 }]);
    expect(p.index.suppressionsFor(p.find('no-public-ssh', 'aws_security_group.fail_dup').location!)).toEqual([]);
    // JSON has no comments; a "//" property holds the directive.
    expect(p.index.suppressionsFor(p.find('no-public-database', 'aws_security_group.fail_json').location!)).toEqual([
      { rule: 'no-public-database', reason: 'legacy reporting box', line: 9 },
    ]);
    expect(p.index.suppressionsFor({ file: 'elsewhere.tf', line: 1, endLine: 2 })).toEqual([]);
  });
});

describe('modules (fixtures/projects/modules)', async () => {
  const p = await locateProject('modules');
  const dir = 'fixtures/projects/modules';

  it('follows local modules two levels deep, for every module instance', () => {
    for (const key of ['blue', 'green']) {
      const ssh = p.find('no-public-ssh', `module.app["${key}"].aws_security_group.fail_app`);
      expect(ssh.location).toEqual(valueAt(`${dir}/modules/app/main.tf`, 14, [9, 15]));
      expect(p.index.locate(ssh)?.valueLine).toBe(14);
      const db = p.find('no-public-database', `module.app["${key}"].module.rules.aws_security_group_rule.fail_db`);
      expect(db.location).toEqual(valueAt(`${dir}/modules/rules/main.tf`, 17, [10, 18]));
      expect(p.index.locate(db)?.valueLine).toBe(17);
    }
    expect(p.find('no-public-all-traffic', 'aws_security_group.fail_root[0]').location).toEqual(valueAt(`${dir}/main.tf`, 43, [39, 44]));
  });

  it('points at the module block when the module is remote', () => {
    const git = p.find('no-public-rdp', 'module.git_sg.aws_security_group_rule.ingress_rules[0]');
    expect(git.location).toEqual({ ...at(`${dir}/main.tf`, 23, 25), module: { kind: 'remote', source: 'git::https://example.com/network/sg.git?ref=v1.2.0' } });
    expect(p.index.locate(git)).toMatchObject({
      kind: 'module-call',
      valueLine: 24,
      module: { path: 'module.git_sg', kind: 'remote', source: 'git::https://example.com/network/sg.git?ref=v1.2.0' },
    });
    const registry = p.find('no-public-ssh', 'module.remote_sg.aws_security_group_rule.ingress_rules[0]');
    expect(registry.location).toEqual({ ...at(`${dir}/main.tf`, 14, 21), module: { kind: 'remote', source: 'terraform-aws-modules/security-group/aws' } });
    expect(p.index.locate(registry)?.module).toMatchObject({ kind: 'remote', source: 'terraform-aws-modules/security-group/aws' });
    expect(p.index.suppressionsFor(registry.location!)).toEqual([{ rule: 'no-public-ssh', reason: "the registry module's bastion group", line: 13 }]);
  });

  it('points at the module block when a local module is not on disk', () => {
    const gone = p.find('no-public-database', 'module.gone.aws_security_group.fail_gone');
    expect(gone.location).toEqual({ ...at(`${dir}/main.tf`, 31, 33), module: { kind: 'missing', source: './modules/gone' } });
    expect(p.index.locate(gone)?.module).toMatchObject({ path: 'module.gone', kind: 'missing', source: './modules/gone', dir: null });
  });

  it('lists an unparsable file and leaves its findings unlocated', () => {
    expect(p.index.unreadable).toEqual([{ file: `${dir}/modules/broken/main.tf`, reason: 'HCL syntax error at line 9' }]);
    const broken = p.findings.filter((f) => f.resource.startsWith('module.broken.'));
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.every((f) => f.location === null)).toBe(true);
    expect(p.findings.filter((f) => f.location === null).every((f) => f.resource.startsWith('module.broken.'))).toBe(true);
  });

  it('lists every module with its kind, directory and call', () => {
    expect(p.index.root).toBe(dir);
    expect(p.index.modules.map((m) => [m.path, m.kind, m.dir, m.call && `${m.call.file}:${m.call.line}`])).toEqual([
      ['', 'local', dir, null],
      ['module.app', 'local', `${dir}/modules/app`, `${dir}/main.tf:6`],
      ['module.app.module.rules', 'local', `${dir}/modules/rules`, `${dir}/modules/app/main.tf:18`],
      ['module.broken', 'local', `${dir}/modules/broken`, `${dir}/main.tf:27`],
      ['module.git_sg', 'remote', null, `${dir}/main.tf:23`],
      ['module.gone', 'missing', null, `${dir}/main.tf:31`],
      ['module.remote_sg', 'remote', null, `${dir}/main.tf:14`],
    ]);
  });
});
