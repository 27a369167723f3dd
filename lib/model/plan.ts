/** A finding: one diagnosis about a subject, with its evidence and the plan that fixes it. */
export type Severity = 'info' | 'warning' | 'critical';

export interface Finding {
  /** `${code}:${subject}` so a re-run replaces rather than duplicates. */
  id: string;
  code: string;
  severity: Severity;
  subject: string;
  evidence: string[];
  planFlow?: string;
  foundAt: string;
}

export type StepKind = 'guided' | 'api' | 'verify' | 'handoff';
export type StepState = 'pending' | 'active' | 'intent-recorded' | 'done' | 'failed' | 'skipped';

export interface PlanStep {
  id: string;
  kind: StepKind;
  state: StepState;
  /** How a done step was completed: observed on the page, confirmed by the user, or by API. */
  completedBy?: 'observed' | 'confirmed' | 'api';
  intentAt?: string;
  resultAt?: string;
  error?: string;
}

/** `partial`: HubSpot's side done, the provider's side still open (no step could check it yet). */
export type PlanStatus = 'running' | 'done' | 'partial' | 'cancelled' | 'failed';

export interface Plan {
  id: string;
  flow: string;
  subject: string;
  status: PlanStatus;
  steps: PlanStep[];
  createdAt: string;
  updatedAt: string;
}

export interface AuditEntry {
  id?: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  result: 'ok' | 'failed' | 'refused' | 'observed' | 'confirmed';
  detail?: string;
}
