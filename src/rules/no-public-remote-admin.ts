import { publicPortRule } from './public-port-rule.js';

/**
 * Remote administration besides SSH and RDP: Telnet, VNC, WinRM, the Docker
 * daemon API, the Kubernetes API server and the kubelet API.
 */
export const REMOTE_ADMIN_PORTS: Array<number | string> = [23, '2375-2376', '5900-5903', '5985-5986', 6443, 10250];

export default publicPortRule({
  name: 'no-public-remote-admin',
  severity: 'critical',
  title: 'Remote administration port open to the internet',
  description:
    'Ingress that lets the whole internet reach a remote-administration port other than SSH and RDP: Telnet (23), the Docker daemon (2375-2376), VNC (5900-5903), WinRM (5985-5986), the Kubernetes API server (6443) or the kubelet (10250).',
  why: 'Each of these hands out control of the host or the cluster: Telnet sends passwords in clear text, an exposed Docker socket or kubelet runs any container an attacker asks for, and VNC and WinRM are brute-forced like RDP. Scanners look for all of them.',
  fix: 'Admit these ports only from the security group of a bastion or a VPN, or from trusted address ranges; for Kubernetes use a private API endpoint (or restrict public_access_cidrs) and never expose the kubelet.',
  references: [
    { title: 'AWS Security Hub EC2.19: security groups should not allow unrestricted access to ports with high risk', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19' },
    { title: 'CIS AWS Foundations Benchmark 5.2 / 5.3: no ingress from 0.0.0.0/0 or ::/0 to remote server administration ports', url: 'https://www.cisecurity.org/benchmark/amazon_web_services' },
    { title: 'Docker: protect the Docker daemon socket', url: 'https://docs.docker.com/engine/security/protect-access/' },
    { title: 'Kubernetes: kubelet authentication and authorization', url: 'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/' },
  ],
  ports: REMOTE_ADMIN_PORTS,
  protocols: ['tcp'],
});
