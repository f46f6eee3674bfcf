/** A commenter's role on the repository, from the collaborator-permission API. */
import { roleFromPermissionAnswer, type Role } from '../commands/permission.js';
import type { Client } from './client.js';
import type { Repo } from './context.js';
import { httpStatus } from './errors.js';

/** The user's role; 'none' when GitHub does not know them as a collaborator (404). */
export async function roleOf(client: Client, repo: Repo, username: string): Promise<Role> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner: repo.owner, repo: repo.repo, username });
    return roleFromPermissionAnswer(data);
  } catch (err) {
    if (httpStatus(err) === 404) return 'none';
    throw err;
  }
}
