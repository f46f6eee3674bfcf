import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { describePolicyChange, policyInForce } from '../../src/config/policy.js';
import { RULES } from '../../src/rules/index.js';

const parse = (text: string) => parseConfig(text, '.github/sg-guard.yml', RULES);
const change = (base: string, head: string) => describePolicyChange(parse(base), parse(head));

const BASE = `
fail-on: high
trusted-cidrs: ["203.0.113.0/24"]
exceptions:
  - rule: no-public-database
    resource: module.legacy.*
    reason: Read replica for the BI vendor
    expires: 2026-12-31
`;

describe('describePolicyChange', () => {
  it('says nothing when the two files say the same, however written', () => {
    expect(change(BASE, BASE)).toEqual([]);
    expect(change('', '')).toEqual([]);
    // Defaults written out are no change.
    expect(change('', 'fail-on: high\nfail-on-scope: all\nrules:\n  no-public-ssh: on\n  no-public-database: critical\n')).toEqual([]);
  });

  it('says what the issue example does: a rule off, one re-graded, an exception added', () => {
    const head = `${BASE}  - rule: no-public-ssh\n    resource: aws_security_group.bastion\n    reason: whatever\n    expires: 2027-01-31\nrules:\n  no-public-ssh: off\n  no-public-database: info\n`;
    expect(change(BASE, head)).toEqual([
      'turns off no-public-ssh',
      'lowers no-public-database from critical to info',
      'adds an exception for aws_security_group.bastion (no-public-ssh) until 2027-01-31',
    ]);
  });

  it('raises, turns on, and changes fail-on and fail-on-scope first', () => {
    expect(change('rules:\n  no-public-ssh: off\n  unrestricted-egress: low\n', 'fail-on: never\nfail-on-scope: added\nrules:\n  unrestricted-egress: high\n')).toEqual([
      'changes fail-on from high to never',
      'changes fail-on-scope from all to added',
      'turns on no-public-ssh',
      'raises unrestricted-egress from low to high',
    ]);
  });

  it('names presets, custom rules, options and inline-ignores', () => {
    const base = 'preset: kics\ninline-ignores: review\ncustom-rules:\n  - {name: no-public-kafka, severity: high, ports: [9092]}\n  - {name: no-public-nats, severity: high, ports: [4222]}\n';
    const head = `preset: cis\ninline-ignores: trust\ntrusted-cidrs: ["0.0.0.0/1", "128.0.0.0/1"]\nmax-port-range: 65536\ncustom-rules:\n  - {name: no-public-kafka, severity: low, ports: [9092]}\n  - {name: no-public-redis, severity: high, ports: [6379]}\n`;
    expect(change(base, head)).toEqual([
      'changes inline-ignores from review to trust',
      'adds preset cis',
      'removes preset kics',
      'changes custom rule no-public-kafka (high, ports 9092/tcp, ingress from internet) to no-public-kafka (low, ports 9092/tcp, ingress from internet)',
      'adds custom rule no-public-redis (high, ports 6379/tcp, ingress from internet)',
      'removes custom rule no-public-nats',
      'changes trusted-cidrs from none to 0.0.0.0/1, 128.0.0.0/1',
      'changes max-port-range from 100 to 65536',
    ]);
    expect(change('', 'inline-ignores: off\n')).toEqual(['sets inline-ignores to off']);
    expect(change('inline-ignores: off\n', '')).toEqual(['removes inline-ignores off (back to the default)']);
  });

  it('tells an exception removed, extended, shortened or re-worded apart', () => {
    const exc = (expires: string, reason = 'Read replica for the BI vendor') => `exceptions:\n  - rule: no-public-database\n    resource: module.legacy.*\n    reason: ${reason}\n${expires}`;
    expect(change(BASE, 'fail-on: high\ntrusted-cidrs: ["203.0.113.0/24"]\n')).toEqual(['removes the exception for module.legacy.* (no-public-database) until 2026-12-31']);
    expect(change(exc('    expires: 2026-12-31\n'), exc(''))).toEqual(['extends the exception for module.legacy.* (no-public-database) from 2026-12-31 to no expiry']);
    expect(change(exc('    expires: 2026-12-31\n'), exc('    expires: 2026-01-31\n'))).toEqual(['shortens the exception for module.legacy.* (no-public-database) from 2026-12-31 to 2026-01-31']);
    expect(change(exc(''), exc('', 'something else'))).toEqual(['changes the reason of the exception for module.legacy.* (no-public-database)']);
  });

  it('keeps a hostile glob as written: escaping is the renderer\'s', () => {
    const head = 'exceptions:\n  - rule: no-public-ssh\n    resource: "* @org/team <!-- x --> [a](https://evil.example)"\n    reason: r\n';
    expect(change('', head)).toEqual(['adds an exception for * @org/team <!-- x --> [a](https://evil.example) (no-public-ssh) with no expiry']);
  });

  it('says which roots a pull request scopes a rule or an exception to, and what it stops scoping', () => {
    const scoped = 'rules:\n  no-public-ssh:\n    - {level: off, roots: [live/sandbox]}\n  no-public-database: {level: low, roots: ["live/bi-*"]}\nexceptions:\n  - {rule: no-public-ssh, resource: "module.sg.*", reason: r, roots: [live/dev]}\n';
    expect(change('', scoped)).toEqual([
      'turns off no-public-ssh in live/sandbox',
      'sets no-public-database to low in live/bi-*',
      'adds an exception for module.sg.* (no-public-ssh) in live/dev with no expiry',
    ]);
    expect(change(scoped, '')).toEqual([
      'no longer turns off no-public-ssh in live/sandbox',
      'no longer sets no-public-database to low in live/bi-*',
      'removes the exception for module.sg.* (no-public-ssh) in live/dev with no expiry',
    ]);
    // Widening an exception's roots is a new exception, not the same one.
    const wider = scoped.replace('roots: [live/dev]', 'roots: [live/dev, live/prod]');
    expect(change(scoped, wider)).toEqual(['adds an exception for module.sg.* (no-public-ssh) in live/dev, live/prod with no expiry', 'removes the exception for module.sg.* (no-public-ssh) in live/dev with no expiry']);
    expect(policyInForce(parse(scoped))).toEqual(['rules: turns off no-public-ssh in live/sandbox', 'rules: sets no-public-database to low in live/bi-*', 'exception for module.sg.* (no-public-ssh) in live/dev with no expiry']);
  });

  it('is in a stable order whatever order the files list things in', () => {
    const a = 'rules:\n  unrestricted-egress: off\n  no-public-ssh: off\n';
    const b = 'rules:\n  no-public-ssh: off\n  unrestricted-egress: off\n';
    expect(change('', a)).toEqual(change('', b));
  });
});

