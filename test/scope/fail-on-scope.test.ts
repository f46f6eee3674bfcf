/**
 * fail-on-scope: what a pull request introduces or widens blocks; what was
 * there before is reported as already there. The engine's change analysis, the
 * CLI flag and the Action's default on pull requests, in-process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { runAction, workspace } from '../support/action-run.js';
import { FakeGitHub } from '../support/github-server.js';
import { ROOT, runCli } from '../support/run-cli.js';

const WIDENED = join(ROOT, 'fixtures/plans/widened-rules.json');
const PRE_EXISTING = 'fixtures/plans/pre-existing.json';
const HEAD = '6dcb09b5b57875f334f61aebed695e2e4193db5e';

async function changes(plan: string): Promise<string[]> {
  const { report } = await runCheck({ plans: [plan], root: false, config: { settings: {} } });
  return report.findings
    .filter((f) => f.rule.startsWith('no-public-'))
    .map((f) => `${f.change} ${f.rule} ${f.resource.replace('aws_security_group.', '')} ${f.protocol ?? ''} ${f.fromPort ?? ''}-${f.toPort ?? ''} ${f.peer ?? ''}`)
    .sort();
}

describe('what counts as added', () => {
  it('a wider range, a broader peer and a new protocol are added; a kept or narrowed rule is already there', async () => {
    expect(await changes(WIDENED)).toEqual(
      [
        // Widened 22 -> 20-25: the SSH finding is new (and 22 alone is not "fixed"), 23 and 20-21/25 too.
        'added no-public-ssh fail_widened_ports tcp 20-25 0.0.0.0/0',
        'added no-public-remote-admin fail_widened_ports tcp 20-25 0.0.0.0/0',
        'added no-public-high-risk-port fail_widened_ports tcp 20-25 0.0.0.0/0',
        // Narrowed from every port to 22: SSH was open before, only the rest is fixed.
        'unchanged no-public-ssh fail_narrowed_ports tcp 22-22 0.0.0.0/0',
        'removed no-public-all-traffic fail_narrowed_ports tcp 0-65535 0.0.0.0/0',
        // ::/0 added beside 0.0.0.0/0: one finding for the block, added (a broader peer).
        'added no-public-ssh fail_broader_peer tcp 22-22 0.0.0.0/0, ::/0',
        // 53/tcp added beside 53/udp.
        'added no-public-high-risk-port fail_new_protocol tcp 53-53 0.0.0.0/0',
        'unchanged no-public-high-risk-port fail_new_protocol udp 53-53 0.0.0.0/0',
        'unchanged no-public-ssh fail_kept tcp 22-22 0.0.0.0/0',
      ].sort(),
    );
  });
});

describe('the CLI: --fail-on-scope', () => {
  it('defaults to all: what was already there blocks', async () => {
    const r = await runCli(['check', PRE_EXISTING, '--format', 'json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ failOnScope: 'all', summary: { blocking: 2 } });
  });

  it('added: a plan that only keeps, narrows and deletes passes, and says what was already there', async () => {
    const r = await runCli(['check', PRE_EXISTING, '--fail-on-scope', 'added']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('already there before this plan');
    expect(r.stdout).toMatch(/passes at fail-on high \(new findings only\)/);
    const review = await runCli(['review', PRE_EXISTING, '--fail-on-scope', 'added']);
    expect(review.status).toBe(0);
  });

  it('added still blocks a widened rule', async () => {
    const r = await runCli(['check', 'fixtures/plans/widened-rules.json', '--fail-on-scope', 'added', '--format', 'json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary.blocking).toBe(5);
  });

  it('the flag wins over the config file', async () => {
    const ws = workspace({ 'plan.json': PRE_EXISTING, 'sg.yml': { text: 'fail-on-scope: added\n' } });
    expect((await runCli(['check', 'plan.json', '-c', 'sg.yml'], { cwd: ws })).status).toBe(0);
    expect((await runCli(['check', 'plan.json', '-c', 'sg.yml', '--fail-on-scope', 'all'], { cwd: ws })).status).toBe(1);
  });

  it('an unknown scope is one line and exit 2', async () => {
    const r = await runCli(['check', PRE_EXISTING, '--fail-on-scope', 'new']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('sg-guard: --fail-on-scope must be one of all, added, not "new"');
  });
});

describe('the Action: fail-on-scope', () => {
  const servers: FakeGitHub[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });
  const event = (): unknown => {
    const e = JSON.parse(readFileSync(join(ROOT, 'fixtures/events/pull_request.synchronize.json'), 'utf8'));
    e.pull_request.head.sha = HEAD;
    return e;
  };
  async function run(plan: string, inputs: Record<string, string> = {}, config?: string): Promise<{ status: number | null; blocking: string | undefined; state: string | undefined; summary: string }> {
    const gh = await new FakeGitHub().start();
    servers.push(gh);
    gh.addPull({ number: 7, headSha: HEAD, diff: '' });
    const files: Record<string, string | { text: string }> = { 'infra/plan.json': plan };
    if (config !== undefined) files['.github/sg-guard.yml'] = { text: config };
    const r = await runAction({ workspace: workspace(files), inputs: { plan: 'infra/plan.json', 'github-token': 'ghs_write_token', 'status-context': 'sg-guard', ...inputs }, event: event(), apiUrl: gh.url });
    return { status: r.status, blocking: r.outputs.blocking, state: gh.statuses.at(-1)?.state, summary: gh.issueComments[0]?.body ?? '' };
  }

  it('on a pull request the default is added: a plan that adds nothing passes, with what was there marked', async () => {
    const r = await run(PRE_EXISTING);
    expect(r).toMatchObject({ status: 0, blocking: '0', state: 'success' });
    expect(r.summary).toContain('already there');
    expect(r.summary).toContain('fail-on-scope: added');
  });

  it('the input all makes what was already there block; it wins over the config file', async () => {
    expect(await run(PRE_EXISTING, { 'fail-on-scope': 'all' }, 'fail-on-scope: added\n')).toMatchObject({ status: 1, blocking: '2', state: 'failure' });
  });

  it('the config file wins over the event default', async () => {
    expect(await run(PRE_EXISTING, {}, 'fail-on-scope: all\n')).toMatchObject({ status: 1, blocking: '2' });
  });

  it('an unknown value is refused before anything is posted', async () => {
    const r = await run(PRE_EXISTING, { 'fail-on-scope': 'new' });
    expect(r.status).toBe(1);
    expect(r.state).toBeUndefined();
  });

  it('inline comments only at or above inline-min-severity: medium by default, the input and the config file change it', async () => {
    const diff = readFileSync(join(ROOT, 'fixtures/projects/pr/head.diff'), 'utf8');
    const severities = async (inputs: Record<string, string>, config?: string): Promise<string[]> => {
      const gh = await new FakeGitHub().start();
      servers.push(gh);
      gh.addPull({ number: 7, headSha: HEAD, diff });
      const files: Record<string, string | { text: string }> = { 'infra/main.tf': 'fixtures/projects/pr/head/main.tf', 'infra/plan.json': 'fixtures/projects/pr/head/plan.json' };
      if (config !== undefined) files['.github/sg-guard.yml'] = { text: config };
      await runAction({ workspace: workspace(files), inputs: { plan: 'infra/plan.json', 'github-token': 'ghs_write_token', ...inputs }, event: event(), apiUrl: gh.url });
      return gh.reviewComments.map((c) => /\*\*(Critical|High|Medium|Low|Info)\b/.exec(c.body)?.[1] ?? '?').sort();
    };
    // The unused groups (info) in the diff get no comment by default; the summary counts them.
    expect(await severities({})).toEqual(['Critical', 'Critical']);
    expect(await severities({ 'inline-min-severity': 'info' })).toEqual(['Critical', 'Critical', 'Info', 'Info']);
    expect(await severities({}, 'inline-min-severity: info\n')).toEqual(['Critical', 'Critical', 'Info', 'Info']);
  });

  const REAL = join(ROOT, '..', 'shared', 'plans', 'AWS_RealEstate__terraform_plan.json');
  it.skipIf(!existsSync(REAL))('AWS_RealEstate (a real plan that only deletes a group) passes with the defaults', async () => {
    const ws = workspace({});
    const r = await runAction({
      workspace: ws,
      inputs: { plan: REAL, 'github-token': 'ghs_write_token' },
      event: event(),
      apiUrl: (await (async () => {
        const gh = await new FakeGitHub().start();
        servers.push(gh);
        gh.addPull({ number: 7, headSha: HEAD, diff: '' });
        return gh;
      })()).url,
    });
    expect(r.status).toBe(0);
    expect(r.outputs.blocking).toBe('0');
  });
});

describe('one inline comment per block', () => {
  it('a block that trips several port rules gets one comment naming each rule and finding id', async () => {
    const r = await runCli(['review', 'fixtures/plans/widened-rules.json', '--root', 'fixtures/plans', '--inline-min-severity', 'high']);
    // No source lines here: nothing is commented inline, so plan the review from the report instead.
    expect(r.status).toBe(1);
    const { report } = await runCheck({ plans: [WIDENED], root: false, config: { settings: {} } });
    const block = report.findings.filter((f) => f.resource === 'aws_security_group.fail_widened_ports' && f.rule.startsWith('no-public-'));
    expect(block.map((f) => f.rule).sort()).toEqual(['no-public-high-risk-port', 'no-public-remote-admin', 'no-public-ssh']);
    const located = report.findings.map((f) => ({ ...f, location: f.resource === 'aws_security_group.fail_widened_ports' ? { file: 'main.tf', line: 3, endLine: 9 } : null }));
    const { planReview } = await import('../../src/review/posting.js');
    const { RULES } = await import('../../src/rules/index.js');
    const plan = planReview({ ...report, findings: located }, { diff: null, reviewComments: [], reviews: [], issueComments: [] }, {
      review: 'comment', maxInlineComments: 25, summary: 'off', context: 'sg-guard', headSha: '', tool: { name: 'sg-guard', version: '0' }, rules: RULES.map((x) => x.meta),
    });
    expect(plan.inline).toHaveLength(1);
    const body = plan.inline[0]?.body ?? '';
    expect(body).toContain('**This block trips 3 rules**');
    for (const f of block) expect(body).toContain(`\`${f.id}\``);
    // The range in words: the services it opens.
    expect(body).toContain('20-25/tcp includes FTP 20-21, SSH 22, Telnet 23, SMTP 25.');
    // A later run knows every finding of the block is commented: nothing new is posted.
    const again = planReview({ ...report, findings: located }, { diff: null, reviewComments: [{ id: 1, body, inReplyTo: null }], reviews: [], issueComments: [] }, {
      review: 'comment', maxInlineComments: 25, summary: 'off', context: 'sg-guard', headSha: '', tool: { name: 'sg-guard', version: '0' }, rules: RULES.map((x) => x.meta),
    });
    expect(again.inline).toEqual([]);
    expect(again.alreadyCommented).toHaveLength(3);
  });
});
