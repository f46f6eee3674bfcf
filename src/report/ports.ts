import { describeTraffic, type Traffic } from '../lib/ports.js';
import type { Finding } from '../findings/types.js';

/**
 * Direction, traffic and peer in words: `ingress 22/tcp from 0.0.0.0/0`,
 * `egress all traffic to ::/0`. Parts that are null are left out; '' when all are.
 */
export function describePermission(finding: Traffic & Pick<Finding, 'direction' | 'peer'>): string {
  const parts: string[] = [];
  if (finding.direction) parts.push(finding.direction);
  const traffic = describeTraffic(finding);
  if (traffic) parts.push(traffic);
  if (finding.peer != null) parts.push(`${finding.direction === 'egress' ? 'to' : 'from'} ${finding.peer}`);
  return parts.join(' ');
}
