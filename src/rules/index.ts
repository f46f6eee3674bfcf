import type { Rule } from './types.js';
import adminPortByCidr from './admin-port-by-cidr.js';
import adminPortFromUntrusted from './admin-port-from-untrusted.js';
import backendBypassesLoadBalancer from './backend-bypasses-load-balancer.js';
import databaseAdmitsPublicTier from './database-admits-public-tier.js';
import databaseByCidr from './database-by-cidr.js';
import databasePubliclyAccessible from './database-publicly-accessible.js';
import defaultSgAllowsTraffic from './default-sg-allows-traffic.js';
import inlineAndStandaloneRules from './inline-and-standalone-rules.js';
import missingDescription from './missing-description.js';
import naclPublicAdminPort from './nacl-public-admin-port.js';
import naclRuleShadowed from './nacl-rule-shadowed.js';
import noPublicAllTraffic from './no-public-all-traffic.js';
import noPublicDatabase from './no-public-database.js';
import noPublicHighRiskPort from './no-public-high-risk-port.js';
import noPublicRdp from './no-public-rdp.js';
import noPublicRemoteAdmin from './no-public-remote-admin.js';
import noPublicSsh from './no-public-ssh.js';
import peerVpcCidrInsteadOfSg from './peer-vpc-cidr-instead-of-sg.js';
import privateTierUnrestrictedEgress from './private-tier-unrestricted-egress.js';
import publicIngressToPrivateTier from './public-ingress-to-private-tier.js';
import publicPortNotAllowed from './public-port-not-allowed.js';
import unknownPeer from './unknown-peer.js';
import unknownPort from './unknown-port.js';
import unrestrictedEgress from './unrestricted-egress.js';
import unusedSecurityGroup from './unused-security-group.js';
import widePortRange from './wide-port-range.js';
import widePublicCidr from './wide-public-cidr.js';

/** Every rule, sorted by name. A test checks each has a doc page and tested examples. */
export const RULES: readonly Rule[] = [
  adminPortByCidr,
  adminPortFromUntrusted,
  backendBypassesLoadBalancer,
  databaseAdmitsPublicTier,
  databaseByCidr,
  databasePubliclyAccessible,
  defaultSgAllowsTraffic,
  inlineAndStandaloneRules,
  missingDescription,
  naclPublicAdminPort,
  naclRuleShadowed,
  noPublicAllTraffic,
  noPublicDatabase,
  noPublicHighRiskPort,
  noPublicRdp,
  noPublicRemoteAdmin,
  noPublicSsh,
  peerVpcCidrInsteadOfSg,
  privateTierUnrestrictedEgress,
  publicIngressToPrivateTier,
  publicPortNotAllowed,
  unknownPeer,
  unknownPort,
  unrestrictedEgress,
  unusedSecurityGroup,
  widePortRange,
  widePublicCidr,
];

export function ruleByName(name: string): Rule | undefined {
  return RULES.find((r) => r.meta.name === name);
}
