import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../sandbox/core/scenario';
import { parseScenario, readScenarioFile, ScenarioError, validateScenario } from '../../sandbox/core/validate-scenario';

// These tests break the scenario's types on purpose, so they edit it untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const scenariosDir = join(__dirname, '../../sandbox/scenarios');

function base(): Scenario {
  return {
    portal: { id: 1, name: 'Test portal' },
    roles: [{ id: 'r1', name: 'Sales' }],
    teams: [{ id: 't1', name: 'North' }],
    users: [
      { id: 'u1', email: 'ada@example.com', roleIds: ['r1'], primaryTeamId: 't1' },
      { id: 'u2', email: 'bo@example.com' },
    ],
    inboxes: [{ id: 'i1', name: 'Support' }],
    personalInboxes: [{ userId: 'u1', address: 'ada@example.com', provider: 'google', state: 'connected' }],
    teamChannels: [{ id: 'c1', inboxId: 'i1', address: 'help@example.com', provider: 'google' }],
  };
}

function messageOf(mutate: (s: Loose) => void): string {
  const scenario: Loose = base();
  mutate(scenario);
  try {
    validateScenario(scenario);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as Error).message;
  }
  throw new Error('expected the scenario to be refused');
}

describe('validateScenario', () => {
  it('accepts a valid scenario and returns it without adding defaults', () => {
    const input = base();
    const copy = structuredClone(input);
    expect(validateScenario(input)).toBe(input);
    expect(input).toEqual(copy);
    expect(input.users[0]).not.toHaveProperty('status');
  });

  const schemaMistakes: [string, (s: Loose) => void, string][] = [
    ['an unknown enum value', (s) => (s.users[1].status = 'gone'), '/users/1/status must be one of active, deactivated, removed'],
    ['a missing required field', (s) => delete s.portal.name, '/portal/name is required'],
    ['an unknown property', (s) => (s.portal.colour = 'blue'), '/portal/colour is not a known property'],
    ['a wrong type', (s) => (s.portal.id = '42'), '/portal/id must be integer'],
    ['a bad date-time', (s) => (s.now = 'yesterday'), '/now must be a valid date-time'],
    ['a bad provider', (s) => (s.personalInboxes[0].provider = 'yahoo'), '/personalInboxes/0/provider must be one of google, microsoft365, outlook, imap'],
    ['a negative fault rate', (s) => (s.faults = { errorRate: -1 }), '/faults/errorRate must be >= 0'],
  ];
  it.each(schemaMistakes)('refuses %s, naming the path', (_kind, mutate, expected) => {
    const message = messageOf(mutate);
    expect(message).toMatch(/^scenario invalid: /);
    expect(message).toContain(expected);
  });

  const referenceMistakes: [string, (s: Loose) => void, string][] = [
    ['a personal inbox of no user', (s) => (s.personalInboxes[0].userId = 'nobody'), '/personalInboxes/0/userId "nobody" is no user id'],
    ['a team channel of no inbox', (s) => (s.teamChannels[0].inboxId = 'i9'), '/teamChannels/0/inboxId "i9" is no inbox id'],
    ['a duplicate user id', (s) => (s.users[1].id = 'u1'), '/users/1/id duplicates /users/0/id'],
    ['a duplicate email in another case', (s) => (s.users[1].email = 'ADA@example.com'), '/users/1/email duplicates /users/0/email'],
    ['an unknown role', (s) => (s.users[0].roleIds = ['r1', 'r7']), '/users/0/roleIds/1 "r7" is no role id'],
    ['an unknown team', (s) => (s.users[1].primaryTeamId = 't7'), '/users/1/primaryTeamId "t7" is no team id'],
    ['a signed-in HubSpot user who does not exist', (s) => (s.signedIn = { hubspotUserId: 'u9' }), '/signedIn/hubspotUserId "u9"'],
    ['a token of no user', (s) => (s.tokens = { hubspot: [{ token: 't', scopes: [], userId: 'u9' }] }), '/tokens/hubspot/0/userId'],
  ];
  it.each(referenceMistakes)('refuses %s, naming the path', (_kind, mutate, expected) => {
    expect(messageOf(mutate)).toContain(expected);
  });

  it('lists every problem, not just the first', () => {
    const scenario: Loose = base();
    scenario.users[0].status = 'gone';
    scenario.portal.colour = 'blue';
    try {
      validateScenario(scenario);
      expect.unreachable();
    } catch (error) {
      expect((error as ScenarioError).problems.map((p) => p.path).sort()).toEqual(['/portal/colour', '/users/0/status']);
    }
  });

  it('refuses text that is not JSON', () => {
    expect(() => parseScenario('{"portal": ', 'broken.json')).toThrow(/scenario invalid \(broken\.json\): \/ is not valid JSON/);
  });

  it('names the file it read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scenario-'));
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ portal: { id: 0, name: 'x' }, users: [] }));
    await expect(readScenarioFile(file)).rejects.toThrow(`scenario invalid (${file}): /portal/id must be >= 1`);
  });
});

describe('shipped scenarios', () => {
  const files = readdirSync(scenariosDir).filter((f) => f.endsWith('.json'));

  it('include the demo', () => {
    expect(files).toContain('demo.json');
  });

  it.each(files)('%s validates', (file) => {
    const text = readFileSync(join(scenariosDir, file), 'utf8');
    expect(() => parseScenario(text, file)).not.toThrow();
  });
});
