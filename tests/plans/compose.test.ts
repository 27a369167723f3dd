import { describe, expect, it } from 'vitest';
import { composePlan } from '../../lib/plans/compose';
import type { Capabilities, PortalRef } from '../../lib/plans/types';
import type { MailboxFacts } from '../../lib/status/mailbox-facts';
import { demoScenario } from '../clients/harness';
import { ENTRA_ADMIN, GOOGLE_ADMIN, PORTAL_ID } from './helpers';

const scenario = demoScenario();
const at = '2026-11-01T00:00:00.000Z';
const US: PortalRef = { id: PORTAL_ID, uiHost: 'app.hubspot.com' };
const ADMINS: Capabilities = { googleAdmin: { account: GOOGLE_ADMIN }, microsoftAdmin: { account: ENTRA_ADMIN } };

/** The facts a sync plus one look at HubSpot's pages give for a demo mailbox. */
function factsOf(address: string): MailboxFacts & { address: string } {
  const personal = scenario.personalInboxes?.find((inbox) => inbox.address === address);
  const channel = scenario.teamChannels?.find((c) => c.address === address);
  const provider = personal?.provider ?? channel?.provider ?? 'unknown';
  return {
    address,
    mailbox: { address, provider, kind: channel ? 'team' : 'personal', portalId: PORTAL_ID, firstSeenAt: at, updatedAt: at },
    observations: personal
      ? [{ kind: 'crm-personal-inbox', address, host: 'app.hubspot.com', path: `/settings/${PORTAL_ID}/user-preferences/email`, value: { state: personal.state ?? 'connected' }, observedAt: at }]
      : [],
    channelAccounts: channel
      ? [{ id: channel.id, channelId: '1002', inboxId: channel.inboxId, name: channel.name ?? address, address, active: true, authorized: true, archived: false, createdAt: at, syncedAt: at }]
      : [],
    grants: [],
  };
}

const domain = (address: string) => address.split('@')[1];

/** What the issue asks for, per provider, kind and admin. */
function expectedProviderFlow(provider: string, address: string, admins: boolean): string {
  if (provider === 'google') return admins && domain(address) === 'nordlicht.example' ? 'revoke-google-workspace' : 'revoke-google-consumer';
  if (provider === 'microsoft365') return admins && domain(address) === 'nordlicht-nordic.example' ? 'revoke-microsoft-admin' : 'revoke-microsoft-user';
  if (provider === 'outlook') return 'revoke-outlook';
  return 'imap-handoff';
}

const mailboxes = [
  ...(scenario.personalInboxes ?? []).map((inbox) => ({ address: inbox.address, provider: inbox.provider as string, kind: 'personal' })),
  ...(scenario.teamChannels ?? []).map((channel) => ({ address: channel.address, provider: channel.provider as string, kind: 'team' })),
];

