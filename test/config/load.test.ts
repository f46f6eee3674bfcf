import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../src/config/load.js';
import { evaluate } from '../../src/engine.js';
import { InputError } from '../../src/plan/types.js';
import { RULES } from '../../src/rules/index.js';
import { mergeRanges, portRanges } from '../../src/lib/port-set.js';
import { DATABASE_PORTS } from '../../src/rules/no-public-database.js';
import { HIGH_RISK_PORTS } from '../../src/rules/no-public-high-risk-port.js';
import { OPTION_NAMES, OPTION_RULES } from '../../src/rules/options.js';
import { modelOf, tcp } from '../support/permissions.js';

const FILE = '.github/sg-guard.yml';
const parse = (text: string) => parseConfig(text, FILE, RULES);

/** The one-line message of the InputError that parsing throws. */
function problem(text: string): string {
  try {
    parse(text);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    const message = (err as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected an InputError');
}

describe('parseConfig: fail-on and rules', () => {
  it('an empty file means defaults', () => {
    expect(parse('')).toEqual({ settings: {} });
    expect(parse('# nothing\n')).toEqual({ settings: {} });
  });

  it('reads fail-on, and switches rules off, on or to another severity', () => {
    expect(parse('fail-on: medium\nrules:\n  unused-security-group: off\n  wide-port-range: low\n  no-public-ssh: on\n')).toEqual({
      failOn: 'medium',
      settings: { 'unused-security-group': { enabled: false }, 'wide-port-range': { enabled: true, severity: 'low' }, 'no-public-ssh': { enabled: true } },
    });
  });

  it('names the file and the key of every problem', () => {
    expect(problem('fail-on: loud')).toBe(`${FILE}: fail-on must be one of critical, high, medium, low, info, never, not "loud"`);
    expect(problem('rules:\n  no-such-rule: off')).toBe(`${FILE}: rules: unknown rule "no-such-rule" (see docs/rules/)`);
    expect(problem('rules:\n  no-public-ssh: sometimes')).toBe('.github/sg-guard.yml: rules.no-public-ssh must be "off", "on", a severity (critical, high, medium, low, info), {level, roots}, or a list of them, not "sometimes"');
    expect(problem('trusted-cidr: []')).toMatch(/^\.github\/sg-guard\.yml: unknown key "trusted-cidr" \(known: fail-on, fail-on-scope, rules, preset, custom-rules, exceptions, inline-ignores, inline-min-severity, trusted-cidrs, allowed-public-ports, max-public-prefix, max-port-range\)$/);
    expect(problem('- a list')).toContain('must be a mapping');
    expect(problem('fail-on: [')).toContain('is not valid YAML');
  });
});

describe('parseConfig: rule options', () => {
  it('passes each option to the rules that read it, and only to them', () => {
    const config = parse(
      [
        'trusted-cidrs: [203.0.113.0/24, "2001:db8:aa::/48"]',
        'allowed-public-ports: [443, "8000-8080"]',
        'max-public-prefix: {ipv4: 20, ipv6: 48}',
        'max-port-range: 1000',
      ].join('\n'),
    );
    const trusted = ['203.0.113.0/24', '2001:db8:aa::/48'];
    expect(config.settings).toEqual({
      'admin-port-by-cidr': { enabled: true, options: { 'trusted-cidrs': trusted } },
      'admin-port-from-untrusted': { enabled: true, options: { 'trusted-cidrs': trusted } },
      'database-by-cidr': { enabled: true, options: { 'trusted-cidrs': trusted } },
      'wide-public-cidr': { enabled: true, options: { 'trusted-cidrs': trusted, 'max-public-prefix': { ipv4: 20, ipv6: 48 } } },
      'public-port-not-allowed': { enabled: true, options: { 'allowed-public-ports': [443, '8000-8080'] } },
      'wide-port-range': { enabled: true, options: { 'max-port-range': 1000 } },
    });
  });

  it('keeps what the rules section says beside the options', () => {
    const config = parse('max-port-range: 10\nrules:\n  wide-port-range: high\n  public-port-not-allowed: off\nallowed-public-ports: []\n');
    expect(config.settings['wide-port-range']).toEqual({ enabled: true, severity: 'high', options: { 'max-port-range': 10 } });
    expect(config.settings['public-port-not-allowed']).toEqual({ enabled: false, options: { 'allowed-public-ports': [] } });
  });

  it('accepts a partial max-public-prefix', () => {
    expect(parse('max-public-prefix: {ipv6: 64}').settings['wide-public-cidr']?.options).toEqual({ 'max-public-prefix': { ipv6: 64 } });
  });

  it('every option names rules that exist', () => {
    const names = new Set(RULES.map((r) => r.meta.name));
    for (const option of OPTION_NAMES) for (const rule of OPTION_RULES[option]) expect(names.has(rule), `${option} -> ${rule}`).toBe(true);
  });

  it.each([
    ['trusted-cidrs: 203.0.113.0/24', 'trusted-cidrs must be a list of CIDRs (e.g. ["203.0.113.0/24"]), not "203.0.113.0/24"'],
    ['trusted-cidrs: [203.0.113.0/24, 10.0.0.0/33]', 'trusted-cidrs[1] "10.0.0.0/33" is not a CIDR (e.g. 203.0.113.0/24 or 2001:db8::/48)'],
    ['trusted-cidrs: [office]', 'trusted-cidrs[0] "office" is not a CIDR'],
    ['trusted-cidrs: [0.0.0.0/0]', 'trusted-cidrs[0] "0.0.0.0/0" is the whole internet, which cannot be trusted'],
    ['trusted-cidrs: [42]', 'trusted-cidrs[0] 42 is not a CIDR'],
    ['allowed-public-ports: 443', 'allowed-public-ports must be a list of ports or ranges (e.g. [80, 443, "8000-8080"]), not 443'],
    ['allowed-public-ports: [443, 70000]', 'allowed-public-ports[1] 70000 is not a port (0-65535) or a range such as "8000-8080"'],
    ['allowed-public-ports: ["9000-8000"]', 'allowed-public-ports[0] "9000-8000" is not a port'],
    ['allowed-public-ports: [https]', 'allowed-public-ports[0] "https" is not a port'],
    ['allowed-public-ports: [44.3]', 'allowed-public-ports[0] 44.3 is not a port'],
    ['max-public-prefix: 24', 'max-public-prefix must be a mapping such as {ipv4: 24, ipv6: 56}, not 24'],
    ['max-public-prefix: {ipv4: 33}', 'max-public-prefix.ipv4 must be a prefix length from 0 to 32, not 33'],
    ['max-public-prefix: {ipv6: "/56"}', 'max-public-prefix.ipv6 must be a prefix length from 0 to 128, not "/56"'],
    ['max-public-prefix: {v4: 24}', 'max-public-prefix has unknown key "v4" (known: ipv4, ipv6)'],
    ['max-port-range: 0', 'max-port-range must be a whole number of ports from 1 to 65536, not 0'],
    ['max-port-range: "100"', 'max-port-range must be a whole number of ports from 1 to 65536, not "100"'],
    ['max-port-range: 12.5', 'max-port-range must be a whole number of ports from 1 to 65536, not 12.5'],
  ])('rejects %j', (text, message) => {
    expect(problem(text)).toContain(`${FILE}: ${message}`);
  });
});

describe('parseConfig: preset', () => {
  const ports = (text: string, rule: string) => parse(text).settings[rule]?.options?.ports;

  it('sets the port list of each public-port rule', () => {
    const config = parse('preset: aws-fsbp');
    expect(config.presets).toEqual(['aws-fsbp']);
    expect(config.settings).toEqual({
      'no-public-ssh': { enabled: true, options: { ports: [22] } },
      'no-public-rdp': { enabled: true, options: { ports: [3389] } },
      'no-public-remote-admin': { enabled: true, options: { ports: [23] } },
      'no-public-database': { enabled: true, options: { ports: ['1433-1434', 3306, 5432, 9200, 9300] } },
      'no-public-high-risk-port': { enabled: true, options: { ports: ['20-21', 25, 110, 135, 143, 445, 3000, 4333, 5000, 5500, 5601, 8080, 8088, 8888] } },
      'public-port-not-allowed': { enabled: true, options: { 'allowed-public-ports': [80, 443] } },
    });
  });

  it('cis keeps only SSH and RDP as remote-administration ports and the other lists whole', () => {
    expect(ports('preset: cis', 'no-public-remote-admin')).toEqual([]);
    expect(ports('preset: cis', 'no-public-ssh')).toEqual([22]);
    const same = (rule: string, list: ReadonlyArray<number | string>) => expect(portRanges(ports('preset: cis', rule) as string[])).toEqual(mergeRanges(portRanges(list)));
    same('no-public-database', DATABASE_PORTS);
    same('no-public-high-risk-port', HIGH_RISK_PORTS);
    expect(parse('preset: cis').settings['public-port-not-allowed']).toBeUndefined();
  });

  it('kics uses KICS\' sensitive ports, without 80 and 443', () => {
    expect(ports('preset: kics', 'no-public-remote-admin')).toEqual([23, '2375-2376', 5900, 5985]);
    expect(ports('preset: kics', 'no-public-database')).toEqual(expect.arrayContaining([6379, '27017-27018']));
    expect(ports('preset: kics', 'no-public-high-risk-port')).not.toContain(143);
    expect(JSON.stringify(parse('preset: kics').settings)).not.toMatch(/\b(80|443)\b/);
  });

  it('a list unites the presets', () => {
    expect(parse('preset: [cis, kics]').presets).toEqual(['cis', 'kics']);
    expect(ports('preset: [cis, kics]', 'no-public-remote-admin')).toEqual([23, '2375-2376', 5900, 5985]);
    expect(parse('preset: [cis, cis]').presets).toEqual(['cis']);
    expect(parse('preset: []')).toEqual({ settings: {} });
  });

  it('leaves allowed-public-ports to the file when it sets it, and keeps what rules says', () => {
    const config = parse('preset: aws-fsbp\nallowed-public-ports: [443]\nrules:\n  no-public-rdp: high\n');
    expect(config.settings['public-port-not-allowed']).toEqual({ enabled: true, options: { 'allowed-public-ports': [443] } });
    expect(config.settings['no-public-rdp']).toEqual({ enabled: true, severity: 'high', options: { ports: [3389] } });
  });

  it.each([
    ['preset: nist', 'preset must be cis, aws-fsbp, kics or a list of them, not "nist"'],
    ['preset: [cis, NIST]', 'preset[1] "NIST" is not a preset (known: cis, aws-fsbp, kics)'],
    ['preset: {cis: true}', 'preset must be cis, aws-fsbp, kics or a list of them, not {"cis":true}'],
  ])('rejects %j', (text, message) => {
    expect(problem(text)).toBe(`${FILE}: ${message}`);
  });
});

describe('parseConfig: custom-rules', () => {
  it('reads a rule, filling in protocol, direction, peer and title', () => {
    expect(parse('custom-rules:\n  - {name: no-public-kafka, severity: high, ports: [9092, "9093-9094"]}\n').customRules).toEqual([
      { name: 'no-public-kafka', severity: 'high', title: 'TCP 9092, 9093-9094 open to the internet', ports: [9092, '9093-9094'], protocol: 'tcp', direction: 'ingress', peer: 'internet', source: FILE },
    ]);
    const full = parse('custom-rules:\n  - {name: no-smtp-out, severity: low, title: SMTP out, ports: [25], protocol: all, direction: egress, peer: public}\n');
    expect(full.customRules?.[0]).toMatchObject({ title: 'SMTP out', protocol: 'all', direction: 'egress', peer: 'public' });
  });

  it('lets rules and exceptions name a custom rule', () => {
    const config = parse(
      [
        'custom-rules: [{name: no-public-kafka, severity: high, ports: [9092]}]',
        'rules: {no-public-kafka: medium}',
        'exceptions: [{rule: no-public-kafka, resource: "module.events.*", reason: "public brokers, mTLS"}]',
      ].join('\n'),
    );
    expect(config.settings['no-public-kafka']).toEqual({ enabled: true, severity: 'medium' });
    expect(config.exceptions?.[0]?.rule).toBe('no-public-kafka');
  });

  it.each([
    ['custom-rules: {name: x}', 'custom-rules must be a list of rules such as {name: no-public-kafka, severity: high, ports: [9092]}, not {"name":"x"}'],
    ['custom-rules: [kafka]', 'custom-rules[0] must be a mapping such as'],
    ['custom-rules: [{name: NoKafka, severity: high, ports: [9092]}]', 'custom-rules[0].name must be a kebab-case name such as no-public-kafka, not "NoKafka"'],
    ['custom-rules: [{name: no_kafka, severity: high, ports: [9092]}]', 'custom-rules[0].name must be a kebab-case name'],
    ['custom-rules: [{severity: high, ports: [9092]}]', 'custom-rules[0].name must be a kebab-case name such as no-public-kafka, not undefined'],
    ['custom-rules: [{name: no-public-ssh, severity: high, ports: [22]}]', 'custom-rules[0].name "no-public-ssh" is a built-in rule; choose another name'],
    ['custom-rules: [{name: a, severity: high, ports: [1]}, {name: a, severity: low, ports: [2]}]', 'custom-rules[1].name "a" is defined twice'],
    ['custom-rules: [{name: a, severity: urgent, ports: [1]}]', 'custom-rules[0].severity must be one of critical, high, medium, low, info, not "urgent"'],
    ['custom-rules: [{name: a, ports: [1]}]', 'custom-rules[0].severity must be one of'],
    ['custom-rules: [{name: a, severity: high}]', 'custom-rules[0].ports is required: the ports or ranges the rule reports (e.g. [9092, "9093-9094"])'],
    ['custom-rules: [{name: a, severity: high, ports: []}]', 'custom-rules[0].ports is empty: name at least one port'],
    ['custom-rules: [{name: a, severity: high, ports: [9092, kafka]}]', 'custom-rules[0].ports[1] "kafka" is not a port (0-65535) or a range such as "8000-8080"'],
    ['custom-rules: [{name: a, severity: high, ports: 9092}]', 'custom-rules[0].ports must be a list of ports or ranges'],
    ['custom-rules: [{name: a, severity: high, ports: [1], protocol: icmp}]', 'custom-rules[0].protocol must be one of tcp, udp, all, not "icmp"'],
    ['custom-rules: [{name: a, severity: high, ports: [1], direction: inbound}]', 'custom-rules[0].direction must be one of ingress, egress, not "inbound"'],
    ['custom-rules: [{name: a, severity: high, ports: [1], peer: 0.0.0.0/0}]', 'custom-rules[0].peer must be one of internet, public, private, any-cidr, not "0.0.0.0/0"'],
    ['custom-rules: [{name: a, severity: high, ports: [1], title: ""}]', 'custom-rules[0].title must be one line of text, not ""'],
    ['custom-rules: [{name: a, severity: high, ports: [1], cidrs: []}]', 'custom-rules[0] has unknown key "cidrs" (known: name, severity, title, ports, protocol, direction, peer)'],
    ['rules: {no-public-kafka: off}', 'rules: unknown rule "no-public-kafka"'],
  ])('rejects %j', (text, message) => {
    expect(problem(text)).toContain(`${FILE}: ${message}`);
  });
});

describe('parseConfig: exceptions', () => {
  it('reads exceptions, with or without an expiry date', () => {
    const config = parse(
      [
        'exceptions:',
        '  - rule: no-public-ssh',
        '    resource: "module.legacy.*"',
        '    reason: " Bastion until the VPN lands (OPS-12) "',
        '    expires: 2025-12-31',
        '  - {rule: no-public-database, resource: aws_security_group.db, reason: read replica for BI}',
      ].join('\n'),
    );
    expect(config.exceptions).toEqual([
      { rule: 'no-public-ssh', resource: 'module.legacy.*', reason: 'Bastion until the VPN lands (OPS-12)', expires: '2025-12-31', source: FILE },
      { rule: 'no-public-database', resource: 'aws_security_group.db', reason: 'read replica for BI', expires: null, source: FILE },
    ]);
  });

  it('reads a date that YAML 1.1 turns into a timestamp', () => {
    expect(parse('%YAML 1.1\n---\nexceptions: [{rule: no-public-ssh, resource: "*", reason: r, expires: 2026-01-31}]\n').exceptions?.[0]?.expires).toBe('2026-01-31');
  });

  it.each([
    ['exceptions: {rule: no-public-ssh}', 'exceptions must be a list of {rule, resource, reason, expires?, roots?}, not {"rule":"no-public-ssh"}'],
    ['exceptions: [no-public-ssh]', 'exceptions[0] must be a mapping {rule, resource, reason, expires?, roots?}, not "no-public-ssh"'],
    ['exceptions: [{rule: no-public-ssh, resource: "*", reason: r, until: 2025-01-01}]', 'exceptions[0] has unknown key "until" (known: rule, resource, reason, expires, roots)'],
    ['exceptions: [{resource: "*", reason: r}]', 'exceptions[0].rule is required: the name of one rule, not undefined'],
    ['exceptions: [{rule: no-public-shh, resource: "*", reason: r}]', 'exceptions[0].rule "no-public-shh" is not a rule (see docs/rules/, or custom-rules)'],
    ['exceptions: [{rule: all, resource: "*", reason: r}]', 'exceptions[0].rule "all" is not a rule'],
    ['exceptions: [{rule: no-public-ssh, reason: r}]', 'exceptions[0].resource is required: a resource address or glob such as "module.legacy.*", not undefined'],
    ['exceptions: [{rule: no-public-ssh, resource: "*"}]', 'exceptions[0].reason is required: say why the finding is accepted'],
    ['exceptions: [{rule: no-public-ssh, resource: "*", reason: "  "}]', 'exceptions[0].reason is required'],
    ['exceptions: [{rule: no-public-ssh, resource: "*", reason: r, expires: 2025-02-30}]', 'exceptions[0].expires "2025-02-30" is not a date in the form YYYY-MM-DD'],
    ['exceptions: [{rule: no-public-ssh, resource: "*", reason: r, expires: 31/12/2025}]', 'exceptions[0].expires "31/12/2025" is not a date in the form YYYY-MM-DD'],
    ['exceptions: [{rule: no-public-ssh, resource: "*", reason: r, expires: 20251231}]', 'exceptions[0].expires 20251231 is not a date in the form YYYY-MM-DD'],
    ['exceptions: [{rule: no-public-ssh, resource: "*", reason: r, expires: 2025-1-5}]', 'exceptions[0].expires "2025-1-5" is not a date'],
    ['exceptions: [{rule: no-public-ssh, resource: "*", reason: r, roots: live/dev}]', 'exceptions[0].roots must be a list of root directories or globs, relative to the repository root, such as [live/dev, "live/eu-*"], not "live/dev"'],
    ['exceptions: [{rule: no-public-ssh, resource: "*", reason: r, roots: []}]', 'exceptions[0].roots must be a list of root directories or globs'],
    ['exceptions: [{rule: no-public-ssh, resource: "*", reason: r, roots: [live/dev, ../prod]}]', 'exceptions[0].roots[1] "../prod" is not a root directory or glob relative to the repository root (such as live/dev or "live/eu-*")'],
    ['exceptions: [{rule: no-public-ssh, resource: "*", reason: r, roots: [/srv/live]}]', 'exceptions[0].roots[0] "/srv/live" is not a root directory'],
    ['exceptions: [{rule: no-public-ssh, resource: "*", reason: r, roots: [3]}]', 'exceptions[0].roots[0] 3 is not a root directory'],
  ])('rejects %j', (text, message) => {
    expect(problem(text)).toContain(`${FILE}: ${message}`);
  });
});

describe('parseConfig: per-root policy', () => {
  it('an exception may name the roots it applies in', () => {
    const config = parse('exceptions: [{rule: no-public-ssh, resource: "module.sg.*", reason: break-glass, roots: [./live/dev/, "live/eu-*"]}]');
    expect(config.exceptions).toEqual([{ rule: 'no-public-ssh', resource: 'module.sg.*', reason: 'break-glass', expires: null, source: FILE, roots: ['live/dev', 'live/eu-*'] }]);
  });

  it('a rule takes a level, {level, roots}, or a list of them: entries without roots set it everywhere, those with roots only there', () => {
    const config = parse(
      [
        'rules:',
        '  no-public-ssh:',
        '    - high',
        '    - {level: off, roots: [live/sandbox]}',
        '  unused-security-group:',
        '    level: info',
        '  no-public-database: {level: low, roots: ["live/analytics", "live/bi-*"]}',
      ].join('\n'),
    );
    expect(config.settings).toEqual({ 'no-public-ssh': { enabled: true, severity: 'high' }, 'unused-security-group': { enabled: true, severity: 'info' } });
    expect(config.rootSettings).toEqual([
      { rule: 'no-public-ssh', roots: ['live/sandbox'], enabled: false },
      { rule: 'no-public-database', roots: ['live/analytics', 'live/bi-*'], enabled: true, severity: 'low' },
    ]);
  });

  it.each([
    ['rules: {no-public-ssh: {level: off, roots: live/dev}}', 'rules.no-public-ssh.roots must be a list of root directories or globs'],
    ['rules: {no-public-ssh: [high, {level: off, roots: ["live/../x"]}]}', 'rules.no-public-ssh[1].roots[0] "live/../x" is not a root directory or glob relative to the repository root'],
    ['rules: {no-public-ssh: {level: sometimes, roots: [live/dev]}}', 'rules.no-public-ssh.level must be "off", "on" or a severity (critical, high, medium, low, info), not "sometimes"'],
    ['rules: {no-public-ssh: {roots: [live/dev]}}', 'rules.no-public-ssh.level must be "off", "on" or a severity (critical, high, medium, low, info), not undefined'],
    ['rules: {no-public-ssh: {level: off, root: [live/dev]}}', 'rules.no-public-ssh has unknown key "root" (known: level, roots)'],
    ['rules: {no-public-ssh: []}', 'rules.no-public-ssh must be "off", "on", a severity (critical, high, medium, low, info), {level, roots}, or a list of them, not []'],
  ])('rejects %j', (text, message) => {
    expect(problem(text)).toContain(`${FILE}: ${message}`);
  });
});

describe('loadConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sg-guard-config-'));

  it('reads a file and its options reach the rules through the engine', async () => {
    const file = join(dir, 'sg-guard.yml');
    writeFileSync(file, 'allowed-public-ports: [443, 8443]\n');
    const config = await loadConfig(file, RULES, true);
    const report = evaluate([modelOf([tcp('8443', '0.0.0.0/0'), tcp('9443', '0.0.0.0/0', 'web', { path: 'ingress[1]' })])], { failOn: 'high', rules: RULES, settings: config.settings });
    expect(report.findings.filter((f) => f.rule === 'public-port-not-allowed').map((f) => f.message)).toEqual([
      'aws_security_group.web allows 9443/tcp from 0.0.0.0/0, which is the whole internet; allowed public ports: 443, 8443',
    ]);
  });

  it('a missing file means defaults unless it was asked for', async () => {
    await expect(loadConfig(join(dir, 'absent.yml'), RULES, false)).resolves.toEqual({ settings: {} });
    await expect(loadConfig(join(dir, 'absent.yml'), RULES, true)).rejects.toThrow(/absent\.yml: cannot read config: no such file/);
  });

  it('a bad option in a file names that file', async () => {
    const file = join(dir, 'bad.yml');
    writeFileSync(file, 'trusted-cidrs: [10.0.0.0/8, nope]\n');
    await expect(loadConfig(file, RULES, true)).rejects.toThrow(`${file}: trusted-cidrs[1] "nope" is not a CIDR`);
  });
});

describe('inline-min-severity', () => {
  const RULE_LIST = RULES;
  it('is a severity', () => {
    expect(parseConfig('inline-min-severity: low\n', 'c.yml', RULE_LIST).inlineMinSeverity).toBe('low');
    expect(parseConfig('fail-on: high\n', 'c.yml', RULE_LIST).inlineMinSeverity).toBeUndefined();
    expect(() => parseConfig('inline-min-severity: never\n', 'c.yml', RULE_LIST)).toThrow('c.yml: inline-min-severity must be one of critical, high, medium, low, info, not "never"');
  });
});

describe('fail-on-scope', () => {
  const RULE_LIST = RULES;
  it('accepts all and added, and names the key of a bad value', () => {
    expect(parseConfig('fail-on-scope: added\n', 'c.yml', RULE_LIST).failOnScope).toBe('added');
    expect(parseConfig('fail-on-scope: all\n', 'c.yml', RULE_LIST).failOnScope).toBe('all');
    expect(() => parseConfig('fail-on-scope: new\n', 'c.yml', RULE_LIST)).toThrow('c.yml: fail-on-scope must be one of all, added, not "new"');
  });
});
