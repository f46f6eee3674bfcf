// Measures `sg-guard check` on generated plans shaped like real ones (many
// resources with short attributes, prior state, configuration), against a
// JSON.parse(readFileSync(file)) baseline in the same run. Not a test: it
// prints numbers for the README.
//
//   npm run bench                 sizes 1, 10, 50 MB
//   npm run bench -- 1 200        sizes in MB
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli.js');
const hook = join(root, 'scripts', 'rss-hook.mjs');
const dir = join(root, '.bench');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const targets = sizes.length > 0 ? sizes : [1, 10, 50];

function group(i) {
  const address = `module.app${i % 50}.aws_security_group.sg${i}`;
  const values = {
    arn: `arn:aws:ec2:eu-west-1:123456789012:security-group/sg-${i.toString(16).padStart(17, '0')}`,
    description: 'Managed by Terraform',
    egress: [{ cidr_blocks: ['0.0.0.0/0'], description: '', from_port: 0, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: '-1', security_groups: [], self: false, to_port: 0 }],
    id: `sg-${i.toString(16).padStart(17, '0')}`,
    ingress: [
      { cidr_blocks: [i % 97 === 0 ? '0.0.0.0/0' : '10.0.0.0/16'], description: 'ssh', from_port: 22, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: 'tcp', security_groups: [], self: false, to_port: 22 },
      { cidr_blocks: ['0.0.0.0/0'], description: 'https', from_port: 443, ipv6_cidr_blocks: ['::/0'], prefix_list_ids: [], protocol: 'tcp', security_groups: [], self: false, to_port: 443 },
    ],
    name: `sg-${i}`,
    name_prefix: '',
    owner_id: '123456789012',
    revoke_rules_on_delete: false,
    tags: { Name: `sg-${i}` },
    tags_all: { Name: `sg-${i}` },
    timeouts: null,
    vpc_id: 'vpc-0123456789abcdef0',
  };
  return { address, values, module: `module.app${i % 50}`, name: `sg${i}` };
}

function filler(i) {
  const address = `module.app${i % 50}.aws_s3_object.o${i}`;
  const values = { bucket: 'assets', key: `static/${i}.css`, etag: 'd41d8cd98f00b204e9800998ecf8427e', content_type: 'text/css', id: `static/${i}.css`, tags: {}, tags_all: {} };
  return { address, values, module: `module.app${i % 50}`, name: `o${i}` };
}

function makePlan(targetBytes, file) {
  // About 1.9 KB per group and 0.8 KB per filler object in each of the three sections.
  const approx = 1.9 * (1900 + 4 * 800);
  const n = Math.max(1, Math.round(targetBytes / approx));
  const resources = [];
  for (let i = 0; i < n; i++) {
    resources.push({ ...group(i), type: 'aws_security_group' });
    for (let j = 0; j < 4; j++) resources.push({ ...filler(i * 4 + j), type: 'aws_s3_object' });
  }
  const asResource = (r) => ({ address: r.address, mode: 'managed', type: r.type, name: r.name, provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values: r.values, sensitive_values: {} });
  const modules = new Map();
  for (const r of resources) {
    if (!modules.has(r.module)) modules.set(r.module, []);
    modules.get(r.module).push(asResource(r));
  }
  const tree = { root_module: { child_modules: [...modules].map(([address, rs]) => ({ address, resources: rs })) } };
  const plan = {
    format_version: '1.2',
    terraform_version: '1.9.8',
    planned_values: tree,
    resource_changes: resources.map((r) => ({
      address: r.address, module_address: r.module, mode: 'managed', type: r.type, name: r.name, provider_name: 'registry.terraform.io/hashicorp/aws',
      change: { actions: ['no-op'], before: r.values, after: r.values, after_unknown: {}, before_sensitive: {}, after_sensitive: {} },
    })),
    prior_state: { format_version: '1.0', terraform_version: '1.9.8', values: tree },
    configuration: {
      root_module: {
        module_calls: Object.fromEntries([...modules.keys()].map((m) => [m.slice('module.'.length), {
          source: './modules/app',
          module: { resources: [{ address: 'aws_security_group.sg', mode: 'managed', type: 'aws_security_group', name: 'sg', expressions: { vpc_id: { references: ['var.vpc_id'] } } }] },
        }])),
      },
    },
    timestamp: '2026-11-27T00:00:00Z',
    applyable: false,
    complete: true,
    errored: false,
  };
  writeFileSync(file, JSON.stringify(plan));
}

function timeBaseline(file) {
  const script = `const t=process.hrtime.bigint();JSON.parse(require('fs').readFileSync(${JSON.stringify(file)},'utf8'));console.log(Number(process.hrtime.bigint()-t)/1e6);`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return r.status === 0 ? Number(r.stdout.trim()) : null;
}

function timeCheck(file) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', hook, cli, 'check', file, '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /SG_GUARD_BENCH_MAX_RSS_KB=(\d+)/.exec(r.stderr);
  const findings = r.status === 0 ? JSON.parse(r.stdout).findings.length : null;
  return { ms, rssMb: rss ? Number(rss[1]) / 1024 : null, status: r.status, findings };
}

if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run npm run build first');
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
console.log('size MB | check ms | check MB/s | peak RSS MB | findings | JSON.parse baseline ms | ratio');
console.log('---: | ---: | ---: | ---: | ---: | ---: | ---:');
for (const mb of targets) {
  const file = join(dir, `plan-${mb}mb.json`);
  if (!existsSync(file)) makePlan(mb * 1024 * 1024, file);
  const bytes = statSync(file).size;
  const check = timeCheck(file);
  const baseline = timeBaseline(file);
  const size = bytes / 2 ** 20;
  console.log([
    size.toFixed(1), check.ms.toFixed(0), (size / (check.ms / 1000)).toFixed(1), check.rssMb?.toFixed(0) ?? '?', check.findings ?? `exit ${check.status}`,
    baseline === null ? 'failed' : baseline.toFixed(0), baseline === null ? '-' : (check.ms / baseline).toFixed(2),
  ].join(' | '));
}
// A small plan: CLI start to exit.
const small = join(root, 'fixtures', 'example', 'plan.json');
if (existsSync(small)) {
  const runs = Array.from({ length: 5 }, () => timeCheck(small).ms).sort((a, b) => a - b);
  console.log(`small plan (${(readFileSync(small).length / 1024).toFixed(0)} KB): CLI start to exit, median of 5: ${runs[2]?.toFixed(0)} ms`);
}
