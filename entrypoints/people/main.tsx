import { mountPage } from '../../components/shared/mount';
import { PeopleApp } from '../../components/people/PeopleApp';
import { prefetchFirstScreen } from '../../components/people/first-screen-cache';
import { loadLocale } from '../../lib/i18n/load-locale';

// While the page reads its settings: the list's first screen (one small record) and English,
// which every language needs (the translator's fallback; another language loads it first).
prefetchFirstScreen();
void loadLocale('en').catch(() => undefined);
mountPage(PeopleApp);
