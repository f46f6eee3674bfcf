/**
 * A command run: a `/sg-guard …` comment on a pull request (events
 * issue_comment and pull_request_review_comment, action created), acted on
 * with the analysis the last pull-request run stored in its summary comment.
 * Nothing is planned again and no code from the pull request runs; the
 * comment text is only parsed (src/commands/parse.ts).
 *
 * Before any request: edited and deleted comments, comments by bots and
 * comments whose first line is not a command are left alone. Then, one
 * request at a time (reads are one page each for up to 100 entries):
 *
 * | command | requests |
 * | --- | --- |
 * | ignore, unignore | eyes reaction, role, pull request, conversation comments, review comments, summary update, reply, status, rocket (9) |
 * | recheck | eyes reaction, role, pull request, conversation comments, summary update, reply, status, rocket (8) |
 * | explain <rule>, help | eyes reaction, role, reply, rocket (4; explain by finding id: + comments) |
 * | refused | eyes reaction, role, reply, confused (4; a self-ignore: + pull request) |
 *
 * The eyes reaction comes first and its answer names the token's identity:
 * the stored analysis is read only from a summary comment with that author.
 * The summary update is left out when the body does not change. The first
 * write that fails stops the rest.
 */
import { applyStoredWaivers, isExpired, withIgnore, withoutIgnore, type CommentIgnore } from '../commands/ignores.js';
import { MAX_REASON_LENGTH, parseCommand, type Command } from '../commands/parse.js';
import { roleRefusal, SELF_APPROVAL_REFUSAL, selfIgnoreRefusal, type PermissionPolicy } from '../commands/permission.js';
import { approvedReply, explainReply, helpReply, ignoredReply, invalidReply, notDoneReply, recheckReply, unignoredReply, type ReplyContext } from '../commands/replies.js';
import { encodeState, ignoresFit, ruleMetas, type AnalysisState } from '../commands/state.js';
import { escapeMarkdown, inlineCode } from '../lib/escape.js';
import { utcDate } from '../waivers/apply.js';
import { activeFindings, commitStatus, type StatusText } from '../review/comments.js';
import { parseFindingComment } from '../review/markers.js';
import { summaryNote, type ExistingIssueComment, type ExistingReviewComment } from '../review/posting.js';
import { summaryCommentBody } from '../review/summary.js';
import { RULES, ruleByName } from '../rules/index.js';
import { type RuleMeta } from '../rules/types.js';
import { idsOf, type Finding, type Report } from '../findings/types.js';
import type { Client, Log } from './client.js';
import { roleOf } from './collaborators.js';
import type { CommentEvent } from './context.js';
import { apiErrorText, isPermissionError } from './errors.js';
import type { Identity } from './identity.js';
import { createIssueComment, listIssueComments, updateIssueComment } from './issues.js';
import { getPullRequest, listReviewComments, replyToReviewComment, type PullRequestNow } from './pulls.js';
import { addReaction, removeReaction, type CommentTarget, type ReactionContent } from './reactions.js';
import { createCommitStatus } from './statuses.js';
import { foreignWarning, storedAnalysis, summariesBy } from './stored-analysis.js';

interface CommandOptions {
  /** The status context: which summary, stored analysis and status the command is about. */
  context: string;
  policy: PermissionPolicy;
  /** Where the commit status links to (this run). */
  targetUrl: string | null;
  now: Date;
  /** The rule's documentation page (docs/rules/<name>.md); null when it cannot be read. */
  rulePage(name: string): Promise<string | null>;
}

/** not-a-command: left alone, no request made (or only the eyes reaction, taken back). */
type CommandOutcome = 'not-a-command' | 'done' | 'not-done' | 'failed';

interface CommandResult {
  outcome: CommandOutcome;
  /** What happened, in one line, for the log and the job summary. */
  message: string;
  /** What was written, in order, in words. */
  posted: string[];
  /** The request that failed and stopped the run; `denied`: the token may not do it. */
  problem: { what: string; error: string; denied: boolean } | null;
  /** The report after the command, when it was re-evaluated. */
  report: Report | null;
  rules: RuleMeta[];
}

/** A request failed: the run stops there (the result says which). */
class Halt extends Error {}

class CommandRun {
  readonly result: CommandResult = { outcome: 'failed', message: '', posted: [], problem: null, report: null, rules: RULES.map((r) => r.meta) };
  readonly target: CommentTarget;
  self: Identity | null = null;
  /** The eyes reaction: taken back when the comment turns out not to be this job's command. */
  eyes: number | null = null;

