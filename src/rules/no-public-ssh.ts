import { publicPortRule } from './public-port-rule.js';

/** SSH; presets keep or drop it through the `ports` option. */
export const SSH_PORTS: ReadonlyArray<number | string> = [22];

export default publicPortRule({
  name: 'no-public-ssh',
  severity: 'critical',
  title: 'SSH open to the internet',
  description: 'Ingress that lets the whole internet (0.0.0.0/0, ::/0 or CIDRs that add up to it) reach TCP port 22.',
  why: 'SSH exposed to the world is scanned within minutes and brute-forced around the clock; one weak key or an OpenSSH flaw gives a shell on the instance.',
  fix: 'Allow port 22 only from trusted address ranges or, better, from the security group of a bastion host; or drop SSH for AWS Systems Manager Session Manager.',
  references: [
    { title: 'AWS Security Hub EC2.13: no ingress from 0.0.0.0/0 or ::/0 to port 22', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13' },
    { title: 'CIS AWS Foundations Benchmark 5.2 / 5.3', url: 'https://www.cisecurity.org/benchmark/amazon_web_services' },
  ],
  ports: SSH_PORTS,
  protocols: ['tcp'],
});
