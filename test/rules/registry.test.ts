import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, ruleByName } from '../../src/rules/index.js';
import { OPTION_NAMES, OPTION_RULES } from '../../src/rules/options.js';
import { type Rule } from '../../src/rules/types.js';
import { SEVERITIES } from '../../src/findings/types.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DOCS = join(ROOT, 'docs', 'rules');
const SOURCES = join(ROOT, 'src', 'rules');
const TESTS = join(ROOT, 'test', 'rules');
const HEADINGS = ['## What it checks', '## Why it matters', '## Example', '## How to fix', '## Configuration', '## References'];

function isRule(value: unknown): value is Rule {
  return typeof value === 'object' && value !== null && 'meta' in value && 'check' in value;
}

describe('the rule registry', () => {
  const names = RULES.map((r) => r.meta.name);

  it('is sorted by name, without duplicates, in kebab-case', () => {
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it('finds each rule by name', () => {
    for (const rule of RULES) expect(ruleByName(rule.meta.name)).toBe(rule);
  });

  it.each(RULES.map((r) => [r.meta.name, r] as const))('%s has complete meta', (_, rule) => {
    const { meta } = rule;
    expect(SEVERITIES).toContain(meta.severity);
    for (const text of [meta.title, meta.description, meta.why, meta.fix]) expect(text.trim().length).toBeGreaterThan(0);
    expect(meta.references.length).toBeGreaterThan(0);
    for (const ref of meta.references) expect(ref.url).toMatch(/^https:\/\//);
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    const broader = meta.supersededBy === undefined ? [] : typeof meta.supersededBy === 'string' ? [meta.supersededBy] : meta.supersededBy;
    for (const name of broader) expect(names, `${meta.name} is superseded by unknown rule ${name}`).toContain(name);
  });

  it.each(names)('%s is the default export of the file of that name in src/rules', async (name) => {
    const module = (await import(join(SOURCES, `${name}.ts`))) as { default: unknown };
    expect(module.default).toBe(ruleByName(name));
  });

  it('every rule in src/rules is registered', async () => {
    for (const file of readdirSync(SOURCES).filter((f) => f.endsWith('.ts'))) {
      const module = (await import(join(SOURCES, file))) as { default?: unknown };
      if (isRule(module.default)) expect(names, `${file} is not in src/rules/index.ts`).toContain(module.default.meta.name);
    }
  });

  it('every option goes to rules that exist', () => {
    for (const option of OPTION_NAMES) for (const rule of OPTION_RULES[option]) expect(names).toContain(rule);
  });
});

describe('rule docs', () => {
  it('every page in docs/rules belongs to a registered rule', () => {
    const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md'));
    for (const page of pages) expect(ruleByName(page.replace(/\.md$/, '')), `docs/rules/${page} has no rule`).toBeDefined();
  });

  describe.each(RULES.map((r) => [r.meta.name, r] as const))('docs/rules/%s.md', (name, rule) => {
    const file = join(DOCS, `${name}.md`);
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const lines = text.split('\n');
    const section = (heading: string): string => {
      const start = lines.indexOf(heading);
      const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
      return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
    };

    it('exists', () => {
      expect(existsSync(file)).toBe(true);
    });

    it('opens with the name, then a line with the severity and title from meta', () => {
      expect(lines[0]).toBe(`# ${name}`);
      const titleLine = lines.slice(1).find((l) => l.trim() !== '');
      expect(titleLine).toBe(`**${rule.meta.severity}** · ${rule.meta.title}`);
    });

    it('has the fixed headings, in order, and no others', () => {
      expect(lines.filter((l) => l.startsWith('## '))).toEqual(HEADINGS);
    });

    it('shows a failing and a passing Terraform example', () => {
      const example = section('## Example');
      expect(example.match(/^```hcl$/gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(example).toMatch(/fails/i);
      expect(example).toMatch(/passes/i);
    });

    it('says how to switch the rule off or re-grade it, and documents its options', () => {
      const config = section('## Configuration');
      expect(config).toContain('.github/sg-guard.yml');
      expect(config).toContain(`${name}:`);
      for (const option of OPTION_NAMES) {
        if (OPTION_RULES[option].includes(name)) expect(config, `${name} reads ${option}`).toContain(option);
      }
    });

    it('links every reference of its meta', () => {
      const refs = section('## References');
      for (const ref of rule.meta.references) expect(refs).toContain(ref.url);
    });
  });
});

describe('rule tests', () => {
  it.each(RULES.map((r) => r.meta.name))('test/rules/%s.test.ts runs ruleTester with valid and invalid cases', (name) => {
    const file = join(TESTS, `${name}.test.ts`);
    expect(existsSync(file), `${file} is missing`).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/\bruleTester\(rule,/);
    expect(text).toMatch(/\bvalid: \[\s*[{.]/);
    expect(text).toMatch(/\binvalid: \[\s*[{.]/);
  });
});