  constructor(
    readonly client: Client,
    readonly event: CommentEvent,
    readonly options: CommandOptions,
    readonly log: Log,
  ) {
    this.target = { kind: event.kind, id: event.comment.id };
  }

  /** One request; a failure is recorded and stops the run. */
  async step<T>(what: string, write: boolean, request: () => Promise<T>): Promise<T> {
    try {
      const value = await request();
      if (write) this.result.posted.push(what);
      return value;
    } catch (err) {
      this.result.problem = { what, error: apiErrorText(err), denied: isPermissionError(err) };
      this.result.message = `sg-guard stopped at ${what}: ${apiErrorText(err)}`;
      throw new Halt(what);
    }
  }

  react(content: ReactionContent): Promise<unknown> {
    return this.step(`the ${content} reaction`, true, () => addReaction(this.client, this.event.pull, this.target, content));
  }

  /** Where an answer goes: the command's own review thread, else the finding's thread when there is one, else the conversation. */
  async answer(body: (ctx: ReplyContext) => string, thread: number | null): Promise<void> {
    const own = this.event.kind === 'review' ? (this.event.comment.inReplyTo ?? this.event.comment.id) : null;
    const root = own ?? thread;
    const ctx: ReplyContext = { context: this.options.context, login: this.event.comment.author.login, inReplyTo: own === null ? this.event.comment.url : null };
    if (root !== null) {
      await this.step(`a reply in review thread ${root}`, true, () => replyToReviewComment(this.client, this.event.pull, root, body(ctx)));
    } else {
      await this.step('a reply on the pull request', true, () => createIssueComment(this.client, this.event.pull, body(ctx)));
    }
  }

  async notDone(why: string, hint?: string, thread: number | null = null): Promise<CommandResult> {
    await this.answer((ctx) => notDoneReply(ctx, why, hint), thread);
    await this.react('confused');
    return this.finish('not-done', `Not done: ${why}.`);
  }

  /** Not this job's command after all: the eyes reaction is taken back, nothing else is said. */
  async leave(message: string): Promise<CommandResult> {
    const eyes = this.eyes;
    if (eyes !== null) await this.step('the eyes reaction taken back', true, () => removeReaction(this.client, this.event.pull, this.target, eyes));
    return this.finish('not-a-command', message);
  }

  finish(outcome: CommandOutcome, message: string): CommandResult {
    this.result.outcome = outcome;
    this.result.message = message;
    return this.result;
  }
}

function notACommand(message: string): CommandResult {
  return { outcome: 'not-a-command', message, posted: [], problem: null, report: null, rules: RULES.map((r) => r.meta) };
}

/**
 * Acts on one comment. Never throws for a failed request: the result says
 * what was posted and where it stopped.
 */
export async function runCommand(client: Client, event: CommentEvent, options: CommandOptions, log: Log): Promise<CommandResult> {
  if (event.action !== 'created') return notACommand(`The comment was ${event.action || 'changed'}, not created: only new comments are commands.`);
  if (event.comment.author.type === 'Bot') return notACommand('The comment is by a bot: comments by bots are never commands.');
  const parsed = parseCommand(event.comment.body);
  if (parsed.kind === 'none') return notACommand('The comment does not start with /sg-guard: nothing to do.');

  const run = new CommandRun(client, event, options, log);
  try {
    const eyes = await run.step('the eyes reaction', true, () => addReaction(client, event.pull, run.target, 'eyes'));
    if (!eyes.user) return run.finish('failed', 'GitHub did not say who the token belongs to (the reaction has no user): nothing done.');
    run.self = eyes.user;
    run.eyes = eyes.id;
    if (eyes.user.id === event.comment.author.id) return await run.leave('The comment is by the token\'s own identity: never a command.');
    const role = await run.step(`the role of @${event.comment.author.login}`, false, () => roleOf(client, event.pull, event.comment.author.login));
    // A command that is not understood gets the same answer as any other when the commenter may not give commands.
    const denied = roleRefusal(parsed.kind === 'command' ? parsed.command.verb : parsed.verb, role, options.policy);
    if (denied) return await run.notDone(denied);
    if (parsed.kind === 'invalid') {
      await run.answer((ctx) => invalidReply(ctx, parsed.verb, parsed.problem, options.policy), null);
      await run.react('confused');
      return run.finish('not-done', `Not understood: ${parsed.problem}.`);
    }
    return await carryOut(run, parsed.command);
  } catch (err) {
    if (err instanceof Halt) return run.finish('failed', run.result.message);
    throw err;
  }
}

