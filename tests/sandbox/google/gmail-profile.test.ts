import { describe, expect, it } from 'vitest';
import { bearer, newWorld, send, tokenFor } from './fixture';
import { expectShape, gmailProfileSchema, googleErrorSchema } from './schemas';

const PROFILE = 'https://gmail.googleapis.com/gmail/v1/users/me/profile';

describe('Gmail users.getProfile (providers.md §5)', () => {
  it('answers for the token\'s account in the documented shape, historyId a string', async () => {
    const world = newWorld();
    const token = await tokenFor(world, 'carol@gmail.com', ['https://www.googleapis.com/auth/gmail.metadata']);
    const response = await send(world, PROFILE, bearer(token));
    expect(response.status).toBe(200);
    const body = await response.json();
    expectShape(body, gmailProfileSchema);
    expect(body.emailAddress).toBe('carol@gmail.com');
  });

  it('takes counters from scenario.x.gmailProfiles when set', async () => {
    const world = newWorld();
    world.scenario.x = { gmailProfiles: { 'anna@acme.example': { messagesTotal: 7, threadsTotal: 3, historyId: '42' } } };
    const token = await tokenFor(world, 'anna@acme.example', ['https://mail.google.com/']);
    const body = await (await send(world, 'https://gmail.googleapis.com/gmail/v1/users/anna@acme.example/profile', bearer(token))).json();
    expect(body).toEqual({ emailAddress: 'anna@acme.example', messagesTotal: 7, threadsTotal: 3, historyId: '42' });
  });

  it('401 without a valid token, 403 without a Gmail scope or for another mailbox', async () => {
    const world = newWorld();
    const unauthenticated = await send(world, PROFILE);
    expect(unauthenticated.status).toBe(401);
    expectShape(await unauthenticated.json(), googleErrorSchema(401, 'UNAUTHENTICATED'));

    const emailOnly = await tokenFor(world, 'anna@acme.example', ['email']);
    const noScope = await send(world, PROFILE, bearer(emailOnly));
    expect(noScope.status).toBe(403);
    expectShape(await noScope.json(), googleErrorSchema(403, 'PERMISSION_DENIED', 'insufficientPermissions'));

    const gmail = await tokenFor(world, 'anna@acme.example', ['https://mail.google.com/']);
    const other = await send(world, 'https://gmail.googleapis.com/gmail/v1/users/bob@acme.example/profile', bearer(gmail));
    expect(other.status).toBe(403);
    expectShape(await other.json(), googleErrorSchema(403, 'PERMISSION_DENIED', 'forbidden'));
  });
});
