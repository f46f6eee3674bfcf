import type { Rule } from './types.js';
import noPublicAllTraffic from './no-public-all-traffic.js';
import noPublicDatabase from './no-public-database.js';
import noPublicRdp from './no-public-rdp.js';
import noPublicSsh from './no-public-ssh.js';
import unknownPeer from './unknown-peer.js';

/** Every rule, sorted by name. A test checks each has a doc page and tested examples. */
export const RULES: readonly Rule[] = [noPublicAllTraffic, noPublicDatabase, noPublicRdp, noPublicSsh, unknownPeer];

export function ruleByName(name: string): Rule | undefined {
  return RULES.find((r) => r.meta.name === name);
}