async function carryOut(run: CommandRun, command: Command): Promise<CommandResult> {
  const { client, event, options } = run;
  if (command.verb === 'help') {
    await run.answer((ctx) => helpReply(ctx, command.unknown, options.policy), null);
    await run.react(command.unknown === null ? 'rocket' : 'confused');
    return run.finish(command.unknown === null ? 'done' : 'not-done', command.unknown === null ? 'Answered with the help text.' : 'Not a command: answered with the help text.');
  }
  if (command.verb === 'explain' && command.subject !== null && !/^[0-9a-f]{8,64}$/.test(command.subject)) {
    if (ruleByName(command.subject)) return explain(run, command.subject);
    return run.notDone(`no built-in rule is called \`${command.subject}\``, 'The README lists the rules; a custom rule of this repository\'s configuration is described in the summary comment.');
  }

  let pull: PullRequestNow | null = null;
  if (command.verb === 'ignore' || command.verb === 'approve') {
    pull = await run.step(`pull request #${event.pull.number}`, false, () => getPullRequest(client, event.pull));
    const isAuthor = pull.author !== null && pull.author.id === event.comment.author.id;
    // Four eyes: a waiver the pull request asks for is never granted by its author.
    const denied = command.verb === 'approve' ? (isAuthor ? SELF_APPROVAL_REFUSAL : null) : selfIgnoreRefusal(isAuthor, options.policy);
    if (denied) return run.notDone(denied);
  }

  const self = run.self as Identity;
  const comments: ExistingIssueComment[] = await run.step('the pull request\'s comments', false, () => listIssueComments(client, event.pull));
  const { own, foreign } = summariesBy(comments, options.context, self);
  if (foreign.length > 0) run.log.warning(foreignWarning(foreign, self));
  const stored = storedAnalysis(own, options.context);
  const contextName = inlineCode(options.context) || '(empty)';
  if (stored === null) {
    return run.notDone(
      `there is no analysis of this pull request stored for status context ${contextName} by this workflow's token`,
      'The pull_request run stores it in its summary comment (`summary-comment: update` or `new`) and must use the same `github-token` and `status-context` as this workflow.',
    );
  }
  if ('problem' in stored) return run.notDone(escapeMarkdown(stored.problem));
  const state = stored.state;

  // A reply in a thread: the thread's first comment, when it is sg-guard's comment on a finding, names the finding.
  let reviewComments: ExistingReviewComment[] = [];
  let threadFinding: string | null = null;
  /** The other findings of the block the thread's comment is about (one comment per block). */
  let threadAlso: string[] = [];
  const needsThreads = command.verb === 'ignore' || command.verb === 'unignore' || command.verb === 'approve' || event.kind === 'review';
  if (needsThreads) {
    reviewComments = await run.step('the pull request\'s review comments', false, () => listReviewComments(client, event.pull));
    if (event.kind === 'review') {
      const rootId = event.comment.inReplyTo ?? event.comment.id;
      const root = reviewComments.find((c) => c.id === rootId);
      const marks = root && root.author?.id === self.id ? parseFindingComment(root.body) : null;
      if (marks && marks.context !== options.context) return run.leave(`The comment answers a finding of status context "${marks.context}", not "${options.context}": left to that job.`);
      threadFinding = marks?.findingId ?? null;
      threadAlso = marks?.also ?? [];
    }
  }

  if (command.verb === 'explain') {
    const id = command.subject ?? threadFinding;
    const finding = id ? state.report?.findings.find((f) => idsOf(f).includes(id)) : undefined;
    if (!id) return run.notDone('explain needs a rule name (such as `no-public-ssh`) outside a finding\'s thread');
    if (!finding) return run.notDone(`no finding \`${id}\` in the last analysis`);
    return explain(run, finding.rule);
  }

  pull ??= await run.step(`pull request #${event.pull.number}`, false, () => getPullRequest(client, event.pull));
  if (pull.state !== 'open') return run.notDone('the pull request is closed');
  if (pull.headSha !== state.headSha) {
    return run.notDone(
      `the stored analysis is for commit ${state.headSha.slice(0, 7)}, but the pull request's head is now ${pull.headSha.slice(0, 7)}, so it is stale`,
      'The check of the new commit posts a new analysis (ignores carry over to the same findings); give the command again after it.',
    );
  }
  if (!state.report) return run.notDone('the last analysis was too large to store in the summary comment, so commands cannot use it');
  const report = state.report;
  const findingId = command.verb === 'ignore' || command.verb === 'unignore' || command.verb === 'approve' ? (command.findingId ?? threadFinding) : null;
  if ((command.verb === 'ignore' || command.verb === 'unignore' || command.verb === 'approve') && findingId === null) {
    return run.notDone(`\`${command.verb}\` needs a finding id here (only a reply to sg-guard's comment on a finding may leave it out)`, 'Finding ids are in the summary comment.');
  }
  const thread = findingId ? findingThread(reviewComments, findingId, options.context, self) : null;

  let ignores: CommentIgnore[] = state.ignores;
  let reply: (ctx: ReplyContext, status: StatusText | null, after: Report) => string;
  /** The finding an id names in this analysis (its own id or a former one), unless the plan fixes it. */
  const current = (id: string): Finding | undefined => report.findings.find((f) => idsOf(f).includes(id) && f.change !== 'removed');
  const noFinding = (id: string): Promise<CommandResult> => run.notDone(`no finding \`${id}\` in the analysis of commit ${state.headSha.slice(0, 7)}`, 'Finding ids are in the summary comment.', thread);
  /** Who gave this command, when and where: what an ignore or an approval records. */
  const given = { by: { login: event.comment.author.login, id: event.comment.author.id }, at: event.comment.createdAt ?? options.now.toISOString(), source: event.comment.url };
  /** The list with `entries` added, or null when it is full (the stored analysis must still fit beside it). */
  const withEntries = (entries: readonly CommentIgnore[]): CommentIgnore[] | null => {
    const ids = new Set(report.findings.map((f) => f.id));
    let list: CommentIgnore[] | null = state.ignores;
    for (const entry of entries) list = list ? withIgnore(list, entry, ids, options.now) : null;
    return list && ignoresFit(list, options.context, state.headSha) ? list : null;
  };
  if (command.verb === 'ignore') {
    // Several ids, or in a reply to a block's comment without one, every finding of the block.
    const ids = [findingId as string, ...(command.findingId === null ? threadAlso : (command.also ?? []))];
    const today = utcDate(options.now);
    if (command.expires !== null && command.expires < today) return run.notDone(`the expiry date ${command.expires} has passed (today is ${today} UTC)`, undefined, thread);
    const found: Finding[] = [];
    for (const id of ids) {
      const finding = current(id);
      if (!finding) return noFinding(id);
      if (finding.suppression) {
        if (ids.length > 1) continue;
        const by = finding.suppression.kind === 'inline' ? 'an sg-guard:ignore comment at' : 'an exception in';
        return run.notDone(`finding \`${id}\` is already suppressed by ${by} ${inlineCode(finding.suppression.source) || 'the configuration'}`, undefined, thread);
      }
      if (!found.includes(finding)) found.push(finding);
    }
    if (found.length === 0) return run.notDone('every one of those findings is already waived', undefined, thread);
    const base: Omit<CommentIgnore, 'id' | 'rule'> = { reason: command.reason, expires: command.expires, ...given };
    const list = withEntries(found.map((finding) => ({ ...base, id: finding.id, rule: finding.rule })));
    if (!list) return run.notDone('the list of ignores on this pull request is full', 'Lift some with `/sg-guard unignore <finding-id>` first.', thread);
    ignores = list;
    const first = found[0] as Finding;
    const ignore: CommentIgnore = { ...base, id: first.id, rule: first.rule };
    const replaced = found.length === 1 && state.ignores.some((i) => idsOf(first).includes(i.id));
    reply = (ctx, status) => ignoredReply(ctx, found, ignore, replaced, status);
  } else if (command.verb === 'approve') {
    const id = findingId as string;
    const finding = current(id);
    if (!finding) return noFinding(id);
    if (!finding.waiverRequest) {
      return run.notDone(`finding \`${id}\` has no waiver request to approve (only an \`sg-guard:ignore\` comment that this pull request adds makes one)`, 'To accept the risk of a finding, use `/sg-guard ignore <finding-id> reason: <why>`.', thread);
    }
    if (state.ignores.some((i) => idsOf(finding).includes(i.id) && i.kind === 'approve')) return run.notDone(`the waiver for finding \`${id}\` is already approved`, undefined, thread);
    const approval: CommentIgnore = { id: finding.id, rule: finding.rule, reason: storedReason(finding.waiverRequest.reason), expires: null, ...given, kind: 'approve' };
    const list = withEntries([approval]);
    if (!list) return run.notDone('the list of ignores and approvals on this pull request is full', 'Lift some with `/sg-guard unignore <finding-id>` first.', thread);
    ignores = list;
    reply = (ctx, status) => approvedReply(ctx, finding, approval, status);
  } else if (command.verb === 'unignore') {
    const id = findingId as string;
    const finding = current(id) ?? null;
    // An ignore given under an id the finding had before findings merged is lifted too.
    const ids = finding ? idsOf(finding) : [id];
    const existing = state.ignores.find((i) => ids.includes(i.id));
    if (!existing) return run.notDone(`finding \`${id}\` is not ignored by a command`, undefined, thread);
    ignores = ids.reduce((list, x) => withoutIgnore(list, x), state.ignores);
    reply = (ctx, status) => unignoredReply(ctx, finding, existing, status);
  } else {
    const current = new Set(report.findings.map((f) => f.id));
    reply = (ctx, status, after) =>
      recheckReply(
        ctx,
        state.headSha,
        after.findings.filter((f) => f.suppression?.kind === 'comment').length,
        ignores.filter((i) => isExpired(i, options.now) && current.has(i.id)),
        status,
      );
  }
  const summary = own.find((c) => c.id === stored.commentId) as ExistingIssueComment;
  return update(run, summary, state, ignores, reply, thread, pull);
}

