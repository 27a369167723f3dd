/** Public API of diagnose; see README.md. */
export { EVIDENCE_TYPES, formatEvidence, parseEvidence } from './evidence';
export type { EvidenceItem, EvidenceType } from './evidence';
export { buildSupportReport, redactCredentials, REPORT_FORMAT } from './report';
export type { ReportFinding, SupportReport } from './report';
export type { Rule } from './rule';
export { RULES } from './rules/index';
export { STALE_AFTER_DAYS } from './rules/stale-observation';
export { diagnose } from './run';
export { DIAGNOSED_STORES, makeSnapshot } from './snapshot';
export type { AddressFacts, DiagnoseSnapshot, SnapshotRecords } from './snapshot';
