/**
 * Reads Terraform's JSON syntax (.tf.json) into the same model as HCL files.
 * JSON.parse decides whether the text is valid JSON; a small scanner over the
 * then known-good text records where each value starts and ends, which
 * JSON.parse cannot tell.
 */
import { emptyBody, type Block, type Body, type Span, type SyntaxFile, type Value } from './syntax.js';

/** Block types whose labels are nested object keys: `{"resource": {"TYPE": {"NAME": {...}}}}`. */
const LABELS: Record<string, number> = { resource: 2, data: 2, module: 1 };

/** Throws a SyntaxError (with JSON.parse's message) for invalid JSON. */
export function parseTfJson(path: string, text: string): SyntaxFile {
  JSON.parse(text);
  const root = new Scanner(text).document();
  const blocks: Block[] = [];
  if (root.kind === 'object') {
    for (const attr of root.body.attributes.values()) {
      const depth = LABELS[attr.name];
      if (depth !== undefined) collectBlocks(attr.name, depth, attr.value, [], attr, blocks);
    }
  }
  return { path, format: 'json', blocks, comments: [] };
}

/** Objects, or arrays of objects, at each level (Terraform accepts both). */
function objectsOf(v: Value): Array<Value & { kind: 'object' }> {
  if (v.kind === 'object') return [v];
  if (v.kind === 'tuple') return v.items.filter((i): i is Value & { kind: 'object' } => i.kind === 'object');
  return [];
}

function collectBlocks(type: string, depth: number, value: Value, labels: string[], at: Span, out: Block[]): void {
  for (const obj of objectsOf(value)) {
    if (labels.length === depth) {
      // The block reaches from its last label's key to the end of its body.
      out.push({ ...obj.body, line: at.line, endLine: at.endLine, type, labels });
      continue;
    }
    for (const attr of obj.body.attributes.values()) collectBlocks(type, depth, attr.value, [...labels, attr.name], attr, out);
  }
}

/** A string that Terraform evaluates as a template is no literal. */
function isTemplate(s: string): boolean {
  return /(^|[^$])\$\{|(^|[^%])%\{/.test(s);
}

const LITERAL = /true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Scanner {
  private i = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  document(): Value {
    this.space();
    return this.value();
  }

  private space(): void {
    for (;;) {
      const c = this.text[this.i];
      if (c === '\n') this.line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
      this.i++;
    }
  }

  /** JSON.parse has vouched for the text; this only keeps a scanner bug from looping forever. */
  private notAtEnd(): void {
    if (this.i >= this.text.length) throw new SyntaxError('unexpected end of JSON');
  }

  private value(): Value {
    const line = this.line;
    const c = this.text[this.i];
    if (c === '{') return this.object(line);
    if (c === '[') return this.array(line);
    if (c === '"') {
      const s = this.string();
      return isTemplate(s) ? { line, endLine: line, kind: 'other' } : { line, endLine: line, kind: 'string', value: s };
    }
    LITERAL.lastIndex = this.i;
    const word = LITERAL.exec(this.text)?.[0];
    if (word === undefined) throw new SyntaxError(`unexpected character at position ${this.i}`);
    this.i += word.length;
    if (word === 'true' || word === 'false') return { line, endLine: line, kind: 'bool', value: word === 'true' };
    if (word === 'null') return { line, endLine: line, kind: 'null' };
    return { line, endLine: line, kind: 'number', value: Number(word) };
  }

  private string(): string {
    const start = this.i;
    this.i++;
    while (this.text[this.i] !== '"') {
      if (this.i >= this.text.length) throw new SyntaxError('unterminated string');
      this.i += this.text[this.i] === '\\' ? 2 : 1;
    }
    this.i++;
    // Valid JSON strings hold no raw newlines, so the line does not move.
    return JSON.parse(this.text.slice(start, this.i)) as string;
  }

  private object(line: number): Value {
    this.i++;
    const body: Body = emptyBody({ line, endLine: line });
    this.space();
    while (this.text[this.i] !== '}') {
      this.notAtEnd();
      const keyLine = this.line;
      const name = this.string();
      this.space();
      this.i++; // ':'
      this.space();
      const value = this.value();
      // JSON.parse keeps the last of repeated keys; so does this.
      body.attributes.set(name, { line: keyLine, endLine: value.endLine, name, value });
      this.space();
      if (this.text[this.i] === ',') {
        this.i++;
        this.space();
      }
    }
    this.i++;
    body.endLine = this.line;
    return { line, endLine: this.line, kind: 'object', body };
  }

  private array(line: number): Value {
    this.i++;
    const items: Value[] = [];
    this.space();
    while (this.text[this.i] !== ']') {
      this.notAtEnd();
      items.push(this.value());
      this.space();
      if (this.text[this.i] === ',') {
        this.i++;
        this.space();
      }
    }
    this.i++;
    return { line, endLine: this.line, kind: 'tuple', items };
  }
}
