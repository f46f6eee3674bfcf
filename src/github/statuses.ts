/** Commit statuses: the merge gate branch protection can require. */
import type { Client } from './client.js';
import type { PullRequestRef } from './context.js';

interface CommitStatus {
  state: 'success' | 'failure' | 'error' | 'pending';
  context: string;
  description: string;
  targetUrl: string | null;
}

export async function createCommitStatus(client: Client, ref: PullRequestRef, status: CommitStatus): Promise<void> {
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
