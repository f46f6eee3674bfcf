import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/engine.js';
import type { Rule } from '../src/rules/types.js';
import { modelOf, tcp } from './support/permissions.js';

/** A rule that reports every permission, superseded by the named rules. */
function reporter(name: string, supersededBy?: string[]): Rule {
  return {
    meta: { name, severity: 'medium', title: name, description: '', why: '', fix: '', references: [], messages: { m: name }, ...(supersededBy ? { supersededBy } : {}) },
    check(context) {
      for (const permission of context.model.permissions) context.report({ messageId: 'm', permission });
    },
  };
}

const run = (rules: Rule[], off: string[] = []) =>
  evaluate([modelOf([tcp('22', '10.0.0.0/8')])], { failOn: 'high', rules, settings: Object.fromEntries(off.map((n) => [n, { enabled: false }])) }).findings.map((f) => f.rule);

describe('supersededBy', () => {
  it('drops a finding when a broader rule reports the same permission', () => {
    expect(run([reporter('a', ['b']), reporter('b')])).toEqual(['b']);
  });

  it('keeps a finding whose broader finding was itself dropped: the broadest rule may say something else', () => {
    // admin-port-by-cidr gives way to peer-vpc-cidr-instead-of-sg, which gives way to database-by-cidr;
    // the SSH part is not database-by-cidr's to report, so admin-port-by-cidr stays.
    expect(run([reporter('a', ['b']), reporter('b', ['c']), reporter('c')]).sort()).toEqual(['a', 'c']);
  });

  it('keeps a finding whose broader rule is switched off', () => {
    expect(run([reporter('a', ['b']), reporter('b')], ['b'])).toEqual(['a']);
  });

  it('keeps one side of a cycle', () => {
    expect(run([reporter('p', ['q']), reporter('q', ['p'])])).toHaveLength(1);
  });
});
