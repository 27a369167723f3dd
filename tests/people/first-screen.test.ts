import { describe, expect, it } from 'vitest';
import type { CrmUser } from '../../lib/model';
import { FIRST_SCREEN_ROWS, firstScreenOf, usableFirstScreen } from '../../lib/people/first-screen';
import { buildPeopleIndex } from '../../lib/people/person-index';

const at = '2026-11-20T10:00:00.000Z';
const user = (id: string, firstName: string): CrmUser => ({ id, email: `${id}@acme.example`, firstName, roleIds: [], secondaryTeamIds: [], superAdmin: false, status: 'active', syncedAt: at });
const rowsOf = (users: CrmUser[]) => buildPeopleIndex({ users, roles: [], teams: [], logins: [], mailboxes: [], observations: [], channelAccounts: [], grants: [] });

describe('the People list’s remembered first screen', () => {
  it('holds the first rows of the default view, in the language’s collation, bounded', () => {
    const many = Array.from({ length: FIRST_SCREEN_ROWS + 10 }, (_, i) => user(String(i), `Zed ${String(i).padStart(3, '0')}`));
    // Swedish sorts "Ö" after "Z"; English (binary order too) would not put "Åsa" last.
    const screen = firstScreenOf(rowsOf([...many, user('a', 'Åsa'), user('o', 'Örjan'), user('b', 'Bo')]), 4480123, 'sv');
    expect(screen.rows).toHaveLength(FIRST_SCREEN_ROWS);
    expect(screen.rows[0]?.name).toBe('Bo');
    expect(screen.rows[1]?.name).toBe('Zed 000');
    expect(screen.rows.map((row) => row.name)).not.toContain('Åsa');
    expect(firstScreenOf(rowsOf([user('a', 'Åsa'), user('z', 'Zed')]), 4480123, 'en').rows.map((row) => row.name)).toEqual(['Åsa', 'Zed']);
    expect(firstScreenOf(rowsOf([user('a', 'Åsa'), user('z', 'Zed')]), 4480123, 'sv').rows.map((row) => row.name)).toEqual(['Zed', 'Åsa']);
  });

  it('is used only for the portal and the language it was built for', () => {
    const screen = firstScreenOf(rowsOf([user('1', 'Ada')]), 4480123, 'de');
    expect(usableFirstScreen(screen, 4480123, 'de')?.map((row) => row.id)).toEqual(['1']);
    expect(usableFirstScreen(screen, 999, 'de')).toBeUndefined();
    expect(usableFirstScreen(screen, undefined, 'de')).toBeUndefined();
    expect(usableFirstScreen(screen, 4480123, 'en')).toBeUndefined();
    expect(usableFirstScreen(undefined, 4480123, 'de')).toBeUndefined();
    expect(usableFirstScreen(firstScreenOf([], 4480123, 'de'), 4480123, 'de')).toBeUndefined();
  });
});
