/**
 * Reads HCL native syntax (.tf) with tree-sitter's HCL grammar, run as
 * WebAssembly (web-tree-sitter): no native addon, so the bundle in dist/ runs
 * with no node_modules. The two .wasm files are copied beside the bundle by
 * scripts/build.mjs; from src/ (tests) they are read from node_modules.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { emptyBody, type Attribute, type Block, type Body, type Comment, type Span, type SyntaxFile, type Value } from './syntax.js';

/** The wasm files the parser needs: the file name beside the bundle, and the module specifier in node_modules. */
export const WASM_ASSETS = {
  runtime: { file: 'web-tree-sitter.wasm', specifier: 'web-tree-sitter/web-tree-sitter.wasm' },
  grammar: { file: 'tree-sitter-hcl.wasm', specifier: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm' },
} as const;

async function readAsset(asset: { file: string; specifier: string }): Promise<Uint8Array> {
  try {
    // Bundled: dist/cli.js and dist/index.js sit beside the copied .wasm files.
    return await readFile(new URL(`./${asset.file}`, import.meta.url));
  } catch {
    return await readFile(createRequire(import.meta.url).resolve(asset.specifier));
  }
}

let parser: Promise<Parser> | undefined;

/** The one HCL parser of the process; loading the wasm happens once. Rejects when the wasm cannot be loaded. */
function hclParser(): Promise<Parser> {
  parser ??= (async () => {
    const [runtime, grammar] = await Promise.all([readAsset(WASM_ASSETS.runtime), readAsset(WASM_ASSETS.grammar)]);
    // V8 otherwise recompiles the wasm with its optimising tier on a background
    // thread, and the process waits for that at exit: about 50 ms, a third of a
    // small check, for parsing a few .tf files a little faster. The flag only
    // affects wasm compiled from here on, and there is no other wasm.
    try {
      setFlagsFromString('--liftoff-only');
    } catch {
      // An engine without the flag keeps its default tiers.
    }
    // Handing over the bytes keeps emscripten from looking for the file itself.
    await Parser.init({ wasmBinary: runtime });
    const language = await Language.load(grammar);
    const p = new Parser();
    p.setLanguage(language);
    return p;
  })();
  return parser;
}

/** The parser, or the reason it cannot be had (shown for every .tf file then). */
export async function loadHclParser(): Promise<{ parse(path: string, text: string): SyntaxFile } | { error: string }> {
  try {
    const p = await hclParser();
    return { parse: (path, text) => parseHcl(p, path, text) };
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]?.trim() ?? '';
    return { error: `cannot load the HCL parser: ${message}` };
  }
}

/** A file tree-sitter could not parse without errors. */
export class HclSyntaxError extends Error {
  readonly line: number;
  constructor(line: number) {
    super(`HCL syntax error at line ${line}`);
    this.name = 'HclSyntaxError';
    this.line = line;
  }
}

function parseHcl(p: Parser, path: string, text: string): SyntaxFile {
  const tree = p.parse(text);
  if (!tree) throw new Error('the HCL parser returned no tree');
  try {
    const root = tree.rootNode;
    const lines = text.split('\n');
    // A missing closing brace is reported at the end of input: the last line that has text.
    const lastLine = lines.length - (text.endsWith('\n') ? 1 : 0);
    if (root.hasError) throw new HclSyntaxError(Math.max(1, Math.min(firstErrorLine(root), lastLine)));
    const comments: Comment[] = [];
    for (const c of root.descendantsOfType('comment')) {
      if (!c) continue;
      const before = (lines[c.startPosition.row] ?? '').slice(0, c.startPosition.column);
      const after = (lines[c.endPosition.row] ?? '').slice(c.endPosition.column);
      comments.push({ ...span(c), text: c.text, alone: before.trim() === '' && after.trim() === '' });
    }
    const body = root.namedChildren.find((n) => n?.type === 'body');
    return { path, format: 'hcl', blocks: body ? readBody(body).blocks : [], comments };
  } finally {
    tree.delete();
  }
}

function span(n: Node): Span {
  return { line: n.startPosition.row + 1, endLine: n.endPosition.row + 1 };
}

function firstErrorLine(n: Node): number {
  if (n.isError || n.isMissing) return n.startPosition.row + 1;
  for (const c of n.children) {
    if (c?.hasError || c?.isMissing) return firstErrorLine(c);
  }
  return n.startPosition.row + 1;
}

function named(n: Node): Node[] {
  return n.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
}

