/** Findings and reports built by hand for the review tests. */
import { summarise } from '../../src/engine.js';
import type { Finding, Report, Threshold } from '../../src/findings/types.js';

let counter = 0;

/** A located critical SSH finding; `overrides` change any field. Each call has a new id unless given. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  counter += 1;
  return {
    id: counter.toString(16).padStart(12, '0'),
    rule: 'no-public-ssh',
    severity: 'critical',
    title: 'SSH open to the internet',
    message: 'aws_security_group.bastion allows 22/tcp from 0.0.0.0/0, which is the whole internet',
    messageId: 'open',
    plan: 'infra/plan.json',
    securityGroup: 'aws_security_group.bastion',
    resource: 'aws_security_group.bastion',
    resourceType: 'aws_security_group',
    path: 'ingress[0]',
    direction: 'ingress',
    protocol: 'tcp',
    fromPort: 22,
    toPort: 22,
    peer: '0.0.0.0/0',
    peerKind: 'cidr',
    location: { file: 'infra/main.tf', line: 10, endLine: 16 },
    suppression: null,
    change: 'added',
    ...overrides,
  };
}

export function report(findings: Finding[], failOn: Threshold = 'high'): Report {
  return {
    version: 1,
    tool: { name: 'sg-guard', version: '0.1.0' },
    failOn,
    failOnScope: 'all',
    plans: [{ path: 'infra/plan.json', label: 'infra', kind: 'plan', terraformVersion: '1.9.8', formatVersion: '1.2', sourceRoot: 'infra', sourceErrors: [], exposureChanges: [] }],
    findings,
    summary: summarise(findings, failOn),
  };
}
