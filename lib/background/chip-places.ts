import type { ChipPlace } from '../messaging/content-protocol';
import type { MailHost } from '../pages/hosts';
import { repo } from '../store/repo';

declare module '../store/records' {
  interface MetaMap {
    /**
     * Where the rep wants the inbox chip, per mail host. In the extension's own IndexedDB: a mail
     * page (and its content script) cannot read it; only the background writes it, after the
     * chip/place message was validated and its host taken from the sender.
     */
    chipPlaces: Partial<Record<MailHost, ChipPlace>>;
  }
}

/** Next to the account button unless the rep chose otherwise on this host. */
export const DEFAULT_CHIP_PLACE: ChipPlace = 'header';

export async function chipPlaceOn(host: MailHost): Promise<ChipPlace> {
  const places = await repo.getMeta('chipPlaces');
  return places?.[host] ?? DEFAULT_CHIP_PLACE;
}

export async function setChipPlace(host: MailHost, place: ChipPlace): Promise<void> {
  const places = { ...(await repo.getMeta('chipPlaces')), [host]: place };
  await repo.setMeta('chipPlaces', places);
}
