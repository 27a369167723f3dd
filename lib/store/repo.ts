/**
 * The typed API the background (writes) and the UIs (reads) use. `repo` works on this context's
 * database; tests build their own with createRepo({factory, changes}).
 */
import { createStoreAccess, type AccessOptions } from './access';
import { domainHelpers } from './repo-domain';
import { genericHelpers } from './repo-generic';

export type RepoOptions = AccessOptions;

export function createRepo(options: RepoOptions = {}) {
  const access = createStoreAccess(options);
  return { ...genericHelpers(access), ...domainHelpers(access) };
}

export type Repo = ReturnType<typeof createRepo>;

export const repo: Repo = createRepo();