/** sg-guard's own inline comment on the finding (not yet marked fixed), whose thread an answer about it goes to. */
function findingThread(comments: readonly ExistingReviewComment[], findingId: string, context: string, self: Identity): number | null {
  for (const c of comments) {
    if (c.inReplyTo !== null || c.author?.id !== self.id) continue;
    const marks = parseFindingComment(c.body);
    if (marks && marks.findingId === findingId && marks.context === context) return c.id;
  }
  return null;
}

async function explain(run: CommandRun, ruleName: string): Promise<CommandResult> {
  const rule = ruleByName(ruleName)?.meta;
  if (!rule) return run.notDone(`\`${ruleName}\` is a custom rule of this repository's configuration: its description is in the summary comment`);
  const page = await run.options.rulePage(rule.name);
  await run.answer((ctx) => explainReply(ctx, rule, page), null);
  await run.react('rocket');
  return run.finish('done', `Explained ${rule.name}.`);
}

/** The new ignore list applied: the summary comment re-rendered with it stored, the answer, the status, the rocket. */
async function update(
  run: CommandRun,
  summary: ExistingIssueComment,
  state: AnalysisState,
  ignores: CommentIgnore[],
  reply: (ctx: ReplyContext, status: StatusText | null, after: Report) => string,
  thread: number | null,
  pull: PullRequestNow,
): Promise<CommandResult> {
  const { client, event, options } = run;
  const raw = state.report as Report;
  const report = applyStoredWaivers(raw, ignores, options.now, pull.author?.login ?? null);
  const rules = [...RULES.map((r) => r.meta), ...ruleMetas(state.customRules)];
  run.result.report = report;
  run.result.rules = rules;
  const next: AnalysisState = { ...state, ignores };
  const encoded = encodeState(next);
  const outsideIds = state.outside ? new Set(state.outside) : null;
  const outside: Finding[] | null = outsideIds ? activeFindings(report.findings).filter((f) => outsideIds.has(f.id)) : null;
  const note = [summaryNote(state.headSha), state.omitted.includes('fixed') ? '<sub>What this plan changes and fixes is left out here to fit; the next run shows it again.</sub>' : ''].filter(Boolean).join('\n\n');
  const unread = state.unread ?? [];
  const body = summaryCommentBody({ report, rules, outside, diagrams: next.diagrams, unread, ...(state.roots ? { roots: state.roots } : {}), ...(note ? { note } : {}) }, options.context, encoded?.line);
  if (summary.body !== body) await run.step(`the summary comment ${summary.id} updated`, true, () => updateIssueComment(client, event.pull, summary.id, body));
  // Report files the publish run could not read (and roots without one) keep the status failing, whatever the ignores.
  const status = options.context ? commitStatus(report, unread) : null;
  await run.answer((ctx) => reply(ctx, status, report), thread);
  if (status) {
    await run.step(`commit status "${options.context}": ${status.state}`, true, () =>
      createCommitStatus(client, { ...event.pull, headSha: pull.headSha }, { ...status, context: options.context, targetUrl: options.targetUrl }),
    );
  }
  await run.react('rocket');
  const what = ignores.length === state.ignores.length && ignores.every((i, k) => i === state.ignores[k]) ? 'Rechecked' : 'Updated the ignores';
  return run.finish('done', `${what}: ${report.summary.blocking} blocking finding(s) at fail-on ${report.failOn}${status ? `; status ${status.state}` : ''}.`);
}

/** A requested waiver's reason as the stored list keeps it: one line, no control characters, at most MAX_REASON_LENGTH code points. */
function storedReason(reason: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = reason.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]+/g, ' ').trim();
  const chars = Array.from(clean);
  const cut = chars.length > MAX_REASON_LENGTH ? `${chars.slice(0, MAX_REASON_LENGTH - 1).join('')}…` : clean;
  return cut === '' ? '(no reason given)' : cut;
}
