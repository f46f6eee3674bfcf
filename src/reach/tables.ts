/**
 * Which route table a subnet uses, for callers that ask about subnets rather
 * than about one resource's reachability (the rules): an explicit
 * association, else the main table of the subnet's own VPC.
 */
import { routesToInternet, type Family } from './evaluate.js';
import type { NetModel, ReachRouteTable, ReachSubnet } from './types.js';

export type SubnetRoute =
  | { status: 'yes'; table: ReachRouteTable; gateway: string }
  | { status: 'no'; table: ReachRouteTable; why: string }
  | { status: 'unknown'; because: string[] };

function show(l: { address: string } | { id: string } | { unknown: string }): string {
  return 'address' in l ? l.address : 'id' in l ? l.id : l.unknown;
}

/** Whether `subnet` routes some of the internet (of `family`) to an internet gateway of its VPC, and through which table. */
export function subnetRoutesToInternet(net: NetModel, subnet: ReachSubnet, family: Family): SubnetRoute {
  const assoc = net.routeAssociations.get(subnet.address);
  const vpc = 'address' in subnet.vpc ? net.vpcs.get(subnet.vpc.address) : undefined;
  let table: ReachRouteTable | undefined;
  if (assoc) {
    table = 'address' in assoc ? net.routeTables.get(assoc.address) : undefined;
    if (!table) return { status: 'unknown', because: ['unknown' in assoc ? assoc.unknown : `${subnet.address}: route table ${show(assoc)} is not in the plan`] };
  } else if (vpc) {
    table = net.routeTables.get(vpc.mainRouteTable);
    if (!table) return { status: 'unknown', because: [`${subnet.address}: main route table ${vpc.mainRouteTable} is not in the plan`] };
  } else {
    return { status: 'unknown', because: [`${subnet.address}: its VPC ${show(subnet.vpc)} is not in the plan, so its main route table is unknown`] };
  }
  const r = routesToInternet(net, table, family);
  if (r.status === 'yes') return { status: 'yes', table, gateway: r.gateway };
  if (r.status === 'unknown') return { status: 'unknown', because: r.because };
  // An association whose subnet is unknown until apply may yet give this subnet another table.
  if (!assoc && net.unresolvedRouteAssociations.length > 0) return { status: 'unknown', because: [`${net.unresolvedRouteAssociations.join(', ')}: the subnet of the association is unknown until apply`] };
  return { status: 'no', table, why: r.why };
}
