import { publicPortRule } from './public-port-rule.js';

/** Database, cache and search-engine ports (SQL Server, Oracle, MySQL, PostgreSQL, Redis, Elasticsearch, memcached, MongoDB, ...). */
export const DATABASE_PORTS: Array<number | string> = [
  1433, 1434, 1521, 2379, 2380, 2483, 2484, 3306, 5432, 5439, 5984, 6379, 7000, 7001, 8086, 9042, 9160, 9200, 9300, 11211, '27017-27019',
];

export default publicPortRule({
  name: 'no-public-database',
  severity: 'critical',
  title: 'Database port open to the internet',
  description: 'Ingress that lets the whole internet reach a database, cache or search-engine port (1433, 1521, 3306, 5432, 6379, 9200, 11211, 27017 and others).',
  why: 'Databases should accept connections only from the application tier. Exposed databases are found by scanners within hours and are a leading cause of data breaches and ransom wipes.',
  fix: 'Remove the internet CIDR and admit only the security groups of the application or Lambda functions that use the database (source_security_group_id / referenced_security_group_id).',
  references: [
    { title: 'AWS Security Hub EC2.19: security groups should not allow unrestricted access to high-risk ports', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19' },
    { title: 'Amazon RDS: controlling access with security groups', url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html' },
  ],
  ports: DATABASE_PORTS,
  protocols: ['tcp'],
});
