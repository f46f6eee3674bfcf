/**
 * GitHub's published REST API description (@octokit/openapi, api.github.com),
 * used by the local GitHub server to check every request the Action makes:
 * the operation exists for the method and path, path and query parameters
 * have the declared types, and the JSON body matches the operation's
 * requestBody schema. Bodies are checked strictly: a property the schema does
 * not declare is a violation too (GitHub ignores unknown fields, which would
 * hide a misspelt one).
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  method: string;
  template: string;
  operationId: string;
  regex: RegExp;
  pathParams: string[];
  parameters: Parameter[];
  bodySchema: Schema | null;
  /** How many literal segments the template has: the most literal template wins when several match. */
  literals: number;
}

export interface Match {
  operation: Operation;
  params: Record<string, string>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export class OpenApi {
  private readonly operations: Operation[] = [];
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly doc: { paths: Record<string, Record<string, unknown>>; components: Record<string, unknown> }) {
    for (const [template, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method] as { operationId: string; parameters?: unknown[]; requestBody?: unknown } | undefined;
        if (!op) continue;
        const parameters = [...((item.parameters as unknown[]) ?? []), ...(op.parameters ?? [])].map((p) => this.resolve(p) as Parameter);
        const pathParams: string[] = [];
        const multi = new Set(parameters.filter((p) => p.in === 'path' && (p as { 'x-multi-segment'?: boolean })['x-multi-segment']).map((p) => p.name));
        const source = template.replace(/[.*+?^${}()|[\]\\]/g, (ch) => (ch === '{' || ch === '}' ? ch : `\\${ch}`)).replace(/\{([^}]+)\}/g, (_, name: string) => {
          pathParams.push(name);
          return multi.has(name) ? '(.+)' : '([^/]+)';
        });
        const body = this.resolve(op.requestBody) as { content?: Record<string, { schema?: unknown }> } | undefined;
        const schema = body?.content?.['application/json']?.schema;
        this.operations.push({
          method: method.toUpperCase(),
          template,
          operationId: op.operationId,
          regex: new RegExp(`^${source}$`),
          pathParams,
          parameters,
          bodySchema: schema ? (this.deref(schema) as Schema) : null,
          literals: template.split('/').filter((s) => s && !s.startsWith('{')).length,
        });
      }
    }
  }

  /** api.github.com, loaded once per process (13 MB of JSON). */
  static github(): OpenApi {
    if (!cached) {
      const require = createRequire(import.meta.url);
      const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
      cached = new OpenApi(JSON.parse(readFileSync(file, 'utf8')));
    }
    return cached;
  }

  match(method: string, pathname: string): Match | null {
    let best: Match | null = null;
    for (const operation of this.operations) {
      if (operation.method !== method) continue;
      const m = operation.regex.exec(pathname);
      if (!m) continue;
      if (best && best.operation.literals >= operation.literals) continue;
      const params: Record<string, string> = {};
      operation.pathParams.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1] ?? '')));
      best = { operation, params };
    }
    return best;
  }

  /** Everything wrong with a request to `match`'s operation; empty when it is valid. */
  check(match: Match, query: URLSearchParams, body: unknown): string[] {
    const { operation } = match;
    const where = `${operation.method} ${operation.template} (${operation.operationId})`;
    const problems: string[] = [];
    for (const [name, value] of Object.entries(match.params)) {
      const p = operation.parameters.find((x) => x.in === 'path' && x.name === name);
      if (p?.schema) problems.push(...this.checkValue(`${where} path parameter ${name}`, p.schema, coerce(value, p.schema)));
    }
    for (const name of new Set(query.keys())) {
      const p = operation.parameters.find((x) => x.in === 'query' && x.name === name);
      if (!p) {
        problems.push(`${where}: unknown query parameter "${name}"`);
        continue;
      }
      if (p.schema) problems.push(...this.checkValue(`${where} query parameter ${name}`, p.schema, coerce(query.get(name) ?? '', p.schema)));
    }
    for (const p of operation.parameters) {
      if (p.in === 'query' && p.required && !query.has(p.name)) problems.push(`${where}: missing query parameter "${p.name}"`);
    }
    if (operation.bodySchema) {
      if (body === undefined) {
        if ((operation.bodySchema.required as unknown[] | undefined)?.length) problems.push(`${where}: a JSON body is required`);
      } else {
        problems.push(...this.checkValue(`${where} body`, strict(operation.bodySchema), body));
      }
    } else if (body !== undefined) {
      problems.push(`${where}: takes no body`);
    }
    return problems;
  }

  private checkValue(what: string, schema: Schema, value: unknown): string[] {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.compiled.set(key, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => `${what}: ${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? ` "${String(e.params.additionalProperty)}"` : ''}`);
  }

  /** Follows a `$ref` into components. */
  private resolve(node: unknown): unknown {
    let n = node;
    for (let i = 0; i < 10 && n && typeof n === 'object' && '$ref' in n; i++) {
      const ref = (n as { $ref: string }).$ref;
      n = ref
        .replace(/^#\//, '')
        .split('/')
        .reduce<unknown>((o, key) => (o as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')], this.doc);
    }
    return n;
  }

  /** A schema with every `$ref` replaced by its target (request bodies are not recursive). */
  private deref(node: unknown, depth = 0): unknown {
    if (depth > 30) throw new Error('schema too deep (recursive $ref?)');
    const n = this.resolve(node);
    if (Array.isArray(n)) return n.map((x) => this.deref(x, depth + 1));
    if (n && typeof n === 'object') return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, this.deref(v, depth + 1)]));
    return n;
  }
}

let cached: OpenApi | null = null;

function coerce(value: string, schema: Schema): unknown {
  if (schema.type === 'integer' || schema.type === 'number') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (schema.type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

/** The schema with `additionalProperties: false` on every object that lists its properties and says nothing else. */
function strict(schema: Schema): Schema {
  const walk = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const out: Schema = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    const combined = 'allOf' in out || 'anyOf' in out || 'oneOf' in out;
    if (out.properties && !('additionalProperties' in out) && !combined) out.additionalProperties = false;
    return out;
  };
  return walk(schema) as Schema;
}
