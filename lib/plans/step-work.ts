/**
 * The work behind each event: running an api step (intent, call, result), settling an intent
 * that has no result (verify before anything else), running a verify step, a guided step's API
 * check and an api step's precheck (observations: step-observations.ts). Slow work (API calls) happens between transactions, never inside one: an
 * IndexedDB transaction closes as soon as it waits on anything else.
 */
import type { StoreAccess } from '../store/access';
import type { PlanClients } from './clients';
import { recordChannelListing } from './channel-facts';
import { messageOf } from './errors';
import { IN_FLIGHT, markSent, mayStillLand, sayCheckingThenWait, type InFlightWindow } from './in-flight';
import { markingDeletes } from './send-mark';
import { stepDefinition } from './flows';
import { recordListedGrant } from './grant-facts';
import { recordUserListing } from './person-facts';
import { confirmApps } from '../hubspot-apps/confirmed';
import { confirmedAt, verifyByObservation } from './observe';
import { boundSpec } from './observe-binding';
import { actingAccount, contextOf } from './step-context';
import { commit, readPlan, type Committed } from './persist';
import { audit, changed, completeStep, currentStep, endWithSideOpen, findStep, recordIntent, refused, unchanged } from './transitions';
import type { ActResult, RunPlan, RunStep, StepNote, StepRun, VerifyResult } from './types';
import type { HubSpotAppListing } from './checks/hubspot-app-list';

export interface RunnerEnv {
  access: StoreAccess;
  clients: PlanClients;
  /** Who acts for user-initiated events in the audit log. */
  actor: string;
  /** Aborted when the worker is going away: the runner then stops without writing a result. */
  signal?: AbortSignal;
  /** How long a sent destructive call may still land (default IN_FLIGHT, in-flight.ts). */
  inFlight?: InFlightWindow;
}

function stepRun(env: RunnerEnv, plan: RunPlan, step: RunStep): StepRun {
  return {
    context: contextOf(plan, step), plan, step, clients: env.clients, access: env.access,
    ...(env.signal ? { signal: env.signal } : {}),
    verifyStep: (other) => verifyStep(env, plan, other),
  };
}

/** What holds now for the link a step removes: by API where the step has one, else by the page. */
export async function verifyStep(env: RunnerEnv, plan: RunPlan, step: RunStep): Promise<VerifyResult> {
  const def = stepDefinition(step.flow, step.key);
  if (def.kind === 'api' || def.kind === 'verify') {
    const result = await def.verify(stepRun(env, plan, step));
    await recordListing(env, contextOf(plan, step).address, result);
    return result;
  }
  const spec = def.kind === 'guided' ? boundSpec(plan, step) : undefined;
  if (spec) return verifyByObservation(env.access, spec, confirmedAt(step));
  return { state: 'unknown', detail: 'a hand-off cannot be checked', note: { code: 'handoff-unverifiable' } };
}

/**
 * What an API listing proved goes to the store the status reads (grants, channel accounts);
 * failing to write it must not change the verdict.
 */
async function recordListing(env: RunnerEnv, address: string, result: VerifyResult): Promise<void> {
  try {
    const at = env.access.now();
    await recordListedGrant(env.access, address, result, at);
    await recordChannelListing(env.access, address, result, at);
    await recordUserListing(env.access, result, at);
  } catch (error) {
    console.warn('[inboxlink] plan fact:', messageOf(error));
  }
}

async function safeVerify(env: RunnerEnv, plan: RunPlan, step: RunStep): Promise<VerifyResult> {
  try {
    return await verifyStep(env, plan, step);
  } catch (error) {
    if (env.signal?.aborted) throw error;
    return { state: 'unknown', detail: messageOf(error), note: { code: 'check-failed' } };
  }
}

/**
 * The candidates (apps that only look like HubSpot's) the admin approved in the confirm dialog
 * become HubSpot's apps for the directory, kept for later plans and syncs; audited. A listing
 * that fails confirms nothing: the step then removes only known and confirmed apps.
 */
async function confirmApprovedApps(env: RunnerEnv, plan: RunPlan, step: RunStep, approved: readonly string[]): Promise<void> {
  const def = stepDefinition(step.flow, step.key);
  if (def.kind !== 'api' || !def.apps || approved.length === 0) return;
  let ids: string[];
  let directory: string;
  try {
    const listing = await def.apps(stepRun(env, plan, step));
    directory = listing.directory;
    ids = listing.apps.filter((app) => app.identity === 'candidate' && approved.includes(app.id)).map((app) => app.id);
  } catch (error) {
    if (env.signal?.aborted) throw error;
    return;
  }
  if (ids.length === 0) return;
  await confirmApps(env.access, directory, ids);
  await commit(env.access, plan.id, (current) =>
    changed(current, [audit(current, env.actor, 'hubspot-app.confirm', 'confirmed', `${step.id}: ${ids.join(', ')} confirmed as HubSpot's for ${directory}`)]));
}

