import { publicPortRule } from './public-port-rule.js';

/**
 * AWS Security Hub EC2.19's high-risk ports and KICS' sensitive ports, less
 * those that no-public-ssh (22), no-public-rdp (3389), no-public-database
 * (DATABASE_PORTS) and no-public-remote-admin (REMOTE_ADMIN_PORTS) report:
 * the lists are disjoint, so one port is never named by two rules.
 */
export const HIGH_RISK_PORTS: Array<number | string> = [
  '20-21', // FTP
  25, // SMTP
  53, // DNS
  110, // POP3
  135, // Microsoft RPC
  '137-139', // NetBIOS
  143, // IMAP
  161, // SNMP
  389, // LDAP
  445, // SMB
  636, // LDAPS
  1522, // Oracle
  '2382-2383', // SQL Server Analysis Services
  3000, // Grafana and development servers
  3020, // CIFS
  4333, // mSQL
  '4505-4506', // SaltStack master
  5000, // development servers, Docker registry
  5500, // VNC listener
  5601, // Kibana
  7199, // Cassandra JMX
  8000, // development web servers
  8020, // HDFS NameNode
  8080, // HTTP proxies and application servers
  8088, // Hadoop YARN
  8140, // Puppet master
  8888, // Jupyter, Cassandra OpsCenter
  9000, // Hadoop, PHP-FPM, SonarQube
  9090, // Prometheus, Cockpit
  '11214-11215', // memcached over TLS
  50070, // HDFS NameNode web UI
  50470, // HDFS NameNode web UI over TLS
  '61620-61621', // Cassandra OpsCenter agents
];

export default publicPortRule({
  name: 'no-public-high-risk-port',
  severity: 'high',
  title: 'High-risk port open to the internet',
  description:
    'Ingress that lets the whole internet reach a port AWS Security Hub (EC2.19) or KICS counts as high risk: FTP, SMTP, DNS, POP3/IMAP, NetBIOS/SMB, SNMP, LDAP, and the admin consoles and development servers on 3000, 5000, 5601, 8000, 8080, 8088, 8888, 9000 and 9090, among others. SSH, RDP, database and remote-administration ports have rules of their own.',
  why: 'These services were rarely meant for the internet: file shares and RPC leak data and have a long history of wormable flaws, SNMP and DNS are abused for amplification, and dashboards on 3000/5601/8080/8888 often have no authentication at all.',
  fix: 'Put the service behind a load balancer on 443, or admit the port only from the security groups or address ranges that need it; close what nobody uses.',
  references: [
    { title: 'AWS Security Hub EC2.19: security groups should not allow unrestricted access to ports with high risk', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19' },
    { title: 'AWS Config: restricted-common-ports', url: 'https://docs.aws.amazon.com/config/latest/developerguide/restricted-common-ports.html' },
    { title: 'KICS: Sensitive Port Is Exposed To Entire Network', url: 'https://docs.kics.io/latest/queries/terraform-queries/aws/381c3f2a-ef6f-4eff-99f7-b169cda3422c' },
  ],
  ports: HIGH_RISK_PORTS,
  protocols: ['tcp', 'udp'],
});
