import { buildExport } from '../../auth/export';
import type { Handlers } from '../../messaging/router';
import { repo } from '../../store/repo';

/** The local data as one JSON document, built here so the asking page never reads a credential. */
export const dataExport: NonNullable<Handlers['data/export']> = async () => buildExport(repo);
