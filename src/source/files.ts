/** Reads the Terraform files of one module directory. The only part of src/source that touches the disk. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HclSyntaxError, loadHclParser } from './hcl.js';
import { parseTfJson } from './json.js';
import type { SyntaxFile } from './syntax.js';

export interface DirectoryRead {
  /** Whether the directory could be listed. */
  listed: boolean;
  /** Why it could not be listed. */
  reason: string | null;
  /** How many Terraform files it holds, readable or not. */
  terraformFiles: number;
  /** The files read and parsed, in name order, override files last. */
  files: SyntaxFile[];
  /** Absolute path → reason, for files that could not be read or parsed. */
  failures: Map<string, string>;
}

const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'the path is too long',
};

function failure(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && READ_FAILURES[code] !== undefined) return READ_FAILURES[code];
  return oneLine(err instanceof Error ? err.message : String(err));
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}

/** Files Terraform reads in a module directory: it skips hidden and editor backup files. */
export function isTerraformFile(name: string): boolean {
  return (name.endsWith('.tf') || name.endsWith('.tf.json')) && !name.startsWith('.') && !name.startsWith('#');
}

/** `override.tf`, `x_override.tf`: merged into the blocks they override, so looked at last. */
function isOverride(name: string): boolean {
  const base = name.replace(/\.tf(\.json)?$/, '');
  return base === 'override' || base.endsWith('_override');
}

function byName(a: string, b: string): number {
  const oa = isOverride(a);
  if (oa !== isOverride(b)) return oa ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export async function readDirectory(dir: string): Promise<DirectoryRead> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isTerraformFile).sort(byName);
  } catch (err) {
    return { listed: false, reason: failure(err), terraformFiles: 0, files: [], failures: new Map() };
  }
  const files: SyntaxFile[] = [];
  const failures = new Map<string, string>();
  // Read every file at once (the waits overlap); results stay in name order.
  const results = await Promise.all(names.map((name) => readTerraformFile(join(dir, name), name.endsWith('.json'))));
  names.forEach((name, i) => {
    const result = results[i] as SyntaxFile | { reason: string };
    if ('reason' in result) failures.set(join(dir, name), result.reason);
    else files.push(result);
  });
  return { listed: true, reason: null, terraformFiles: names.length, files, failures };
}

async function readTerraformFile(path: string, json: boolean): Promise<SyntaxFile | { reason: string }> {
  let text: string;
  try {
    const bytes = await readFile(path);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (err) {
    if (err instanceof TypeError) return { reason: 'not valid UTF-8' };
    return { reason: `cannot read: ${failure(err)}` };
  }
  try {
    if (json) return parseTfJson(path, text);
    const hcl = await loadHclParser();
    if ('error' in hcl) return { reason: hcl.error };
    return hcl.parse(path, text);
  } catch (err) {
    if (err instanceof HclSyntaxError) return { reason: err.message };
    if (err instanceof SyntaxError) return { reason: `invalid JSON: ${oneLine(err.message)}` };
    return { reason: `cannot parse: ${failure(err)}` };
  }
}
