import type { Handlers } from '../../../messaging/router';
import { createStoreAccess } from '../../../store/access';
import { finishImport } from '../../people/import-records';
import { resumeImport } from '../../people/import-service';
import { startImport } from '../../people/import-start';
import type { HubSpotPortal } from '../../../auth/hubspot-portal';

type H<N extends keyof Handlers> = NonNullable<Handlers[N]>;

async function actor(): Promise<string> {
  const portal = (await (await createStoreAccess().db()).get('meta', 'hubspotPortal')) as HubSpotPortal | undefined;
  return portal?.user ?? 'user';
}

/** Records the import with every row's verdict, then creates in the background (the answer does not wait). */
export const importStart: H<'people/import-start'> = async (request) => {
  const access = createStoreAccess();
  const result = await startImport(access, request, await actor());
  if ('importId' in result) void resumeImport(result.importId, access);
  return result;
};

export const importResume: H<'people/import-resume'> = async ({ importId }) => {
  const access = createStoreAccess();
  const record = await (await access.db()).get('imports', importId);
  if (record?.status !== 'running') return { running: false };
  void resumeImport(importId, access);
  return { running: true };
};

/** Rows not yet sent are cancelled at once; a create already on its way is settled by the run. */
export const importCancel: H<'people/import-cancel'> = async ({ importId }) => ({
  cancelled: await finishImport(createStoreAccess(), importId, 'cancelled', await actor()),
});
