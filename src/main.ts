import * as core from '@actions/core';
import { existsSync, readFileSync } from 'node:fs';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { runCheck, type CheckRequest } from './check.js';
import { createClient, type ClientOptions, type Log } from './github/client.js';
import { contentsDigest, planDigest } from './commands/digest.js';
import { runCommand } from './github/command.js';
import { analysedRunFromEvent, BASE_POLICY_EVENTS, baseShaFromEvent, commentFromEvent, findPullRequestForRun, mergeGroupFromEvent, pullRequestFromEvent, runUrl, type CommentEventRead, type EventContext, type MergeGroupRef, type PullRequestRef } from './github/context.js';
import { apiErrorText, isPermissionError } from './github/errors.js';
import { publish, type PublishResult } from './github/publish.js';
import { createCommitStatus } from './github/statuses.js';
import { readInputs, resolvePlanPaths, scopeForEvent, type Inputs } from './inputs.js';
import { readFileAtCommit } from './config/at-commit.js';
import { DEFAULT_CONFIG_PATH, DEFAULT_FAIL_ON, DEFAULT_INLINE_MIN_SEVERITY, loadConfig, parseConfig, type Config } from './config/load.js';
import { describePolicyChange, policyInForce } from './config/policy.js';
import { reviewInlineWaivers, type InlineIgnoreMode } from './waivers/review.js';
import { resolvePaths } from './paths.js';
import { InputError } from './plan/types.js';
import { plural } from './report/common.js';
import { escapeMarkdown } from './lib/escape.js';
import { renderJson } from './report/json.js';
import { renderSarif } from './report/sarif.js';
import { annotationsFor } from './review/annotations.js';
import { commitStatus } from './review/comments.js';
import { mergeReports, type NamedReport, type UnreadReport } from './review/merge.js';
import { checkRoots, missingRoot, type RootCoverage } from './review/roots.js';
import { readLayout } from './roots/roots.js';
import { summarise } from './engine.js';
import { parseReport } from './review/report-input.js';
import { claimsToRequests, hardenReport, reconcileReports } from './review/trusted.js';
import { diagrams } from './render.js';
import { summaryMarkdown } from './review/summary.js';
import { RULES } from './rules/index.js';
import { isRuleName, type RuleMeta } from './rules/types.js';
import { type FailOnScope, type Report, type ReportPolicy } from './findings/types.js';
import { TOOL_NAME, VERSION } from './version.js';

/** The job summary must stay under GitHub's 1 MiB; characters, so at most 3 bytes each in UTF-8. */
const MAX_JOB_SUMMARY_LENGTH = 300_000;
/** Report files one publish run merges, at most: GitHub runs at most 256 jobs of one matrix. */
const MAX_REPORT_FILES = 256;

const FORK_HINT = 'For pull requests from forks, use the fork-safe pair of workflows (mode: analyze on pull_request, mode: publish on workflow_run); see the README.';

/** The GitHub side logs to the step's log. */
const ACTION_LOG: Log = { info: (m) => core.info(m), warning: (m) => core.warning(m) };

/** What the entry (src/index.ts) leaves at its default and tests set: how the GitHub client waits. */
interface RunOptions {
  client?: ClientOptions;
}

/**
 * The Action: inputs -> check (or the merged reports of analyze runs) -> the pull
 * request (review, summary comment with the stored analysis and the ignores
 * carried over, commit status) -> reports, annotations, outputs -> the step's
 * exit status. On a comment event: a `/sg-guard` command instead (command()).
 */
