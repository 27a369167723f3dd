import { useEffect } from 'preact/hooks';
import './people.css';
import { errorText } from '../../lib/i18n/error-text';
import { useI18n } from '../shared/i18n-context';
import { SyncStatusLine } from '../shared/SyncStatusLine';
import { useHubSpotConnected } from '../shared/use-hubspot-connected';
import { AddUsersView } from './AddUsersView';
import { ImportView } from './ImportView';
import { PeopleListView } from './PeopleListView';
import { PersonView } from './PersonView';
import { useRoute } from './route';
import { sendPeopleMessage } from './send';
import { usePeople } from './use-people';

const STALE_AFTER_MS = 5 * 60_000;

/**
 * The People page (its own tab): every HubSpot user with their mailboxes, adding users from typed
 * addresses or a CSV, and one verified plan per person (offboarding, reactivation, removing
 * yourself, Super Admin). Reads the extension's IndexedDB, so it shows the cache offline, with the
 * data's age; every change is a message to the background.
 */
export function PeopleApp() {
  const { t, locale } = useI18n();
  const { value, error } = usePeople(locale);
  // The list's interim first screen is for the list only: the other views need everything.
  const full = value?.partial ? undefined : value;
  const hubspotConnected = useHubSpotConnected();
  const [route, go] = useRoute();
  useEffect(() => {
    void sendPeopleMessage('sync/if-stale', { maxAgeMs: STALE_AFTER_MS }).catch(() => undefined);
  }, []);
  const now = Date.now();
  return (
    <main data-testid="people" data-view={route.view} aria-busy={full === undefined && !error}>
      <header class="people-header">
        <h1>{t('people.title')}</h1>
        <nav aria-label={t('people.nav')}>
          <button type="button" data-testid="people-nav-list" aria-current={route.view === 'list' || route.view === 'person' ? 'page' : undefined} onClick={() => go({ view: 'list' })}>{t('people.nav.list')}</button>
          <button type="button" data-testid="people-nav-add" aria-current={route.view === 'add' || route.view === 'import' ? 'page' : undefined} onClick={() => go({ view: 'add' })}>{t('people.nav.add')}</button>
        </nav>
      </header>
      <SyncStatusLine now={now} />
      {hubspotConnected === false && <p class="notice" data-testid="people-no-hubspot">{t('people.noHubSpot')}</p>}
      {error && <p class="error" role="alert">{errorText(t, error)}</p>}
      {value && route.view === 'list' && <PeopleListView data={value} onOpen={(userId) => go({ view: 'person', userId })} />}
      {full && route.view === 'person' && <PersonView data={full} userId={route.userId} onBack={() => go({ view: 'list' })} />}
      {full && route.view === 'add' && <AddUsersView data={full} onStarted={(importId) => go({ view: 'import', importId })} />}
      {route.view === 'import' && <ImportView importId={route.importId} onOpenPerson={(userId) => go({ view: 'person', userId })} onBack={() => go({ view: 'add' })} />}
    </main>
  );
}
