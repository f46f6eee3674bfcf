import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../src/config/load.js';
import { evaluate } from '../../src/engine.js';
import { InputError } from '../../src/plan/types.js';
import { RULES } from '../../src/rules/index.js';
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
    expect(problem('rules:\n  no-public-ssh: sometimes')).toContain('rules.no-public-ssh must be "off", "on" or a severity');
    expect(problem('trusted-cidr: []')).toMatch(/^\.github\/sg-guard\.yml: unknown key "trusted-cidr" \(known: fail-on, rules, trusted-cidrs, allowed-public-ports, max-public-prefix, max-port-range\)$/);
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
