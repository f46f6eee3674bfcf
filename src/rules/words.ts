import type { Permission } from '../model/types.js';

/** The group a permission belongs to, in words. */
export function groupOf(p: Pick<Permission, 'securityGroup' | 'securityGroupId'>): string {
  return p.securityGroup ?? p.securityGroupId ?? 'a security group unknown until apply';
}

/** "from" for ingress, "to" for egress. */
export function fromOrTo(p: Pick<Permission, 'direction'>): string {
  return p.direction === 'ingress' ? 'from' : 'to';
}
