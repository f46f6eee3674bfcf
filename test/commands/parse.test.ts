import { describe, expect, it } from 'vitest';
import { MAX_COMMAND_LENGTH, MAX_REASON_LENGTH, isCalendarDate, parseCommand, type Parsed } from '../../src/commands/parse.js';

const ID = '41a632f20518';

function command(body: unknown): unknown {
  const parsed = parseCommand(body);
  if (parsed.kind !== 'command') throw new Error(`not a command: ${JSON.stringify(parsed)}`);
  return parsed.command;
}

function problem(body: string): string {
  const parsed: Parsed = parseCommand(body);
  if (parsed.kind !== 'invalid') throw new Error(`not invalid: ${JSON.stringify(parsed)}`);
  return parsed.problem;
}

describe('parseCommand', () => {
  it.each([
    ['', 'empty'],
    ['LGTM', 'no prefix'],
    ['LGTM, but see /sg-guard help', 'the prefix later in the line'],
    ['> /sg-guard ignore 41a632f20518 reason: quoted', 'a quote'],
    ['`/sg-guard help`', 'code'],
    ['/sg-guardian help', 'another command that starts alike'],
    ['/sg-guard-help', 'no space after the prefix'],
    ['hello\n/sg-guard help', 'a command on the second line'],
    ['\u200B/sg-guard help', 'a zero-width space before it'],
  ])('%j is not a command (%s)', (body) => {
    expect(parseCommand(body)).toEqual({ kind: 'none' });
  });

  it.each([null, undefined, 42, { body: '/sg-guard help' }, ['/sg-guard help']])('%j (not a string) is not a command', (body) => {
    expect(parseCommand(body)).toEqual({ kind: 'none' });
  });

  it.each(['/sg-guard', '/sg-guard help', '/SG-Guard HELP', '   /sg-guard help   ', '\uFEFF/sg-guard help', '/sg-guard\thelp', '/sg-guard help me please'])('%j asks for help', (body) => {
    expect(command(body)).toEqual({ verb: 'help', unknown: null });
  });

  it('anything else gets the help text, with the word it did not know, cut', () => {
    expect(command('/sg-guard approval')).toEqual({ verb: 'help', unknown: 'approval' });
    expect(command('/sg-guard @octocat please')).toEqual({ verb: 'help', unknown: '@octocat' });
    expect(command('/sg-guard **ignore** 41a632f20518')).toEqual({ verb: 'help', unknown: '**ignore**' });
    expect(command('/sg-guard $(rm -rf /)')).toEqual({ verb: 'help', unknown: '$(rm' });
    const long = command(`/sg-guard ${'x'.repeat(200)}`) as { unknown: string };
    expect(Array.from(long.unknown)).toHaveLength(40);
    expect(long.unknown.endsWith('…')).toBe(true);
  });

  it('reads ignore: finding id, reason, optional expiry; only the first line', () => {
    expect(command(`/sg-guard ignore ${ID} reason: Break-glass bastion, INC-231 expires: 2025-01-31`)).toEqual({
      verb: 'ignore',
      findingId: ID,
      reason: 'Break-glass bastion, INC-231',
      expires: '2025-01-31',
    });
    expect(command(`/sg-guard ignore ${ID} reason: Break-glass bastion\r\n\nexpires: 2025-01-31 is on the second line`)).toEqual({
      verb: 'ignore',
      findingId: ID,
      reason: 'Break-glass bastion',
      expires: null,
    });
    expect(command(`/sg-guard IGNORE \`${ID.toUpperCase()}\` Reason:   two   spaces   EXPIRES: 2030-12-31`)).toEqual({ verb: 'ignore', findingId: ID, reason: 'two spaces', expires: '2030-12-31' });
  });

  it('an ignore may leave out the finding id (in a reply to sg-guard\'s comment on the finding)', () => {
    expect(command('/sg-guard ignore reason: accepted by the security team')).toEqual({ verb: 'ignore', findingId: null, reason: 'accepted by the security team', expires: null });
  });

  it('keeps markdown, mentions and any script in a reason as plain text (it is escaped where shown)', () => {
    const reason = '@acme/security said **ok** <img src=x onerror=alert(1)> [see](javascript:alert(1)) `$(id)` #12 🔐 für Notfälle — 紧急';
    expect(command(`/sg-guard ignore ${ID} reason: ${reason}`)).toEqual({ verb: 'ignore', findingId: ID, reason, expires: null });
  });

  it.each([
    [`/sg-guard ignore ${ID}`, /a reason is required/],
    [`/sg-guard ignore ${ID} because it is fine`, /a reason is required/],
    ['/sg-guard ignore because it is fine', /the finding id must be 12 hexadecimal digits/],
    [`/sg-guard ignore ${ID} reason:`, /the reason is empty/],
    [`/sg-guard ignore ${ID} reason:    expires: 2030-01-01`, /the reason is empty/],
    ['/sg-guard ignore zzzzzzzzzzzz reason: x', /the finding id must be 12 hexadecimal digits/],
    ['/sg-guard ignore 41a6 reason: x', /the finding id must be 12 hexadecimal digits/],
    [`/sg-guard ignore ${ID} reason: x expires: 2025-02-30`, /expires: must be a date written YYYY-MM-DD/],
    [`/sg-guard ignore ${ID} reason: x expires: tomorrow`, /expires: must be a date written YYYY-MM-DD/],
    [`/sg-guard ignore ${ID} reason: x expires: 2025-01-31 please`, /expires: must come last/],
    [`/sg-guard ignore ${ID} reason: ok\u202Egnp.exe`, /control or text-direction characters/],
    [`/sg-guard ignore ${ID} reason: a\u0000b`, /control or text-direction characters/],
    [`/sg-guard ignore ${ID} reason: ${'x'.repeat(MAX_REASON_LENGTH + 1)}`, /longer than 300 characters/],
  ])('%j is refused: %s', (body, message) => {
    expect(problem(body)).toMatch(message);
  });

  it('counts a reason in code points, not UTF-16 units', () => {
    const emoji = '🔐'.repeat(MAX_REASON_LENGTH);
    expect(command(`/sg-guard ignore ${ID} reason: ${emoji}`)).toMatchObject({ reason: emoji });
  });

  it('refuses a first line that is too long before reading it, and never backtracks badly on one', () => {
    expect(problem(`/sg-guard ignore ${ID} reason: ${'a'.repeat(MAX_COMMAND_LENGTH)}`)).toMatch(/longer than 1000 characters/);
    // A catastrophic backtrack would not end before the test's time-out; how fast it is belongs in npm run bench.
    expect(problem(`/sg-guard ignore reason: ${'expires: '.repeat(100)}`)).toMatch(/^expires: must be a date/);
    expect(command(`/sg-guard ignore reason: ${' \t'.repeat(480)}x`)).toMatchObject({ verb: 'ignore', reason: 'x', expires: null });
  });

  it('reads unignore with or without a finding id, and nothing else', () => {
    expect(command(`/sg-guard unignore ${ID}`)).toEqual({ verb: 'unignore', findingId: ID });
    expect(command('/sg-guard unignore')).toEqual({ verb: 'unignore', findingId: null });
    expect(problem(`/sg-guard unignore ${ID} now`)).toMatch(/unignore takes one finding id/);
  });

  it('reads recheck (ignoring what follows) and explain with a rule, a finding id or nothing', () => {
    expect(command('/sg-guard recheck please')).toEqual({ verb: 'recheck' });
    expect(command('/sg-guard explain no-public-ssh')).toEqual({ verb: 'explain', subject: 'no-public-ssh' });
    expect(command('/sg-guard explain `No-Public-SSH`')).toEqual({ verb: 'explain', subject: 'no-public-ssh' });
    expect(command(`/sg-guard explain ${ID}`)).toEqual({ verb: 'explain', subject: ID });
    expect(command('/sg-guard explain')).toEqual({ verb: 'explain', subject: null });
    expect(problem('/sg-guard explain ../../etc/passwd')).toMatch(/explain takes one rule name/);
    expect(problem('/sg-guard explain no-public-ssh and more')).toMatch(/explain takes one rule name/);
  });
});

