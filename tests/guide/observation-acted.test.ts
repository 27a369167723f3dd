import { describe, expect, it } from 'vitest';
import { createObservationActedHandler } from '../../lib/background/handlers/observation-acted';
import type { UserAction } from '../../lib/background/user-actions';
import type { ClassifiedSender } from '../../lib/messaging/sender';

const content = (host: string, tabId: number | undefined = 5): { sender: ClassifiedSender } => ({ sender: { kind: 'content', host, tabId, url: `https://${host}/x` } });

describe('observation/acted', () => {
  it('remembers the press for the sender\'s tab and host, with the background\'s time', async () => {
    const remembered: [number, UserAction][] = [];
    const handle = createObservationActedHandler(async (tabId, action) => void remembered.push([tabId, action]), () => '2026-12-07T10:00:00.000Z');
    await handle({ kind: 'crm-team-channel', address: 'Support@X.example' }, content('app-eu1.hubspot.com'));
    await handle({ kind: 'provider-grant', address: 'a@x.example' }, content('account.live.com', 8));
    expect(remembered).toEqual([
      [5, { kind: 'crm-team-channel', address: 'support@x.example', host: 'app-eu1.hubspot.com', at: '2026-12-07T10:00:00.000Z' }],
      [8, { kind: 'provider-grant', address: 'a@x.example', host: 'account.live.com', at: '2026-12-07T10:00:00.000Z' }],
    ]);
  });

  it('refuses a kind the sender\'s host does not show, a press without a tab, and extension pages', async () => {
    const remembered: UserAction[] = [];
    const handle = createObservationActedHandler(async (_tab, action) => void remembered.push(action));
    await expect(handle({ kind: 'crm-personal-inbox', address: 'a@x.example' }, content('myaccount.google.com'))).rejects.toThrow(/not acted on/);
    await expect(handle({ kind: 'provider-grant', address: 'a@x.example' }, content('mail.google.com'))).rejects.toThrow(/not acted on/);
    await expect(handle({ kind: 'provider-grant', address: 'a@x.example' }, { sender: { kind: 'content', host: 'myaccount.google.com', url: 'https://myaccount.google.com/connections' } })).rejects.toThrow(/not acted on/);
    await expect(handle({ kind: 'provider-grant', address: 'a@x.example' }, { sender: { kind: 'extension', url: 'chrome-extension://x/sidepanel.html' } })).rejects.toThrow(/not acted on/);
    expect(remembered).toEqual([]);
  });
});
