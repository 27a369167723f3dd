import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { welcomeOnInstall } from '../../lib/background/welcome';
import { repo } from '../../lib/store/repo';

const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html'));

describe('the welcome page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens once per profile, even when the browser reports the install again at its next start', async () => {
    await welcomeOnInstall({ reason: 'install' }, () => new Date('2026-12-07T05:00:00Z'));
    expect(await welcomeTabs()).toHaveLength(1);
    expect(await repo.getMeta('welcomedAt')).toBe('2026-12-07T05:00:00.000Z');

    // Chromium starting again with the same profile (an unpacked or policy-installed extension).
    await welcomeOnInstall({ reason: 'install' });
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it('never opens on an update or a browser update', async () => {
    await welcomeOnInstall({ reason: 'update' });
    await welcomeOnInstall({ reason: 'chrome_update' });
    expect(await welcomeTabs()).toHaveLength(0);
  });
});
