import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../sandbox/core/scenario';
import { HUBSPOT_SP, TENANT, bearer, microsoftScenario, newWorld, send, signIn } from './fixture';

const READ = 'openid profile offline_access https://graph.microsoft.com/AuditLog.Read.All https://graph.microsoft.com/Directory.Read.All';
const V1 = 'https://graph.microsoft.com/v1.0/auditLogs/signIns';
const BETA = 'https://graph.microsoft.com/beta/auditLogs/signIns';

function signInScenario(tenant: Partial<NonNullable<NonNullable<Scenario['directories']>['entraTenants']>[number]> = {}): Scenario {
  const base = microsoftScenario();
  return {
    ...base,
    now: '2026-03-10T10:00:00.000Z',
    providerEvents: [
      { provider: 'microsoft365', kind: 'sign-in', address: 'ann@contoso.example', at: '2026-03-01T08:00:00.000Z', app: 'HubSpot Sales', interactive: true },
      { provider: 'microsoft365', kind: 'sign-in', address: 'ann@contoso.example', at: '2026-03-05T08:00:00.000Z', app: 'HubSpot Sales' },
      { provider: 'microsoft365', kind: 'sign-in', address: 'ann@contoso.example', at: '2026-03-06T08:00:00.000Z', app: 'HubSpot Sales', errorCode: 50173 },
      { provider: 'microsoft365', kind: 'sign-in', address: 'ann@contoso.example', at: '2026-01-06T08:00:00.000Z', app: 'HubSpot Sales', errorCode: 50173 },
      { provider: 'microsoft365', kind: 'sign-in', address: 'bob@contoso.example', at: '2026-03-06T09:00:00.000Z', app: 'Zoom', interactive: true },
    ],
    directories: { entraTenants: [{ tenantId: TENANT, domains: ['contoso.example'], admins: ['ada@contoso.example'], servicePrincipals: [HUBSPOT_SP], ...tenant }] },
  };
}

async function adminToken(scenario: Scenario, scope = READ) {
  const world = newWorld(scenario);
  const { access_token: token } = await signIn(world, 'ada@contoso.example', scope);
  return { world, token: token! };
}

describe('Graph auditLogs/signIns (providers.md §12)', () => {
  it('v1.0 lists interactive sign-ins only, newest first, the last 30 days', async () => {
    const { world, token } = await adminToken(signInScenario());
    const response = await send(world, V1, bearer(token));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.value.map((s: { appDisplayName: string }) => s.appDisplayName)).toEqual(['Zoom', 'HubSpot Sales']);
    expect(body.value[1]).toMatchObject({ appId: HUBSPOT_SP.appId, userPrincipalName: 'ann@contoso.example', isInteractive: true, status: { errorCode: 0 } });
    expect(body.value[1].signInEventTypes).toBeUndefined();
  });

  it('beta lists non-interactive sign-ins for signInEventTypes, with the failure code and reason', async () => {
    const { world, token } = await adminToken(signInScenario());
    const filter = `appId eq '${HUBSPOT_SP.appId}' and createdDateTime ge 2026-02-01T00:00:00Z and signInEventTypes/any(t: t eq 'nonInteractiveUser')`;
    const body = await (await send(world, `${BETA}?$filter=${encodeURIComponent(filter)}`, bearer(token))).json();
    expect(body.value.map((s: { createdDateTime: string }) => s.createdDateTime)).toEqual(['2026-03-06T08:00:00Z', '2026-03-05T08:00:00Z']);
    expect(body.value[0].status.errorCode).toBe(50173);
    expect(body.value[0].status.failureReason).toMatch(/grant has expired/);
    expect(body.value[0].signInEventTypes).toEqual(['nonInteractiveUser']);
  });

  it('pages with $top and @odata.nextLink', async () => {
    const { world, token } = await adminToken(signInScenario());
    const filter = "signInEventTypes/any(t: t eq 'interactiveUser' or t eq 'nonInteractiveUser')";
    const first = await (await send(world, `${BETA}?$top=2&$filter=${encodeURIComponent(filter)}`, bearer(token))).json();
    expect(first.value).toHaveLength(2);
    const second = await (await send(world, first['@odata.nextLink'], bearer(token))).json();
    expect(second.value).toHaveLength(2);
    expect(second['@odata.nextLink']).toBeUndefined();
  });

  it('answers Graph\'s 403s: the missing permission, the missing licence, the missing role', async () => {
    const noScope = await adminToken(signInScenario(), 'openid https://graph.microsoft.com/Directory.Read.All');
    const scope = await (await send(noScope.world, V1, bearer(noScope.token))).json();
    expect(scope.error).toMatchObject({ code: 'Authentication_MSGraphPermissionMissing', message: 'Calling principal does not have required MSGraph permissions AuditLog.Read.All' });

    const free = await adminToken(signInScenario({ licence: 'free' }));
    const licence = await send(free.world, V1, bearer(free.token));
    expect(licence.status).toBe(403);
    expect((await licence.json()).error).toMatchObject({ code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant', message: "Neither tenant is B2C or tenant doesn't have premium license" });

    const notReader = await adminToken(signInScenario({ auditReaders: ['ann@contoso.example'] }));
    const role = await send(notReader.world, V1, bearer(notReader.token));
    expect(role.status).toBe(403);
    expect((await role.json()).error.code).toBe('Authentication_RequestFromUnsupportedUserRole');
  });

  it('refuses signInEventTypes on v1.0 and unknown filters', async () => {
    const { world, token } = await adminToken(signInScenario());
    const v1 = await send(world, `${V1}?$filter=${encodeURIComponent("signInEventTypes/any(t: t eq 'nonInteractiveUser')")}`, bearer(token));
    expect(v1.status).toBe(400);
    expect((await send(world, `${V1}?$filter=${encodeURIComponent("status eq 'x'")}`, bearer(token))).status).toBe(400);
  });
});
