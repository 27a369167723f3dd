import type { Handlers } from '../../../messaging/router';
import {
  composeMakeSuperAdmin, composeOffboarding, composeReactivation, composeRemoveMe, type ComposedPersonPlan, type OffboardOptions, type PersonRefusal,
} from '../../../people/compose-person-plans';
import { createStoreAccess } from '../../../store/access';
import { readPersonSnapshot } from '../../people/people-facts';
import { backgroundPlanRunner } from '../plans/runner';

type H<N extends keyof Handlers> = NonNullable<Handlers[N]>;

async function start(composed: ComposedPersonPlan | { refused: PersonRefusal }): Promise<{ planId: string } | { refused: PersonRefusal }> {
  if ('refused' in composed) return composed;
  const plan = await backgroundPlanRunner().startComposed(composed.flow, composed);
  return { planId: plan.id };
}

/**
 * One offboarding plan per person (a bulk start composes each on its own: one person's refusal —
 * the last Super Admin, yourself — does not stop the others). The team channels named must be live
 * channel accounts the store knows.
 */
export const offboardStart: H<'people/offboard-start'> = async ({ people }) => {
  const access = createStoreAccess();
  const db = await access.db();
  const results = [];
  for (const { userId, remove, channels } of people) {
    const snapshot = await readPersonSnapshot(access, userId);
    if (typeof snapshot === 'string') {
      results.push({ userId, refused: snapshot });
      continue;
    }
    const accounts = await Promise.all(channels.map(async (choice) => ({ account: await db.get('channelAccounts', choice.accountId), action: choice.action })));
    if (accounts.some(({ account }) => !account || account.archived || account.goneAt)) {
      results.push({ userId, refused: 'unknown-channel' as const });
      continue;
    }
    const options: OffboardOptions = { remove, channels: accounts.map(({ account, action }) => ({ account: account!, action })) };
    results.push({ userId, ...(await start(composeOffboarding(snapshot, options))) });
  }
  return { results };
};

const COMPOSERS = { 'reactivate-person': composeReactivation, 'remove-me': composeRemoveMe, 'make-super-admin': composeMakeSuperAdmin } as const;

export const personPlanStart: H<'people/plan-start'> = async ({ userId, kind }) => {
  const snapshot = await readPersonSnapshot(createStoreAccess(), userId);
  if (typeof snapshot === 'string') return { refused: snapshot };
  return start(COMPOSERS[kind](snapshot));
};
