import type { Scenario } from './scenario';

/** One thing wrong with a scenario, located by JSON pointer. */
export interface ScenarioProblem {
  path: string;
  message: string;
}

/**
 * Cross references the JSON schema cannot express: ids must be unique and every id that points
 * at another entity (a user, role, team, inbox) must exist. A dangling reference would otherwise
 * surface much later as a confusing API answer.
 */
export function findReferenceProblems(scenario: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const users = scenario.users;

  const userIds = uniqueKeys(users, (u) => u.id, '/users', 'id', problems);
  uniqueKeys(users, (u) => u.email.toLowerCase(), '/users', 'email', problems);
  const roleIds = uniqueKeys(scenario.roles ?? [], (r) => r.id, '/roles', 'id', problems);
  const teamIds = uniqueKeys(scenario.teams ?? [], (t) => t.id, '/teams', 'id', problems);
  const inboxIds = uniqueKeys(scenario.inboxes ?? [], (i) => i.id, '/inboxes', 'id', problems);
  uniqueKeys(scenario.teamChannels ?? [], (c) => c.id, '/teamChannels', 'id', problems);
  uniqueKeys(scenario.tokens?.hubspot ?? [], (t) => t.token, '/tokens/hubspot', 'token', problems);

  const expect = (known: Set<string>, id: string | undefined, path: string, what: string) => {
    if (id !== undefined && !known.has(id)) problems.push({ path, message: `"${id}" is no ${what}` });
  };

  users.forEach((user, i) => {
    user.roleIds?.forEach((id, k) => expect(roleIds, id, `/users/${i}/roleIds/${k}`, 'role id in /roles'));
    expect(teamIds, user.primaryTeamId, `/users/${i}/primaryTeamId`, 'team id in /teams');
    user.secondaryTeamIds?.forEach((id, k) =>
      expect(teamIds, id, `/users/${i}/secondaryTeamIds/${k}`, 'team id in /teams'),
    );
  });
  scenario.personalInboxes?.forEach((inbox, i) =>
    expect(userIds, inbox.userId, `/personalInboxes/${i}/userId`, 'user id in /users'),
  );
  scenario.teamChannels?.forEach((channel, i) => {
    expect(inboxIds, channel.inboxId, `/teamChannels/${i}/inboxId`, 'inbox id in /inboxes');
    expect(userIds, channel.connectedByUserId, `/teamChannels/${i}/connectedByUserId`, 'user id in /users');
  });
  scenario.tokens?.hubspot?.forEach((token, i) =>
    expect(userIds, token.userId, `/tokens/hubspot/${i}/userId`, 'user id in /users'),
  );
  scenario.hubspotActivity?.forEach((entry, i) => {
    expect(userIds, entry.userId, `/hubspotActivity/${i}/userId`, 'user id in /users');
    expect(userIds, entry.actorUserId, `/hubspotActivity/${i}/actorUserId`, 'user id in /users');
  });
  expect(userIds, scenario.signedIn?.hubspotUserId, '/signedIn/hubspotUserId', 'user id in /users');
  const contacts = scenario.portal.pointsOfContact;
  expect(userIds, contacts?.primary, '/portal/pointsOfContact/primary', 'user id in /users');
  contacts?.others?.forEach((id, k) =>
    expect(userIds, id, `/portal/pointsOfContact/others/${k}`, 'user id in /users'),
  );
  return problems;
}

/** Collects the keys of `items`, reporting each repeat at its own path; returns the key set. */
function uniqueKeys<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  basePath: string,
  field: string,
  problems: ScenarioProblem[],
): Set<string> {
  const firstIndex = new Map<string, number>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, i);
    else problems.push({ path: `${basePath}/${i}/${field}`, message: `duplicates ${basePath}/${first}/${field}` });
  });
  return new Set(firstIndex.keys());
}
