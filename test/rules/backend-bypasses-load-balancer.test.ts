import rule from '../../src/rules/backend-bypasses-load-balancer.js';
import { group, tcp } from '../support/permissions.js';
import { ruleTester } from '../support/rule-tester.js';
import { INSTANCE, PUBLIC_LB } from './tier-fixtures.js';

const sg = 'aws_security_group.web';
const behindAlb = { lbTargets: [{ target: 'aws_instance.web', via: 'aws_lb_target_group_attachment.web', loadBalancers: ['aws_lb.public'] }] };

ruleTester(rule, {
  valid: [
    { name: 'targets admit only the load balancer group', permissions: [tcp('443', group('aws_security_group.alb'))], groups: [{ address: sg, attachments: [INSTANCE] }], network: behindAlb },
    { name: 'an instance with no load balancer may face the internet (other rules judge the port)', permissions: [tcp('443', '0.0.0.0/0')], groups: [{ address: sg, attachments: [INSTANCE] }] },
    { name: 'the load balancer group itself', permissions: [tcp('443', '0.0.0.0/0')], groups: [{ address: sg, attachments: [PUBLIC_LB, INSTANCE] }], network: behindAlb },
    { name: 'ssh from the internet on a target is no-public-ssh alone', permissions: [tcp('22', '0.0.0.0/0')], groups: [{ address: sg, attachments: [INSTANCE] }], network: behindAlb },
  ],
  invalid: [
    {
      name: 'a target group member open on 443 to the internet',
      permissions: [tcp('443', '0.0.0.0/0')],
      groups: [{ address: sg, attachments: [INSTANCE] }],
      network: behindAlb,
      errors: [{ messageId: 'bypass', resource: sg, contains: ['aws_instance.web', 'behind aws_lb.public', '443/tcp', '0.0.0.0/0'] }],
    },
    {
      name: 'an auto scaling group behind a target group whose load balancer is not in the plan',
      permissions: [tcp('8443', '::/0')],
      groups: [{ address: sg, attachments: [{ resource: 'aws_autoscaling_group.app', resourceType: 'aws_autoscaling_group', attribute: 'launch_template (aws_launch_template.app)', internal: null }] }],
      network: { lbTargets: [{ target: 'aws_autoscaling_group.app', via: 'aws_autoscaling_group.app', loadBalancers: [] }] },
      errors: [{ messageId: 'bypass', resource: sg, contains: ['behind a load balancer', '8443/tcp'] }],
    },
  ],
});
