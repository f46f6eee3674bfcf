// Measures `sg-guard check` on generated plans shaped like real ones (many
// resources with short attributes, prior state, configuration), against a
// JSON.parse(readFileSync(file)) baseline in the same run. Not a test: it
// prints numbers for the README.
//
//   npm run bench                   sizes 1, 10, 50, 200 MB
//   npm run bench -- 1 200 1000     sizes in MB (1000: about 1 GB; needs the disk space)
//   npm run bench -- --keep 200     keep the generated files in .bench/ (they are reused)
//   npm run bench -- --runs 5 200   best of 5 runs per measurement (default 3)
//   npm run bench -- --groups 20000 check and review of a root of 20,000 groups
//                                   (default 100,000; --groups 0 skips it)
//
// The plans are written by streaming (a 1 GB plan is never one string). They
// model an estate of services, each a module instance of about 30 resources:
// IAM, S3, logs, alarms, parameters, DNS, queues, a task definition, and a
// security group with its rules attached to a Lambda function, an instance or
// an ECS service; every tenth service has a load balancer. Most groups are
// clean; a few have a finding (SSH or all traffic from the internet,
// unrestricted egress, a rule without a description), as in a real estate.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli.js');
const hook = join(root, 'scripts', 'rss-hook.mjs');
const dir = join(root, '.bench');
const GENERATOR = 'g2';
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1]) || 3) : 3;
const groupsAt = args.indexOf('--groups');
const groupCount = groupsAt >= 0 ? Math.max(0, Math.floor(Number(args[groupsAt + 1]) || 0)) : 100_000;
const sizes = args.filter((a, i) => (runsAt < 0 || i !== runsAt + 1) && (groupsAt < 0 || i !== groupsAt + 1)).map(Number).filter((n) => n > 0);
const targets = sizes.length > 0 ? sizes : [1, 10, 50, 200];

// ------------------------------------------------------------------ the estate

const PROVIDER = 'registry.terraform.io/hashicorp/aws';
const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
/** The generated types that src/model/resource-types.ts lists (the scanner parses them), to report their share of the bytes. */
const MODEL_TYPES = new Set([
  'aws_security_group', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule', 'aws_security_group_rule',
  'aws_lambda_function', 'aws_instance', 'aws_ecs_service', 'aws_lb', 'aws_lb_listener', 'aws_lb_target_group',
]);

const hex = (n, width) => n.toString(16).padStart(width, '0');
const arn = (service, resource) => `arn:aws:${service}:${REGION}:${ACCOUNT}:${resource}`;
const tags = (i, extra = {}) => ({ Service: `svc-${i}`, Team: `team-${i % 17}`, Environment: 'production', CostCenter: `cc-${1000 + (i % 40)}`, ...extra });
const policy = (i) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Logs', Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: [arn('logs', `log-group:/svc/svc-${i}:*`)] },
      { Sid: 'Queue', Effect: 'Allow', Action: ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage'], Resource: [arn('sqs', `svc-${i}-jobs`)] },
      { Sid: 'Params', Effect: 'Allow', Action: ['ssm:GetParameter', 'ssm:GetParametersByPath'], Resource: [arn('ssm', `parameter/svc-${i}/*`)] },
    ],
  });

