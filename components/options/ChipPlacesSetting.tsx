import { useEffect, useState } from 'preact/hooks';
import type { ChipPlace } from '../../lib/messaging/content-protocol';
import { MAIL_HOSTS, type MailHost } from '../../lib/pages/hosts';
import { DEFAULT_CHIP_PLACE } from '../../lib/background/chip-places';
import { repo } from '../../lib/store/repo';
import { useI18n } from '../shared/i18n-context';
import { send } from './send';

const HOSTS = Object.keys(MAIL_HOSTS) as MailHost[];
const PLACES: readonly ChipPlace[] = ['header', 'right', 'left', 'hidden'];

/**
 * Where the status chip sits on each mail site (the chip's own ⋮ control sets the same), and the
 * way back for a chip hidden there. A mail tab takes the change when it is shown again.
 */
export function ChipPlacesSetting() {
  const { t } = useI18n();
  const [places, setPlaces] = useState<Partial<Record<MailHost, ChipPlace>>>({});
  useEffect(() => {
    void repo.getMeta('chipPlaces').then((stored) => setPlaces(stored ?? {}), () => undefined);
  }, []);
  const words: Record<ChipPlace, string> = {
    header: t('chip.place.header'),
    right: t('chip.place.right'),
    left: t('chip.place.left'),
    hidden: t('chip.settings.hidden'),
  };
  return (
    <section aria-labelledby="chip-heading" data-testid="chip-places">
      <h2 id="chip-heading">{t('chip.settings.title')}</h2>
      <p>{t('chip.settings.intro')}</p>
      {HOSTS.map((host) => (
        <p key={host}>
          <label for={`chip-place-${host}`}>{host}</label>{' '}
          <select
            id={`chip-place-${host}`}
            data-host={host}
            value={places[host] ?? DEFAULT_CHIP_PLACE}
            onChange={(event) => {
              const place = (event.target as HTMLSelectElement).value as ChipPlace;
              setPlaces((known) => ({ ...known, [host]: place }));
              void send('chip/place', { place, host }).catch(() => undefined);
            }}
          >
            {PLACES.map((place) => <option key={place} value={place}>{words[place]}</option>)}
          </select>
        </p>
      ))}
    </section>
  );
}
