import { describe, expect, it } from 'vitest';
import { customRule, rulesInForce } from '../../src/config/custom-rules.js';
import { parseConfig } from '../../src/config/load.js';
import { presetOptions } from '../../src/config/presets.js';
import { evaluate } from '../../src/engine.js';
import type { Permission } from '../../src/model/types.js';
import { RULES } from '../../src/rules/index.js';
import { modelOf, permission, tcp } from '../support/permissions.js';

/** `rule resource` of every finding of the public-port rules (and custom ones) when `config` is in force. */
function fired(config: string, permissions: Permission[]): string[] {
  const parsed = parseConfig(config, '.github/sg-guard.yml', RULES);
  const rules = rulesInForce(RULES, parsed.customRules ?? []);
  const report = evaluate([modelOf(permissions)], { failOn: 'high', rules, settings: parsed.settings });
  const quiet = new Set(['missing-description', 'unused-security-group', 'wide-port-range', 'unrestricted-egress']);
  return report.findings.filter((f) => !quiet.has(f.rule)).map((f) => `${f.rule} ${f.resource}`).sort();
}

const open = (port: string, sg: string) => tcp(port, '0.0.0.0/0', sg, { peerPath: `ingress[0].cidr_blocks[0]` });

describe('presets change which rule reports a public port', () => {
  const permissions = [open('6443', 'kube'), open('6379', 'redis'), open('143', 'imap'), open('53', 'dns'), open('22', 'ssh'), open('8000', 'dev')];

  it('by default', () => {
    expect(fired('', permissions)).toEqual([
      'no-public-database aws_security_group.redis',
      'no-public-high-risk-port aws_security_group.dev',
      'no-public-high-risk-port aws_security_group.dns',
      'no-public-high-risk-port aws_security_group.imap',
      'no-public-remote-admin aws_security_group.kube',
      'no-public-ssh aws_security_group.ssh',
    ]);
  });

  it('cis: the Kubernetes API is no admin port, so the catch-all rule reports it', () => {
    expect(fired('preset: cis', permissions)).toEqual([
      'no-public-database aws_security_group.redis',
      'no-public-high-risk-port aws_security_group.dev',
      'no-public-high-risk-port aws_security_group.dns',
      'no-public-high-risk-port aws_security_group.imap',
      'no-public-ssh aws_security_group.ssh',
      'public-port-not-allowed aws_security_group.kube',
    ]);
  });

  it('aws-fsbp: only EC2.19 ports are high-risk; Redis, DNS, 8000 and 6443 are unauthorized ports (EC2.18)', () => {
    expect(fired('preset: aws-fsbp', permissions)).toEqual([
      'no-public-high-risk-port aws_security_group.imap',
      'no-public-ssh aws_security_group.ssh',
      'public-port-not-allowed aws_security_group.dev',
      'public-port-not-allowed aws_security_group.dns',
      'public-port-not-allowed aws_security_group.kube',
      'public-port-not-allowed aws_security_group.redis',
    ]);
  });

  it('kics: KICS lists Redis, DNS and 8000 but not IMAP or 6443', () => {
    expect(fired('preset: kics', permissions)).toEqual([
      'no-public-database aws_security_group.redis',
      'no-public-high-risk-port aws_security_group.dev',
      'no-public-high-risk-port aws_security_group.dns',
      'no-public-ssh aws_security_group.ssh',
      'public-port-not-allowed aws_security_group.imap',
      'public-port-not-allowed aws_security_group.kube',
    ]);
  });

  it('never leaves a public port unreported: every preset list is checked by some rule', () => {
    for (const preset of ['cis', 'aws-fsbp', 'kics', '[cis, aws-fsbp, kics]']) {
      const all = fired(`preset: ${preset}`, permissions);
      expect(all, preset).toHaveLength(permissions.length);
    }
  });

  it('gives the specific rules disjoint lists', () => {
    for (const names of [['cis'], ['aws-fsbp'], ['kics'], ['cis', 'kics']] as const) {
      const lists = Object.values(presetOptions(names).ports).flat().map(String);
      expect(new Set(lists).size, names.join()).toBe(lists.length);
    }
  });
});