/** The resources of service i: [type, name, values]. */
function service(i) {
  const sg = `sg-${hex(i, 17)}`;
  const subnets = [`subnet-${hex(i % 3, 17)}`, `subnet-${hex(3 + (i % 3), 17)}`];
  const r = [];
  const add = (type, name, values) => r.push([type, name, values]);
  const role = `svc-${i}-role`;
  add('aws_iam_role', 'this', { arn: arn('iam', `role/${role}`), assume_role_policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }), create_date: '2025-01-14T10:02:11Z', description: '', force_detach_policies: false, id: role, inline_policy: [], managed_policy_arns: [], max_session_duration: 3600, name: role, name_prefix: '', path: '/', permissions_boundary: '', tags: tags(i), tags_all: tags(i), unique_id: `AROA${hex(i, 17).toUpperCase()}` });
  add('aws_iam_policy', 'this', { arn: arn('iam', `policy/svc-${i}`), attachment_count: 1, description: `Runtime access of svc-${i}`, id: arn('iam', `policy/svc-${i}`), name: `svc-${i}`, name_prefix: '', path: '/', policy: policy(i), policy_id: `ANPA${hex(i, 17).toUpperCase()}`, tags: tags(i), tags_all: tags(i) });
  for (const p of ['this', 'xray', 'insights']) add('aws_iam_role_policy_attachment', p, { id: `${role}-${p}-${hex(i, 8)}`, policy_arn: p === 'this' ? arn('iam', `policy/svc-${i}`) : `arn:aws:iam::aws:policy/${p}`, role });
  const bucket = `acme-svc-${i}-artifacts`;
  add('aws_s3_bucket', 'artifacts', { acceleration_status: '', arn: `arn:aws:s3:::${bucket}`, bucket, bucket_domain_name: `${bucket}.s3.amazonaws.com`, bucket_prefix: '', bucket_regional_domain_name: `${bucket}.s3.${REGION}.amazonaws.com`, force_destroy: false, hosted_zone_id: 'Z1BKCTXD74EZPE', id: bucket, object_lock_enabled: false, policy: '', region: REGION, request_payer: 'BucketOwner', tags: tags(i), tags_all: tags(i) });
  add('aws_s3_bucket_versioning', 'artifacts', { bucket, expected_bucket_owner: '', id: bucket, mfa: null, versioning_configuration: [{ mfa_delete: '', status: 'Enabled' }] });
  add('aws_s3_bucket_public_access_block', 'artifacts', { block_public_acls: true, block_public_policy: true, bucket, id: bucket, ignore_public_acls: true, restrict_public_buckets: true });
  add('aws_s3_bucket_server_side_encryption_configuration', 'artifacts', { bucket, expected_bucket_owner: '', id: bucket, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: '', sse_algorithm: 'AES256' }], bucket_key_enabled: false }] });
  for (const g of ['app', 'access']) add('aws_cloudwatch_log_group', g, { arn: arn('logs', `log-group:/svc/svc-${i}/${g}`), id: `/svc/svc-${i}/${g}`, kms_key_id: '', log_group_class: 'STANDARD', name: `/svc/svc-${i}/${g}`, name_prefix: '', retention_in_days: 30, skip_destroy: false, tags: tags(i), tags_all: tags(i) });
  for (const m of ['errors', 'latency', 'throttles']) add('aws_cloudwatch_metric_alarm', m, { actions_enabled: true, alarm_actions: [arn('sns', `svc-${i}-alerts`)], alarm_description: `svc-${i} ${m} above threshold`, alarm_name: `svc-${i}-${m}`, arn: arn('cloudwatch', `alarm:svc-${i}-${m}`), comparison_operator: 'GreaterThanThreshold', datapoints_to_alarm: 0, dimensions: { FunctionName: `svc-${i}` }, evaluation_periods: 3, id: `svc-${i}-${m}`, metric_name: m === 'errors' ? 'Errors' : m === 'latency' ? 'Duration' : 'Throttles', namespace: 'AWS/Lambda', ok_actions: [], period: 60, statistic: 'Sum', tags: tags(i), tags_all: tags(i), threshold: m === 'latency' ? 2000 : 1, treat_missing_data: 'notBreaching' });
  for (const p of ['db-host', 'db-name', 'feature-flags', 'log-level']) add('aws_ssm_parameter', p.replace(/-/g, '_'), { allowed_pattern: '', arn: arn('ssm', `parameter/svc-${i}/${p}`), data_type: 'text', description: '', id: `/svc-${i}/${p}`, insecure_value: null, key_id: '', name: `/svc-${i}/${p}`, overwrite: null, tags: tags(i), tags_all: tags(i), tier: 'Standard', type: 'String', value: p === 'feature-flags' ? '{"beta":false,"new_checkout":true}' : `svc-${i}-${p}`, version: 3 });
  for (const d of ['api', 'internal']) add('aws_route53_record', d, { alias: [], allow_overwrite: null, fqdn: `${d}.svc-${i}.acme.example`, health_check_id: '', id: `Z0${hex(i % 5, 12).toUpperCase()}_${d}.svc-${i}.acme.example_CNAME`, multivalue_answer_routing_policy: false, name: `${d}.svc-${i}.acme.example`, records: [`svc-${i}.${REGION}.acme.example`], set_identifier: '', ttl: 300, type: 'CNAME', zone_id: `Z0${hex(i % 5, 12).toUpperCase()}` });
  add('aws_sqs_queue', 'jobs', { arn: arn('sqs', `svc-${i}-jobs`), content_based_deduplication: false, delay_seconds: 0, fifo_queue: false, id: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/svc-${i}-jobs`, kms_master_key_id: '', max_message_size: 262144, message_retention_seconds: 345600, name: `svc-${i}-jobs`, receive_wait_time_seconds: 20, redrive_policy: '', sqs_managed_sse_enabled: true, tags: tags(i), tags_all: tags(i), url: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/svc-${i}-jobs`, visibility_timeout_seconds: 30 });
  add('aws_sns_topic', 'alerts', { arn: arn('sns', `svc-${i}-alerts`), content_based_deduplication: false, display_name: '', fifo_topic: false, id: arn('sns', `svc-${i}-alerts`), kms_master_key_id: '', name: `svc-${i}-alerts`, owner: ACCOUNT, policy: '', tags: tags(i), tags_all: tags(i) });
  add('aws_ecs_task_definition', 'this', { arn: arn('ecs', `task-definition/svc-${i}:7`), container_definitions: JSON.stringify([{ name: 'app', image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/svc-${i}:1.${i % 50}.0`, cpu: 256, memory: 512, essential: true, portMappings: [{ containerPort: 8080, protocol: 'tcp' }], environment: [{ name: 'LOG_LEVEL', value: 'info' }, { name: 'QUEUE_URL', value: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/svc-${i}-jobs` }], logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': `/svc/svc-${i}/app`, 'awslogs-region': REGION, 'awslogs-stream-prefix': 'app' } } }]), cpu: '256', family: `svc-${i}`, id: `svc-${i}`, memory: '512', network_mode: 'awsvpc', requires_compatibilities: ['FARGATE'], revision: 7, tags: tags(i), tags_all: tags(i), task_role_arn: arn('iam', `role/${role}`) });

  // The security group: clean unless this service carries one of the estate's few findings.
  const ssh = i % 53 === 7;
  const allOut = i % 31 === 5;
  const noDescription = i % 47 === 11;
  add('aws_security_group', 'this', { arn: arn('ec2', `security-group/${sg}`), description: `svc-${i}: application tier`, egress: [], id: sg, ingress: [], name: `svc-${i}-app`, name_prefix: '', owner_id: ACCOUNT, revoke_rules_on_delete: false, tags: tags(i), tags_all: tags(i), timeouts: null, vpc_id: 'vpc-0a1b2c3d4e5f60718' });
  const rule = (type, name, v) => add(type, name, { arn: arn('ec2', `security-group-rule/sgr-${hex(i * 4 + r.length, 17)}`), id: `sgr-${hex(i * 4 + r.length, 17)}`, security_group_id: sg, security_group_rule_id: `sgr-${hex(i * 4 + r.length, 17)}`, tags: null, tags_all: {}, cidr_ipv6: null, ...v });
  rule('aws_vpc_security_group_ingress_rule', 'https', { cidr_ipv4: '10.20.0.0/16', description: noDescription ? null : 'HTTPS from the VPC', from_port: 443, ip_protocol: 'tcp', prefix_list_id: null, referenced_security_group_id: null, to_port: 443 });
  if (ssh) rule('aws_vpc_security_group_ingress_rule', 'ssh', { cidr_ipv4: '0.0.0.0/0', description: 'SSH for debugging', from_port: 22, ip_protocol: 'tcp', prefix_list_id: null, referenced_security_group_id: null, to_port: 22 });
  rule('aws_vpc_security_group_egress_rule', 'out', allOut
    ? { cidr_ipv4: '0.0.0.0/0', description: 'All outbound', from_port: null, ip_protocol: '-1', prefix_list_id: null, referenced_security_group_id: null, to_port: null }
    : { cidr_ipv4: null, description: 'HTTPS to AWS APIs', from_port: 443, ip_protocol: 'tcp', prefix_list_id: 'pl-6da54004', referenced_security_group_id: null, to_port: 443 });

  // What the group protects.
  if (i % 3 === 0) {
    add('aws_lambda_function', 'this', { architectures: ['arm64'], arn: arn('lambda', `function:svc-${i}`), description: `svc-${i} worker`, environment: [{ variables: { LOG_LEVEL: 'info', QUEUE_URL: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/svc-${i}-jobs` } }], function_name: `svc-${i}`, handler: 'index.handler', id: `svc-${i}`, memory_size: 512, package_type: 'Zip', role: arn('iam', `role/${role}`), runtime: 'nodejs20.x', source_code_hash: `${hex(i, 8)}k1Nw0Xq0vC7dQ9yD5hZzFf3Q2l1JYc=`, tags: tags(i), tags_all: tags(i), timeout: 30, vpc_config: [{ ipv6_allowed_for_dual_stack: false, security_group_ids: [sg], subnet_ids: subnets, vpc_id: 'vpc-0a1b2c3d4e5f60718' }] });
  } else if (i % 3 === 1) {
    add('aws_instance', 'this', { ami: 'ami-0c1bc246476a5572b', arn: arn('ec2', `instance/i-${hex(i, 17)}`), associate_public_ip_address: false, availability_zone: `${REGION}a`, ebs_optimized: true, iam_instance_profile: `svc-${i}`, id: `i-${hex(i, 17)}`, instance_state: 'running', instance_type: 't3.medium', monitoring: true, private_ip: `10.20.${i % 250}.${10 + (i % 200)}`, root_block_device: [{ delete_on_termination: true, encrypted: true, iops: 3000, volume_size: 30, volume_type: 'gp3' }], security_groups: [], subnet_id: subnets[0], tags: tags(i), tags_all: tags(i), tenancy: 'default', vpc_security_group_ids: [sg] });
  } else {
    add('aws_ecs_service', 'this', { cluster: arn('ecs', 'cluster/main'), deployment_maximum_percent: 200, deployment_minimum_healthy_percent: 100, desired_count: 2, enable_ecs_managed_tags: true, health_check_grace_period_seconds: 0, iam_role: '', id: arn('ecs', `service/main/svc-${i}`), launch_type: 'FARGATE', load_balancer: [], name: `svc-${i}`, network_configuration: [{ assign_public_ip: false, security_groups: [sg], subnets }], platform_version: 'LATEST', propagate_tags: 'SERVICE', scheduling_strategy: 'REPLICA', tags: tags(i), tags_all: tags(i), task_definition: arn('ecs', `task-definition/svc-${i}:7`) });
  }
  if (i % 10 === 0) {
    const lb = arn('elasticloadbalancing', `loadbalancer/app/svc-${i}/${hex(i, 16)}`);
    const tg = arn('elasticloadbalancing', `targetgroup/svc-${i}/${hex(i, 16)}`);
    add('aws_lb', 'this', { arn: lb, dns_name: `internal-svc-${i}.${REGION}.elb.amazonaws.com`, id: lb, internal: true, load_balancer_type: 'application', name: `svc-${i}`, security_groups: [sg], subnets, tags: tags(i), tags_all: tags(i), vpc_id: 'vpc-0a1b2c3d4e5f60718' });
    add('aws_lb_target_group', 'this', { arn: tg, id: tg, name: `svc-${i}`, port: 8080, protocol: 'HTTP', target_type: 'ip', vpc_id: 'vpc-0a1b2c3d4e5f60718', tags: tags(i), tags_all: tags(i) });
    add('aws_lb_listener', 'https', { arn: `${lb}/listener/${hex(i, 16)}`, certificate_arn: arn('acm', `certificate/${hex(i, 32)}`), default_action: [{ order: 1, target_group_arn: tg, type: 'forward' }], id: `${lb}/listener/${hex(i, 16)}`, load_balancer_arn: lb, port: 443, protocol: 'HTTPS', ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' });
  }
  return r;
}

/** The configuration of the service module: one module call for_each'd over the services. */
function configuration() {
  const resources = [...new Map(service(30).map(([type, name]) => [`${type}.${name}`, { type, name }])).values()].map(({ type, name }) => {
    const expressions = { tags: { references: ['var.tags'] } };
    if (type === 'aws_security_group') expressions.vpc_id = { references: ['var.vpc_id'] };
    if (type.startsWith('aws_vpc_security_group_')) expressions.security_group_id = { references: ['aws_security_group.this.id', 'aws_security_group.this'] };
    if (type === 'aws_instance') expressions.vpc_security_group_ids = { references: ['aws_security_group.this.id', 'aws_security_group.this'] };
    if (type === 'aws_lb') expressions.security_groups = { references: ['aws_security_group.this.id', 'aws_security_group.this'] };
    if (type === 'aws_lambda_function') expressions.vpc_config = [{ security_group_ids: { references: ['aws_security_group.this.id', 'aws_security_group.this'] }, subnet_ids: { references: ['var.subnet_ids'] } }];
    if (type === 'aws_ecs_service') expressions.network_configuration = [{ security_groups: { references: ['aws_security_group.this.id', 'aws_security_group.this'] }, subnets: { references: ['var.subnet_ids'] } }];
    return { address: `${type}.${name}`, mode: 'managed', type, name, provider_config_key: 'aws', expressions, schema_version: 0 };
  });
  return {
    provider_config: { aws: { name: 'aws', full_name: PROVIDER, expressions: { region: { constant_value: REGION } } } },
    root_module: {
      module_calls: {
        svc: {
          source: './modules/service',
          for_each_expression: { references: ['local.services'] },
          expressions: { vpc_id: { constant_value: 'vpc-0a1b2c3d4e5f60718' }, subnet_ids: { references: ['local.subnets'] }, tags: { references: ['each.value.tags', 'each.value'] } },
          module: { resources, variables: { vpc_id: {}, subnet_ids: {}, tags: { default: {} } } },
        },
      },
    },
  };
}

/** Service i's change: mostly no-op, a few updates, fewer creates (unknown ids), as a plan of a living estate. */
function action(i) {
  if (i % 97 === 3) return 'create';
  if (i % 23 === 4) return 'update';
  return 'no-op';
}

/** Writes the plan for n services to `file` in pieces; returns the bytes in resources of types the model reads. */
function writePlan(file, n) {
  const fd = openSync(file, 'w');
  let pending = [];
  let pendingBytes = 0;
  let total = 0;
  let modelBytes = 0;
  const out = (s) => {
    pending.push(s);
    pendingBytes += s.length;
    if (pendingBytes > 1 << 20) flush();
  };
  const flush = () => {
    const chunk = Buffer.from(pending.join(''));
    writeSync(fd, chunk);
    total += chunk.length;
    pending = [];
    pendingBytes = 0;
  };
  const list = (count, item) => {
    for (let k = 0; k < count; k++) {
      if (k > 0) out(',');
      item(k);
    }
  };
  const moduleAddress = (i) => `module.svc["svc-${i}"]`;
  const track = (type, s) => {
    if (MODEL_TYPES.has(type)) modelBytes += s.length;
    out(s);
  };
  const valuesTree = (prior) => {
    out('{"root_module":{"child_modules":[');
    let first = true;
    for (let i = 0; i < n; i++) {
      if (prior && action(i) === 'create') continue;
      if (!first) out(',');
      first = false;
      out('{"resources":[');
      service(i).forEach(([type, name, values], k) => {
        if (k > 0) out(',');
        track(type, JSON.stringify({ address: `${moduleAddress(i)}.${type}.${name}`, mode: 'managed', type, name, provider_name: PROVIDER, schema_version: 0, values, sensitive_values: { tags: {}, tags_all: {} } }));
      });
      out(`],"address":${JSON.stringify(moduleAddress(i))}}`);
    }
    out(']}}');
  };
  out('{"format_version":"1.2","terraform_version":"1.9.8","planned_values":');
  valuesTree(false);
  out(',"resource_changes":[');
  list(n, (i) => {
    const act = action(i);
    service(i).forEach(([type, name, values], k) => {
      if (k > 0) out(',');
      const before = act === 'create' ? null : values;
      const after = act === 'update' ? { ...values, tags: { ...values.tags, Revision: '2' } } : values;
      const unknown = act === 'create' && 'id' in values ? { id: true, arn: true } : {};
      track(type, JSON.stringify({
        address: `${moduleAddress(i)}.${type}.${name}`, module_address: moduleAddress(i), mode: 'managed', type, name, provider_name: PROVIDER,
        change: { actions: [act], before, after, after_unknown: unknown, before_sensitive: before ? { tags: {}, tags_all: {} } : false, after_sensitive: { tags: {}, tags_all: {} } },
      }));
    });
  });
  out('],"prior_state":{"format_version":"1.0","terraform_version":"1.9.8","values":');
  valuesTree(true);
  out(`},"configuration":${JSON.stringify(configuration())},"timestamp":"2026-11-27T00:00:00Z","applyable":true,"complete":true,"errored":false}`);
  flush();
  closeSync(fd);
  return { bytes: total, modelBytes };
}

/** Services needed for about `targetBytes` (calibrated on a small plan). */
function servicesFor(targetBytes) {
  const probe = join(mkdtempSync(join(tmpdir(), 'sg-guard-bench-')), 'probe.json');
  const { bytes } = writePlan(probe, 100);
  rmSync(join(probe, '..'), { recursive: true, force: true });
  return Math.max(1, Math.round((targetBytes * 100) / bytes));
}

// ------------------------------------------------------------------ many groups

// A second shape, hostile in size: one Terraform root whose `for_each` makes
// `groups` security groups (an estate's whole network layer in one state, or a
// pull request that writes such a plan on purpose). Every group costs the model,
// the rules, source mapping and the review, so it measures the per-group cost
// where the filler plans measure reading. A living estate: most groups
// unchanged, one in ten created (id unknown until apply), one in ten updated,
// with prior state. Inline rules: SSH from the internet (1 in 7), HTTPS from
// an earlier group by id, PostgreSQL and HTTPS from private ranges; egress all
// traffic to the internet (1 in 3) or HTTPS. One group in 5 takes its ingress
// from a standalone for_each'd rule that admits the group five further on: a
// new group's or a new peer's id is unknown, so the model resolves it through
// the configuration's references. The plan sits in a directory with the
// main.tf that wrote it (the groups in a groups.json beside it, as a real
// root would), so findings are mapped to lines; every group shares the two
// blocks of main.tf, which is what a for_each estate looks like.

const MANY = 'm3';
const groupName = (i) => `g-${String(i).padStart(6, '0')}`;
const groupId = (i) => `sg-${hex(0x5000000 + i, 17)}`;
const groupAction = (i) => (i % 20 === 3 || i % 20 === 14 ? 'create' : i % 10 === 7 ? 'update' : 'no-op');
/** The group whose inline rule group i's admits: the previous one, or the one before when that is new (its id unknown). */
const frontOf = (i, n) => (groupAction((i + n - 1) % n) === 'create' ? (i + n - 2) % n : (i + n - 1) % n);
/** The group a standalone rule of group i admits (new in one case of two: its id is unknown until apply). */
const peerOf = (i, n) => (i + 5) % n;
/** A standalone rule is new when either of its groups is. */
const peerRuleAction = (i, n) => (groupAction(i) === 'create' || groupAction(peerOf(i, n)) === 'create' ? 'create' : 'no-op');
const inlineRule = (v) => ({ cidr_blocks: [], description: '', from_port: 0, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: 'tcp', security_groups: [], self: false, to_port: 0, ...v });

function groupValues(i, n) {
  const name = groupName(i);
  const standalone = i % 5 === 4;
  const ingress = standalone
    ? []
    : i % 7 === 0
      ? [inlineRule({ cidr_blocks: ['0.0.0.0/0'], description: 'SSH for support', from_port: 22, to_port: 22 })]
      : i % 7 === 1
        ? [inlineRule({ description: 'HTTPS from the tier in front', from_port: 443, to_port: 443, security_groups: [groupId(frontOf(i, n))] })]
        : i % 7 === 2
          ? [inlineRule({ cidr_blocks: ['10.40.0.0/16'], description: 'PostgreSQL from the data subnets', from_port: 5432, to_port: 5432 })]
          : [inlineRule({ cidr_blocks: ['10.0.0.0/8'], description: 'HTTPS from the private network', from_port: 443, to_port: 443 })];
  const egress = i % 3 === 0
    ? [inlineRule({ cidr_blocks: ['0.0.0.0/0'], description: 'All outbound', protocol: '-1' })]
    : [inlineRule({ cidr_blocks: ['0.0.0.0/0'], description: 'HTTPS out', from_port: 443, to_port: 443 })];
  const t = { Name: name, Team: `team-${i % 17}`, Environment: 'production' };
  return {
    arn: arn('ec2', `security-group/${groupId(i)}`), description: `${name}: service tier`, egress, id: groupId(i), ingress, name, name_prefix: '',
    owner_id: ACCOUNT, revoke_rules_on_delete: false, tags: t, tags_all: t, timeouts: null, vpc_id: 'vpc-0a1b2c3d4e5f60718',
  };
}

function peerRuleValues(i, n) {
  const id = `sgr-${hex(0x7000000 + i, 17)}`;
  return {
    arn: arn('ec2', `security-group-rule/${id}`), cidr_ipv4: null, cidr_ipv6: null, description: 'App traffic from the next tier', from_port: 8080, id,
    ip_protocol: 'tcp', prefix_list_id: null, referenced_security_group_id: groupId(peerOf(i, n)), security_group_id: groupId(i), security_group_rule_id: id,
    tags: null, tags_all: {}, to_port: 8080,
  };
}

/** The .tf that writes the many-groups plan: two for_each'd blocks, with the group list in a JSON file beside it. */
const MANY_TF = `variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d4e5f60718"
}

locals {
  groups = jsondecode(file("\${path.module}/groups.json"))
  peers  = { for k, g in local.groups : k => g.peer if g.peer != null }
}

resource "aws_security_group" "svc" {
  for_each    = local.groups
  name        = each.key
  description = "\${each.key}: service tier"
  vpc_id      = var.vpc_id

  dynamic "ingress" {
    for_each = each.value.ingress
    content {
      description     = ingress.value.description
      protocol        = ingress.value.protocol
      from_port       = ingress.value.from_port
      to_port         = ingress.value.to_port
      cidr_blocks     = ingress.value.cidr_blocks
      security_groups = ingress.value.security_groups
    }
  }

  dynamic "egress" {
    for_each = each.value.egress
    content {
      description = egress.value.description
      protocol    = egress.value.protocol
      from_port   = egress.value.from_port
      to_port     = egress.value.to_port
      cidr_blocks = egress.value.cidr_blocks
    }
  }

  tags = {
    Name        = each.key
    Team        = each.value.team
    Environment = "production"
  }
}

resource "aws_vpc_security_group_ingress_rule" "peer" {
  for_each                     = local.peers
  security_group_id            = aws_security_group.svc[each.key].id
  referenced_security_group_id = aws_security_group.svc[each.value.peer].id
  description                  = "App traffic from the next tier"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
}
`;

function manyGroupsConfiguration() {
  return {
    provider_config: { aws: { name: 'aws', full_name: PROVIDER, expressions: { region: { constant_value: REGION } } } },
    root_module: {
      resources: [
        {
          address: 'aws_security_group.svc', mode: 'managed', type: 'aws_security_group', name: 'svc', provider_config_key: 'aws',
          expressions: { name: { references: ['each.key'] }, description: { references: ['each.key'] }, vpc_id: { references: ['var.vpc_id'] }, tags: { references: ['each.key', 'each.value.team', 'each.value'] } },
          schema_version: 1, for_each_expression: { references: ['local.groups'] },
        },
        {
          address: 'aws_vpc_security_group_ingress_rule.peer', mode: 'managed', type: 'aws_vpc_security_group_ingress_rule', name: 'peer', provider_config_key: 'aws',
          expressions: {
            security_group_id: { references: ['aws_security_group.svc[each.key].id', 'aws_security_group.svc[each.key]', 'aws_security_group.svc', 'each.key'] },
            referenced_security_group_id: { references: ['aws_security_group.svc[each.value.peer].id', 'aws_security_group.svc[each.value.peer]', 'aws_security_group.svc', 'each.value.peer', 'each.value'] },
            description: { constant_value: 'App traffic from the next tier' }, ip_protocol: { constant_value: 'tcp' }, from_port: { constant_value: 8080 }, to_port: { constant_value: 8080 },
          },
          schema_version: 0, for_each_expression: { references: ['local.peers'] },
        },
      ],
      variables: { vpc_id: { default: 'vpc-0a1b2c3d4e5f60718' } },
    },
  };
}

/** Writes the many-groups root (plan.json, main.tf) into `into`; returns the plan's bytes. */
function writeManyGroups(into, n) {
  mkdirSync(into, { recursive: true });
  writeFileSync(join(into, 'main.tf'), MANY_TF);
  const fd = openSync(join(into, 'plan.json'), 'w');
  let pending = [];
  let pendingBytes = 0;
  let total = 0;
  const out = (s) => {
    pending.push(s);
    pendingBytes += s.length;
    if (pendingBytes > 1 << 20) flush();
  };
  const flush = () => {
    const chunk = Buffer.from(pending.join(''));
    writeSync(fd, chunk);
    total += chunk.length;
    pending = [];
    pendingBytes = 0;
  };
  // Values unknown until apply: a new group's id and ARN, a new rule's, and a rule's group ids that point at new groups.
  const unknownOf = (type, i) => {
    if (type === 'aws_security_group') return groupAction(i) === 'create' ? { arn: true, id: true } : {};
    if (peerRuleAction(i, n) !== 'create') return {};
    return {
      arn: true, id: true, security_group_rule_id: true,
      ...(groupAction(i) === 'create' ? { security_group_id: true } : {}),
      ...(groupAction(peerOf(i, n)) === 'create' ? { referenced_security_group_id: true } : {}),
    };
  };
  const known = (values, unknown) => Object.fromEntries(Object.entries(values).filter(([k]) => !(k in unknown)));
  const resources = (prior) => {
    out('{"root_module":{"resources":[');
    let first = true;
    const item = (address, type, name, key, values, schema) => {
      if (!first) out(',');
      first = false;
      out(JSON.stringify({ address, mode: 'managed', type, name, index: key, provider_name: PROVIDER, schema_version: schema, values, sensitive_values: { tags: {}, tags_all: {} } }));
    };
    for (let i = 0; i < n; i++) {
      const key = groupName(i);
      if (!prior || groupAction(i) !== 'create') item(`aws_security_group.svc[${JSON.stringify(key)}]`, 'aws_security_group', 'svc', key, prior ? groupValues(i, n) : known(groupValues(i, n), unknownOf('aws_security_group', i)), 1);
      if (i % 5 === 4 && (!prior || peerRuleAction(i, n) !== 'create')) {
        const type = 'aws_vpc_security_group_ingress_rule';
        item(`${type}.peer[${JSON.stringify(key)}]`, type, 'peer', key, prior ? peerRuleValues(i, n) : known(peerRuleValues(i, n), unknownOf(type, i)), 0);
      }
    }
    out(']}}');
  };
  const change = (address, type, name, key, act, values, unknown) => {
    const before = act === 'create' ? null : values;
    const after = act === 'update' ? { ...values, tags: { ...values.tags, Revision: '2' }, tags_all: { ...values.tags_all, Revision: '2' } } : known(values, unknown);
    out(JSON.stringify({
      address, mode: 'managed', type, name, index: key, provider_name: PROVIDER,
      change: { actions: [act], before, after, after_unknown: unknown, before_sensitive: before ? { tags: {}, tags_all: {} } : false, after_sensitive: { tags: {}, tags_all: {} } },
    }));
  };
  out('{"format_version":"1.2","terraform_version":"1.9.8","planned_values":');
  resources(false);
  out(',"resource_changes":[');
  for (let i = 0; i < n; i++) {
    if (i > 0) out(',');
    const key = groupName(i);
    change(`aws_security_group.svc[${JSON.stringify(key)}]`, 'aws_security_group', 'svc', key, groupAction(i), groupValues(i, n), unknownOf('aws_security_group', i));
    if (i % 5 === 4) {
      const type = 'aws_vpc_security_group_ingress_rule';
      out(',');
      change(`${type}.peer[${JSON.stringify(key)}]`, type, 'peer', key, peerRuleAction(i, n), peerRuleValues(i, n), unknownOf(type, i));
    }
  }
  out('],"prior_state":{"format_version":"1.0","terraform_version":"1.9.8","values":');
  resources(true);
  out(`},"configuration":${JSON.stringify(manyGroupsConfiguration())},"timestamp":"2026-11-27T00:00:00Z","applyable":true,"complete":true,"errored":false}`);
  flush();
  closeSync(fd);
  const groups = {};
  for (let i = 0; i < n; i++) {
    const v = groupValues(i, n);
    groups[groupName(i)] = { ingress: v.ingress, egress: v.egress, team: `team-${i % 17}`, peer: i % 5 === 4 ? groupName(peerOf(i, n)) : null };
  }
  writeFileSync(join(into, 'groups.json'), JSON.stringify(groups));
  return total;
}

// ------------------------------------------------------------------ measuring

function run(argv) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', hook, ...argv], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /SG_GUARD_BENCH_MAX_RSS_KB=(\d+)/.exec(r.stderr);
  return { ms, rssMb: rss ? Number(rss[1]) / 1024 : null, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function timeBaseline(file) {
  // In-process time of the read and parse only: the fairest number for the baseline.
  const script = `const t=process.hrtime.bigint();JSON.parse(require('fs').readFileSync(${JSON.stringify(file)},'utf8'));console.log(Number(process.hrtime.bigint()-t)/1e6);`;
  const r = run(['-e', script]);
  const why = /(ERR_STRING_TOO_LONG|Cannot create a string longer|heap out of memory|Invalid string length)/.exec(r.stderr)?.[1];
  return r.status === 0 ? { ms: Number(r.stdout.trim()), rssMb: r.rssMb } : { ms: null, rssMb: r.rssMb, why: why ?? `exit ${r.status}` };
}

/** The reader alone (loadPlan, in-process): how much of `check` is reading the plan. Bundled into a temporary directory. */
async function readerScript(into) {
  const entry = join(into, 'read-entry.mjs');
  const out = join(into, 'read.mjs');
  writeFileSync(entry, `import { loadPlan } from ${JSON.stringify(join(root, 'src', 'plan', 'load.ts'))};
import { MODEL_READS } from ${JSON.stringify(join(root, 'src', 'model', 'resource-types.ts'))};
const t = process.hrtime.bigint();
await loadPlan(process.argv[2], MODEL_READS);
console.log(Number(process.hrtime.bigint() - t) / 1e6);
`);
  await build({ entryPoints: [entry], outfile: out, bundle: true, platform: 'node', format: 'esm', logLevel: 'error' });
  return out;
}

function timeRead(script, file) {
  const r = run([script, file]);
  return { ms: r.status === 0 ? Number(r.stdout.trim()) : null, rssMb: r.rssMb };
}

function timeCheck(file, extra = []) {
  const r = run([cli, 'check', file, '--format', 'json', '--fail-on', 'never', ...extra]);
  const findings = r.status === 0 ? JSON.parse(r.stdout).findings.length : null;
  return { ...r, findings };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** The fastest of `runs` runs (by `ms`): other load on the machine only ever slows a run down. */
function best(measure) {
  let fastest = null;
  for (let i = 0; i < runs; i++) {
    const m = measure();
    if (fastest === null || (m.ms !== null && (fastest.ms === null || m.ms < fastest.ms))) fastest = m;
  }
  return fastest;
}

if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run npm run build first');
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
// Plans of an older generator would skew the numbers.
for (const f of readdirSync(dir)) {
  const stale = (/^plan-.*\.json(\.meta)?$/.test(f) && !f.includes(`-${GENERATOR}.json`)) || (/^many-groups-/.test(f) && !f.endsWith(`-${MANY}`));
  if (stale || /^read(-entry)?\.mjs$/.test(f)) rmSync(join(dir, f), { recursive: true, force: true });
}

console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${process.platform}; best of ${runs} runs`);
console.log('');
const scratch = mkdtempSync(join(tmpdir(), 'sg-guard-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const reader = await readerScript(scratch);
console.log('| plan MB | model types | check ms | check MB/s | check peak RSS MB | findings | reading only ms | reading peak RSS MB | JSON.parse baseline ms | baseline peak RSS MB | check / baseline | reading / baseline |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const mb of targets) {
  const file = join(dir, `plan-${mb}mb-${GENERATOR}.json`);
  const meta = `${file}.meta`;
  if (!existsSync(file) || !existsSync(meta)) {
    const { bytes, modelBytes } = writePlan(file, servicesFor(mb * 2 ** 20));
    writeFileSync(meta, `${((100 * modelBytes) / bytes).toFixed(0)}%`);
  }
  const share = readFileSync(meta, 'utf8');
  const size = statSync(file).size / 2 ** 20;
  const check = best(() => timeCheck(file));
  const read = best(() => timeRead(reader, file));
  const baseline = best(() => timeBaseline(file));
  console.log(`| ${[
    size.toFixed(0), share || '-', check.ms.toFixed(0), (size / (check.ms / 1000)).toFixed(0), check.rssMb?.toFixed(0) ?? '?',
    check.findings ?? `exit ${check.status}: ${check.stderr.trim().split('\n')[0]}`, read.ms?.toFixed(0) ?? 'failed', read.rssMb?.toFixed(0) ?? '?',
    baseline.ms === null ? `cannot load (${baseline.why})` : baseline.ms.toFixed(0), baseline.rssMb?.toFixed(0) ?? '?',
    baseline.ms === null ? '-' : (check.ms / baseline.ms).toFixed(2), baseline.ms === null || read.ms === null ? '-' : (read.ms / baseline.ms).toFixed(2),
  ].join(' | ')} |`);
  if (!keep && mb >= 500) rmSync(file);
  if (!keep && mb >= 500) rmSync(meta);
}

// Many groups: check and review of one root whose plan has `groupCount` security groups, findings mapped to main.tf.
if (groupCount > 0) {
  const into = join(dir, `many-groups-${groupCount}-${MANY}`);
  const plan = join(into, 'plan.json');
  if (!existsSync(plan) || !existsSync(join(into, 'groups.json'))) writeManyGroups(into, groupCount);
  const size = statSync(plan).size / 2 ** 20;
  const check = best(() => timeCheck(plan));
  const review = best(() => run([cli, 'review', plan, '--fail-on', 'never']));
  const lines = review.status === 0 ? review.stdout.split('\n').length : `exit ${review.status}: ${review.stderr.trim().split('\n')[0]}`;
  console.log('');
  console.log(`${groupCount.toLocaleString('en-US')} security groups in one root (${size.toFixed(0)} MB plan, main.tf beside it):`);
  console.log('| command | ms | peak RSS MB | output |');
  console.log('| --- | ---: | ---: | --- |');
  console.log(`| check --format json | ${check.ms.toFixed(0)} | ${check.rssMb?.toFixed(0) ?? '?'} | ${check.findings ?? `exit ${check.status}: ${check.stderr.trim().split('\n')[0]}`} findings |`);
  console.log(`| review | ${review.ms.toFixed(0)} | ${review.rssMb?.toFixed(0) ?? '?'} | ${lines} lines |`);
  if (!keep) rmSync(into, { recursive: true, force: true });
}

// A small plan: CLI start to exit, with and without mapping findings to .tf lines (which loads the HCL parser).
const example = join(root, 'fixtures', 'example');
const small = join(example, 'plan.json');
if (existsSync(small)) {
  const bare = mkdtempSync(join(tmpdir(), 'sg-guard-bench-'));
  copyFileSync(small, join(bare, 'plan.json'));
  const runs = (argv) => median(Array.from({ length: 7 }, () => run(argv).ms));
  const node = runs(['-e', '0']);
  const version = runs([cli, '--version']);
  const noSource = runs([cli, 'check', join(bare, 'plan.json'), '--format', 'json', '--fail-on', 'never']);
  const withSource = runs([cli, 'check', small, '--format', 'json', '--fail-on', 'never']);
  rmSync(bare, { recursive: true, force: true });
  console.log('');
  console.log(`small plan (${(statSync(small).size / 1024).toFixed(0)} KB), CLI start to exit, median of 7:`);
  console.log(`  sg-guard check, findings mapped to .tf lines (HCL parser loaded): ${withSource.toFixed(0)} ms`);
  console.log(`  sg-guard check, no .tf files beside the plan: ${noSource.toFixed(0)} ms`);
  console.log(`  sg-guard --version (loading the bundle): ${version.toFixed(0)} ms; node -e 0: ${node.toFixed(0)} ms`);
}