export async function run(options: RunOptions = {}): Promise<void> {
  const clientOptions = options.client ?? {};
  try {
    const event = eventContext();
    const inputs = readInputs(event.eventName);
    try {
      process.chdir(inputs.workingDirectory);
    } catch (err) {
      throw new InputError(inputs.workingDirectory, `cannot use as working-directory: ${(err as Error).message}`);
    }
    const comment = commentFromEvent(event);
    if (comment !== null) {
      await command(inputs, event, comment, clientOptions);
      return;
    }
    // full: the pull request this run checked out, or a merge queue's group (a status only); publish: that, or the one a workflow_run analysed.
    const group = inputs.mode === 'full' ? mergeGroupFromEvent(event) : null;
    const posting =
      group !== null ||
      (inputs.mode === 'full' ? pullRequestFromEvent(event) !== null : inputs.mode === 'publish' && (pullRequestFromEvent(event) !== null || analysedRunFromEvent(event) !== null));
    if (posting && !inputs.githubToken) throw new InputError('input github-token', 'is empty: it is needed to post on the pull request (the default is ${{ github.token }})');

    let checked = inputs.mode === 'publish' ? await readReports(inputs, event) : await check(inputs, event);
    if (group) checked = mergeGroupWaivers(checked);
    const { rules, diagrams } = checked;

    let result: PublishResult | null = null;
    let note: string | undefined;
    let failed: string | undefined;
    if (inputs.mode === 'analyze') {
      core.info('mode: analyze: nothing is posted; a workflow_run job with mode: publish can post this report.');
    } else if (group) {
      ({ note, failed } = await mergeGroupStatus(inputs, event, group, checked.report, clientOptions));
    } else if (!posting) {
      core.info(`Not a pull request event for mode ${inputs.mode} (${event.eventName || 'no event'}): nothing is posted on GitHub.`);
    } else {
      try {
        ({ result, note } = await post(inputs, event, checked, clientOptions));
      } catch (err) {
        // The reports and the job summary are written whatever happens on the way to GitHub.
        await writeReports(inputs, checked.report, rules);
        await writeJobSummary(checked.report, rules, diagrams, checked.unread, null, undefined, checked.disagreements, checked.roots);
        throw err;
      }
    }
    // With the ignores that commands gave on the pull request, when there are any.
    const report = result?.report ?? checked.report;
    await writeReports(inputs, report, rules);
    await writeJobSummary(report, rules, diagrams, checked.unread, result, note, checked.disagreements, checked.roots);

    const problems: string[] = [];
    if (report.summary.blocking > 0) problems.push(`sg-guard: ${report.summary.blocking} finding(s) at or above fail-on ${report.failOn}`);
    // A gate must not pass on plans nobody checked: a missing report fails the step (and the status).
    const unread = checked.unread.filter((u) => !u.missingRoot);
    if (unread.length > 0) problems.push(`sg-guard: ${plural(unread.length, 'report')} could not be read (${unread.map((u) => u.file).join(', ')}); the plans ${unread.length === 1 ? 'it covers are' : 'they cover are'} not in this review`);
    // A root expect-roots names with no report: nothing failed to read, its job uploaded nothing.
    const missing = checked.unread.filter((u) => u.missingRoot);
    const [one] = missing;
    if (missing.length === 1 && one) problems.push(`sg-guard: ${one.file} has no report: ${one.problem}; its plans are not in this review`);
    else if (missing.length > 1) problems.push(`sg-guard: ${missing.length} roots have no report (${missing.map((u) => u.file).join(', ')}): expect-roots names them, and no analyze job uploaded one for them; their plans are not in this review`);
    if (failed) problems.push(failed);
    if (result?.failed) problems.push(`sg-guard could not finish posting on the pull request (${result.failed.what}): ${result.failed.error}`);
    if (problems.length > 0) core.setFailed(problems.join('\n'));
  } catch (err) {
    core.setFailed(err instanceof InputError ? err.message : `sg-guard internal error: ${(err as Error).stack ?? String(err)}`);
  }
}

/** The JSON report (not in publish mode: that is the input), SARIF, annotations and outputs. */
async function writeReports(inputs: Inputs, report: Report, rules: readonly RuleMeta[]): Promise<void> {
  if (inputs.mode !== 'publish') await writeOutput(inputs.reportFile, renderJson(report), 'report-file');
  if (inputs.sarifFile) await writeOutput(inputs.sarifFile, renderSarif(report, [...rules]), 'sarif-file');
  annotate(report);
  setCounts(report);
  core.setOutput('report-file', inputs.reportFile);
  core.setOutput('sarif-file', inputs.sarifFile ?? '');
}

