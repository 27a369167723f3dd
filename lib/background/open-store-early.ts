/**
 * Imported first by the background entrypoint, so this runs before the rest of background.js is
 * evaluated: IndexedDB opens the connection in its own thread while the catalogs, message schemas
 * and handlers are evaluated and the listeners registered. The first message that wakes the worker
 * almost always reads the store; it then finds the connection (lib/store keeps one per context)
 * open or nearly so. A failure is not reported here: the next openStore() tries again and its
 * caller reports it.
 */
import { openStore } from '../store';

if (typeof indexedDB !== 'undefined') void openStore().catch(() => undefined);