/** What an api step would act on, for the confirm dialog (read-only: lists, never deletes). */
export async function listStepApps(env: RunnerEnv, plan: RunPlan, step: RunStep): Promise<HubSpotAppListing | undefined> {
  const def = stepDefinition(step.flow, step.key);
  return def.kind === 'api' && def.apps ? def.apps(stepRun(env, plan, step)) : undefined;
}

/** Destructive: only ever called for an event that carried the user's confirmation. */
export async function runApiStep(env: RunnerEnv, planId: string, stepId: string, approvedApps: readonly string[] = []): Promise<Committed> {
  const started = await commit(env.access, planId, (plan, now) => {
    const step = findStep(plan, stepId);
    if (!step) return refused('unknown-step');
    if (plan.status !== 'running') return refused('plan-not-running');
    if (currentStep(plan)?.id !== step.id) return refused('not-current-step');
    if (step.state !== 'active' && step.state !== 'failed') return unchanged;
    recordIntent(step, now);
    const context = contextOf(plan, step);
    const what = context.person ? `remove the HubSpot user ${context.address} (${context.person.userId})` : `remove HubSpot's access for ${context.address}`;
    return changed(plan, [audit(plan, env.actor, 'step.intent', 'ok', `${step.id}: ${what} as ${actingAccount(context)}`, step)]);
  });
  const plan = started.plan;
  const step = plan && findStep(plan, stepId);
  if (!started.changed || !plan || !step) return started;
  const def = stepDefinition(step.flow, step.key);
  if (def.kind !== 'api') throw new Error(`${step.id} is not an api step`);
  await confirmApprovedApps(env, plan, step, approvedApps);
  let result: ActResult;
  try {
    // Every delete request is preceded by the step's committed `sentAt` (send-mark.ts).
    const clients = markingDeletes(env.clients, async () => void (await markSent(env.access, planId, stepId)));
    result = await def.act({ ...stepRun(env, plan, step), clients });
  } catch (error) {
    // The worker is going away: leave the intent unanswered; resume verifies before any retry.
    if (env.signal?.aborted) throw error;
    // The call may or may not have reached the provider: ask the provider which.
    return settleIntent(env, planId, stepId, messageOf(error));
  }
  return commit(env.access, planId, (current, now) => {
    const target = findStep(current, stepId);
    if (target?.state !== 'intent-recorded') return unchanged;
    if (result.outcome === 'unconfirmed') {
      // Not done: an app that may be HubSpot's awaits the admin's word (the run dialog shows it).
      Object.assign(target, { state: 'failed', error: 'still-present', detail: result.detail, note: result.note, resultAt: now });
      return changed(current, [audit(current, env.actor, 'step.result', 'failed', `${target.id}: ${result.detail ?? 'unconfirmed app kept'}`, target)]);
    }
    const trail = [audit(current, env.actor, 'step.result', 'ok', `${target.id}: ${result.outcome}${result.detail ? `; ${result.detail}` : ''}`, target)];
    return changed(current, [...trail, ...completeStep(current, target, 'api', now, result.detail, result.note)]);
  });
}

/** An intent without a result: verify, and only then decide. Never repeats the call itself. */
export async function settleIntent(env: RunnerEnv, planId: string, stepId: string, failure?: string): Promise<Committed> {
  const plan = await readPlan(env.access, planId);
  const step = plan && findStep(plan, stepId);
  if (!plan || step?.state !== 'intent-recorded') return { plan, changed: false };
  const result = await safeVerify(env, plan, step);
  const window = env.inFlight ?? IN_FLIGHT;
  // A sent call may still land: a listing that still shows HubSpot is no answer yet.
  if (!failure && result.state === 'present' && mayStillLand(step, env.access.now(), window)) {
    await sayCheckingThenWait(env.access, planId, stepId, window, env.signal);
    return settleIntent(env, planId, stepId);
  }
  return commit(env.access, planId, (current, now) => {
    const target = findStep(current, stepId);
    if (target?.state !== 'intent-recorded') return unchanged;
    if (result.state === 'gone') {
      const reached = !failure && target.sentAt !== undefined;
      const note = `${target.id}: gone on verification${failure ? ` after "${failure}"` : reached ? ': the interrupted call reached the provider and succeeded' : ' after an interruption'}; ${result.detail ?? ''}`;
      return changed(current, [audit(current, 'inboxlink', 'step.verify', 'ok', note, target), ...completeStep(current, target, 'api', now, result.detail, reached ? { code: 'reached-provider' } : result.note)]);
    }
    if (result.state === 'present') {
      // Not applied: safe to run again, but only on a new confirmed request.
      Object.assign(target, { state: 'failed', error: failure ? 'api-failed' : 'interrupted', detail: failure ?? result.detail, note: result.note, resultAt: now });
      return changed(current, [audit(current, 'inboxlink', 'step.result', 'failed', `${target.id}: not applied; ${failure ?? result.detail ?? ''}`, target)]);
    }
    Object.assign(target, { error: 'cannot-verify', detail: result.detail ?? failure, note: result.note });
    return changed(current, [audit(current, 'inboxlink', 'step.verify', 'failed', `${target.id}: outcome unknown; ${result.detail ?? ''}`, target)]);
  });
}

