import type { Scenario } from '../../sandbox/core/scenario';
import { listedUsers, statusOf } from '../../sandbox/hosts/hubspot-api/derive';
import { ACTIVITY_PAGE, CONVERSATIONS_PAGE, OWNER_PAGE, USER_PAGE } from '../../sandbox/hosts/hubspot-api/page-limits';

/** One list a full HubSpot sync must walk, with how many items it holds and its page maximum. */
export interface ListWalk {
  list: string;
  items: number;
  /** Items per page at most; undefined for an unpaged list (roles, teams: one request). */
  pageMax?: number;
}

/** Requests to walk one list: a page per `pageMax` items, and one request even for an empty list. */
export const requestsFor = (walk: ListWalk): number => (walk.pageMax === undefined ? 1 : Math.max(1, Math.ceil(walk.items / walk.pageMax)));

/**
 * The lists a full HubSpot pass walks for this world, as the sandbox (HubSpot's documented page
 * maxima) serves them: owners, inboxes and channel accounts are asked live and archived
 * separately (an archived=true list holds only archived objects, hubspot.md §2–3). With
 * `activity`, also the account activity a pass's history jobs read from the start (audit log,
 * logins, security: lib/sync/jobs/hubspot-activity.ts) — a client without those calls skips them.
 */
export function hubspotListWalks(scenario: Scenario, { activity = true }: { activity?: boolean } = {}): ListWalk[] {
  const entries = (kind: 'audit' | 'login' | 'security') => (scenario.hubspotActivity ?? []).filter((entry) => entry.kind === kind).length;
  const activityWalks: ListWalk[] = [
    { list: 'account activity: audit log', items: entries('audit'), pageMax: ACTIVITY_PAGE.maxLimit },
    { list: 'account activity: logins', items: entries('login'), pageMax: ACTIVITY_PAGE.maxLimit },
    { list: 'account activity: security', items: entries('security'), pageMax: ACTIVITY_PAGE.maxLimit },
  ];
  const archivedOwners = scenario.users.filter((user) => statusOf(user) !== 'active').length;
  const inboxes = scenario.inboxes ?? [];
  const channels = scenario.teamChannels ?? [];
  const archivedInboxes = inboxes.filter((inbox) => inbox.archived).length;
  const archivedChannels = channels.filter((channel) => channel.archived).length;
  return [
    { list: 'roles', items: scenario.roles?.length ?? 0 },
    { list: 'teams', items: scenario.teams?.length ?? 0 },
    { list: 'owners (live)', items: scenario.users.length - archivedOwners, pageMax: OWNER_PAGE.maxLimit },
    { list: 'owners (archived)', items: archivedOwners, pageMax: OWNER_PAGE.maxLimit },
    { list: 'users', items: listedUsers(scenario).length, pageMax: USER_PAGE.maxLimit },
    { list: 'inboxes (live)', items: inboxes.length - archivedInboxes, pageMax: CONVERSATIONS_PAGE.maxLimit },
    { list: 'inboxes (archived)', items: archivedInboxes, pageMax: CONVERSATIONS_PAGE.maxLimit },
    { list: 'channel accounts (live)', items: channels.length - archivedChannels, pageMax: CONVERSATIONS_PAGE.maxLimit },
    { list: 'channel accounts (archived)', items: archivedChannels, pageMax: CONVERSATIONS_PAGE.maxLimit },
    ...(activity ? activityWalks : []),
  ];
}

/** The fewest API requests a full HubSpot sync of `scenario` can make: every list at its page maximum. */
export function leastHubSpotRequests(scenario: Scenario, options: { activity?: boolean } = {}): number {
  return hubspotListWalks(scenario, options).reduce((sum, walk) => sum + requestsFor(walk), 0);
}