function setCounts(report: Report): void {
  for (const severity of ['critical', 'high', 'medium', 'low', 'info'] as const) core.setOutput(severity, report.summary[severity]);
  core.setOutput('blocking', report.summary.blocking);
}

/**
 * A comment event: a `/sg-guard` command acted on with the analysis stored in
 * the summary comment (src/github/command.ts). No plan is read, and no report
 * file or SARIF is written (the event belongs to the default branch, not to the
 * pull request); the counts after the command are the outputs. A command that
 * is refused or not understood is answered on the pull request and the step
 * passes; it fails only when a request fails.
 */
async function command(inputs: Inputs, event: EventContext, read: CommentEventRead, clientOptions: ClientOptions): Promise<void> {
  if ('skip' in read) {
    core.info(`${event.eventName}: ${read.skip}; nothing to do.`);
    return;
  }
  if (inputs.mode === 'analyze') {
    core.info('mode: analyze: commands are not read (no API requests are made).');
    return;
  }
  if (!inputs.githubToken) throw new InputError('input github-token', 'is empty: it is needed to answer commands (the default is ${{ github.token }})');
  if (inputs.plans.length > 0) core.info('The plan input is not read on comment events: commands use the analysis stored in the summary comment.');
  const log = ACTION_LOG;
  const client = createClient(inputs.githubToken, log, clientOptions);
  const result = await runCommand(
    client,
    read.event,
    {
      context: inputs.statusContext,
      policy: { command: inputs.commandPermission, ignore: inputs.ignorePermission, allowSelfIgnore: inputs.allowSelfIgnore },
      targetUrl: runUrl(event),
      now: new Date(),
      rulePage,
    },
    log,
  );
  core.info(result.message);
  for (const what of result.posted) core.info(`Posted ${what} on pull request #${read.event.pull.number}.`);
  if (result.report) setCounts(result.report);
  if (process.env.GITHUB_STEP_SUMMARY && result.outcome !== 'not-a-command') {
    const head = `### sg-guard: /sg-guard command by ${escapeMarkdown(`@${read.event.comment.author.login}`)} on pull request #${read.event.pull.number}\n\n> ${escapeMarkdown(result.message)}\n\n`;
    const body = result.report ? summaryMarkdown({ report: result.report, rules: result.rules, outside: null }, MAX_JOB_SUMMARY_LENGTH - head.length) : '';
    await appendJobSummary(head + body);
  }
  if (result.outcome === 'failed') {
    const problem = result.problem?.denied ? ` The workflow needs permissions pull-requests: write, issues: write and statuses: write.` : '';
    core.setFailed(`${result.message}${problem}`);
  }
}

/** A rule's documentation page: docs/rules/<name>.md beside the bundle (the Action's checkout has it). */
async function rulePage(name: string): Promise<string | null> {
  if (!isRuleName(name)) return null;
  try {
    return await readFile(new URL(`../docs/rules/${name}.md`, import.meta.url), 'utf8');
  } catch {
    return null;
  }
}

/**
 * The event, as the runner describes it in GITHUB_* variables, read now (not
 * when a module was imported, as @actions/github's context is).
 */
function eventContext(): EventContext {
  const env = process.env;
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) payload = parsed as Record<string, unknown>;
    } catch (err) {
      throw new InputError(env.GITHUB_EVENT_PATH, `cannot read the event payload: ${(err as Error).message}`);
    }
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    // No GITHUB_REPOSITORY (a local run): nothing can be posted anyway.
    repo: { owner, repo },
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    runId: Number.parseInt(env.GITHUB_RUN_ID ?? '', 10) || 0,
  };
}

type Diagrams = Array<{ plan: string; mermaid: string }>;

