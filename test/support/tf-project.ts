/**
 * Writes a small Terraform project and the `terraform show -json` plan that
 * Terraform 1.9 with the AWS provider 5.x prints for it (every resource
 * created): aws_security_group with inline ingress/egress blocks and
 * aws_security_group_rule resources on those groups. The .tf text and the plan
 * come from one description, so their lines and values agree; tests use it
 * for projects too large to keep as fixtures (dozens or hundreds of rules).
 */

export interface RuleSpec {
  description: string;
  from: number;
  to: number;
  /** As written in Terraform: "tcp", "udp", "-1". */
  protocol: string;
  cidrs: string[];
}

export interface GroupSpec {
  name: string;
  description: string;
  ingress?: RuleSpec[];
  egress?: RuleSpec[];
}

export interface StandaloneRuleSpec extends RuleSpec {
  name: string;
  type: 'ingress' | 'egress';
  group: string;
}

export interface ProjectSpec {
  groups: GroupSpec[];
  rules?: StandaloneRuleSpec[];
}

const PROVIDER = 'registry.terraform.io/hashicorp/aws';

function q(s: string): string {
  return JSON.stringify(s);
}

function hclBlock(kind: string, r: RuleSpec): string[] {
  return [
    `  ${kind} {`,
    `    description = ${q(r.description)}`,
    `    from_port   = ${r.from}`,
    `    to_port     = ${r.to}`,
    `    protocol    = ${q(r.protocol)}`,
    `    cidr_blocks = [${r.cidrs.map(q).join(', ')}]`,
    '  }',
  ];
}

export function projectTf(spec: ProjectSpec): string {
  const out: string[] = [
    'terraform {',
    '  required_providers {',
    '    aws = {',
    '      source  = "hashicorp/aws"',
    '      version = "~> 5.0"',
    '    }',
    '  }',
    '}',
    '',
    'provider "aws" {',
    '  region = "eu-west-1"',
    '}',
  ];
  for (const g of spec.groups) {
    out.push('', `resource "aws_security_group" ${q(g.name)} {`, `  name        = ${q(g.name)}`, `  description = ${q(g.description)}`);
    for (const r of g.ingress ?? []) out.push('', ...hclBlock('ingress', r));
    for (const r of g.egress ?? []) out.push('', ...hclBlock('egress', r));
    out.push('}');
  }
  for (const r of spec.rules ?? []) {
    out.push(
      '',
      `resource "aws_security_group_rule" ${q(r.name)} {`,
      `  type              = ${q(r.type)}`,
      `  description       = ${q(r.description)}`,
      `  from_port         = ${r.from}`,
      `  to_port           = ${r.to}`,
      `  protocol          = ${q(r.protocol)}`,
      `  cidr_blocks       = [${r.cidrs.map(q).join(', ')}]`,
      `  security_group_id = aws_security_group.${r.group}.id`,
      '}',
    );
  }
  return `${out.join('\n')}\n`;
}

function inlineAfter(r: RuleSpec): Record<string, unknown> {
  return {
    cidr_blocks: r.cidrs,
    description: r.description,
    from_port: r.from,
    ipv6_cidr_blocks: [],
    prefix_list_ids: [],
    protocol: r.protocol,
    security_groups: [],
    self: false,
    to_port: r.to,
  };
}

function inlineConfig(r: RuleSpec): Record<string, unknown> {
  return {
    cidr_blocks: r.cidrs,
    description: r.description,
    from_port: r.from,
    ipv6_cidr_blocks: null,
    prefix_list_ids: null,
    protocol: r.protocol,
    security_groups: null,
    self: null,
    to_port: r.to,
  };
}

function inlineShape(r: RuleSpec): Record<string, unknown> {
  return { cidr_blocks: r.cidrs.map(() => false), ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [] };
}

interface Resource {
  address: string;
  type: string;
  name: string;
  schemaVersion: number;
  after: Record<string, unknown>;
  afterUnknown: Record<string, unknown>;
  afterSensitive: Record<string, unknown>;
  expressions: Record<string, unknown>;
}

