import { useI18n } from '../shared/i18n-context';

/**
 * The way into the People page from the side panel and the options: its own tab, since an admin
 * works there for a while (imports, offboarding) next to HubSpot's own pages. Shown once HubSpot is
 * connected; before that the page would have nobody to show.
 */
export function PeopleLink({ hubspotConnected }: { hubspotConnected: boolean | undefined }) {
  const { t } = useI18n();
  if (!hubspotConnected) return null;
  return (
    <p class="people-link">
      <a href="/people.html" target="_blank" rel="noopener" data-testid="people-link">{t('people.open')}</a>
    </p>
  );
}