interface Checked {
  report: Report;
  rules: readonly RuleMeta[];
  diagrams: Diagrams;
  /** sha256 over the plan files, or in publish mode over the report files read. */
  planDigest: string | null;
  /** publish: the report files that could not be read (missing, corrupt), and the roots expect-roots names without a report; [] otherwise. */
  unread: UnreadReport[];
  policy: Policy;
  /** publish with plans: where the uploaded reports say otherwise than the plans evaluated here. */
  disagreements?: string[];
  /** publish: in-code ignores come from the untrusted reports, so each one is a request for a maintainer. */
  claimsOnly?: boolean;
  /** publish: the roots the reports checked, and those the pull request does not touch (for the summaries). */
  roots?: RootCoverage;
}

/** The policy a run checks with (readPolicy). */
interface Policy {
  /** The configuration in force: the base commit's (config-source base) or the checkout's. */
  config: Config;
  /** Where it was read from, what differs from the defaults, and what the pull request would change (for the report and the summary). */
  report: ReportPolicy;
  /** What sg-guard:ignore comments do on this run. */
  inlineIgnores: InlineIgnoreMode;
  /** Which findings can block: the input, else the config file's, else the event's default. */
  failOnScope: FailOnScope;
}

async function check(inputs: Inputs, event: EventContext): Promise<Checked> {
  const plans = await resolvePlanPaths(inputs.plans);
  const policy = await readPolicy(inputs, event);
  const request = policyRequest(plans, inputs, policy);
  if (inputs.root !== undefined) request.root = inputs.root;
  const result = await runCheck(request);
  for (const n of result.notices) core.notice(n);
  // The rules that ran (custom rules from the config included) describe their findings.
  const report: Report = { ...result.report, policy: policy.report };
  return { report, rules: result.rules.map((r) => r.meta), diagrams: diagrams(result.models, result.networks), planDigest: await planDigest(plans), unread: [], policy };
}

/** A check of `plans` with the policy in force (fail-on: the input over the config's). */
function policyRequest(plans: string[], inputs: Inputs, policy: Policy): CheckRequest {
  const request: CheckRequest = { plans, repoRoot: inputs.repoRoot, config: policy.config, failOnScope: policy.failOnScope };
  if (inputs.failOn !== undefined) request.failOn = inputs.failOn;
  return request;
}

/**
 * The policy in force, and where it comes from. With config-source base on a
 * pull request (or merge group), the config file as it is in the base commit
 * (none there: the defaults); the checkout's own version is read only to say
 * what the pull request would change after merge. With config-source head,
 * the checkout's file (the default path may be absent: the defaults).
 */
async function readPolicy(inputs: Inputs, event: EventContext): Promise<Policy> {
  const file = inputs.config ?? DEFAULT_CONFIG_PATH;
  const mode = (config: Config): InlineIgnoreMode => inputs.inlineIgnores ?? config.inlineIgnores ?? (BASE_POLICY_EVENTS.includes(event.eventName) ? 'review' : 'trust');
  const scope = (config: Config): FailOnScope => inputs.failOnScope ?? config.failOnScope ?? scopeForEvent(event.eventName);
  if (inputs.configSource === 'head') {
    const config = await loadConfig(file, RULES, inputs.config !== undefined);
    const found = inputs.config !== undefined || existsSync(file);
    return { config, inlineIgnores: mode(config), failOnScope: scope(config), report: { source: found ? 'head' : 'defaults', file: found ? file : null, inForce: policyInForce(config), pendingChange: [] } };
  }
  const baseSha = baseShaFromEvent(event);
  if (!baseSha) {
    if (BASE_POLICY_EVENTS.includes(event.eventName)) throw new InputError('input config-source', `is base, but the ${event.eventName} event names no base commit`);
    throw new InputError('input config-source', `is base, which needs a pull_request, pull_request_target or merge_group event (this is ${event.eventName || 'no event'}); use config-source: head`);
  }
  const label = `${file} (base ${baseSha.slice(0, 7)})`;
  const baseText = await readFileAtCommit(process.cwd(), baseSha, file);
  if (baseText === null) core.info(`${file} is not in the base commit ${baseSha.slice(0, 7)}: the default policy applies.`);
  const base: Config = baseText === null ? { settings: {} } : parseConfig(baseText, label, RULES);
  // The pull request's own file: only to say what it would change. A broken one is said, never fatal here.
  const pendingChange: string[] = [];
  try {
    const head = await loadConfig(file, RULES, false);
    pendingChange.push(...describePolicyChange(base, head));
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    pendingChange.push(`makes the config file invalid (${err.message}); it would fail every check after merge`);
  }
  return {
    config: base,
    inlineIgnores: mode(base),
    failOnScope: scope(base),
    report: { source: baseText === null ? 'defaults' : 'base', file: baseText === null ? null : label, inForce: policyInForce(base), pendingChange },
  };
}

