/**
 * Small plans in `terraform show -json` shape for the hostile-input tests:
 * one group and one standalone rule from 0.0.0.0/0, each part replaceable.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function group(name: string, values: JsonObject = {}, address = `aws_security_group.${name}`): JsonObject {
  return {
    address,
    mode: 'managed',
    type: 'aws_security_group',
    name,
    change: {
      actions: ['create'],
      before: null,
      after: { name, description: `${name} tier`, vpc_id: 'vpc-1', ingress: [], egress: [], ...values },
      after_unknown: { id: true },
    },
  };
}

export function rule(name: string, values: JsonObject = {}, unknown: JsonObject = {}, address = `aws_security_group_rule.${name}`): JsonObject {
  return {
    address,
    mode: 'managed',
    type: 'aws_security_group_rule',
    name,
    change: {
      actions: ['create'],
      before: null,
      after: { type: 'ingress', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'], security_group_id: 'sg-0123', description: 'ssh', ...values },
      after_unknown: { id: true, ...unknown },
    },
  };
}

export function plan(resourceChanges: Json[], extra: JsonObject = {}): JsonObject {
  return { format_version: '1.2', terraform_version: '1.9.8', resource_changes: resourceChanges, ...extra };
}

/** An SSH-to-the-world rule: the plan every "never drop silently" case starts from. */
export function sshWorld(values: JsonObject = {}, unknown: JsonObject = {}): JsonObject {
  return plan([group('web'), rule('fail_ssh', values, unknown)]);
}

export function tempDir(prefix = 'sg-guard-hostile-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes `value` (JSON, or raw text) as a file in a new temporary directory; returns its path. */
export function writePlan(value: unknown, name = 'plan.json', dir = tempDir()): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}
