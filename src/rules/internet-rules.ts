/**
 * The rules that report traffic open to the whole internet. A rule that adds
 * context to such a permission (its tier, a load balancer it bypasses) is
 * superseded by them when they already report it: one permission, one finding.
 */
export const INTERNET_RULES: readonly string[] = [
  'no-public-all-traffic',
  'no-public-database',
  'no-public-high-risk-port',
  'no-public-rdp',
  'no-public-remote-admin',
  'no-public-ssh',
];