function readBody(n: Node): Body {
  const body = emptyBody(span(n));
  for (const c of named(n)) {
    if (c.type === 'attribute') {
      const attr = readAttribute(c);
      if (attr && !body.attributes.has(attr.name)) body.attributes.set(attr.name, attr);
    } else if (c.type === 'block') {
      body.blocks.push(readBlock(c));
    }
  }
  return body;
}

function readAttribute(n: Node): Attribute | null {
  const [id, expr] = named(n);
  if (id?.type !== 'identifier' || !expr) return null;
  return { ...span(n), name: id.text, value: readExpression(expr) };
}

function readBlock(n: Node): Block {
  const parts = named(n);
  const type = parts[0]?.text ?? '';
  const labels: string[] = [];
  let body: Body = emptyBody(span(n));
  for (const c of parts.slice(1)) {
    if (c.type === 'string_lit') labels.push(stringLit(c));
    else if (c.type === 'identifier') labels.push(c.text);
    else if (c.type === 'body') body = readBody(c);
  }
  // The block's range, from its type to its closing brace.
  return { ...body, ...span(n), type, labels };
}

/** The text of a string_lit: its template_literal with HCL's escapes undone. */
function stringLit(n: Node): string {
  return named(n)
    .filter((c) => c.type === 'template_literal')
    .map((c) => unescapeHcl(c.text))
    .join('');
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

export function unescapeHcl(raw: string): string {
  return raw
    .replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/g, (whole, u4: string | undefined, u8: string | undefined, ch: string | undefined) => {
      const hex = u4 ?? u8;
      if (hex !== undefined) {
        const cp = parseInt(hex, 16);
        return cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
      }
      return ch !== undefined && ESCAPES[ch] !== undefined ? ESCAPES[ch] : whole;
    })
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{');
}

function other(n: Node): Value {
  return { ...span(n), kind: 'other' };
}

function readExpression(n: Node): Value {
  const parts = named(n);
  // `a.b`, `a[0]`, conditionals... are several parts or other node types: computed.
  if (n.type !== 'expression' || parts.length !== 1) return other(n);
  const inner = parts[0] as Node;
  switch (inner.type) {
    case 'literal_value':
      return literal(inner);
    case 'template_expr': {
      const quoted = named(inner)[0];
      if (quoted?.type === 'quoted_template' && named(quoted).every((c) => c.type === 'template_literal' || c.type.startsWith('quoted_template_'))) {
        return { ...span(n), kind: 'string', value: stringLit(quoted) };
      }
      return other(n);
    }
    case 'collection_value':
      return collection(inner);
    case 'operation': {
      // A negative number: `-1` is a unary operation on a literal.
      const unary = named(inner)[0];
      const operand = unary?.type === 'unary_operation' ? named(unary)[0] : undefined;
      if (unary && operand?.type === 'literal_value' && unary.text.trimStart().startsWith('-')) {
        const v = literal(operand);
        if (v.kind === 'number') return { ...span(n), kind: 'number', value: -v.value };
      }
      return other(n);
    }
    default:
      return other(n);
  }
}

function literal(n: Node): Value {
  const v = named(n)[0];
  if (!v) return other(n);
  switch (v.type) {
    case 'numeric_lit': {
      const num = Number(v.text);
      return Number.isFinite(num) ? { ...span(n), kind: 'number', value: num } : other(n);
    }
    case 'bool_lit':
      return { ...span(n), kind: 'bool', value: v.text === 'true' };
    case 'null_lit':
      return { ...span(n), kind: 'null' };
    case 'string_lit':
      return { ...span(n), kind: 'string', value: stringLit(v) };
    default:
      return other(n);
  }
}

function collection(n: Node): Value {
  const c = named(n)[0];
  if (c?.type === 'tuple') {
    return { ...span(n), kind: 'tuple', items: named(c).filter((e) => e.type === 'expression').map(readExpression) };
  }
  if (c?.type === 'object') {
    const body = emptyBody(span(n));
    for (const elem of named(c)) {
      if (elem.type !== 'object_elem') continue;
      const key = elem.childForFieldName('key');
      const val = elem.childForFieldName('val');
      const name = key ? objectKey(key) : undefined;
      if (name === undefined || !val || body.attributes.has(name)) continue;
      body.attributes.set(name, { ...span(elem), name, value: readExpression(val) });
    }
    return { ...span(n), kind: 'object', body };
  }
  return other(n);
}

/** A literal object key: a bare word or a literal string. */
function objectKey(n: Node): string | undefined {
  const parts = named(n);
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only?.type === 'variable_expr') return only.text;
  const v = readExpression(n);
  return v.kind === 'string' ? v.value : undefined;
}
