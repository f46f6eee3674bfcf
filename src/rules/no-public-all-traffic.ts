import { allTrafficMessages, reportAllTrafficToInternet } from './all-traffic.js';
import type { Rule } from './types.js';

const rule: Rule = {
  meta: {
    name: 'no-public-all-traffic',
    severity: 'critical',
    title: 'All traffic open to the internet',
    description: 'Ingress from the whole internet for every protocol (-1 / "all"), or for every TCP or UDP port (0-65535).',
    why: 'It exposes every service on the instance, including ones nobody meant to publish (admin consoles, debug ports, databases); least privilege starts by never doing this.',
    fix: 'Open only the ports the service needs (usually 443, and 80 to redirect) to the internet, and admit everything else from security-group references.',
    references: [
      { title: 'AWS Security Hub EC2.18: only authorized ports may accept unrestricted incoming traffic', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18' },
      { title: 'AWS Well-Architected, SEC05: protect networks', url: 'https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/protecting-networks.html' },
    ],
    messages: allTrafficMessages('from'),
  },
  check(context) {
    reportAllTrafficToInternet(context, 'ingress');
  },
};

export default rule;