/**
 * publish mode: the reports of analyze runs (one per Terraform root in a
 * matrix), untrusted, each validated before any API call, then merged
 * (src/review/merge.ts). A report that is missing or invalid is set aside,
 * named in a warning and in the summaries, and fails the step and the status;
 * the others are still posted. When none can be read, nothing is.
 */
async function readReports(inputs: Inputs, event: EventContext): Promise<Checked> {
  const { paths, unmatched } = await resolvePaths(inputs.reportFiles, { what: 'input report-file', noMatch: 'collect' });
  if (paths.length > MAX_REPORT_FILES) throw new InputError('input report-file', `names ${paths.length} files; at most ${MAX_REPORT_FILES} reports are merged`);
  // With expect-roots, the roots say what must be there: a glob that matches no report is a matrix that planned nothing there.
  const expected = inputs.expectRoots;
  if (expected !== undefined && unmatched.length > 0) core.info(`report-file: ${unmatched.join(', ')} matches no file; expect-roots decides which roots must have a report.`);
  const unread: UnreadReport[] = expected !== undefined ? [] : unmatched.map((file) => ({ file, problem: 'matches no file (did its analyze job upload a report?)' }));
  const read: NamedReport[] = [];
  const contents: Array<{ path: string; content: string }> = [];
  let only: InputError | null = null;
  for (const file of paths) {
    try {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw new InputError(file, code === 'ENOENT' ? 'does not exist (did its analyze job upload a report?)' : `cannot be read: ${(err as Error).message}`);
      }
      read.push({ file, report: parseReport(text, file, inputs.failOn) });
      contents.push({ path: file, content: text });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      only = err;
      unread.push({ file, problem: err.message.startsWith(`${err.file}: `) ? err.message.slice(err.file.length + 2) : err.message });
    }
  }
  unread.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const roots = checkRoots(
    read.flatMap((r) => r.report.plans),
    expected ?? [],
    await repositoryRoots(inputs.repoRoot),
  );
  for (const root of roots.missing) unread.push(missingRoot(root));
  const coverage: RootCoverage = { checked: roots.checked, untouched: roots.untouched };
  if (read.length === 0) {
    // expect-roots given and empty, and no report: the pull request touches no root. A passing check, said so.
    if (expected !== undefined && unread.length === 0) return untouchedRepository(inputs, event, coverage);
    // One report named, and it cannot be used: its own error says best what is wrong.
    if (unread.length === 1 && roots.missing.length === 0) throw only ?? new InputError('input report-file', `"${unread[0]?.file ?? ''}" matches no file, so nothing is posted`);
    const list = unread.map((u) => (u.missingRoot ? `${u.file} has no report (${u.problem})` : `${u.file} (${u.problem})`)).join('; ');
    if (roots.missing.length > 0) throw new InputError('input report-file', `no report could be read, so nothing is posted: ${list}`);
    throw new InputError('input report-file', `none of the ${plural(unread.length, 'report')} could be read, so nothing is posted: ${list}`);
  }
  for (const u of unread) {
    core.warning(u.missingRoot ? `sg-guard: ${u.file} has no report: ${u.problem}. Its plans are not in this review.` : `sg-guard: report ${u.file}: ${u.problem}. The plans it covers are not in this review.`);
  }
  const merged = mergeReports(read);
  for (const w of merged.warnings) core.warning(w);
  if (read.length > 1) core.info(`Merged ${plural(read.length, 'report')}: ${plural(merged.report.plans.length, 'plan')}, ${plural(merged.report.findings.length, 'finding')}.`);
  const policy = await readPolicy(inputs, event);
  const digest = contentsDigest(contents);
  if (inputs.plans.length === 0) {
    // No plans: the verdict rests on what the reports say. Say so where people look.
    core.warning(
      'sg-guard: mode publish without the plan input: the verdict rests on the uploaded reports, which the pull request\'s code wrote. Upload the plan JSON with each report and give it as plan, so that the publish job evaluates it again with its own policy.',
    );
    // No diagram: it would come from the untrusted report.
    // Every waiver the reports claim is refused or turned into a request; the policy shown is this job's.
    const hardened = hardenReport(merged.report, {
      failOn: inputs.failOn ?? policy.config.failOn ?? DEFAULT_FAIL_ON,
      failOnScope: policy.failOnScope,
      exceptions: policy.config.exceptions ?? [],
      today: new Date(),
      inlineIgnores: policy.inlineIgnores,
    });
    return { report: { ...hardened, policy: policy.report }, rules: RULES.map((r) => r.meta), diagrams: [], planDigest: digest, unread, policy, disagreements: [], claimsOnly: true, roots: coverage };
  }
  // The plans again, with the policy of this (trusted) job: what blocks is decided here.
  const plans = await resolvePlanPaths(inputs.plans);
  const result = await runCheck({ ...policyRequest(plans, inputs, policy), root: false });
  for (const n of result.notices) core.notice(n);
  const reconciled = reconcileReports(result.report, merged.report);
  const { disagreements } = reconciled;
  const report = claimsToRequests(reconciled.report, { exceptions: policy.config.exceptions ?? [], today: new Date(), inlineIgnores: policy.inlineIgnores });
  if (disagreements.length > 0) core.warning(`sg-guard: the uploaded report${read.length > 1 ? 's' : ''} and the plans evaluated here disagree: ${disagreements.join('; ')}. The verdict is the plans'.`);
  return { report: { ...report, policy: policy.report }, rules: result.rules.map((r) => r.meta), diagrams: diagrams(result.models, result.networks), planDigest: digest, unread, policy, disagreements, claimsOnly: true, roots: coverage };
}