describe('isCalendarDate', () => {
  it.each(['2025-01-31', '2028-02-29', '2099-12-31'])('%s is a date', (d) => expect(isCalendarDate(d)).toBe(true));
  it.each(['2025-02-29', '2025-13-01', '2025-1-1', '1999-12-31', '2025-01-31T00:00:00Z', ''])('%j is not', (d) => expect(isCalendarDate(d)).toBe(false));
});

describe('approve', () => {
  it('takes one finding id, or none in a reply to a finding\'s comment', () => {
    expect(command('/sg-guard approve 41a632f20518')).toEqual({ verb: 'approve', findingId: '41a632f20518' });
    expect(command('/sg-guard approve `41A632F20518`')).toEqual({ verb: 'approve', findingId: '41a632f20518' });
    expect(command('/sg-guard approve')).toEqual({ verb: 'approve', findingId: null });
  });

  it('refuses anything else after it, saying how it is written', () => {
    expect(problem('/sg-guard approve 41a632f20518 reason: fine')).toBe('approve takes one finding id (12 hexadecimal digits) and nothing else');
    expect(problem('/sg-guard approve all')).toBe('approve takes one finding id (12 hexadecimal digits) and nothing else');
  });
});

describe('ignore with several ids', () => {
  it('takes every id before reason:, once each, with the same reason', () => {
    expect(command('/sg-guard ignore 41a632f20518 fc5c90ffe7e1 41A632F20518 reason: one change, INC-231')).toEqual({
      verb: 'ignore',
      findingId: '41a632f20518',
      reason: 'one change, INC-231',
      expires: null,
      also: ['fc5c90ffe7e1'],
    });
  });

  it('refuses more than 20 ids, and a word among them that is no id still asks for reason:', () => {
    const many = Array.from({ length: 21 }, (_, i) => (0x100000000000 + i).toString(16)).join(' ');
    expect(problem(`/sg-guard ignore ${many} reason: x`)).toBe('at most 20 finding ids at once');
    expect(problem('/sg-guard ignore 41a632f20518 fc5c90ffe7e1 because')).toMatch(/a reason is required/);
  });
});
