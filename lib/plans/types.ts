/**
 * A plan's shapes: what a flow declares (StepDefinition, FlowDefinition) and what the runner
 * persists (RunPlan, RunStep). A persisted step carries everything the side panel and the guide
 * need as plain data (deep link, page target, what to observe); only `act` and `verify` stay in
 * the flow file, looked up by flow id and step key, because functions cannot be stored.
 */
import type { GrantProvider, MailboxKind, MailProvider, Observation, ObservationBinding, ObservationKind, Plan, PlanStep, StepKind } from '../model';
import type { MailboxFacts } from '../status/mailbox-facts';
import type { StoreAccess } from '../store/access';
import type { PlanClients } from './clients';
import type { GuideTarget } from './targets';
import type { PlanMessageKey } from './i18n';
import type { HubSpotAppListing } from './checks/hubspot-app-list';

/** HubSpot's UI hosts: the US and the EU data centre (hubspot.md §7). */
export type UiHost = 'app.hubspot.com' | 'app-eu1.hubspot.com';
export interface PortalRef {
  id: number;
  uiHost: UiHost;
}

/** A signed-in admin credential the background holds; `domains` default to the account's own. */
export interface AdminCapability {
  account: string;
  domains?: readonly string[];
}
export interface Capabilities {
  googleAdmin?: AdminCapability;
  microsoftAdmin?: AdminCapability;
}

/**
 * What every step of one plan knows about its subject. Persisted with the plan. An unlink plan's
 * subject is a mailbox (address, kind, provider); the partner domain plan's is the portal's
 * partner settings (`address` = `partner:{portalId}`, no mailbox: kind and provider absent).
 */
export interface PlanContext {
  address: string;
  kind?: MailboxKind;
  provider?: MailProvider;
  portal: PortalRef;
  /** The partner domain plan: the employee domain the Automation page showed, and the one to enter. */
  partnerDomain?: { from: string | null; to: string };
  /** The Conversations inbox of a team channel (for the Channels deep link and the API check). */
  inboxId?: string;
  /** The admin account an api step acts as. */
  googleAdmin?: string;
  microsoftAdmin?: string;
  /** A plan about a HubSpot user (offboarding, reactivation): who. */
  person?: PersonRef;
  /** The HubSpot user the token acts as, when known: a people plan never removes them through the API. */
  actingUser?: { userId?: string; email?: string };
}

/** The HubSpot user a people plan is about. `address` of the context is their email. */
export interface PersonRef {
  userId: string;
  /** Their CRM owner id, when the store knows it (owned-record counts use it). */
  ownerId?: string;
  name?: string;
}

export type ObservedValue = string | number | boolean | null;

/** What a plan reads of a stored observation: what it says, when, and on which page. */
export type SeenObservation = Pick<Observation, 'kind' | 'address' | 'value' | 'observedAt' | 'host' | 'path'> & Pick<Observation, 'tenant'>;

/**
 * A guided step is done when an observation of `kind` about `address` shows one of `expect`'s
 * values per field, made on a page `on` accepts (its hosts, provider, HubSpot portal, Microsoft
 * organisation: lib/plans/observe-binding.ts). Plans stored before `on` existed get it from their
 * context when read (boundSpec).
 */
export interface ObserveSpec {
  kind: ObservationKind;
  address: string;
  expect: Readonly<Record<string, readonly ObservedValue[]>>;
  on?: ObservationBinding;
}

export type CompletedBy = NonNullable<PlanStep['completedBy']>;

type NoteCodeOf<K> = K extends `plan.note.${infer Code}` ? Code : never;
/** A step note's code: its text is `plan.note.<code>` in every locale. */
export type StepNoteCode = NoteCodeOf<PlanMessageKey>;
/**
 * What a check found, for the user: a code the UI translates plus plain data (counts, an
 * address, a host, an account id) for its placeholders. Never English text or an exception's.
 */
export interface StepNote {
  code: StepNoteCode;
  data?: Readonly<Record<string, string | number>>;
}

export interface VerifyResult {
  /** gone: the link this step removes no longer exists; present: it still does; unknown: cannot tell. */
  state: 'gone' | 'present' | 'unknown';
  by?: CompletedBy;
  /** English, for the audit trail (data, not shown as a sentence). */
  detail?: string;
  note?: StepNote;
  /** The final check only: how each side was proved. */
  proofs?: StepProof[];
  /** The final check only: a side no step of the plan checks (the plan then ends `partial`). */
  open?: 'provider';
  /** Set when an admin API listing answered: the status reads what it proved (lib/plans/grant-facts.ts). */
  listing?: GrantListing;
  /** Set when HubSpot's channel-accounts API answered: the stored accounts follow it (lib/plans/channel-facts.ts). */
  channelListing?: ChannelListing;
  /** Set when the users and owners APIs showed a person's state: the stored user follows it (lib/plans/person-facts.ts). */
  userListing?: UserListing | undefined;
}

/** What HubSpot's users and owners APIs showed about one user. */
export interface UserListing {
  userId: string;
  status: 'active' | 'deactivated' | 'removed';
}

/**
 * What HubSpot's channel-accounts API listed for the plan's address: the live (not archived)
 * email channel accounts, in the plan's inbox when it has one. With state `gone` the listing was
 * read to its end, so an account it does not name is no longer live.
 */
export interface ChannelListing {
  inboxId?: string;
  liveIds: readonly string[];
}

/** Which provider's HubSpot grant an API listing was about, and the endpoint, as a sync names it. */
export interface GrantListing {
  provider: GrantProvider;
  where: string;
}

