/**
 * One plan per person, composed from the flows (lib/plans/flows): offboarding, reactivation,
 * removing yourself, making a Super Admin. Pure: the caller reads the snapshot from the store;
 * the plan runner persists and runs what this returns. A person's mailboxes, team channels and
 * grants become steps with their own context (scope = the address), so each behaves as in that
 * mailbox's own plan and audits under its address.
 */
import type { ChannelAccount, CrmUser } from '../model';
import { mailboxContextOf, providerFlow, composeSteps } from '../plans/compose';
import { flowById } from '../plans/flows';
import type { Capabilities, PlanContext, PortalRef, RunStep } from '../plans/types';
import { grantStateFrom, type MailboxFacts } from '../status/mailbox-facts';
import { displayName } from './person-name';
import { isLastActiveSuperAdmin, isSelf, type SelfRef } from './person-rules';

export interface PersonSnapshot {
  user: CrmUser;
  /** Every known user: the last-Super-Admin rule needs the others. */
  users: readonly CrmUser[];
  /** The person's personal mailboxes, each with what the store knows about it and the admins that govern its domain. */
  mailboxes: readonly PersonMailbox[];
  portal: PortalRef;
  /** The HubSpot user the token acts as, when known. */
  self?: SelfRef;
}

export interface PersonMailbox {
  facts: MailboxFacts & { address: string };
  capabilities: Capabilities;
}

export type ChannelAction = 'delete' | 'reassign';

export interface OffboardOptions {
  /** Remove the user after deactivating (irreversible). */
  remove: boolean;
  /** The team channels the person connected, each with what to do about it. */
  channels: readonly { account: ChannelAccount; action: ChannelAction }[];
}

export type PersonPlanKind = 'offboard-person' | 'reactivate-person' | 'remove-me' | 'make-super-admin';

export type PersonRefusal = 'already-removed' | 'self' | 'last-super-admin' | 'not-deactivated' | 'not-active' | 'already-super-admin' | 'self-unknown';

export interface ComposedPersonPlan {
  flow: PersonPlanKind;
  subject: string;
  context: PlanContext;
  flows: string[];
  steps: RunStep[];
  notes: string[];
}

const NO_FACTS: MailboxFacts = { observations: [], channelAccounts: [], grants: [] };

function personContext(snapshot: PersonSnapshot): PlanContext {
  const { user } = snapshot;
  return {
    address: user.email,
    kind: 'personal',
    provider: 'unknown',
    portal: snapshot.portal,
    person: { userId: user.id, ...(user.ownerId ? { ownerId: user.ownerId } : {}), name: displayName(user) },
    ...(snapshot.self ? { actingUser: snapshot.self } : {}),
  };
}

/** A person-level flow: its steps use the plan's context (one of each per plan). */
const own = (id: string, context: PlanContext): RunStep[] => composeSteps(flowById(id), context, NO_FACTS);

function channelSteps(options: OffboardOptions, person: PlanContext): { flows: string[]; steps: RunStep[] } {
  const flows: string[] = [];
  const steps: RunStep[] = [];
  for (const { account, action } of options.channels) {
    if (!account.address) continue;
    const context: PlanContext = { ...person, address: account.address, kind: 'team', provider: 'unknown', inboxId: account.inboxId };
    const flow = action === 'delete' ? 'delete-team-channel' : 'reassign-team-channel';
    flows.push(flow);
    steps.push(...composeSteps(flowById(flow), context, { ...NO_FACTS, channelAccounts: [account] }, account.address));
  }
  return { flows, steps };
}

export function composeOffboarding(snapshot: PersonSnapshot, options: OffboardOptions): ComposedPersonPlan | { refused: PersonRefusal } {
  const { user } = snapshot;
  if (user.status === 'removed') return { refused: 'already-removed' };
  if (isSelf(user, snapshot.self)) return { refused: 'self' };
  if (isLastActiveSuperAdmin(user, snapshot.users)) return { refused: 'last-super-admin' };
  const person = personContext(snapshot);
  const flows = ['person-records', 'person-workflows', 'person-meetings', 'person-point-of-contact'];
  const steps = flows.flatMap((id) => own(id, person));
  const channels = channelSteps(options, person);
  flows.push(...channels.flows);
  steps.push(...channels.steps);
  // HubSpot's access to their mailboxes at Google or Microsoft: the unlink plans' provider flows.
  for (const { facts, capabilities } of snapshot.mailboxes) {
    const context = { ...mailboxContextOf(facts, capabilities, snapshot.portal), person: person.person!, ...(snapshot.self ? { actingUser: snapshot.self } : {}) };
    const flow = providerFlow(context);
    if (!flow || grantStateFrom(facts.grants, facts.observations).state === 'absent') continue;
    flows.push(flow);
    steps.push(...composeSteps(flowById(flow), context, facts, facts.address));
  }
  const deactivate = own('deactivate-user', person);
  // Already deactivated: nothing to click, the verify step still proves it through the API.
  if (user.status === 'deactivated') for (const step of deactivate) if (step.kind === 'guided') step.state = 'skipped';
  flows.push('deactivate-user');
  steps.push(...deactivate);
  for (const { facts } of snapshot.mailboxes) {
    flows.push('person-inbox');
    steps.push(...composeSteps(flowById('person-inbox'), { ...person, address: facts.address }, facts, facts.address));
  }
  if (options.remove) {
    flows.push('remove-user');
    steps.push(...own('remove-user', person));
  }
  flows.push('final-check');
  steps.push(...own('final-check', person));
  return { flow: 'offboard-person', subject: user.email, context: person, flows, steps, notes: snapshot.mailboxes.length ? [] : ['no-personal-mailbox'] };
}

export function composeReactivation(snapshot: PersonSnapshot): ComposedPersonPlan | { refused: PersonRefusal } {
  if (snapshot.user.status === 'removed') return { refused: 'already-removed' };
  if (snapshot.user.status !== 'deactivated') return { refused: 'not-deactivated' };
  const person = personContext(snapshot);
  return { flow: 'reactivate-person', subject: snapshot.user.email, context: person, flows: ['reactivate-user'], steps: own('reactivate-user', person), notes: [] };
}

/** Removing yourself: only for the token's own user, point of contact first (HubSpot greys the button out otherwise). */
export function composeRemoveMe(snapshot: PersonSnapshot): ComposedPersonPlan | { refused: PersonRefusal } {
  if (!snapshot.self) return { refused: 'self-unknown' };
  if (!isSelf(snapshot.user, snapshot.self)) return { refused: 'self-unknown' };
  if (isLastActiveSuperAdmin(snapshot.user, snapshot.users)) return { refused: 'last-super-admin' };
  const person = personContext(snapshot);
  const flows = ['person-point-of-contact', 'remove-me'];
  return { flow: 'remove-me', subject: snapshot.user.email, context: person, flows, steps: flows.flatMap((id) => own(id, person)), notes: [] };
}

export function composeMakeSuperAdmin(snapshot: PersonSnapshot): ComposedPersonPlan | { refused: PersonRefusal } {
  if (snapshot.user.status !== 'active') return { refused: 'not-active' };
  if (snapshot.user.superAdmin) return { refused: 'already-super-admin' };
  const person = personContext(snapshot);
  return { flow: 'make-super-admin', subject: snapshot.user.email, context: person, flows: ['make-super-admin'], steps: own('make-super-admin', person), notes: [] };
}
