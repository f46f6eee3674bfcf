import { describe, expect, it } from 'vitest';
import { HclSyntaxError, loadHclParser, unescapeHcl } from '../../src/source/hcl.js';
import { parseTfJson } from '../../src/source/json.js';
import { parseSuppression } from '../../src/source/suppressions.js';
import type { Block, SyntaxFile, Value } from '../../src/source/syntax.js';

async function hcl(text: string): Promise<SyntaxFile> {
  const parser = await loadHclParser();
  if ('error' in parser) throw new Error(parser.error);
  return parser.parse('/x/main.tf', text);
}

function outline(blocks: readonly Block[]): unknown[] {
  return blocks.map((b) => [b.type, ...b.labels, b.line, b.endLine, ...(b.blocks.length ? [outline(b.blocks)] : [])]);
}

function value(file: SyntaxFile, block: number, attr: string): Value | undefined {
  return file.blocks[block]?.attributes.get(attr)?.value;
}

describe('HCL (tree-sitter)', () => {
  it('gives blocks and nested blocks with their line ranges', async () => {
    const f = await hcl(['resource "a" "b" {', '  x {', '    y "l" {', '    }', '  }', '}', 'locals {', '}', ''].join('\n'));
    expect(outline(f.blocks)).toEqual([
      ['resource', 'a', 'b', 1, 6, [['x', 2, 5, [['y', 'l', 3, 4]]]]],
      ['locals', 7, 8],
    ]);
  });

  it('reads past heredocs whose text looks like code', async () => {
    const f = await hcl(
      [
        'locals {',
        '  a = <<EOF',
        'resource "fake" "one" {',
        '}}} ${var.x} %{ if true }x%{ endif }',
        'EOF',
        '  b = <<-EOT',
        '    indented } {',
        '    EOT',
        '}',
        'resource "real" "one" {}',
      ].join('\n'),
    );
    expect(outline(f.blocks)).toEqual([
      ['locals', 1, 9],
      ['resource', 'real', 'one', 10, 10],
    ]);
    expect(value(f, 0, 'a')).toEqual({ kind: 'other', line: 2, endLine: 5 });
  });

  it('reads strings with ${} holding braces and quotes', async () => {
    const f = await hcl(['x {', '  a = "${jsonencode({ "k" = "}" })}-${var.b}"', '  b = "$${literal} %%{x} \\"q\\" \\u00e9"', '  c = "}"', '}', 'y {}'].join('\n'));
    expect(outline(f.blocks)).toEqual([['x', 1, 5], ['y', 6, 6]]);
    expect(value(f, 0, 'a')?.kind).toBe('other');
    expect(value(f, 0, 'b')).toMatchObject({ kind: 'string', value: '${literal} %{x} "q" é' });
    expect(value(f, 0, 'c')).toMatchObject({ kind: 'string', value: '}' });
  });

  it('keeps the three comment kinds, with braces inside, out of the structure', async () => {
    const f = await hcl(['# a { ', '// b }', '/* c {', ' } */', 'x { # d }', '  y = 1 // e {', '}', ''].join('\n'));
    expect(outline(f.blocks)).toEqual([['x', 5, 7]]);
    expect(f.comments.map((c) => [c.text.trim(), c.line, c.endLine, c.alone])).toEqual([
      ['# a {', 1, 1, true],
      ['// b }', 2, 2, true],
      ['/* c {\n } */', 3, 4, true],
      ['# d }', 5, 5, false],
      ['// e {', 6, 6, false],
    ]);
  });

  it('reads literal values: numbers, negatives, bools, null, tuples, objects', async () => {
    const f = await hcl(['x {', '  n = 22', '  m = -1', '  t = true', '  z = null', '  l = ["a", var.b]', '  o = { k = "v", "q" = 2 }', '  r = var.x', '}'].join('\n'));
    expect(value(f, 0, 'n')).toMatchObject({ kind: 'number', value: 22 });
    expect(value(f, 0, 'm')).toMatchObject({ kind: 'number', value: -1 });
    expect(value(f, 0, 't')).toMatchObject({ kind: 'bool', value: true });
    expect(value(f, 0, 'z')).toMatchObject({ kind: 'null' });
    const l = value(f, 0, 'l');
    expect(l?.kind === 'tuple' && l.items.map((i) => i.kind)).toEqual(['string', 'other']);
    const o = value(f, 0, 'o');
    expect(o?.kind === 'object' && [...o.body.attributes.keys()]).toEqual(['k', 'q']);
    expect(value(f, 0, 'r')?.kind).toBe('other');
  });

  it('handles CRLF line ends', async () => {
    const f = await hcl('# sg-guard:ignore no-public-ssh why\r\nx {\r\n  a = 1\r\n}\r\n');
    expect(outline(f.blocks)).toEqual([['x', 2, 4]]);
    expect(parseSuppression(f.comments[0]!.text, 1)).toEqual({ rule: 'no-public-ssh', reason: 'why', line: 1 });
  });

  it('rejects a file with a syntax error, naming the line', async () => {
    await expect(hcl('x {\n  a = \n}\n')).rejects.toThrow(HclSyntaxError);
    await expect(hcl('x {\n  a = [1,\n}\n')).rejects.toThrow(/line 2/);
    await expect(hcl('x {\n  a = "unterminated\n}\n')).rejects.toThrow(HclSyntaxError);
  });

  it('undoes HCL escapes', () => {
    expect(unescapeHcl('a\\nb\\t\\"\\\\\\u0041\\U0001F600$${x}%%{y}')).toBe('a\nb\t"\\A😀${x}%{y}');
  });
});

