/**
 * Short names for security groups where space is tight (the summary's verdict
 * and tables, diagram labels): the module prefix every group shares is left
 * out, and so is the `aws_security_group.` type, so
 * `module.security.aws_security_group.bastion` reads `bastion`. Pure; the
 * result is plan text, to escape like the address itself.
 */

/** An address split at the dots that are not inside `[...]` (for_each keys may hold dots). */
function segments(address: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === '"' && depth > 0 && address[i - 1] !== '\\') quoted = !quoted;
    else if (!quoted && ch === '[') depth++;
    else if (!quoted && ch === ']') depth = Math.max(0, depth - 1);
    else if (!quoted && depth === 0 && ch === '.') {
      out.push(address.slice(start, i));
      start = i + 1;
    }
  }
  out.push(address.slice(start));
  return out;
}

/** The module calls an address starts with, as `module.name[key]` pairs. */
function modulePath(parts: readonly string[]): string[] {
  const path: string[] = [];
  for (let i = 0; i + 1 < parts.length && parts[i] === 'module'; i += 2) path.push(`module.${parts[i + 1]}`);
  return path;
}

/** Addresses considered at most when looking for their common prefix (bounded work on any plan). */
const MAX_ADDRESSES = 10_000;

/**
 * A function that names each of `addresses` (and any other address) briefly:
 * without the module calls all of `addresses` share, without the
 * `aws_security_group.` type, and with `module.x.` written `x.`. Anything that
 * is not an address (a CIDR, `internet`) is returned as it is.
 */
export function shortNamer(addresses: Iterable<string>): (address: string) => string {
  let common: string[] | null = null;
  let n = 0;
  for (const a of addresses) {
    if (++n > MAX_ADDRESSES) break;
    const path = modulePath(segments(a));
    if (common === null) common = path;
    else {
      let k = 0;
      while (k < common.length && k < path.length && common[k] === path[k]) k++;
      common = common.slice(0, k);
    }
    if (common.length === 0) break;
  }
  const prefix = common ?? [];
  return (address) => {
    const parts = segments(address);
    const path = modulePath(parts);
    const shared = prefix.length > 0 && prefix.every((p, i) => path[i] === p) ? prefix.length : 0;
    const rest = parts.slice(2 * shared);
    const modules = path.slice(shared).map((m) => m.slice('module.'.length));
    const resource = rest.slice(2 * (path.length - shared));
    if (resource.length < 2) return address;
    const named = resource[0] === 'aws_security_group' ? resource.slice(1) : resource;
    return [...modules, ...named].join('.');
  };
}
