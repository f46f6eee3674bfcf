/** Commit statuses: the merge gate branch protection can require. */
import type { Client } from './client.js';
import type { Repo } from './context.js';

interface CommitStatus {
  state: 'success' | 'failure' | 'error' | 'pending';
  context: string;
  description: string;
  targetUrl: string | null;
}

/** Sets `status` on the commit `ref.headSha`: a pull request's head, or a merge group's. */
export async function createCommitStatus(client: Client, ref: Repo & { headSha: string }, status: CommitStatus): Promise<void> {
  await client.rest.repos.createCommitStatus({
    owner: ref.owner,
    repo: ref.repo,
    sha: ref.headSha,
    state: status.state,
    context: status.context,
    description: status.description,
    ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
  });
}
