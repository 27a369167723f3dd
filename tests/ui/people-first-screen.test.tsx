// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://inboxlinktest/people.html"}
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PeopleApp } from '../../components/people/PeopleApp';
import type { PersonRow } from '../../lib/people/person-index';
import { repo } from '../../lib/store/repo';
import { installBackground } from './background-double';
import { renderIn } from './render';
import { clearWorld, seedWorld } from './seed';

const rowEmails = () => [...document.querySelectorAll<HTMLElement>('[data-testid="person-row"]')].map((row) => row.dataset.email);
const busy = () => screen.getByTestId('people').getAttribute('aria-busy');

/** A person as an earlier full read remembered them (one who has since left the cache, too). */
const remembered = (id: string, email: string, name: string): PersonRow => ({
  id, email, name, status: 'active', superAdmin: false, roles: [], teams: [], seats: [], mailboxes: [], leftovers: 0, search: name.toLowerCase(),
});

/**
 * Holds the People page's full read back: on a connected portal it reads the partner domain last
 * (lib/partner/read-facts.ts), which waits here until released.
 */
const gate = vi.hoisted(() => ({ open: Promise.resolve(), release: () => undefined as void }));
vi.mock('../../lib/partner/read-facts', async (original) => {
  const real = await original<typeof import('../../lib/partner/read-facts')>();
  return { ...real, readPartnerEmployeeDomain: async () => gate.open.then(() => real.readPartnerEmployeeDomain()) };
});
function holdFullRead(): () => void {
  gate.open = new Promise<void>((resolve) => {
    gate.release = resolve;
  });
  return () => gate.release();
}

const PORTAL = 4480123;

beforeEach(async () => {
  await seedWorld();
  installBackground('people.html');
});
afterEach(async () => {
  gate.release();
  cleanup();
  await clearWorld();
});

describe('People page: the remembered first screen', () => {
  it('paints the remembered rows busy, without a count, then the whole list with its count', async () => {
    await repo.setMeta('hubspotPortal', { portalId: PORTAL, missingOptional: [], scopeSource: 'probe' });
    await repo.setMeta('peopleFirstScreen', { portalId: PORTAL, locale: 'en', rows: [remembered('11', 'ada@example.com', 'Ada Lovelace'), remembered('99', 'gone@example.com', 'Gone Person')] });
    const release = holdFullRead();
    renderIn(<PeopleApp />);
    await waitFor(() => expect(rowEmails()).toEqual(['ada@example.com', 'gone@example.com']));
    expect(busy()).toBe('true');
    expect(screen.getByTestId('people-loading').textContent).toBe('Showing the first people as last read; reading the whole list…');
    expect(screen.queryByTestId('people-count')).toBeNull();
    expect((screen.getByTestId('people-search') as HTMLInputElement).disabled).toBe(true);
    release();
    await waitFor(() => expect(screen.getByTestId('people-count').textContent).toBe('Showing 2 of 2'));
    expect(busy()).toBe('false');
    expect(screen.queryByTestId('people-loading')).toBeNull();
    expect((screen.getByTestId('people-search') as HTMLInputElement).disabled).toBe(false);
    expect(rowEmails()).toEqual(['ada@example.com', 'bob@example.com']);
    // The full read's first screen replaces the old one (written a moment after the paint).
    await waitFor(async () => expect((await repo.getMeta('peopleFirstScreen'))?.rows.map((row) => row.email)).toEqual(['ada@example.com', 'bob@example.com']), { timeout: 3_000 });
  });
});
