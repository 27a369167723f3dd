/** Public API of the plans; see README.md. */
export { createPlanRunner, type AdvanceResult, type PlanRunner, type PlanRunnerOptions, type StartInput } from './runner';
export { composePlan, type ComposedPlan } from './compose';
export { composePartnerDomainPlan, PARTNER_PLAN_FLOW } from './compose-partner';
export { readPlanInputs, type PlanInputs } from './inputs';
export { storedPlanClients, type PlanClients } from './clients';
export { imapHandoffMessage, type ImapHandoffInput, type ImapHandoffMessage } from './imap-message';
export { reconnectInfo, RECONNECT, MICROSOFT_SCOPES, type ReconnectInfo, type ReconnectItem } from './reconnect';
export { planTranslator, PLAN_CATALOGS, type PlanMessageKey, type PlanTranslate } from './i18n';
export { FLOWS, flowById } from './flows';
export { currentStep } from './transitions';
export type { UnprovenReason, UnprovenSeen, UnprovenThen } from './step-observations';
export type { GuidePage, GuideTarget } from './targets';
export type {
  Capabilities, CompletedBy, ObserveSpec, PlanContext, PlanEvent, PortalRef, RunPlan, RunStep, SeenObservation, StepNote, StepProof, UiHost,
} from './types';
