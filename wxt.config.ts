import type { AliasOptions } from 'vite';
import { defineConfig } from 'wxt';
import { MAIL_HOSTS, matchPatterns } from './lib/pages/hosts';

// Hosts the extension talks to (APIs) or reads (pages). Each is explained in the README under
// "Permissions". The sandbox serves the same hostnames, so the production build is what we test.
const apiHosts = [
  'https://api.hubapi.com/*',
  'https://admin.googleapis.com/*',
  'https://oauth2.googleapis.com/*',
  'https://graph.microsoft.com/*',
  'https://login.microsoftonline.com/*',
];

const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqJftpYzhAQNZhSb0Svc3U1yRVux7rcRkpAtJ/Ep/Z5gALfO6sLy1zydZ/iJMw6sKjwQg2yG22azNd8iYZveUUWpIFiEQ5FmMcpduy/uORWiTCumAScrCtYIVz0dg5FG2SbVjSSyaPTAe4nkSZs/RJmMCtpc/V8Mwj7yCQxw98IZosAU53Z94k8bRNaTDNsYMErhl0bX9l+ndajX3OsQTO8Vmog4i/VoQh4xfk96PYElEYB4KevKGH2qxltR2W9fbcQG9czrW8O9l73uxaDthY+XZ3dl1Oot9AHl0Ss1cgRUisgPZC1Aig2mZBD677rQId5FH3aZj3OTtJG4nAHclpQIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'identity', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Asked only when an admin turns on the portal health alert (README "Permissions"): installing
    // shows no "Display notifications" warning for a feature that is off by default.
    optional_permissions: ['notifications'],
    // The mail hosts too (the content script already runs there, so no new warning): the
    // background must see a mail tab's URL to tell a tab whose script an update cut off.
    host_permissions: [...apiHosts, ...matchPatterns(Object.keys(MAIL_HOSTS))],
    action: { default_title: '__MSG_extName__' },
    // What IT may set through policy (lib/policy/keys.ts; README "For IT"). Chrome and Edge need the
    // schema to pass 3rdparty policy to the extension; Firefox takes policies.json as it is.
    storage: browser === 'firefox' ? undefined : { managed_schema: 'managed-schema.json' },
    // A fixed key gives a fixed extension id, so the OAuth redirect URI
    // (https://<id>.chromiumapp.org/) stays the same on every machine. Firefox uses gecko.id.
    key: browser === 'firefox' ? undefined : CHROME_KEY,
    // Firefox asks new extensions to declare data collection: Inboxlink sends nothing anywhere but
    // to the services the user connects (HubSpot, Google, Microsoft). That key exists from Firefox
    // 140 (the ESR companies run), hence the minimum version. (Firefox for Android is not a target:
    // it has no sidebar; scripts/lint-firefox.mjs explains the linter's Android note.)
    browser_specific_settings: browser === 'firefox'
      ? { gecko: { id: 'inboxlink@inboxlink.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } }
      : undefined,
  }),
  hooks: {
    // The popup is built on its own, so everything its first status needs is one script (its
    // chunks shared with the side panel and options cost a fetch each, and extension-page fetches
    // are slow: one file instead of four brought its first status about 30 ms sooner). What it
    // loads later (messaging, other languages) still comes as chunks.
    'entrypoints:grouped': (_wxt, groups) => {
      for (const group of groups) {
        if (!Array.isArray(group) || group.length < 2) continue;
        const popup = group.findIndex((entrypoint) => entrypoint.type === 'popup');
        if (popup >= 0) groups.push(group.splice(popup, 1));
      }
    },
    // The inbox content script runs on every mail page load: evaluating webextension-polyfill there
    // (pulled in by WXT's ContentScriptContext through `wxt/browser`) was most of its main-thread
    // time. It needs only runtime.id and sendMessage, which MV3 gives natively with promises
    // (lib/inbox/send.ts), so its build resolves `wxt/browser` to WXT's plain chrome/browser global.
    // The popup (built alone, above) too: the MV3 APIs it calls return promises natively, and the
    // polyfill was the biggest module its first status waited on. The guide content script as well:
    // it only sends messages (lib/messaging/client.ts, awaited in an async function, so Chromium's
    // synchronous "context invalidated" throw still rejects), and the polyfill was a sixth of it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => NATIVE_BROWSER_ENTRYPOINTS.includes(entrypoint.name))) return;
      config.resolve ??= {};
      config.resolve.alias = withoutPolyfill(config.resolve.alias);
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});

/** Entry points whose build uses the browser's own promise APIs instead of webextension-polyfill (above). */
const NATIVE_BROWSER_ENTRYPOINTS = ['inbox', 'guide', 'popup'];

/** The alias list with `wxt/browser` pointing at WXT's native browser instead of the polyfill. */
function withoutPolyfill(aliases: AliasOptions | undefined): AliasOptions {
  const native = '@wxt-dev/browser';
  if (Array.isArray(aliases)) {
    return aliases.map((alias) => (alias.find === 'wxt/browser' ? { ...alias, replacement: native } : alias));
  }
  return { ...aliases, 'wxt/browser': native };
}
