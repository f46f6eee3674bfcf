import type { Body, Comment, Span, SyntaxFile, Value } from './syntax.js';
import type { Suppression } from './types.js';

const DIRECTIVE = /^sg-guard:ignore(?=\s|$)\s*(\S*)\s*(.*)$/;

/** A suppression written in a comment's text (`# ...` or `// ...`), or null. */
export function parseSuppression(text: string, line: number): Suppression | null {
  const t = text.trim();
  const body = t.startsWith('#') ? t.slice(1) : t.startsWith('//') ? t.slice(2) : null;
  if (body === null) return null;
  const m = DIRECTIVE.exec(body.trim());
  return m ? { rule: m[1] ?? '', reason: (m[2] ?? '').trim(), line } : null;
}

/** The comments that stand alone on the lines directly before `line`, nearest last. */
function commentsBefore(comments: readonly Comment[], line: number): Comment[] {
  const byEnd = new Map<number, Comment>();
  for (const c of comments) if (c.alone) byEnd.set(c.endLine, c);
  const out: Comment[] = [];
  let l = line - 1;
  for (let c = byEnd.get(l); c; c = byEnd.get(l)) {
    out.unshift(c);
    l = c.line - 1;
  }
  return out;
}

/** Terraform JSON has no comments, but ignores properties named "//": those can hold the directive. */
function jsonDirectives(body: Body): Suppression[] {
  const v = body.attributes.get('//')?.value;
  const strings = v?.kind === 'string' ? [v] : v?.kind === 'tuple' ? v.items : [];
  const out: Suppression[] = [];
  for (const s of strings) {
    if (s.kind !== 'string') continue;
    const m = DIRECTIVE.exec(s.value.trim());
    if (m) out.push({ rule: m[1] ?? '', reason: (m[2] ?? '').trim(), line: s.line });
  }
  return out;
}

/** The body in a JSON block whose range is `span`: the block itself, or an object nested in it. */
function bodyAt(body: Body, span: Span): Body | null {
  if (body.line === span.line && body.endLine === span.endLine) return body;
  for (const attr of body.attributes.values()) {
    const found = valueBodyAt(attr.value, span);
    if (found) return found;
  }
  for (const b of body.blocks) {
    const found = bodyAt(b, span);
    if (found) return found;
  }
  return null;
}

function valueBodyAt(v: Value, span: Span): Body | null {
  if (v.kind === 'object') return bodyAt(v.body, span);
  if (v.kind === 'tuple') {
    for (const item of v.items) {
      const found = valueBodyAt(item, span);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Suppressions for the block at `span` in `file`: the directive comments on
 * the lines directly before it and, when it lies inside a top-level block
 * (an inline rule in its resource), directly before that block too.
 */
export function suppressionsAt(file: SyntaxFile, span: Span): Suppression[] {
  const outer = file.blocks.find((b) => b.line <= span.line && span.endLine <= b.endLine);
  const starts = new Set([span.line]);
  if (outer) starts.add(outer.line);
  const out: Suppression[] = [];
  if (file.format === 'json') {
    if (outer) {
      const inner = bodyAt(outer, span);
      out.push(...jsonDirectives(outer));
      if (inner && inner !== outer) out.push(...jsonDirectives(inner));
    }
  } else {
    for (const start of starts) {
      for (const c of commentsBefore(file.comments, start)) {
        const s = parseSuppression(c.text, c.line);
        if (s) out.push(s);
      }
    }
  }
  return out.sort((a, b) => a.line - b.line);
}