export interface StepProof {
  stepId: string;
  by: CompletedBy;
}

export interface ActResult {
  /**
   * `unconfirmed`: an app that may be HubSpot's is still listed because the admin has not
   * confirmed it (nothing of it was deleted); the step is not done and can run again.
   */
  outcome: 'deleted' | 'already-gone' | 'unconfirmed';
  detail?: string;
  note?: StepNote;
}

/** What act and verify get: the plan's context, the clients, read access to the store. */
export interface StepRun {
  context: PlanContext;
  plan: RunPlan;
  step: RunStep;
  clients: PlanClients;
  access: StoreAccess;
  signal?: AbortSignal;
  /** Re-verifies another step of the same plan (the final check uses it). */
  verifyStep(step: RunStep): Promise<VerifyResult>;
}

interface StepBase {
  /** Unique within the flow; the persisted step id is `${flow}/${key}`. */
  key: string;
  title: PlanMessageKey;
  explain: PlanMessageKey;
  deepLink?(context: PlanContext): string;
  /** True when the store already shows this step's outcome: the step is composed as skipped. */
  satisfiedBy?(facts: MailboxFacts, context: PlanContext): boolean;
}

export interface GuidedStepDefinition extends StepBase {
  kind: 'guided';
  /** The button the guide highlights; absent for a review the admin does and confirms (a page link only). */
  target?(context: PlanContext): GuideTarget;
  /** What the guide's observers report when the step is done on the page. */
  observe?(context: PlanContext): ObserveSpec;
  /**
   * Where an API can see the step's outcome (a deactivated user's owner is archived): checked
   * whenever the plan moves or is checked again; `gone` completes the step as `api`. The click
   * itself stays the user's, in HubSpot's UI.
   */
  check?(run: StepRun): Promise<VerifyResult>;
}

export interface ApiStepDefinition extends StepBase {
  kind: 'api';
  /** The credential the step needs. */
  needs: 'googleAdmin' | 'microsoftAdmin' | 'hubspot';
  /**
   * For an irreversible call: the text the user must type to confirm (an address). The runner
   * refuses a `run-api` event whose `typed` differs (case and outer spaces aside).
   */
  typedConfirmation?(context: PlanContext): string;
  /** What the confirmation dialog says before the destructive call. */
  confirm: PlanMessageKey;
  /**
   * Checked before the intent is recorded: a note means the call must not be made (the last
   * Super Admin, yourself). The runner refuses the event, audits it and shows the note.
   */
  precheck?(run: StepRun): Promise<StepNote | undefined>;
  act(run: StepRun): Promise<ActResult>;
  verify(run: StepRun): Promise<VerifyResult>;
  /**
   * The apps the step would act on, as the identity rule sees them (lib/hubspot-apps), for the
   * confirm dialog: a candidate the admin approves there is confirmed for the directory first.
   * Absent for a step that acts on no app (removing a HubSpot user).
   */
  apps?(run: StepRun): Promise<HubSpotAppListing>;
}

export interface VerifyStepDefinition extends StepBase {
  kind: 'verify';
  verify(run: StepRun): Promise<VerifyResult>;
}

export interface HandoffStepDefinition extends StepBase {
  kind: 'handoff';
}

export type StepDefinition = GuidedStepDefinition | ApiStepDefinition | VerifyStepDefinition | HandoffStepDefinition;

export type FlowSide = 'hubspot' | 'provider' | 'check';

export interface FlowDefinition {
  /** Equals the file name in lib/plans/flows (checked by tests/plans/flows-convention.test.ts). */
  id: string;
  side: FlowSide;
  /** In order; the last one's verify proves this flow's side in the final check. */
  steps: readonly StepDefinition[];
}

/** A persisted step: the model's PlanStep plus its resolved, plain-data description. */
export interface RunStep extends PlanStep {
  kind: StepKind;
  flow: string;
  key: string;
  side: FlowSide;
  title: PlanMessageKey;
  explain: PlanMessageKey;
  confirm?: PlanMessageKey;
  deepLink?: string;
  target?: GuideTarget;
  observe?: ObserveSpec;
  /** When the step became active (a guided step's observation must be newer). */
  activatedAt?: string;
  /** An api step: when its destructive request left (lib/plans/send-mark.ts), per attempt. */
  sentAt?: string;
  /**
   * A short, token-free English note on the last result, kept for the record. Plans stored
   * before `note` existed have only this; the UI never shows it (it may hold an exception's text).
   */
  detail?: string;
  /** The last result for the user: a code and plain data, translated at render. */
  note?: StepNote;
  /** The final check only: each proved side's step id and how it was proved. */
  proofs?: StepProof[];
  /**
   * A step about another subject than the plan's own (a people plan's mailbox, team channel or
   * grant steps): its own context. Absent: the plan's context.
   */
  context?: PlanContext;
  /** Set when the step needs a typed confirmation: what must be typed. */
  typedConfirmation?: string;
}

export interface RunPlan extends Plan {
  steps: RunStep[];
  context: PlanContext;
  /** Provider-side gaps the composer found (e.g. provider unknown), for the UI to explain. */
  notes: string[];
}

export type PlanEvent =
  | { type: 'observed'; observation: SeenObservation }
  | { type: 'confirmed'; stepId: string }
  /** `typed`: the address typed to confirm an irreversible step; `apps`: candidate app ids the admin approved as HubSpot's in the confirm dialog. */
  | { type: 'run-api'; stepId: string; confirmed: boolean; typed?: string; apps?: readonly string[] }
  | { type: 'cancel' }
  | { type: 'resume' };
