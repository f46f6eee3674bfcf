/**
 * Well-known services by port, to say what a range opens in words ("443-3389
 * includes RDP 3389, MS SQL 1433, MySQL 3306"). Only names people look for in
 * a review; the rules keep their own port lists.
 */
const SERVICES: ReadonlyArray<readonly [string, number, number]> = [
  ['FTP', 20, 21],
  ['SSH', 22, 22],
  ['Telnet', 23, 23],
  ['SMTP', 25, 25],
  ['DNS', 53, 53],
  ['Microsoft RPC', 135, 135],
  ['NetBIOS', 137, 139],
  ['SNMP', 161, 161],
  ['LDAP', 389, 389],
  ['SMB', 445, 445],
  ['MS SQL', 1433, 1433],
  ['Oracle', 1521, 1522],
  ['NFS', 2049, 2049],
  ['Docker', 2375, 2376],
  ['MySQL', 3306, 3306],
  ['RDP', 3389, 3389],
  ['PostgreSQL', 5432, 5432],
  ['VNC', 5900, 5903],
  ['WinRM', 5985, 5986],
  ['Redis', 6379, 6379],
  ['Kubernetes API', 6443, 6443],
  ['Cassandra', 9042, 9042],
  ['Elasticsearch', 9200, 9200],
  ['kubelet', 10250, 10250],
  ['memcached', 11211, 11211],
  ['MongoDB', 27017, 27019],
];

/** The services whose ports lie in [from, to], in port order, as "RDP 3389"; at most `max`, then "and N more". */
export function servicesIn(from: number, to: number, max = 8): string[] {
  const found = SERVICES.filter(([, lo, hi]) => lo >= from && hi <= to).map(([name, lo, hi]) => `${name} ${lo === hi ? lo : `${lo}-${hi}`}`);
  return found.length > max ? [...found.slice(0, max), `and ${found.length - max} more`] : found;
}
