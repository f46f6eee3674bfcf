/**
 * The little of a Terraform file that locating findings needs: blocks with
 * their labels and line ranges, attributes with literal values where they are
 * literals, and comments. Both readers (HCL native syntax and JSON) produce it.
 * Lines are 1-based and inclusive.
 */

export interface Span {
  line: number;
  endLine: number;
}

/** A literal value, or `other` for anything Terraform computes (references, templates, calls...). */
export type Value =
  | (Span & { kind: 'string'; value: string })
  | (Span & { kind: 'number'; value: number })
  | (Span & { kind: 'bool'; value: boolean })
  | (Span & { kind: 'null' })
  | (Span & { kind: 'tuple'; items: Value[] })
  /** Only the elements with literal keys. */
  | (Span & { kind: 'object'; body: Body })
  | (Span & { kind: 'other' });

export interface Attribute extends Span {
  name: string;
  value: Value;
}

export interface Body extends Span {
  /** By name (Terraform rejects a repeated name, so which one is kept does not matter). */
  attributes: Map<string, Attribute>;
  blocks: Block[];
}

export interface Block extends Body {
  type: string;
  labels: string[];
}

export interface Comment extends Span {
  text: string;
  /** Nothing but whitespace before it on its first line and after it on its last. */
  alone: boolean;
}

export interface SyntaxFile {
  /** Absolute path. */
  path: string;
  format: 'hcl' | 'json';
  blocks: Block[];
  comments: Comment[];
}

export function emptyBody(span: Span): Body {
  return { line: span.line, endLine: span.endLine, attributes: new Map(), blocks: [] };
}

/** The literal string of an attribute, or undefined when it is absent or computed. */
export function literalString(body: Body | undefined, name: string): string | undefined {
  const v = body?.attributes.get(name)?.value;
  return v?.kind === 'string' ? v.value : undefined;
}