describe('Terraform JSON', () => {
  it('gives resource, data and module blocks with line ranges', () => {
    const text = JSON.stringify(
      { resource: [{ aws_security_group: { a: { name: 'x', ingress: [{ from_port: 22 }] } } }], data: { aws_vpc: { v: {} } }, module: { m: { source: './m' } }, locals: { a: 1 } },
      null,
      2,
    );
    const f = parseTfJson('/x/main.tf.json', text);
    expect(outline(f.blocks)).toEqual([
      ['resource', 'aws_security_group', 'a', 5, 12],
      ['data', 'aws_vpc', 'v', 18, 18],
      ['module', 'm', 22, 24],
    ]);
    const ingress = f.blocks[0]?.attributes.get('ingress')?.value;
    expect(ingress?.kind === 'tuple' && ingress.items[0]).toMatchObject({ kind: 'object', line: 8, endLine: 10 });
    expect(f.blocks[2]?.attributes.get('source')?.value).toMatchObject({ kind: 'string', value: './m', line: 23 });
  });

  it('treats template strings as computed and decodes escapes', () => {
    const f = parseTfJson('/x/a.tf.json', '{"resource": {"t": {"n": {"a": "${var.x}", "b": "$${x} \\u00e9\\/", "c": [1, -2.5e1, true, null]}}}}');
    const b = f.blocks[0]!;
    expect(b.attributes.get('a')?.value.kind).toBe('other');
    expect(b.attributes.get('b')?.value).toMatchObject({ kind: 'string', value: '$${x} é/' });
    const c = b.attributes.get('c')?.value;
    expect(c?.kind === 'tuple' && c.items.map((i) => ('value' in i ? i.value : i.kind))).toEqual([1, -25, true, 'null']);
  });

  it('reads numbers of any length', () => {
    const digits = '9'.repeat(100);
    const f = parseTfJson('/x/a.tf.json', `{"resource": {"t": {"n": {"big": ${digits}, "after": "x"}}}}`);
    expect(f.blocks[0]?.attributes.get('after')?.value).toMatchObject({ kind: 'string', value: 'x' });
  });

  it('throws a SyntaxError for invalid JSON', () => {
    expect(() => parseTfJson('/x/a.tf.json', '{"resource": ')).toThrow(SyntaxError);
    expect(() => parseTfJson('/x/a.tf.json', '{"a": 1,}')).toThrow(SyntaxError);
  });
});

describe('parseSuppression', () => {
  it('reads # and // directives, and nothing else', () => {
    expect(parseSuppression('# sg-guard:ignore no-public-ssh  bastion, see OPS-1 ', 4)).toEqual({ rule: 'no-public-ssh', reason: 'bastion, see OPS-1', line: 4 });
    expect(parseSuppression('//sg-guard:ignore unknown-peer', 2)).toEqual({ rule: 'unknown-peer', reason: '', line: 2 });
    expect(parseSuppression('# sg-guard:ignore', 1)).toEqual({ rule: '', reason: '', line: 1 });
    expect(parseSuppression('/* sg-guard:ignore no-public-ssh */', 1)).toBeNull();
    expect(parseSuppression('# sg-guard:ignored no-public-ssh', 1)).toBeNull();
    expect(parseSuppression('# see sg-guard:ignore no-public-ssh', 1)).toBeNull();
  });
});