/**
 * The Terraform roots of the checkout at `repoRoot`, found as `sg-guard roots`
 * finds them (directories with .tf files that no other directory calls as a
 * module); null when it has none (a publish job without a checkout).
 */
async function repositoryRoots(repoRoot: string): Promise<string[] | null> {
  const layout = await readLayout(repoRoot);
  return layout.roots.length > 0 ? layout.roots : null;
}

/**
 * publish with `expect-roots: []` and no report: the pull request touches no
 * Terraform root, so there is nothing to check. An empty report with this
 * job's policy is posted (a passing status, the summary says why), so that a
 * required check does not wait for a matrix that never ran.
 */
async function untouchedRepository(inputs: Inputs, event: EventContext, roots: RootCoverage): Promise<Checked> {
  const policy = await readPolicy(inputs, event);
  const failOn = inputs.failOn ?? policy.config.failOn ?? DEFAULT_FAIL_ON;
  core.info('No report, and expect-roots names no root: this pull request touches no Terraform root.');
  const report: Report = { version: 1, tool: { name: TOOL_NAME, version: VERSION }, failOn, failOnScope: policy.failOnScope, plans: [], findings: [], summary: summarise([], failOn, policy.failOnScope), policy: policy.report };
  return { report, rules: RULES.map((r) => r.meta), diagrams: [], planDigest: contentsDigest([]), unread: [], policy, disagreements: [], claimsOnly: true, roots };
}

