/**
 * Composes one mailbox's unlink plan from what the store knows: HubSpot's side first (personal
 * inbox or team channel), the provider's side second (by provider, and for Google and Microsoft
 * by whether a signed-in admin governs the address's domain), a final check of both sides last.
 * Pure: the runner persists and starts what this returns.
 */
import { normalizeAddress, type MailProvider } from '../model';
import { verdictOf, type MailboxFacts } from '../status/mailbox-facts';
import { flowById } from './flows';
import { bindingFor } from './observe-binding';
import type { AdminCapability, Capabilities, FlowDefinition, GuidedStepDefinition, PlanContext, PortalRef, RunStep } from './types';

export interface ComposedPlan {
  context: PlanContext;
  flows: string[];
  steps: RunStep[];
  notes: string[];
}

const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1);

/** The admin when the address's domain is one the admin's credential governs. */
function governing(admin: AdminCapability | undefined, address: string): string | undefined {
  if (!admin) return undefined;
  const account = normalizeAddress(admin.account);
  const domains = (admin.domains ?? [domainOf(account)]).map((d) => d.toLowerCase());
  return domains.includes(domainOf(address)) ? account : undefined;
}

function providerOf(facts: MailboxFacts): MailProvider {
  const known = facts.mailbox?.provider;
  if (known && known !== 'unknown') return known;
  return facts.grants[0]?.provider ?? 'unknown';
}

/** The provider-side flow for a mailbox's context, if its provider is known. */
export function providerFlow(context: PlanContext): string | undefined {
  switch (context.provider) {
    case 'google': return context.googleAdmin ? 'revoke-google-workspace' : 'revoke-google-consumer';
    case 'microsoft365': return context.microsoftAdmin ? 'revoke-microsoft-admin' : 'revoke-microsoft-user';
    case 'outlook': return 'revoke-outlook';
    case 'imap': return 'imap-handoff';
    case 'unknown': return undefined;
  }
}

/** A mailbox plan's context: address, kind, provider, the team inbox and the admins that govern its domain. */
export function mailboxContextOf(facts: MailboxFacts & { address: string }, capabilities: Capabilities, portal: PortalRef): PlanContext {
  const address = normalizeAddress(facts.address);
  const provider = providerOf(facts);
  const kind = verdictOf(facts).kind;
  const account = facts.channelAccounts.find((a) => !a.archived && !a.goneAt) ?? facts.channelAccounts[0];
  const googleAdmin = provider === 'google' ? governing(capabilities.googleAdmin, address) : undefined;
  const microsoftAdmin = provider === 'microsoft365' ? governing(capabilities.microsoftAdmin, address) : undefined;
  return {
    address, kind, provider, portal,
    ...(kind === 'team' && account ? { inboxId: account.inboxId } : {}),
    ...(googleAdmin ? { googleAdmin } : {}),
    ...(microsoftAdmin ? { microsoftAdmin } : {}),
  };
}

/**
 * A guided step's page target and its expected observation, bound to the step page's context.
 * A review the admin confirms has no target; a step an API checks may observe no page.
 */
function guidedParts(def: GuidedStepDefinition, context: PlanContext): Pick<RunStep, 'target' | 'observe'> {
  const target = def.target?.(context);
  const observe = def.observe?.(context);
  return {
    ...(target ? { target } : {}),
    ...(observe ? { observe: target ? { ...observe, on: bindingFor(target.page, context) } : observe } : {}),
  };
}

/**
 * A flow's steps for a context, as persisted; `facts` marks the ones the store shows done as
 * skipped. `scope` (a people plan's) makes the ids unique when one flow runs for several
 * addresses, and stores the context on each step.
 */
export function composeSteps(flow: FlowDefinition, context: PlanContext, facts?: MailboxFacts, scope?: string): RunStep[] {
  return flow.steps.map((def) => ({
    id: scope === undefined ? `${flow.id}/${def.key}` : `${flow.id}/${def.key}@${scope}`,
    flow: flow.id,
    key: def.key,
    kind: def.kind,
    side: flow.side,
    state: facts && def.satisfiedBy?.(facts, context) ? 'skipped' : 'pending',
    title: def.title,
    explain: def.explain,
    ...(def.kind === 'api' ? { confirm: def.confirm } : {}),
    ...(def.kind === 'api' && def.typedConfirmation ? { typedConfirmation: def.typedConfirmation(context) } : {}),
    ...(def.deepLink ? { deepLink: def.deepLink(context) } : {}),
    ...(def.kind === 'guided' ? guidedParts(def, context) : {}),
    ...(scope === undefined ? {} : { context }),
  }));
}

export function composePlan(facts: MailboxFacts & { address: string }, capabilities: Capabilities, portal: PortalRef): ComposedPlan {
  const context = mailboxContextOf(facts, capabilities, portal);
  const provider = providerFlow(context);
  const flows = [context.kind === 'team' ? 'delete-team-channel' : 'disconnect-personal-inbox', ...(provider ? [provider] : []), 'final-check'];
  return {
    context,
    flows,
    steps: flows.flatMap((id) => composeSteps(flowById(id), context, facts)),
    notes: provider ? [] : ['provider-unknown'],
  };
}