describe('policyInForce', () => {
  it('is empty for the defaults', () => {
    expect(policyInForce(parse(''))).toEqual([]);
    expect(policyInForce(parse('fail-on: high\nrules:\n  no-public-ssh: on\n'))).toEqual([]);
  });

  it('names everything that differs from the defaults, exceptions with their expiry', () => {
    const config = parse(
      `fail-on: critical\nfail-on-scope: added\ninline-ignores: off\npreset: [cis]\nallowed-public-ports: [80, 443, 8443]\nmax-public-prefix: {ipv4: 16}\ncustom-rules:\n  - {name: no-public-kafka, severity: high, ports: [9092], protocol: all}\nrules:\n  no-public-ssh: off\n  no-public-database: info\n${BASE.replace('fail-on: high\n', '')}`,
    );
    expect(policyInForce(config, RULES, new Date('2026-06-01T00:00:00Z'))).toEqual([
      'fail-on is critical (default high)',
      'fail-on-scope is added (default all)',
      'inline-ignores is off',
      'preset cis',
      'custom rule no-public-kafka (high, ports 9092/all, ingress from internet)',
      'rule no-public-ssh is off',
      'rule no-public-database is info (default critical)',
      'trusted-cidrs: 203.0.113.0/24 (default none)',
      'allowed-public-ports: 80, 443, 8443 (default 80, 443)',
      'max-public-prefix: ipv4 /16, ipv6 /56 (default ipv4 /24, ipv6 /56)',
      'exception for module.legacy.* (no-public-database) until 2026-12-31',
    ]);
  });

  it('says an exception has expired, given today', () => {
    const config = parse(BASE);
    expect(policyInForce(config, RULES, new Date('2027-01-01T00:00:00Z'))).toContain('exception for module.legacy.* (no-public-database) expired on 2026-12-31, no longer applies');
    expect(policyInForce(config)).toContain('exception for module.legacy.* (no-public-database) until 2026-12-31');
  });

  it('cuts long lists', () => {
    const cidrs = Array.from({ length: 25 }, (_, i) => `"10.${i}.0.0/16"`).join(', ');
    expect(policyInForce(parse(`trusted-cidrs: [${cidrs}]\n`))[0]).toMatch(/^trusted-cidrs: 10\.0\.0\.0\/16, .*10\.9\.0\.0\/16 and 15 more \(default none\)$/);
  });
});

describe('parseConfig: inline-ignores', () => {
  it('reads review, trust or off, and refuses anything else naming the file', () => {
    expect(parse('inline-ignores: review').inlineIgnores).toBe('review');
    expect(parse('').inlineIgnores).toBeUndefined();
    expect(() => parse('inline-ignores: yes')).toThrow('.github/sg-guard.yml: inline-ignores must be one of review, trust, off, not "yes"');
  });
});
