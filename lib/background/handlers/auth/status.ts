import { readAuthStatus } from '../../../auth/status';
import type { Handlers } from '../../../messaging/router';
import { repo } from '../../../store/repo';

export const authStatus: NonNullable<Handlers['auth/status']> = async () => readAuthStatus(repo);
