import { describe, expect, it } from 'vitest';
import { getPage, makeWorld, PORTAL, postAction } from './helpers';

const byEmail = (world: ReturnType<typeof makeWorld>, email: string) => world.scenario.users.find((u) => u.email === email);

describe('Create user', () => {
  it('renders both ways to add users and the permission step, in Dutch', async () => {
    const { status, html } = await getPage(makeWorld('nl'), `/settings/${PORTAL}/users/create`);
    expect(status).toBe(200);
    for (const label of ['E-mailadres(sen) toevoegen', 'Een CSV-bestand', 'Kies bestand', '>Volgende<', 'Maak Super Admin', 'Geen team toegewezen', 'Geen welkomstmail verzenden wanneer deze gebruiker is aangemaakt', '>Verzenden<']) {
      expect(html).toContain(label);
    }
    expect(html).toContain('<option value="r-sales">Sales rep</option>');
  });

  it('creates users from space-separated addresses with a role', async () => {
    const world = makeWorld();
    const before = world.scenario.users.length;
    const answer = await postAction(world, 'users/create', { emails: ' new1@acme-partner.com\nnew2@acme-partner.com  ', roleId: 'r-service', skipWelcome: true });
    expect(answer.body).toMatchObject({ ok: true, redirect: `/settings/${PORTAL}/users` });
    expect(world.scenario.users.length).toBe(before + 2);
    expect(byEmail(world, 'new1@acme-partner.com')).toMatchObject({ id: '7', status: 'active', roleIds: ['r-service'] });
    expect(byEmail(world, 'new2@acme-partner.com')?.id).toBe('8');
  });

  it('gives a single user a team and Super Admin, but not several', async () => {
    const world = makeWorld();
    expect((await postAction(world, 'users/create', { emails: 'solo@acme-partner.com', teamId: 't-sales', superAdmin: true })).body.ok).toBe(true);
    expect(byEmail(world, 'solo@acme-partner.com')).toMatchObject({ primaryTeamId: 't-sales', superAdmin: true });
    const team = await postAction(world, 'users/create', { emails: 'a@x.com b@x.com', teamId: 't-sales' });
    expect(team.body.code).toBe('errTeamSingleOnly');
    const admin = await postAction(world, 'users/create', { emails: 'a@x.com b@x.com', superAdmin: true });
    expect(admin.body.code).toBe('errSuperAdminSingleOnly');
    expect(byEmail(world, 'a@x.com')).toBeUndefined();
  });

  it('refuses invalid and existing addresses, naming them, and creates nothing', async () => {
    const world = makeWorld('de');
    const before = world.scenario.users.length;
    const invalid = await postAction(world, 'users/create', { emails: 'ok@x.com not-an-address' });
    expect(invalid.body.code).toBe('errInvalidAddresses');
    expect(invalid.body.message).toBe('Keine gültige E-Mail-Adresse: not-an-address');
    const existing = await postAction(world, 'users/create', { emails: 'ok@x.com BO@acme-partner.com' });
    expect(existing.body.code).toBe('errExistingUsers');
    expect(existing.body.message).toContain('BO@acme-partner.com');
    expect((await postAction(world, 'users/create', { emails: '   ' })).body.code).toBe('errNoAddresses');
    expect(world.scenario.users.length).toBe(before);
  });

  it('lets a removed user be created again', async () => {
    const world = makeWorld();
    expect((await postAction(world, 'users/create', { emails: 'fay@acme-partner.com' })).body.ok).toBe(true);
    expect(world.scenario.users.filter((u) => u.email === 'fay@acme-partner.com').map((u) => u.status)).toEqual(['removed', 'active']);
  });

  it('imports a CSV with an Email column (quoted fields, other columns, blank lines)', async () => {
    const world = makeWorld();
    const csv = 'First name,Email,Note\r\n"Lee, Ann",lee@acme-partner.com,"says ""hi"""\r\n\r\nMo, mo@acme-partner.com ,\r\n';
    expect((await postAction(world, 'users/create', { csv })).body.ok).toBe(true);
    expect(byEmail(world, 'lee@acme-partner.com')?.status).toBe('active');
    expect(byEmail(world, 'mo@acme-partner.com')?.status).toBe('active');
  });

  it('refuses a CSV of more than 100 users or without an Email column', async () => {
    const world = makeWorld('en');
    const rows = (n: number) => ['Email', ...Array.from({ length: n }, (_, i) => `user${i}@bulk.example`)].join('\n');
    const tooMany = await postAction(world, 'users/create', { csv: rows(101) });
    expect(tooMany.body.code).toBe('errTooManyInCsv');
    expect(tooMany.body.message).toContain('101');
    expect(byEmail(world, 'user0@bulk.example')).toBeUndefined();
    expect((await postAction(world, 'users/create', { csv: 'Name\nAnn' })).body.code).toBe('errCsvNoEmailColumn');
    expect((await postAction(world, 'users/create', { csv: rows(100) })).body.ok).toBe(true);
    expect(byEmail(world, 'user99@bulk.example')?.status).toBe('active');
  });
});