export async function runVerifyStep(env: RunnerEnv, planId: string, stepId: string): Promise<Committed> {
  const runnable = (plan: RunPlan, step: RunStep | undefined): step is RunStep =>
    plan.status === 'running' && step?.kind === 'verify' && (step.state === 'active' || step.state === 'failed') && currentStep(plan)?.id === step.id;
  const plan = await readPlan(env.access, planId);
  const step = plan && findStep(plan, stepId);
  if (!plan || !runnable(plan, step)) return { plan, changed: false };
  const result = await safeVerify(env, plan, step);
  return commit(env.access, planId, (current, now) => {
    const target = findStep(current, stepId);
    if (!runnable(current, target)) return unchanged;
    if (result.proofs) target.proofs = result.proofs;
    if (result.state === 'gone') {
      const trail = [audit(current, 'inboxlink', 'step.verify', 'ok', `${target.id}: ${result.detail ?? 'gone'}`, target)];
      return changed(current, [...trail, ...completeStep(current, target, result.by ?? 'api', now, result.detail, result.note)]);
    }
    if (result.open) return changed(current, endWithSideOpen(current, target, result, now));
    const still = result.state === 'present';
    Object.assign(target, { state: still ? 'failed' : 'active', error: still ? 'still-present' : 'cannot-verify', detail: result.detail, note: result.note, resultAt: now });
    return changed(current, [audit(current, 'inboxlink', 'step.verify', 'failed', `${target.id}: ${still ? 'still present' : 'cannot tell'}; ${result.detail ?? ''}`, target)]);
  });
}

/**
 * A guided step whose outcome an API can see (a people plan's deactivation: the owner archived):
 * the check runs, and only a `gone` answer completes the step, as `api`, with an audit entry
 * saying what the API showed. Anything else leaves the step to the user; a failing check says
 * nothing (the next event checks again).
 */
export async function runGuidedCheck(env: RunnerEnv, planId: string, stepId: string): Promise<Committed> {
  const plan = await readPlan(env.access, planId);
  const step = plan && findStep(plan, stepId);
  if (!plan || step?.kind !== 'guided' || step.state !== 'active') return { plan, changed: false };
  const def = stepDefinition(step.flow, step.key);
  if (def.kind !== 'guided' || !def.check) return { plan, changed: false };
  let result: VerifyResult;
  try {
    result = await def.check(stepRun(env, plan, step));
  } catch (error) {
    if (env.signal?.aborted) throw error;
    return { plan, changed: false };
  }
  await recordListing(env, contextOf(plan, step).address, result);
  if (result.state !== 'gone') return { plan, changed: false };
  return commit(env.access, planId, (current, now) => {
    const target = findStep(current, stepId);
    if (current.status !== 'running' || target?.state !== 'active' || currentStep(current)?.id !== stepId) return unchanged;
    const trail = [audit(current, 'inboxlink', 'step.verify', 'ok', `${target.id}: ${result.detail ?? 'done in HubSpot'}`, target)];
    return changed(current, [...trail, ...completeStep(current, target, 'api', now, result.detail, result.note)]);
  });
}

/**
 * An api step's precheck (the last Super Admin, yourself): a refusal is recorded on the step
 * (error `refused` with the note, shown in the checklist) and audited; nothing is called and no
 * intent is written. A precheck that cannot get an answer refuses too: an irreversible call is
 * never made on a guess.
 */
export async function precheckApiStep(env: RunnerEnv, planId: string, stepId: string): Promise<Committed | undefined> {
  const plan = await readPlan(env.access, planId);
  const step = plan && findStep(plan, stepId);
  if (!plan || !step) return undefined;
  const def = stepDefinition(step.flow, step.key);
  if (def.kind !== 'api' || !def.precheck) return undefined;
  let note: StepNote | undefined;
  try {
    note = await def.precheck(stepRun(env, plan, step));
  } catch (error) {
    if (env.signal?.aborted) throw error;
    note = { code: 'check-failed' };
  }
  if (!note) return undefined;
  const refusal = note;
  const committed = await commit(env.access, planId, (current, now) => {
    const target = findStep(current, stepId);
    if (!target || (target.state !== 'active' && target.state !== 'failed')) return unchanged;
    Object.assign(target, { error: 'refused', note: refusal, detail: `refused: ${refusal.code}`, resultAt: now });
    return changed(current, [audit(current, env.actor, 'step.run', 'refused', `${target.id}: refused before any call (${refusal.code})`, target)]);
  });
  return { ...committed, refused: refusal.code };
}