describe('custom rules', () => {
  const kafka = 'custom-rules: [{name: no-public-kafka, severity: high, ports: [9092, "9093-9094"]}]';

  it('report a listed port open to the internet, and public-port-not-allowed leaves it to them', () => {
    expect(fired(kafka, [open('9092', 'broker'), open('9094', 'broker2'), open('9095', 'other')])).toEqual([
      'no-public-kafka aws_security_group.broker',
      'no-public-kafka aws_security_group.broker2',
      'public-port-not-allowed aws_security_group.other',
    ]);
  });

  it('name the ports a permission opens, with severity and title from the file', () => {
    const parsed = parseConfig(kafka, '.github/sg-guard.yml', RULES);
    const report = evaluate([modelOf([tcp('9000-9100', '::/0', 'broker')])], { failOn: 'high', rules: rulesInForce(RULES, parsed.customRules ?? []), settings: parsed.settings });
    const f = report.findings.find((x) => x.rule === 'no-public-kafka');
    expect(f).toMatchObject({ severity: 'high', title: 'TCP 9092, 9093-9094 open to the internet', messageId: 'open' });
    expect(f?.message).toBe('aws_security_group.broker allows 9092/tcp, 9093-9094/tcp from ::/0, which is the whole internet');
    expect(report.summary.blocking).toBeGreaterThan(0);
  });

  it('leave all traffic to no-public-all-traffic, like the built-in port rules', () => {
    expect(fired(kafka, [permission({ protocol: 'all', fromPort: 0, toPort: 65535 })])).toEqual(['no-public-all-traffic aws_security_group.web']);
  });

  it('can watch other peers and egress', () => {
    const config = [
      'custom-rules:',
      '  - {name: no-private-kafka, severity: low, ports: [9092], peer: private}',
      '  - {name: no-public-range-kafka, severity: medium, ports: [9092], peer: public}',
      '  - {name: no-smtp-out, severity: medium, ports: [25], protocol: all, direction: egress, peer: any-cidr}',
    ].join('\n');
    const out = fired(config, [
      tcp('9092', '10.0.0.0/8', 'vpc'),
      tcp('9092', '198.51.100.0/24', 'partner'),
      tcp('9092', '0.0.0.0/0', 'world'),
      permission({ resource: 'aws_security_group.mail', securityGroup: 'aws_security_group.mail', direction: 'egress', protocol: 'udp', fromPort: 20, toPort: 30, peer: tcp('1', '10.1.0.0/16').peer }),
      permission({ resource: 'aws_security_group.in', securityGroup: 'aws_security_group.in', fromPort: 25, toPort: 25, peer: tcp('1', '10.1.0.0/16').peer }),
    ]);
    const custom = new Set(['no-private-kafka', 'no-public-range-kafka', 'no-smtp-out']);
    expect(out.filter((l) => custom.has(l.split(' ')[0] ?? ''))).toEqual([
      'no-private-kafka aws_security_group.vpc',
      'no-public-range-kafka aws_security_group.partner',
      'no-public-range-kafka aws_security_group.world',
      'no-smtp-out aws_security_group.mail',
    ]);
  });

  it('say what kind of range the peer is', () => {
    const rule = customRule({ name: 'no-kafka', severity: 'low', title: 't', ports: [9092], protocol: 'tcp', direction: 'ingress', peer: 'any-cidr', source: 'cfg.yml' });
    const report = evaluate([modelOf([tcp('9092', '10.0.0.0/8', 'a'), tcp('9092', '198.51.100.0/24', 'b'), tcp('9092', '::/0', 'c')])], { failOn: 'high', rules: [rule] });
    expect(report.findings.map((f) => f.message)).toEqual([
      'aws_security_group.a allows 9092/tcp from 10.0.0.0/8, a private range',
      'aws_security_group.b allows 9092/tcp from 198.51.100.0/24, a public range',
      'aws_security_group.c allows 9092/tcp from ::/0, which is the whole internet',
    ]);
    expect(rule.meta.description).toBe('Ingress from any address range to 9092/tcp. A custom rule of cfg.yml.');
    expect(rule.meta.messages).toEqual({ cidr: '{{group}} allows {{ports}} from {{peer}}, {{what}}' });
  });

  it('change nothing about the built-in rules when there are none', () => {
    expect(rulesInForce(RULES, [])).toEqual([...RULES]);
    const extended = rulesInForce(RULES, [{ name: 'no-public-kafka', severity: 'high', title: 't', ports: [9092], protocol: 'tcp', direction: 'ingress', peer: 'internet', source: 'x' }]);
    expect(extended.find((r) => r.meta.name === 'public-port-not-allowed')?.meta.supersededBy).toContain('no-public-kafka');
    // The registry's own rule object is not touched.
    expect(RULES.find((r) => r.meta.name === 'public-port-not-allowed')?.meta.supersededBy).not.toContain('no-public-kafka');
  });
});