/**
 * A merge group's in-code waivers. Each pull request in the group passed its
 * own required check, where a waiver it added counted only once a maintainer
 * approved it (inline-ignores: review), so the comments the group carries
 * count here; with inline-ignores: off none does. Waivers given by command on
 * a pull request (/sg-guard ignore, approve) are stored on that pull request
 * and do not reach the group.
 */
function mergeGroupWaivers(checked: Checked): Checked {
  const report = reviewInlineWaivers(checked.report, {
    mode: checked.policy.inlineIgnores,
    isAddedLine: () => false,
    author: null,
    approvals: [],
    today: new Date(),
    exceptions: checked.policy.config.exceptions ?? [],
  });
  return { ...checked, report };
}

/**
 * merge_group: the commit status on the merge group's head commit, the only
 * thing posted (a merge group has no pull request to comment on). A status
 * that cannot be set fails the step.
 */
async function mergeGroupStatus(inputs: Inputs, event: EventContext, group: MergeGroupRef, report: Report, clientOptions: ClientOptions): Promise<{ note: string; failed?: string }> {
  const where = `merge group ${group.headSha.slice(0, 7)}${group.baseRef ? ` into ${group.baseRef.replace(/^refs\/heads\//, '')}` : ''}`;
  if (!inputs.statusContext) {
    core.info(`${where}: status-context is empty, so no commit status is set; the step's result is the check.`);
    return { note: `Checked the ${where}; no commit status (status-context is empty).` };
  }
  const status = commitStatus(report);
  const client = createClient(inputs.githubToken, ACTION_LOG, clientOptions);
  try {
    await createCommitStatus(client, group, { ...status, context: inputs.statusContext, targetUrl: runUrl(event) });
  } catch (err) {
    // The merge queue waits for this status: not setting it fails the step, so that the run shows why.
    const problem = `sg-guard could not set the commit status "${inputs.statusContext}" on the ${where}: ${apiErrorText(err)}${isPermissionError(err) ? '; the workflow needs permission statuses: write' : ''}`;
    return { note: problem, failed: problem };
  }
  core.info(`Posted commit status "${inputs.statusContext}": ${status.state} on the ${where}.`);
  return { note: `Posted on the ${where}: commit status "${inputs.statusContext}": ${status.state}.` };
}

async function writeOutput(path: string, text: string, input: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (err) {
    throw new InputError(`input ${input}`, `cannot write ${path}: ${(err as Error).message}`);
  }
}

function annotate(report: Report): void {
  const { annotations, omitted } = annotationsFor(report);
  for (const a of annotations) {
    const props: core.AnnotationProperties = { title: a.title };
    if (a.file) Object.assign(props, { file: a.file, startLine: a.startLine, endLine: a.endLine });
    if (a.level === 'error') core.error(a.message, props);
    else core.warning(a.message, props);
  }
  if (omitted > 0) core.info(`${plural(omitted, 'more finding')} not annotated; see the job summary.`);
}

async function post(inputs: Inputs, event: EventContext, checked: Checked, clientOptions: ClientOptions): Promise<{ result: PublishResult | null; note: string }> {
  const { report, rules, diagrams, planDigest, unread } = checked;
  const client = createClient(inputs.githubToken, ACTION_LOG, clientOptions);
  let ref: PullRequestRef | null = pullRequestFromEvent(event);
  if (!ref) {
    const run = analysedRunFromEvent(event);
    try {
      ref = run ? await findPullRequestForRun(client, event.repo, run) : null;
    } catch (err) {
      const message = `sg-guard could not find the pull request of the analysed run: ${apiErrorText(err)}`;
      core.warning(message);
      return { result: null, note: message };
    }
    if (!ref) {
      const message = 'No open pull request has the analysed commit as its head (it may have moved on or closed): nothing is posted.';
      core.notice(message);
      return { result: null, note: message };
    }
  }
  const result = await publish(
    client,
    ref,
    report,
    {
      review: inputs.review,
      maxInlineComments: inputs.maxInlineComments,
      inlineMinSeverity: inputs.inlineMinSeverity ?? checked.policy.config.inlineMinSeverity ?? DEFAULT_INLINE_MIN_SEVERITY,
      summary: inputs.summaryComment,
      context: inputs.statusContext,
      tool: { name: TOOL_NAME, version: VERSION },
      rules,
      diagrams,
      targetUrl: runUrl(event),
      links: { serverUrl: event.serverUrl, owner: ref.owner, repo: ref.repo, sha: ref.headSha },
      commands: { planDigest, now: new Date() },
      // What an sg-guard:ignore comment does, as the inline comments say it; publish never trusts a claimed one.
      inlineIgnores: checked.claimsOnly && checked.policy.inlineIgnores === 'trust' ? 'review' : checked.policy.inlineIgnores,
      // A full run judges the comments against the diff; in publish they are requests already (readReports).
      ...(checked.claimsOnly ? {} : { waivers: { mode: checked.policy.inlineIgnores, exceptions: checked.policy.config.exceptions ?? [] } }),
      ...(unread.length > 0 ? { unread } : {}),
      ...(checked.roots ? { roots: checked.roots } : {}),
      ...(checked.disagreements && checked.disagreements.length > 0 ? { notes: [disagreementNote(checked.disagreements)] } : {}),
    },
    ACTION_LOG,
  );
  for (const what of result.posted) core.info(`Posted ${what} on pull request #${ref.number}.`);
  let note = result.posted.length > 0 ? `Posted on pull request #${ref.number}: ${result.posted.join('; ')}.` : `Nothing new to post on pull request #${ref.number}.`;
  if (result.denied) {
    const nothing = result.posted.length === 0;
    const message = nothing
      ? `sg-guard: the token may not write to pull request #${ref.number} (${result.denied.error}), so nothing was posted; the results are in the job summary, the annotations and the SARIF file. ${FORK_HINT}`
      : `sg-guard: the token may not post ${result.denied.what} (${result.denied.error}); the workflow needs permissions pull-requests: write and statuses: write. Posted before that: ${result.posted.join('; ')}.`;
    core.notice(message);
    note = message;
  }
  if (result.failed) note = `Posting stopped at ${result.failed.what}: ${result.failed.error}`;
  return { result, note };
}

async function writeJobSummary(
  report: Report,
  rules: readonly RuleMeta[],
  diagrams: Diagrams,
  unread: readonly UnreadReport[],
  result: PublishResult | null,
  note: string | undefined,
  disagreements: readonly string[] = [],
  roots?: RootCoverage,
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const notes = [...(disagreements.length > 0 ? [disagreementNote(disagreements)] : []), ...(note ? [`> ${escapeMarkdown(note)}`] : [])];
  const markdown = summaryMarkdown(
    { report, rules, diagrams, unread, outside: result?.plan?.outside ?? null, ...(roots ? { roots } : {}), ...(notes.length > 0 ? { note: notes.join('\n\n') } : {}) },
    MAX_JOB_SUMMARY_LENGTH,
  );
  await appendJobSummary(markdown);
}

/** Where the uploaded reports disagree with the plans evaluated here, for the summaries: the phrases are sg-guard's own, the ids hexadecimal. */
function disagreementNote(disagreements: readonly string[]): string {
  return `> ⚠️ **The uploaded report disagrees with the plans evaluated by this job** (the verdict is the plans'): ${escapeMarkdown(disagreements.join('; '))}.`;
}

/**
 * Adds to the step's summary (GITHUB_STEP_SUMMARY, read now): what
 * core.summary.write() does, without its path cached for the life of the process.
 */
async function appendJobSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    await appendFile(file, markdown, 'utf8');
  } catch (err) {
    core.warning(`sg-guard: cannot write the job summary: ${(err as Error).message}`);
  }
}
