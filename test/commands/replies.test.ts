import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentFromEvent, type EventContext } from '../../src/github/context.js';
import { explainReply, helpReply, ignoredReply, notDoneReply } from '../../src/commands/replies.js';
import { parseCommand } from '../../src/commands/parse.js';
import { ruleByName } from '../../src/rules/index.js';
import { finding } from '../support/review-findings.js';
import { ROOT } from '../support/run-cli.js';

const CTX = { context: 'sg-guard', login: 'maintainer-mia', inReplyTo: null };
const POLICY = { command: 'write', ignore: 'maintain', allowSelfIgnore: false } as const;

describe('answers to commands', () => {
  it('start with the reply marker, so they are never taken for a command', () => {
    for (const body of [notDoneReply(CTX, 'no'), helpReply(CTX, null, POLICY)]) {
      expect(body.startsWith('<!-- sg-guard:reply sg-guard -->\n')).toBe(true);
      expect(parseCommand(body)).toEqual({ kind: 'none' });
    }
  });

  it('show a hostile reason and login as text: no mention, link, image, HTML or formatting', () => {
    const reason = '@acme/security said **ok** <img src=x onerror=alert(1)> [see](javascript:alert(1)) ![x](https://evil/x.png) #12';
    const body = ignoredReply(
      { ...CTX, login: 'evil' },
      [finding({ id: '41a632f20518' })],
      { id: '41a632f20518', rule: 'no-public-ssh', reason, expires: null, by: { login: 'evil', id: 1 }, at: '2025-01-15T11:20:05.000Z', source: '' },
      false,
      { state: 'success', description: 'No security-group findings' },
    );
    // Mentions and issue references carry a zero-width joiner; brackets, asterisks and angle brackets are escaped.
    expect(body).not.toMatch(/@(?!\u200D)|#(?!\u200D)\d|<img|(?<!\\)\]\(|(?<!\\)\*\*ok/);
    expect(body).toContain('@\u200Dacme/security said \\*\\*ok\\*\\* &lt;img src=x onerror=alert(1)&gt; \\[see\\](javascript:alert(1)) \\!\\[x\\](https:\u200D//evil/x.png) #\u200D12');
  });

  it('an unknown word is shown back in a code span, never as Markdown', () => {
    expect(helpReply(CTX, '**@octocat**', POLICY)).toContain('⚠️ `**@octocat**` is not an sg-guard command.');
  });

  it('explain: the rule page without its title, headings made small, relative links made absolute', () => {
    const rule = ruleByName('no-public-ssh')?.meta;
    if (!rule) throw new Error('no rule');
    const page = readFileSync(join(ROOT, 'docs', 'rules', 'no-public-ssh.md'), 'utf8');
    const body = explainReply(CTX, rule, page);
    expect(body).not.toContain('# no-public-ssh\n');
    expect(body).toContain('\n#### Example\n');
    expect(body).toContain('](https://github.com/sg-guard/sg-guard/blob/main/docs/configuration.md#exceptions)');
    const fallback = explainReply(CTX, rule, null);
    expect(fallback).toContain(`**Why it matters.** ${rule.why}`);
  });
});

describe('commentFromEvent', () => {
  const base = (name: string, payload: Record<string, unknown>): EventContext => ({ eventName: name, payload, repo: { owner: 'acme', repo: 'infra' }, serverUrl: 'https://github.com', runId: 1 });
  const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, 'fixtures', 'events', name), 'utf8'));

  it('reads an issue_comment on a pull request, building the comment\'s address itself', () => {
    const read = commentFromEvent(base('issue_comment', fixture('issue_comment.created.json')));
    expect(read).toEqual({
      event: {
        kind: 'issue',
        action: 'created',
        pull: { owner: 'acme', repo: 'infra', number: 7 },
        comment: {
          id: 2591900417,
          body: expect.stringMatching(/^\/sg-guard ignore 41a632f20518 reason: /),
          author: { login: 'maintainer-mia', id: 7100001, type: 'User' },
          createdAt: '2025-01-15T11:20:05.000Z',
          inReplyTo: null,
          url: 'https://github.com/acme/infra/pull/7#issuecomment-2591900417',
        },
      },
    });
  });

  it('reads a reply in a review thread', () => {
    const read = commentFromEvent(base('pull_request_review_comment', fixture('pull_request_review_comment.created.json')));
    expect(read && 'event' in read ? [read.event.kind, read.event.comment.inReplyTo, read.event.comment.url] : read).toEqual([
      'review',
      1917201187,
      'https://github.com/acme/infra/pull/7#discussion_r1917260934',
    ]);
  });

  it('skips comments on issues, and payloads without a usable comment; ignores other events', () => {
    const onIssue = fixture('issue_comment.created.json');
    delete (onIssue.issue as Record<string, unknown>).pull_request;
    expect(commentFromEvent(base('issue_comment', onIssue))).toEqual({ skip: 'the comment is on an issue, not on a pull request' });
    const badLogin = fixture('issue_comment.created.json');
    ((badLogin.comment as Record<string, unknown>).user as Record<string, unknown>).login = '<script>';
    expect(commentFromEvent(base('issue_comment', badLogin))).toEqual({ skip: 'the comment has no author' });
    expect(commentFromEvent(base('issue_comment', {}))).toEqual({ skip: 'the comment is on an issue, not on a pull request' });
    expect(commentFromEvent(base('pull_request', fixture('issue_comment.created.json')))).toBeNull();
  });
});
