import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Scenario } from '../../sandbox/core/scenario';

/**
 * The benchmark portal, generated rather than stored (a 10,000-user file would be megabytes):
 * the demo portal's roles and inbox, `users` users (each has a CRM owner; every 50th deactivated)
 * in teams of 100, and `channels` team channels (channel accounts). Only the HubSpot token stays,
 * owned by the first generated user; nothing of the demo's people is kept. A second token with the
 * same scopes (BENCH_FLOOR_TOKEN) lets a bare request loop measure the floor without spending the
 * product's rate limit (the sandbox counts per token).
 */
export const BENCH_FLOOR_TOKEN = 'bench-floor-token';

export async function benchWorld(repoRoot: string, users: number, channels: number, rateLimitPer10s: number): Promise<Scenario> {
  const demo = JSON.parse(await readFile(path.join(repoRoot, 'sandbox', 'scenarios', 'demo.json'), 'utf8')) as Scenario;
  const teamCount = Math.max(1, Math.ceil(users / 100));
  const teams = Array.from({ length: teamCount }, (_, index) => ({ id: String(8_000 + index), name: `Team ${index + 1}` }));
  const roles = demo.roles ?? [];
  const firstUserId = String(80_000_000);
  const token = demo.tokens?.hubspot?.find((candidate) => !candidate.expiresAt);
  if (!token) throw new Error('demo.json has no HubSpot token without expiry');
  const inbox = { id: '147001', name: 'Support', type: 'HELP_DESK' as const };
  return {
    name: `bench: ${users} users, ${channels} channel accounts`,
    portal: { ...demo.portal, pointsOfContact: { primary: firstUserId } },
    roles,
    teams,
    users: Array.from({ length: users }, (_, index) => ({
      id: String(80_000_000 + index),
      email: `user${index}@nordlicht.example`,
      firstName: 'User',
      lastName: String(index),
      primaryTeamId: teams[index % teamCount]?.id,
      ...(roles.length > 0 ? { roleIds: [roles[index % roles.length]?.id ?? ''] } : {}),
      ...(index % 50 === 49 ? { status: 'deactivated' as const } : {}),
    })),
    inboxes: [inbox],
    teamChannels: Array.from({ length: channels }, (_, index) => ({
      id: String(920_000 + index),
      inboxId: inbox.id,
      address: `team${index}@nordlicht.example`,
      provider: 'google' as const,
    })),
    tokens: { hubspot: [{ ...token, userId: firstUserId }, { ...token, token: BENCH_FLOOR_TOKEN, userId: firstUserId }] },
    faults: { rateLimitPer10s },
  };
}
