/**
 * What the timeline and the verdict rules read about one mailbox: its facts (as lib/diagnose
 * gathers them), the provider and HubSpot events about it, every history source's status, the
 * extension's recent sync runs and its findings. Plain data, so the rules stay pure functions
 * (tests build one with `makeMailboxHistory`). Reading it from the store lives in ./read.ts.
 */
import type { AddressFacts } from '../diagnose/snapshot';
import { providerOf } from '../diagnose/facts';
import type { Finding, HistoryEvent, HistorySourceStatus, MailProvider, SyncRun } from '../model';
import { normalizeAddress } from '../model';

export interface MailboxHistory {
  address: string;
  facts: AddressFacts;
  /** Resolved as the findings resolve it (mailbox record, grant, consent page, consumer domain). */
  provider: MailProvider;
  /** About this address, newest first. */
  events: HistoryEvent[];
  /** Every source's status (the portal's; ./sources.ts picks those that cover this address). */
  sources: HistorySourceStatus[];
  /** The extension's own passes, newest first. */
  runs: SyncRun[];
  findings: Finding[];
}

export interface HistoryParts {
  facts: AddressFacts;
  events?: readonly HistoryEvent[];
  sources?: readonly HistorySourceStatus[];
  runs?: readonly SyncRun[];
  findings?: readonly Finding[];
  /**
   * The caller already keeps `events` and `findings` to this address, events and runs newest
   * first, shares `sources` and `runs` between histories (the portal: 10,000 addresses), and
   * `facts` come from a snapshot (their address is normalized).
   */
  prepared?: boolean;
}

/** ISO times order as strings: compared directly, not through a locale's collation (a thousand events). */
const newestFirst = <T>(items: readonly T[], at: (item: T) => string): T[] => [...items].sort((a, b) => (at(a) < at(b) ? 1 : at(a) > at(b) ? -1 : 0));

const NONE: never[] = [];

export function makeMailboxHistory(parts: HistoryParts): MailboxHistory {
  if (parts.prepared) {
    return {
      // The snapshot's key: normalized already.
      address: parts.facts.address,
      facts: parts.facts,
      provider: providerOf(parts.facts),
      events: (parts.events ?? NONE) as HistoryEvent[],
      sources: (parts.sources ?? NONE) as HistorySourceStatus[],
      runs: (parts.runs ?? NONE) as SyncRun[],
      findings: (parts.findings ?? NONE) as Finding[],
    };
  }
  const address = normalizeAddress(parts.facts.address);
  return {
    address,
    facts: parts.facts,
    provider: providerOf(parts.facts),
    events: newestFirst((parts.events ?? []).filter((event) => event.address === address), (event) => event.at),
    sources: [...(parts.sources ?? [])],
    runs: newestFirst(parts.runs ?? [], (run) => run.startedAt),
    findings: (parts.findings ?? []).filter((finding) => finding.subject === address),
  };
}

/** Facts of an address nobody has told us anything about (a page asked for an unknown one). */
export function emptyFacts(address: string): AddressFacts {
  return { address: normalizeAddress(address), observations: [], channelAccounts: [], grants: [], users: [], owners: [] };
}
