import { mergeRanges, portRanges, subtractRanges } from '../lib/port-set.js';
import type { PortRange } from '../lib/ports.js';
import noPublicDatabase, { DATABASE_PORTS } from '../rules/no-public-database.js';
import noPublicHighRiskPort, { HIGH_RISK_PORTS } from '../rules/no-public-high-risk-port.js';
import noPublicRdp, { RDP_PORTS } from '../rules/no-public-rdp.js';
import noPublicRemoteAdmin, { REMOTE_ADMIN_PORTS } from '../rules/no-public-remote-admin.js';
import noPublicSsh, { SSH_PORTS } from '../rules/no-public-ssh.js';
import type { Read } from '../rules/options.js';

/**
 * Port-list presets: which ports the rules that report ports open to the
 * whole internet (no-public-ssh, -rdp, -remote-admin, -database,
 * -high-risk-port) look at, after a benchmark. Each preset is the set of ports
 * the benchmark flags; each of those rules keeps the ports of its own list that
 * are in the set, and no-public-high-risk-port takes the rest of the set. A
 * port in no preset list is left to public-port-not-allowed like any other
 * port. Rules that judge other peers (admin-port-by-cidr, database-by-cidr, ...)
 * keep their lists. See docs/configuration.md.
 */
const PRESET_NAMES = ['cis', 'aws-fsbp', 'kics'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** AWS Security Hub EC2.19: "security groups should not allow unrestricted access to ports with high risk". */
const EC2_19_PORTS: readonly number[] = [20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300];

/** AWS Security Hub EC2.18's default authorizedTcpPorts. */
const EC2_18_AUTHORIZED_PORTS: readonly number[] = [80, 443];

/**
 * KICS' sensitive ports (tcpPortsMap of its common Rego library, which its
 * Terraform queries check over TCP and UDP), less 80 and 443: KICS lists them,
 * but every public web service needs them, so they stay with allowed-public-ports.
 */
const KICS_PORTS: readonly number[] = [
  20, 21, 22, 23, 25, 53, 110, 135, 137, 138, 139, 161, 389, 445, 636, 1433, 1434, 1521, 1522, 2375, 2376, 2382, 2383, 2483, 2484, 3000, 3020, 3306, 3389,
  4333, 4505, 4506, 5432, 5500, 5601, 5900, 5985, 6379, 7000, 7001, 7199, 8000, 8020, 8080, 8140, 8888, 9000, 9042, 9090, 9160, 9200, 9300, 11211, 11214,
  11215, 27017, 27018, 50070, 50470, 61620, 61621,
];

interface Preset {
  /** Every port the public-port rules report under the preset. */
  flagged: ReadonlyArray<number | string>;
  /** allowed-public-ports under the preset, unless the file sets it. */
  allowedPublicPorts?: readonly number[];
}

const PRESETS: Readonly<Record<PresetName, Preset>> = {
  // CIS AWS Foundations 5.2-5.4: only SSH and RDP are remote-administration ports; the other lists stay as they are.
  cis: { flagged: [...SSH_PORTS, ...RDP_PORTS, ...DATABASE_PORTS, ...HIGH_RISK_PORTS] },
  'aws-fsbp': { flagged: EC2_19_PORTS, allowedPublicPorts: EC2_18_AUTHORIZED_PORTS },
  kics: { flagged: KICS_PORTS },
};

/** The rules a preset narrows, each to the part of its own list that the preset flags. */
const SPECIFIC: ReadonlyArray<readonly [string, ReadonlyArray<number | string>]> = [
  [noPublicSsh.meta.name, SSH_PORTS],
  [noPublicRdp.meta.name, RDP_PORTS],
  [noPublicRemoteAdmin.meta.name, REMOTE_ADMIN_PORTS],
  [noPublicDatabase.meta.name, DATABASE_PORTS],
];
/** The rule that takes whatever a preset flags beyond the specific rules' lists. */
const REST = noPublicHighRiskPort.meta.name;

interface PresetOptions {
  /** The `ports` option of each public-port rule. */
  ports: Record<string, Array<number | string>>;
  /** allowed-public-ports for public-port-not-allowed; null: the preset leaves it alone. */
  allowedPublicPorts: number[] | null;
}

const toSpec = (r: PortRange): number | string => (r.from === r.to ? r.from : `${r.from}-${r.to}`);
const intersect = (a: readonly PortRange[], b: readonly PortRange[]): PortRange[] => subtractRanges(a, subtractRanges(a, b));

/** What the presets set, united when several are named. */
export function presetOptions(names: readonly PresetName[]): PresetOptions {
  const flagged = mergeRanges(names.flatMap((n) => portRanges(PRESETS[n].flagged)));
  const ports: Record<string, Array<number | string>> = {};
  let claimed: PortRange[] = [];
  for (const [rule, list] of SPECIFIC) {
    const own = portRanges(list);
    ports[rule] = intersect(mergeRanges(own), flagged).map(toSpec);
    claimed = [...claimed, ...own];
  }
  ports[REST] = subtractRanges(flagged, claimed).map(toSpec);
  const allowed = names.flatMap((n) => PRESETS[n].allowedPublicPorts ?? []);
  return { ports, allowedPublicPorts: allowed.length > 0 ? [...new Set(allowed)].sort((a, b) => a - b) : null };
}

const show = (v: unknown): string => JSON.stringify(v) ?? String(v);
const isPreset = (v: unknown): v is PresetName => typeof v === 'string' && (PRESET_NAMES as readonly string[]).includes(v);

/** `preset: cis`, or a list such as `preset: [cis, kics]`. */
export function readPresets(v: unknown): Read<PresetName[]> {
  if (isPreset(v)) return { ok: true, value: [v] };
  if (!Array.isArray(v)) return { ok: false, error: `must be ${PRESET_NAMES.join(', ')} or a list of them, not ${show(v)}` };
  const out: PresetName[] = [];
  for (const [i, item] of v.entries()) {
    if (!isPreset(item)) return { ok: false, error: `[${i}] ${show(item)} is not a preset (known: ${PRESET_NAMES.join(', ')})` };
    if (!out.includes(item)) out.push(item);
  }
  return { ok: true, value: out };
}
