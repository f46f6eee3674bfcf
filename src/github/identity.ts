/**
 * Who the token is. `GET /user` answers only for personal access tokens (an
 * installation token, GITHUB_TOKEN included, gets 403), so the GraphQL
 * `viewer`, which answers for both, is asked instead. Command runs learn it
 * for free from the reaction they post first (src/github/reactions.ts).
 */
import { authorOf } from '../review/posting.js';
import type { Client } from './client.js';

export interface Identity {
  login: string;
  /** The account's numeric id: what comment authors are compared by. */
  id: number;
}

/** One GraphQL request: the token's login and account id. */
export async function viewer(client: Client): Promise<Identity> {
  const data = await client.graphql<{ viewer?: { login?: unknown; databaseId?: unknown } }>('query { viewer { login databaseId } }');
  const login = data.viewer?.login;
  const id = data.viewer?.databaseId;
  if (typeof login !== 'string' || typeof id !== 'number' || !Number.isInteger(id)) throw new Error('GitHub did not say who the token belongs to (GraphQL viewer)');
  return { login, id };
}

/** The identity in an API answer's `user`; null when there is none. */
export function identityOf(user: unknown): Identity | null {
  const author = authorOf(user);
  return author ? { login: author.login, id: author.id } : null;
}
