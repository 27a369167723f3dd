/**
 * The plan runner. Every transition is one transaction on the `plans` store with its audit
 * entries; api steps write their intent before the call and their result after it, so a worker
 * killed in between verifies on resume instead of calling twice. Destructive calls run only for
 * a `run-api` event with `confirmed: true`; a repeated event for a finished step changes nothing.
 */
import { normalizeAddress } from '../model';
import type { StoreAccess } from '../store/access';
import type { PlanClients } from './clients';
import { composePlan, type ComposedPlan } from './compose';
import { growProviderSide, mayGrow } from './grow';
import type { InFlightWindow } from './in-flight';
import { readPlanInputs } from './inputs';
import { stepDefinition } from './flows';
import { latestObservation } from './observe';
import { boundSpec } from './observe-binding';
import { commit, readPlan, type Committed } from './persist';
import { applyObservation, applyUnproven, type UnprovenSeen } from './step-observations';
import { listStepApps, precheckApiStep, runApiStep, runGuidedCheck, runVerifyStep, settleIntent, type RunnerEnv } from './step-work';
import { activateNext, audit, cancelPlan, changed, completeStep, currentStep, findStep, refused, unchanged } from './transitions';
import type { Capabilities, PlanEvent, PortalRef, RunPlan } from './types';
import type { MailboxFacts } from '../status/mailbox-facts';

export interface PlanRunnerOptions {
  access: StoreAccess;
  clients: PlanClients;
  /** Audit actor for the user's own events; default 'user'. */
  actor?: string;
  /** How long a sent destructive call may still land after a restart (lib/plans/in-flight.ts). */
  inFlight?: InFlightWindow;
  newId?: () => string;
}

export type AdvanceResult = Committed;

export interface StartInput {
  facts: MailboxFacts & { address: string };
  capabilities: Capabilities;
  portal: PortalRef;
}

const sameTyped = (typed: string | undefined, expected: string): boolean => normalizeAddress(typed ?? '') === normalizeAddress(expected);

