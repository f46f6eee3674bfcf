import { describe, expect, it } from 'vitest';
import { neededRole, reaches, roleFromPermissionAnswer, roleRefusal, selfIgnoreRefusal, type PermissionPolicy } from '../../src/commands/permission.js';

const DEFAULTS: PermissionPolicy = { command: 'write', ignore: 'maintain', allowSelfIgnore: false };

describe('roleFromPermissionAnswer', () => {
  it.each<[string, unknown, string]>([
    ['a maintainer: role_name says what permission (write) cannot', { permission: 'write', role_name: 'maintain', user: { permissions: { pull: true, triage: true, push: true, maintain: true, admin: false } } }, 'maintain'],
    ['a triager: legacy permission read', { permission: 'read', role_name: 'triage' }, 'triage'],
    ['a custom role based on write: the flags tell', { permission: 'write', role_name: 'security-reviewer', user: { permissions: { pull: true, triage: true, push: true, maintain: false, admin: false } } }, 'write'],
    ['an admin', { permission: 'admin', role_name: 'admin' }, 'admin'],
    ['no collaborator', { permission: 'none', role_name: '', user: null }, 'none'],
    ['nonsense', 'admin', 'none'],
    ['a forged-looking role name', { permission: 'read', role_name: 'owner' }, 'read'],
  ])('%s', (_, answer, role) => {
    expect(roleFromPermissionAnswer(answer)).toBe(role);
  });
});

describe('who may give which command', () => {
  it('every command needs command-permission; ignore needs ignore-permission as well', () => {
    expect(neededRole('recheck', DEFAULTS)).toBe('write');
    expect(neededRole(null, DEFAULTS)).toBe('write');
    expect(neededRole('ignore', DEFAULTS)).toBe('maintain');
    expect(neededRole('ignore', { ...DEFAULTS, command: 'admin', ignore: 'triage' })).toBe('admin');
    expect(reaches('none', 'read')).toBe(false);
    expect(reaches('admin', 'maintain')).toBe(true);
  });

  it('says why not, in words', () => {
    expect(roleRefusal('ignore', 'write', DEFAULTS)).toBe('`ignore` needs the maintain role on this repository (or higher), and the commenter has the write role');
    expect(roleRefusal('recheck', 'none', DEFAULTS)).toBe('sg-guard commands need the write role on this repository (or higher), and the commenter has no role on this repository');
    expect(roleRefusal('ignore', 'maintain', DEFAULTS)).toBeNull();
    expect(roleRefusal('help', 'read', { ...DEFAULTS, command: 'read' })).toBeNull();
  });

  it('the pull request\'s author may not ignore on it unless allow-self-ignore', () => {
    expect(selfIgnoreRefusal(true, DEFAULTS)).toMatch(/may not ignore findings on it/);
    expect(selfIgnoreRefusal(true, { ...DEFAULTS, allowSelfIgnore: true })).toBeNull();
    expect(selfIgnoreRefusal(false, DEFAULTS)).toBeNull();
  });
});
