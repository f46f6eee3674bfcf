/**
 * A finding's reachability in one line of words, for text, Markdown and
 * inline comments: "Exposed now: internet → aws_internet_gateway.main → …",
 * "Open in the group, but not reachable from the internet: …" or
 * "Reachability unknown: …". Addresses and reasons come from the plan (or an
 * uploaded report): the caller's style escapes each piece for its output.
 */
import type { FindingReachability, ReachabilityBlock } from '../findings/types.js';
import { escapeMarkdown, inlineCode } from '../lib/escape.js';
import { cap } from './common.js';

export interface WordStyle {
  /** A resource address. */
  address: (text: string) => string;
  /** Words that may quote the plan. */
  text: (text: string) => string;
}

const PLAIN: WordStyle = { address: (t) => t, text: (t) => t };

/**
 * Markdown: addresses as code spans (pipes escaped in a table), words
 * escaped, each cut to `max` code points. A piece of words keeps its leading
 * space (escapeMarkdown would write it as an entity: it may start a line).
 */
export function markdownStyle(max: number, options: { table?: boolean } = {}): WordStyle {
  return {
    address: (t) => inlineCode(cap(t, max), options) || '—',
    text: (t) => (t.startsWith(' ') ? ` ${escapeMarkdown(cap(t.slice(1), max))}` : escapeMarkdown(cap(t, max))),
  };
}

/** Blocks or reasons named in the line, at most; the JSON report has them all. */
export const MAX_REASONS_SHOWN = 3;

export interface ReachabilityWords {
  /** `Exposed now`, `Open in the group, but not reachable from the internet` or `Reachability unknown`. */
  lead: string;
  /** What follows the lead and a colon, styled; '' when there is nothing to say. */
  detail: string;
}

const LEADS: Record<FindingReachability['status'], string> = {
  exposed: 'Exposed now',
  'not-exposed': 'Open in the group, but not reachable from the internet',
  unknown: 'Reachability unknown',
};

function more(shown: string[], total: number, style: WordStyle): string {
  return total > shown.length ? `${shown.join('; ')}${style.text(`; and ${total - shown.length} more`)}` : shown.join('; ');
}

/** A block as a phrase that starts with what blocks: "aws_route_table.private has no IPv4 route …". */
function blockPhrase(b: ReachabilityBlock, style: WordStyle): string {
  if (b.address !== '' && b.why.startsWith(b.address)) return addressWords(b.address, style) + style.text(b.why.slice(b.address.length));
  const sep = /^(denies|has|is|assigns|does)\b/.test(b.why) ? ' ' : ': ';
  return addressWords(b.address, style) + style.text(`${sep}${b.why}`);
}

/** The VPC's own main route table and default ACL, which no resource manages, are named by the VPC's attribute. */
const IMPLICIT = /^(.+)\.(default_network_acl_id|default_route_table_id)$/;
const IMPLICIT_WORDS: Record<string, string> = { default_network_acl_id: 'default network ACL', default_route_table_id: 'main route table' };

/** A hop or block address in words: `aws_vpc.main.default_network_acl_id` is "the default network ACL of aws_vpc.main". */
function addressWords(address: string, style: WordStyle): string {
  const m = IMPLICIT.exec(address);
  if (!m) return style.address(address);
  return style.text(`the ${IMPLICIT_WORDS[m[2] as string] ?? m[2]} of `) + style.address(m[1] as string);
}

/** Hops a compact path leaves out: the row already names the group, and the gateway and subnet say where the way in is. */
const COMPACT_SKIPS: ReadonlySet<string> = new Set(['route-table', 'network-acl', 'security-group']);

/**
 * The words for `r`; each address and reason goes through `style`. `compact`
 * (a table cell) names only the internet, the gateway, the subnet, a load
 * balancer and the target; the JSON report and inline comments keep every hop.
 */
export function reachabilityWords(r: FindingReachability, style: WordStyle = PLAIN, options: { compact?: boolean } = {}): ReachabilityWords {
  const lead = LEADS[r.status];
  if (r.status === 'exposed') {
    const subnet = r.path.find((h) => h.kind === 'subnet');
    // "aws_subnet.public_a (public IP on launch)" stays with its subnet; anything else is said of the target.
    const onSubnet = subnet !== undefined && r.publicAddress.startsWith(`${subnet.address} (`);
    const last = r.path[r.path.length - 1];
    const hops = r.path.filter((h) => !options.compact || !COMPACT_SKIPS.has(h.kind)).map((h) => {
      if (h.kind === 'internet') return style.text(h.address === '::/0' ? 'internet (IPv6)' : 'internet');
      if (onSubnet && h === subnet) return style.address(h.address) + style.text(r.publicAddress.slice(h.address.length));
      if (!onSubnet && h === last && r.publicAddress !== '') return style.address(h.address) + style.text(` (public address: ${r.publicAddress})`);
      return addressWords(h.address, style);
    });
    return { lead, detail: hops.join(' → ') };
  }
  if (r.status === 'not-exposed') {
    const shown = r.blockedBy.slice(0, MAX_REASONS_SHOWN).map((b) => blockPhrase(b, style));
    return { lead, detail: more(shown, r.blockedBy.length, style) };
  }
  const shown = r.unknownBecause.slice(0, MAX_REASONS_SHOWN).map((t) => style.text(t));
  return { lead, detail: more(shown, r.unknownBecause.length, style) };
}

/** `lead: detail`, or the lead alone. */
export function reachabilityLine(r: FindingReachability, style: WordStyle = PLAIN): string {
  const w = reachabilityWords(r, style);
  return w.detail ? `${w.lead}: ${w.detail}` : w.lead;
}