function resources(spec: ProjectSpec): Resource[] {
  const out: Resource[] = [];
  for (const g of spec.groups) {
    const ingress = g.ingress ?? [];
    const egress = g.egress ?? [];
    const after: Record<string, unknown> = {
      description: g.description,
      ingress: ingress.map(inlineAfter),
      name: g.name,
      revoke_rules_on_delete: false,
      tags: null,
      timeouts: null,
    };
    const afterUnknown: Record<string, unknown> = { arn: true, id: true, ingress: ingress.map(inlineShape), name_prefix: true, owner_id: true, tags_all: true, vpc_id: true };
    const afterSensitive: Record<string, unknown> = { ingress: ingress.map(inlineShape), tags_all: {} };
    const expressions: Record<string, unknown> = { description: { constant_value: g.description }, name: { constant_value: g.name } };
    if (ingress.length > 0) expressions.ingress = { constant_value: ingress.map(inlineConfig) };
    if (egress.length > 0) {
      after.egress = egress.map(inlineAfter);
      afterUnknown.egress = egress.map(inlineShape);
      afterSensitive.egress = egress.map(inlineShape);
      expressions.egress = { constant_value: egress.map(inlineConfig) };
    } else {
      afterUnknown.egress = true;
      afterSensitive.egress = [];
    }
    out.push({ address: `aws_security_group.${g.name}`, type: 'aws_security_group', name: g.name, schemaVersion: 1, after, afterUnknown, afterSensitive, expressions });
  }
  for (const r of spec.rules ?? []) {
    out.push({
      address: `aws_security_group_rule.${r.name}`,
      type: 'aws_security_group_rule',
      name: r.name,
      schemaVersion: 2,
      after: {
        cidr_blocks: r.cidrs,
        description: r.description,
        from_port: r.from,
        ipv6_cidr_blocks: null,
        prefix_list_ids: null,
        protocol: r.protocol,
        self: false,
        timeouts: null,
        to_port: r.to,
        type: r.type,
      },
      afterUnknown: { cidr_blocks: r.cidrs.map(() => false), id: true, security_group_id: true, security_group_rule_id: true, source_security_group_id: true },
      afterSensitive: { cidr_blocks: r.cidrs.map(() => false) },
      expressions: {
        cidr_blocks: { constant_value: r.cidrs },
        description: { constant_value: r.description },
        from_port: { constant_value: r.from },
        protocol: { constant_value: r.protocol },
        security_group_id: { references: [`aws_security_group.${r.group}.id`, `aws_security_group.${r.group}`] },
        to_port: { constant_value: r.to },
        type: { constant_value: r.type },
      },
    });
  }
  return out.sort((a, b) => (a.address < b.address ? -1 : 1));
}

/** The plan JSON, as `terraform show -json` prints it for a plan that creates everything. */
export function projectPlan(spec: ProjectSpec): Record<string, unknown> {
  const rs = resources(spec);
  return {
    format_version: '1.2',
    terraform_version: '1.9.8',
    planned_values: {
      root_module: {
        resources: rs.map((r) => ({
          address: r.address,
          mode: 'managed',
          type: r.type,
          name: r.name,
          provider_name: PROVIDER,
          schema_version: r.schemaVersion,
          values: r.after,
          sensitive_values: r.afterSensitive,
        })),
      },
    },
    resource_changes: rs.map((r) => ({
      address: r.address,
      mode: 'managed',
      type: r.type,
      name: r.name,
      provider_name: PROVIDER,
      change: { actions: ['create'], before: null, after: r.after, after_unknown: r.afterUnknown, before_sensitive: false, after_sensitive: r.afterSensitive },
    })),
    configuration: {
      provider_config: { aws: { name: 'aws', full_name: PROVIDER, version_constraint: '~> 5.0', expressions: { region: { constant_value: 'eu-west-1' } } } },
      root_module: {
        resources: rs.map((r) => ({
          address: r.address,
          mode: 'managed',
          type: r.type,
          name: r.name,
          provider_config_key: 'aws',
          expressions: r.expressions,
          schema_version: r.schemaVersion,
        })),
      },
    },
    timestamp: '2025-01-15T10:00:00Z',
    applyable: true,
    complete: true,
    errored: false,
  };
}

/** A project with `count` SSH-from-the-internet rules on one group: `count` critical findings. */
export function manyFindings(count: number, nameLength = 12): ProjectSpec {
  const pad = (i: number): string => `ssh_${String(i).padStart(3, '0')}_${'x'.repeat(Math.max(0, nameLength - 8))}`;
  return {
    groups: [{ name: 'fleet', description: 'Fleet hosts' }],
    rules: Array.from({ length: count }, (_, i) => ({
      name: pad(i),
      type: 'ingress' as const,
      group: 'fleet',
      description: `SSH for host ${i}`,
      from: 22,
      to: 22,
      protocol: 'tcp',
      cidrs: ['0.0.0.0/0'],
    })),
  };
}
