/**
 * Who may give which command. The commenter's role comes from the
 * collaborator-permission API (never from the event's author_association,
 * which says nothing about maintain or admin); pure functions decide.
 */
import type { Verb } from './parse.js';

/** Repository roles, weakest first. */
export const PERMISSION_LEVELS = ['read', 'triage', 'write', 'maintain', 'admin'] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];
/** What the API can answer: a role, or none at all. */
export type Role = PermissionLevel | 'none';

export function reaches(role: Role, needed: PermissionLevel): boolean {
  return role !== 'none' && PERMISSION_LEVELS.indexOf(role) >= PERMISSION_LEVELS.indexOf(needed);
}

function isLevel(v: unknown): v is PermissionLevel {
  return typeof v === 'string' && (PERMISSION_LEVELS as readonly string[]).includes(v);
}

/**
 * The role in an answer of `GET /repos/{owner}/{repo}/collaborators/{username}/permission`.
 * `user.permissions` names each base role the user has (the most precise);
 * `role_name` is a base role or a custom role's name; `permission` is the
 * legacy admin/write/read/none (maintain counts as write, triage as read).
 * The strongest base role any of them proves; 'none' when none does.
 */
export function roleFromPermissionAnswer(data: unknown): Role {
  const o = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const user = typeof o.user === 'object' && o.user !== null ? (o.user as Record<string, unknown>) : {};
  const flags = typeof user.permissions === 'object' && user.permissions !== null ? (user.permissions as Record<string, unknown>) : {};
  const found: PermissionLevel[] = [];
  const byFlag: Record<string, PermissionLevel> = { pull: 'read', triage: 'triage', push: 'write', maintain: 'maintain', admin: 'admin' };
  for (const [flag, level] of Object.entries(byFlag)) if (flags[flag] === true) found.push(level);
  if (isLevel(o.role_name)) found.push(o.role_name);
  if (isLevel(o.permission)) found.push(o.permission);
  if (found.length === 0) return 'none';
  return found.reduce((best, level) => (PERMISSION_LEVELS.indexOf(level) > PERMISSION_LEVELS.indexOf(best) ? level : best));
}

export interface PermissionPolicy {
  /** Needed for every command (input command-permission). */
  command: PermissionLevel;
  /** Needed, as well, for `ignore` and `approve` (input ignore-permission). */
  ignore: PermissionLevel;
  /** Whether the pull request's author may ignore findings on it (input allow-self-ignore). */
  allowSelfIgnore: boolean;
}

/** Verbs that waive a finding: they need ignore-permission as well. */
const WAIVING: ReadonlyArray<Verb | null> = ['ignore', 'approve'];

/** The role a command needs under a policy: the stronger of the two for ignore and approve. */
export function neededRole(verb: Verb | null, policy: PermissionPolicy): PermissionLevel {
  if (!WAIVING.includes(verb)) return policy.command;
  return PERMISSION_LEVELS.indexOf(policy.ignore) > PERMISSION_LEVELS.indexOf(policy.command) ? policy.ignore : policy.command;
}

/** Null when the role is enough for the command (`verb` null: one sg-guard did not understand); otherwise why not, in words. */
export function roleRefusal(verb: Verb | null, role: Role, policy: PermissionPolicy): string | null {
  const needed = neededRole(verb, policy);
  if (reaches(role, needed)) return null;
  const has = role === 'none' ? 'no role on this repository' : `the ${role} role`;
  const one = verb !== null && WAIVING.includes(verb);
  const what = one ? `\`${verb}\`` : 'sg-guard commands';
  return `${what} need${one ? 's' : ''} the ${needed} role on this repository (or higher), and the commenter has ${has}`;
}

/** Why the author of a pull request may never approve a waiver it asks for: a second person decides. */
export const SELF_APPROVAL_REFUSAL = 'the author of a pull request may not approve a waiver on it, whatever allow-self-ignore says: another maintainer decides';

/** Null unless the commenter wrote the pull request and may not ignore findings on it. */
export function selfIgnoreRefusal(isAuthor: boolean, policy: PermissionPolicy): string | null {
  return isAuthor && !policy.allowSelfIgnore ? 'the author of a pull request may not ignore findings on it (`allow-self-ignore` is false): ask a maintainer' : null;
}
