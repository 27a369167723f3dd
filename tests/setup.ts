import 'fake-indexeddb/auto';
// Unit tests translate into any language synchronously, as the background does.
import '../lib/i18n/all-locales';
