import { describe, expect, it } from 'vitest';
import type { CrmUser, HistoryEvent, Observation } from '../../lib/model';
import { filterPeople, NO_PEOPLE_FILTERS, sortPeople } from '../../lib/people/filter-people';
import { buildPeopleIndex, type PeopleSources } from '../../lib/people/person-index';

const at = '2026-11-20T10:00:00.000Z';
const user = (id: string, email: string, extra: Partial<CrmUser> = {}): CrmUser => ({ id, email, roleIds: [], secondaryTeamIds: [], superAdmin: false, status: 'active', syncedAt: at, ...extra });
const observation = (kind: Observation['kind'], address: string, value: Observation['value']): Observation => ({ kind, address, host: 'app.hubspot.com', path: '/', value, observedAt: at });

const login = (id: string, address: string, when: string, result: HistoryEvent['result']): HistoryEvent => ({
  id: `hubspot-logins:${id}`, source: 'hubspot-logins', address, at: when, kind: 'login', result, where: 'api.hubapi.com/account-info/v3/activity/login', syncedAt: at,
});

function sources(extra: Partial<PeopleSources> = {}): PeopleSources {
  return {
    users: [
      user('1', 'ada@acme.example', { firstName: 'Ada', lastName: 'Lind', roleIds: ['r1'], primaryTeamId: 't1', secondaryTeamIds: ['t2'], superAdmin: true, seatNames: ['Sales Hub Professional'] }),
      user('2', 'bo@acme.example', { firstName: 'Bo', status: 'deactivated' }),
      user('3', 'cy@acme.example', { status: 'removed' }),
    ],
    roles: [{ id: 'r1', name: 'Sales Manager', requiresBillingWrite: false, syncedAt: at }],
    teams: [{ id: 't1', name: 'Sales DACH', userIds: [], secondaryUserIds: [], syncedAt: at }, { id: 't2', name: 'Nordics', userIds: [], secondaryUserIds: [], syncedAt: at }],
    // The newest successful login counts: an older one and a newer failure are passed over.
    logins: [
      login('1', 'ada@acme.example', '2026-11-18T08:00:00.000Z', 'success'),
      login('2', 'ada@acme.example', '2026-11-19T08:00:00.000Z', 'success'),
      login('3', 'ada@acme.example', '2026-11-19T09:00:00.000Z', 'failure'),
    ],
    mailboxes: [
      { address: 'bo@acme.example', provider: 'google', kind: 'personal', userId: '2', firstSeenAt: at, updatedAt: at },
      { address: 'info@acme.example', provider: 'google', kind: 'team', firstSeenAt: at, updatedAt: at },
    ],
    observations: [
      observation('crm-personal-inbox', 'ada.private@gmail.com', { state: 'connected', scope: 'portal:1:user:ada@acme.example' }),
      observation('crm-team-channel', 'info@acme.example', { inboxId: '9', archived: false, connectedBy: 'bo@acme.example' }),
    ],
    channelAccounts: [{ id: 'c1', channelId: '1002', inboxId: '9', name: 'Info', address: 'info@acme.example', active: true, authorized: true, archived: false, createdAt: at, syncedAt: at }],
    grants: [{ key: 'google:bo@acme.example:HubSpot', address: 'bo@acme.example', provider: 'google', state: 'present', app: 'HubSpot', scopes: [], evidence: { source: 'admin-api', at } }],
    ...extra,
  };
}

describe('the People index', () => {
  it('joins users with roles, teams, seats, last login and their mailboxes under the one status rule', () => {
    const [ada, bo, cy] = buildPeopleIndex(sources());
    expect(ada).toMatchObject({ name: 'Ada Lind', superAdmin: true, roles: ['Sales Manager'], teams: ['Sales DACH', 'Nordics'], seats: ['Sales Hub Professional'], lastLoginAt: '2026-11-19T08:00:00.000Z', leftovers: 0 });
    expect(ada?.mailboxes).toEqual([{ address: 'ada.private@gmail.com', kind: 'personal', provider: 'unknown', status: 'linked', grant: 'unknown' }]);
    // Bo is deactivated: his inbox disconnected with him, Google still grants HubSpot access; the team channel he connected still runs.
    expect(bo?.mailboxes).toEqual([
      { address: 'bo@acme.example', kind: 'personal', provider: 'google', status: 'half-unlinked', grant: 'present' },
      { address: 'info@acme.example', kind: 'team', provider: 'google', status: 'linked', grant: 'unknown', accountId: 'c1', name: 'Info' },
    ]);
    expect(bo?.leftovers).toBe(2);
    expect(cy).toMatchObject({ status: 'removed', mailboxes: [] });
    expect(cy).not.toHaveProperty('lastLoginAt');
  });

  it("names a user's own address as their mailbox when the provider shows HubSpot's access to it, though no page named it", () => {
    const grant = (address: string) => ({ key: `google:${address}:HubSpot`, address, provider: 'google' as const, state: 'present' as const, app: 'HubSpot', scopes: [], evidence: { source: 'admin-api' as const, at } });
    // Only the admin's grant sync knows Cy's and Dee's mailboxes; Eve's address is another user's mailbox record.
    const rows = buildPeopleIndex(sources({
      users: [user('3', 'cy@acme.example'), user('4', 'Dee@Acme.example'), user('5', 'eve@acme.example')],
      mailboxes: [{ address: 'eve@acme.example', provider: 'google', kind: 'personal', userId: '9', firstSeenAt: at, updatedAt: at }],
      observations: [], channelAccounts: [],
      grants: [grant('cy@acme.example'), grant('dee@acme.example'), grant('eve@acme.example')],
    }));
    expect(rows[0]?.mailboxes).toEqual([{ address: 'cy@acme.example', kind: 'personal', provider: 'google', status: 'unknown', grant: 'present' }]);
    expect(rows[1]?.mailboxes.map((m) => m.address)).toEqual(['dee@acme.example']);
    expect(rows[2]?.mailboxes).toEqual([]);
  });

  it('searches, filters and sorts', () => {
    const rows = sortPeople(buildPeopleIndex(sources()), 'status', 'en');
    expect(rows.map((row) => row.id)).toEqual(['1', '2', '3']);
    expect(filterPeople(rows, { ...NO_PEOPLE_FILTERS, query: 'nordics' }).map((r) => r.id)).toEqual(['1']);
    expect(filterPeople(rows, { ...NO_PEOPLE_FILTERS, mailboxes: 'leftovers' }).map((r) => r.id)).toEqual(['2']);
    expect(filterPeople(rows, { ...NO_PEOPLE_FILTERS, status: 'removed' }).map((r) => r.id)).toEqual(['3']);
    expect(filterPeople(rows, { ...NO_PEOPLE_FILTERS, superAdmin: 'yes', team: 'Sales DACH' }).map((r) => r.id)).toEqual(['1']);
    expect(sortPeople(rows, 'last-login', 'en')[0]?.id).toBe('1');
  });
});