export function createPlanRunner(options: PlanRunnerOptions) {
  const { access, clients } = options;
  const actor = options.actor ?? 'user';
  const newId = options.newId ?? (() => crypto.randomUUID());
  // One event at a time per plan within this context (a double click must not race itself).
  const queues = new Map<string, Promise<unknown>>();

  function serialized<T>(planId: string, work: () => Promise<T>): Promise<T> {
    const previous = queues.get(planId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    queues.set(planId, next);
    void next.catch(() => undefined).finally(() => {
      if (queues.get(planId) === next) queues.delete(planId);
    });
    return next;
  }

  /** Adds the provider's steps when the store now names the provider (lib/plans/grow.ts). */
  async function grow(planId: string): Promise<boolean> {
    const plan = await readPlan(access, planId);
    if (!plan || !mayGrow(plan)) return false;
    const { facts, capabilities } = await readPlanInputs(access, plan.subject);
    return (await commit(access, planId, (current, now) => growProviderSide(current, facts, capabilities, now))).changed;
  }

  /** Runs what needs no one: verify steps, and guided steps the store already shows done. */
  async function continueAutomatic(env: RunnerEnv, planId: string): Promise<boolean> {
    const tried = new Set<string>();
    let moved = false;
    for (;;) {
      const plan = await readPlan(access, planId);
      const step = plan && currentStep(plan);
      if (!plan || plan.status !== 'running' || !step || tried.has(step.id)) return moved;
      // Before the final check: a provider that became known since the start adds its steps first.
      if (step.side === 'check' && mayGrow(plan) && (await grow(planId))) {
        moved = true;
        continue;
      }
      tried.add(step.id);
      if (step.kind === 'verify' && (step.state === 'active' || step.state === 'failed')) {
        moved = (await runVerifyStep(env, planId, step.id)).changed || moved;
      } else if (step.kind === 'guided' && step.state === 'active') {
        // A page observation completes it; else an API check when the step has one (a
        // deactivation: the owner archived). A step with neither waits for the user.
        const spec = boundSpec(plan, step);
        const seen = spec && (await latestObservation(access, spec));
        const done = (seen && (await applyObservation(env, planId, seen)).changed) || (await runGuidedCheck(env, planId, step.id)).changed;
        if (!done) return moved;
        moved = true;
      } else return moved;
    }
  }

  async function handle(env: RunnerEnv, planId: string, event: PlanEvent): Promise<Committed> {
    switch (event.type) {
      case 'observed':
        return applyObservation(env, planId, event.observation);
      case 'confirmed':
        return commit(access, planId, (plan, now) => {
          const step = findStep(plan, event.stepId);
          if (!step) return refused('unknown-step');
          if (step.state === 'done' || step.state === 'skipped') return unchanged;
          if (plan.status !== 'running') return refused('plan-not-running');
          if (currentStep(plan)?.id !== step.id) return refused('not-current-step');
          if (step.kind === 'api') return refused('api-step-needs-run');
          if (step.kind === 'verify' && step.error !== 'cannot-verify') return refused('verifiable');
          const trail = [audit(plan, env.actor, 'step.confirmed', 'confirmed', `${step.id}: confirmed by the user`)];
          return changed(plan, [...trail, ...completeStep(plan, step, 'confirmed', now, 'confirmed by the user')]);
        });
      case 'run-api': {
        const plan = await readPlan(access, planId);
        const step = plan && findStep(plan, event.stepId);
        if (!plan || !step) return { plan, changed: false, refused: plan ? 'unknown-step' : 'unknown-plan' };
        if (step.state === 'done' || step.state === 'skipped') return { plan, changed: false };
        if (step.kind !== 'api') return { plan, changed: false, refused: 'not-an-api-step' };
        if (step.state === 'intent-recorded') return settleIntent(env, planId, step.id);
        if (event.confirmed !== true) {
          return commit(access, planId, (current) =>
            refused('not-confirmed', [audit(current, env.actor, 'step.run', 'refused', `${step.id}: no confirmation, nothing called`, step)]));
        }
        if (step.typedConfirmation !== undefined && !sameTyped(event.typed, step.typedConfirmation)) {
          return commit(access, planId, (current) =>
            refused('typed-mismatch', [audit(current, env.actor, 'step.run', 'refused', `${step.id}: the typed confirmation does not match, nothing called`, step)]));
        }
        // Deleting an Entra grant takes the write permission of this step's own consent (the
        // sign-in is read-only): without it nothing is recorded or called, the UI asks for it.
        const def = stepDefinition(step.flow, step.key);
        const admin = plan.context.microsoftAdmin;
        if (def.kind === 'api' && def.needs === 'microsoftAdmin' && admin !== undefined && !(await clients.graphWriteReady(admin))) {
          return commit(access, planId, (current) =>
            refused('write-consent-needed', [audit(current, env.actor, 'step.run', 'refused', `${step.id}: write permission not granted for ${admin}, nothing called`, step)]));
        }
        const refusal = await precheckApiStep(env, planId, step.id);
        if (refusal) return refusal;
        return runApiStep(env, planId, step.id, event.apps);
      }
      case 'cancel':
        return commit(access, planId, (plan) => {
          if (plan.status !== 'running') return unchanged;
          cancelPlan(plan);
          return changed(plan, [audit(plan, env.actor, 'plan.cancel', 'ok', 'cancelled by the user')]);
        });
      case 'resume': {
        const plan = await readPlan(access, planId);
        if (!plan) return { plan, changed: false, refused: 'unknown-plan' };
        let moved = false;
        for (const step of plan.steps) {
          if (step.state === 'intent-recorded') moved = (await settleIntent(env, planId, step.id)).changed || moved;
        }
        return { plan: await readPlan(access, planId), changed: moved };
      }
    }
  }

  /** Writes a new plan and starts it, unless a plan of the same flow already runs for the subject. */
  async function insertAndStart(plan: RunPlan, firstAudit: string, signal?: AbortSignal): Promise<RunPlan> {
    const now = plan.createdAt;
    const trail = [audit(plan, actorOf(plan), 'plan.start', 'ok', firstAudit), ...activateNext(plan, now)];
    const stored = await access.write(['plans', 'audit'], async (tx) => {
      const running = (await tx.objectStore('plans').index('subject').getAll(plan.subject)).find((p) => p.status === 'running' && p.flow === plan.flow);
      if (running) return running as RunPlan;
      await tx.objectStore('plans').add(plan);
      for (const entry of trail) await tx.objectStore('audit').add({ ...entry, at: now });
      return plan;
    });
    if (stored.id !== plan.id) return stored;
    await serialized(plan.id, () => continueAutomatic({ access, clients, actor: actorOf(plan), ...(signal ? { signal } : {}) }, plan.id));
    return (await readPlan(access, plan.id)) ?? plan;
  }

  async function plansFor(address: string): Promise<RunPlan[]> {
    const all = await (await access.db()).getAllFromIndex('plans', 'subject', normalizeAddress(address));
    return (all as RunPlan[]).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Applies one event; see PlanEvent. Never throws for a refused event: `refused` says why. */
  /** Who acts for the user in a plan's audit entries: a people plan names the HubSpot user the token acts as. */
  const actorOf = (plan: RunPlan | undefined): string => plan?.context.actingUser?.email ?? actor;

  function advance(planId: string, event: PlanEvent, signal?: AbortSignal): Promise<AdvanceResult> {
    return serialized(planId, async () => {
      const env: RunnerEnv = { access, clients, actor: actorOf(await readPlan(access, planId)), ...(signal ? { signal } : {}), ...(options.inFlight ? { inFlight: options.inFlight } : {}) };
      const result = await handle(env, planId, event);
      if (!result.changed && event.type !== 'resume') return result;
      const moved = await continueAutomatic(env, planId);
      return { ...result, plan: await readPlan(access, planId), changed: result.changed || moved };
    });
  }

  /**
   * Starts a composed plan (the unlink plan; the partner domain's, compose-partner.ts; a person's,
   * lib/people) through the same persistence, audit and automatic steps, or returns the one of
   * that flow already running for its subject.
   */
  function startComposed(flow: string, composed: ComposedPlan, signal?: AbortSignal): Promise<RunPlan> {
    const now = access.now();
    const plan: RunPlan = {
      id: newId(), flow, subject: normalizeAddress(composed.context.address), status: 'running',
      steps: composed.steps, context: composed.context, notes: composed.notes, createdAt: now, updatedAt: now,
    };
    return insertAndStart(plan, `flows ${composed.flows.join(', ')}`, signal);
  }

  return {
    advance,
    plansFor,
    /** Starts the mailbox's plan, or returns the one already running for it. */
    startPlan(input: StartInput, signal?: AbortSignal): Promise<RunPlan> {
      return startComposed('unlink-mailbox', composePlan(input.facts, input.capabilities, input.portal), signal);
    },

    /** Starts a composed plan of another kind (a person's, the partner domain's), or returns the one of that flow running for the subject. */
    startComposed: (flow: string, composed: ComposedPlan, signal?: AbortSignal) => startComposed(flow, composed, signal),

    /**
     * Feeds a stored observation to every running plan it can concern: the plans about its
     * address, and the plans whose current step waits on that address (a people plan's mailbox
     * and channel steps are about other addresses than the person).
     */
    async observe(observation: Parameters<typeof applyObservation>[2], signal?: AbortSignal): Promise<AdvanceResult[]> {
      const address = normalizeAddress(observation.address);
      const running = (await (await access.db()).getAllFromIndex('plans', 'status', 'running')) as RunPlan[];
      const concerned = running.filter((plan) => plan.subject === address || normalizeAddress(currentStep(plan)?.observe?.address ?? '') === address);
      return Promise.all(concerned.map((plan) => advance(plan.id, { type: 'observed', observation }, signal)));
    },

    /**
     * Grows every mailbox plan composed without a provider step whose provider the store now
     * names: running plans, and a subject's newest plan when it ended with the provider side open.
     * Called when what names a provider changed (a page, an admin sign-in, a sync).
     */
    async growPlans(signal?: AbortSignal): Promise<RunPlan[]> {
      const db = await access.db();
      const [running, partial] = await Promise.all((['running', 'partial'] as const).map((status) => db.getAllFromIndex('plans', 'status', status) as Promise<RunPlan[]>));
      const newestOf = async (plan: RunPlan) => (await plansFor(plan.subject))[0]?.id === plan.id;
      const candidates = [...(running ?? []), ...(await Promise.all((partial ?? []).map(async (p) => ((await newestOf(p)) ? p : undefined)))).filter((p): p is RunPlan => p !== undefined)];
      const grown: RunPlan[] = [];
      for (const plan of candidates.filter(mayGrow)) {
        await serialized(plan.id, async () => {
          if (!(await grow(plan.id))) return;
          await continueAutomatic({ access, clients, actor, ...(signal ? { signal } : {}) }, plan.id);
          const after = await readPlan(access, plan.id);
          if (after) grown.push(after);
        });
      }
      return grown;
    },

    /**
     * A page that no longer showed the address without proving it: each running plan of the
     * address whose current step that page is about notes why, and what decides instead (an API
     * check that follows in the same flow when HubSpot's token can make it, else the user).
     */
    async noteUnproven(seen: UnprovenSeen): Promise<AdvanceResult[]> {
      const running = (await plansFor(seen.address)).filter((plan) => plan.status === 'running');
      const hubspot = running.length > 0 ? await clients.hubspot() : undefined;
      return Promise.all(running.map((plan) => serialized(plan.id, () => {
        const step = currentStep(plan);
        const checkedByApi = step !== undefined && hubspot !== undefined && plan.steps.some((s) => s.flow === step.flow && s.kind === 'verify');
        return applyUnproven({ access, clients, actor }, plan.id, seen, checkedByApi ? 'api' : 'confirm');
      })));
    },

    /** The apps the plan's current api step would act on, for its confirm dialog; undefined for any other step. */
    async stepApps(planId: string, stepId: string, signal?: AbortSignal) {
      const plan = await readPlan(access, planId);
      const step = plan && findStep(plan, stepId);
      if (!plan || !step || plan.status !== 'running' || currentStep(plan)?.id !== step.id || step.kind !== 'api') return undefined;
      return listStepApps({ access, clients, actor, ...(signal ? { signal } : {}) }, plan, step);
    },

    getPlan: (planId: string) => readPlan(access, planId),

    async runningPlans(): Promise<RunPlan[]> {
      return (await (await access.db()).getAllFromIndex('plans', 'status', 'running')) as RunPlan[];
    },
  };
}

export type PlanRunner = ReturnType<typeof createPlanRunner>;
