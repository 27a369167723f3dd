import Papa from 'papaparse';
import validator from 'validator';
import * as v from 'valibot';
import type { ScenarioUser } from '../../../core/scenario';
import { recordPageChange, userStatus, type AppContext } from '../context';
import { parseBody, refuse, type ActionResult } from './result';

/** HubSpot: "only 100 users can be added in a single CSV import" (seed 003). */
export const CSV_IMPORT_LIMIT = 100;

const CreateBody = v.object({
  emails: v.optional(v.string(), ''),
  csv: v.optional(v.string(), ''),
  roleId: v.optional(v.string(), ''),
  teamId: v.optional(v.string(), ''),
  superAdmin: v.optional(v.boolean(), false),
  skipWelcome: v.optional(v.boolean(), false),
});

/** The "Email" column of a CSV (the Dutch article calls it "E-mail"), or a refusal. */
function addressesFromCsv(csv: string): string[] | ActionResult {
  const parsed = Papa.parse<Record<string, string | undefined>>(csv, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const column = (parsed.meta.fields ?? []).find((field) => /^e-?mail$/i.test(field));
  if (!column) return refuse('errCsvNoEmailColumn', undefined, 400);
  const addresses = parsed.data.map((row) => (row[column] ?? '').trim()).filter(Boolean);
  if (addresses.length > CSV_IMPORT_LIMIT) return refuse('errTooManyInCsv', { count: addresses.length }, 400);
  return addresses;
}

function uniqueIgnoringCase(addresses: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const address of addresses) if (!seen.has(address.toLowerCase())) seen.set(address.toLowerCase(), address);
  return [...seen.values()];
}

function nextUserId(users: readonly ScenarioUser[]): () => string {
  let last = Math.max(0, ...users.map((u) => Number(u.id)).filter(Number.isSafeInteger));
  return () => String(++last);
}

/**
 * "Create user": addresses separated by spaces, or a CSV with an Email column; then role, team
 * (single user only), "Make Super Admin" (single user only), "Don't send a welcome email".
 * Invalid or existing addresses refuse the whole batch, as nothing is half-created.
 */
export function createUsers(ctx: AppContext, body: unknown): ActionResult {
  const parsed = parseBody(CreateBody, body);
  if (!parsed.ok) return parsed.result;
  const input = parsed.value;
  const fromSource = input.csv.trim() ? addressesFromCsv(input.csv) : input.emails.split(/\s+/).filter(Boolean);
  if (!Array.isArray(fromSource)) return fromSource;
  const addresses = uniqueIgnoringCase(fromSource);
  if (!addresses.length) return refuse('errNoAddresses', undefined, 400);

  const invalid = addresses.filter((a) => !validator.isEmail(a));
  if (invalid.length) return refuse('errInvalidAddresses', { list: invalid.join(', ') }, 400);
  const taken = new Set(ctx.scenario.users.filter((u) => userStatus(u) !== 'removed').map((u) => u.email.toLowerCase()));
  const existing = addresses.filter((a) => taken.has(a.toLowerCase()));
  if (existing.length) return refuse('errExistingUsers', { list: existing.join(', ') });

  if (input.roleId && !(ctx.scenario.roles ?? []).some((r) => r.id === input.roleId)) return refuse('errRoleUnknown', undefined, 400);
  if (input.teamId && !(ctx.scenario.teams ?? []).some((tm) => tm.id === input.teamId)) return refuse('errTeamUnknown', undefined, 400);
  if (input.teamId && addresses.length > 1) return refuse('errTeamSingleOnly', undefined, 400);
  if (input.superAdmin && addresses.length > 1) return refuse('errSuperAdminSingleOnly', undefined, 400);

  const newId = nextUserId(ctx.scenario.users);
  for (const email of addresses) {
    const user: ScenarioUser = { id: newId(), email, roleIds: input.roleId ? [input.roleId] : [], status: 'active' };
    if (input.teamId) user.primaryTeamId = input.teamId;
    if (input.superAdmin) user.superAdmin = true;
    ctx.scenario.users.push(user);
    recordPageChange(ctx, 'CREATE', user.id);
    if (user.superAdmin) recordPageChange(ctx, 'MAKE_SUPER_ADMIN', user.id);
  }
  return { ok: true, redirect: `/settings/${ctx.portalId}/users` };
}