describe('composePlan over every demo mailbox', () => {
  it('covers every provider and both kinds', () => {
    expect(new Set(mailboxes.map((m) => `${m.kind}:${m.provider}`))).toEqual(
      new Set(['personal:google', 'personal:microsoft365', 'personal:outlook', 'personal:imap', 'team:google', 'team:microsoft365']),
    );
  });

  it.each(mailboxes.flatMap((m) => [{ ...m, admins: true }, { ...m, admins: false }]))(
    '$kind $address ($provider, admins: $admins): HubSpot side, provider side, final check',
    ({ address, provider, kind, admins }) => {
      const plan = composePlan(factsOf(address), admins ? ADMINS : {}, US);
      const hubspotFlow = kind === 'team' ? 'delete-team-channel' : 'disconnect-personal-inbox';
      expect(plan.flows).toEqual([hubspotFlow, expectedProviderFlow(provider, address, admins), 'final-check']);
      expect(plan.steps.map((s) => s.side)).toEqual([...plan.steps.map((s) => s.side)].sort((a, b) => ['hubspot', 'provider', 'check'].indexOf(a) - ['hubspot', 'provider', 'check'].indexOf(b)));
      expect(plan.steps.at(-1)?.id).toBe('final-check/check');
      expect(plan.context.kind).toBe(kind);
    },
  );

  it('a consumer gmail.com address stays guided even with a Workspace admin signed in', () => {
    const plan = composePlan(factsOf('chiara.rossi.freelance@gmail.com'), ADMINS, US);
    expect(plan.flows[1]).toBe('revoke-google-consumer');
    expect(plan.context.googleAdmin).toBeUndefined();
    const step = plan.steps.find((s) => s.flow === 'revoke-google-consumer');
    expect(step).toMatchObject({ kind: 'guided', deepLink: 'https://myaccount.google.com/connections', target: { page: 'google-connections', labelKey: 'removeAccess', then: ['confirm'] }, observe: { kind: 'provider-grant', expect: { present: [false] } } });
  });

  it('a Workspace admin governs the domains it lists, not only its own', () => {
    const plan = composePlan(factsOf('chiara.rossi.freelance@gmail.com'), { googleAdmin: { account: GOOGLE_ADMIN, domains: ['gmail.com'] } }, US);
    expect(plan.flows[1]).toBe('revoke-google-workspace');
    expect(plan.context.googleAdmin).toBe(GOOGLE_ADMIN);
  });

  it('personal inbox steps: Disable → Yes, disable, then Remove → Yes, remove inbox, on the portal’s Connected emails page', () => {
    const plan = composePlan(factsOf('joerg.mueller@nordlicht.example'), {}, { id: PORTAL_ID, uiHost: 'app-eu1.hubspot.com' });
    const [disable, remove] = plan.steps;
    const link = `https://app-eu1.hubspot.com/settings/${PORTAL_ID}/user-preferences/email`;
    expect(disable).toMatchObject({ id: 'disconnect-personal-inbox/disable', kind: 'guided', state: 'pending', deepLink: link, target: { page: 'hubspot-connected-emails', labelKey: 'disable', then: ['yesDisable'], rowAddress: 'joerg.mueller@nordlicht.example' } });
    expect(remove).toMatchObject({ id: 'disconnect-personal-inbox/remove', deepLink: link, target: { labelKey: 'remove', then: ['yesRemoveInbox'] }, observe: { expect: { state: ['removed'] } } });
  });

  it('what HubSpot already shows is composed as skipped: disabled skips Disable, removed skips both', () => {
    const disabled = composePlan(factsOf('hannah.schmidt@nordlicht.example'), {}, US);
    expect(disabled.steps.slice(0, 2).map((s) => s.state)).toEqual(['skipped', 'pending']);
    const removed = composePlan(factsOf('greta.bauer@nordlicht.example'), {}, US);
    expect(removed.steps.slice(0, 2).map((s) => s.state)).toEqual(['skipped', 'skipped']);
  });

  it('team channel: the Channels page of its inbox, then the API check', () => {
    const plan = composePlan(factsOf('saljare@nordlicht-nordic.example'), ADMINS, US);
    expect(plan.context.inboxId).toBe('147002');
    expect(plan.steps.slice(0, 2)).toMatchObject([
      { id: 'delete-team-channel/delete', kind: 'guided', deepLink: `https://app.hubspot.com/live-messages-settings/${PORTAL_ID}/inboxes/147002/channels`, target: { page: 'hubspot-channels', labelKey: 'delete', then: ['yesDelete'], rowAddress: 'saljare@nordlicht-nordic.example' } },
      { id: 'delete-team-channel/verify', kind: 'verify' },
    ]);
    expect(plan.flows[1]).toBe('revoke-microsoft-admin');
    expect(plan.steps.find((s) => s.kind === 'api')).toMatchObject({ confirm: 'plan.revoke-microsoft-admin.revoke.confirm' });
  });

  it('Microsoft users without an admin go to My Apps, Outlook.com to account.live.com, IMAP to IT', () => {
    expect(composePlan(factsOf('lars.andersson@nordlicht-nordic.example'), {}, US).steps[2]).toMatchObject({ deepLink: 'https://myapps.microsoft.com', target: { page: 'microsoft-my-apps', labelKey: 'manage', then: ['revoke'] } });
    expect(composePlan(factsOf('sam.okafor@outlook.com'), ADMINS, US).steps[2]).toMatchObject({ deepLink: 'https://account.live.com/consent/Manage', target: { page: 'microsoft-live-consent', labelKey: 'edit', then: ['remove'] } });
    expect(composePlan(factsOf('kwame.mensah@nordlicht-events.example'), ADMINS, US).steps[2]).toMatchObject({ kind: 'handoff', id: 'imap-handoff/handoff' });
  });

  it('an unknown provider gets no provider step and a note saying so', () => {
    const facts = { ...factsOf('nobody@example.org'), mailbox: undefined };
    const plan = composePlan(facts, ADMINS, US);
    expect(plan.flows).toEqual(['disconnect-personal-inbox', 'final-check']);
    expect(plan.notes).toEqual(['provider-unknown']);
  });
});
