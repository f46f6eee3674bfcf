import { publicPortRule } from './public-port-rule.js';

/** Remote Desktop; presets keep or drop it through the `ports` option. */
export const RDP_PORTS: ReadonlyArray<number | string> = [3389];

export default publicPortRule({
  name: 'no-public-rdp',
  severity: 'critical',
  title: 'RDP open to the internet',
  description: 'Ingress that lets the whole internet reach port 3389 (Remote Desktop), over TCP or UDP.',
  why: 'Internet-facing RDP is one of the most common ways ransomware crews get in: it is brute-forced constantly and has had pre-authentication flaws (BlueKeep).',
  fix: 'Allow 3389 only from trusted address ranges or a bastion security group, or use Systems Manager Fleet Manager instead of opening RDP.',
  references: [
    { title: 'AWS Security Hub EC2.14: no ingress from 0.0.0.0/0 or ::/0 to port 3389', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-14' },
    { title: 'CIS AWS Foundations Benchmark 5.2 / 5.3', url: 'https://www.cisecurity.org/benchmark/amazon_web_services' },
  ],
  ports: RDP_PORTS,
  protocols: ['tcp', 'udp'],
});
