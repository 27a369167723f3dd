/**
 * The flow registry: every flow file, by id. A flow is registered by adding its file here;
 * tests/plans/flows-convention.test.ts fails when a file in this folder is missing, when an id is
 * not its file name, or when a step's strings are missing in a language.
 */
import type { FlowDefinition, StepDefinition } from '../types';
import changePartnerDomain from './change-partner-domain';
import deactivateUser from './deactivate-user';
import deleteTeamChannel from './delete-team-channel';
import disconnectPersonalInbox from './disconnect-personal-inbox';
import finalCheck from './final-check';
import imapHandoff from './imap-handoff';
import makeSuperAdmin from './make-super-admin';
import personInbox from './person-inbox';
import personMeetings from './person-meetings';
import personPointOfContact from './person-point-of-contact';
import personRecords from './person-records';
import personWorkflows from './person-workflows';
import reactivateUser from './reactivate-user';
import reassignTeamChannel from './reassign-team-channel';
import removeMe from './remove-me';
import removeUser from './remove-user';
import revokeGoogleConsumer from './revoke-google-consumer';
import revokeGoogleWorkspace from './revoke-google-workspace';
import revokeMicrosoftAdmin from './revoke-microsoft-admin';
import revokeMicrosoftUser from './revoke-microsoft-user';
import revokeOutlook from './revoke-outlook';

const ALL: readonly FlowDefinition[] = [
  disconnectPersonalInbox,
  deleteTeamChannel,
  revokeGoogleConsumer,
  revokeGoogleWorkspace,
  revokeMicrosoftUser,
  revokeMicrosoftAdmin,
  revokeOutlook,
  imapHandoff,
  // People (lib/people composes them with the mailbox flows above into one plan per person).
  personRecords,
  personWorkflows,
  personMeetings,
  personPointOfContact,
  reassignTeamChannel,
  deactivateUser,
  personInbox,
  removeUser,
  reactivateUser,
  removeMe,
  makeSuperAdmin,
  finalCheck,
  changePartnerDomain,
];

export const FLOWS: ReadonlyMap<string, FlowDefinition> = new Map(ALL.map((flow) => [flow.id, flow]));

export function flowById(id: string): FlowDefinition {
  const flow = FLOWS.get(id);
  if (!flow) throw new Error(`Unknown plan flow "${id}"`);
  return flow;
}

/** The definition behind a persisted step (`flow` + `key`). */
export function stepDefinition(flowId: string, key: string): StepDefinition {
  const step = flowById(flowId).steps.find((candidate) => candidate.key === key);
  if (!step) throw new Error(`Flow "${flowId}" has no step "${key}"`);
  return step;
}
