import type { Observation } from '../../model';
import { ForbiddenError, type Handlers } from '../../messaging/router';
import { PARTNER_DOMAIN_KIND, PARTNER_SECTION_KIND, partnerSubject } from '../../partner/facts';
import { SETTINGS_PATH } from '../../pages/hubspot/partner-settings';
import { UI_HOSTS } from '../../plans/deep-links';
import { repo, type Repo } from '../../store/repo';
import { recordFor } from './observation-repeat';
import { feedObservationsToPlans } from './plans/observe';

export type PartnerSeenHandler = NonNullable<Handlers['partner/seen']>;

type Kind = typeof PARTNER_DOMAIN_KIND | typeof PARTNER_SECTION_KIND;

/** The newest stored reading of `kind` on this host and path, to touch instead of repeating it. */
function newest(stored: readonly Observation[], kind: Kind, host: string, path: string): Observation | undefined {
  return stored
    .filter((o) => o.kind === kind && o.host === host && o.path === path)
    .reduce<Observation | undefined>((best, o) => (best === undefined || o.observedAt >= best.observedAt ? o : best), undefined);
}

/**
 * Stores what a HubSpot settings page showed of the partner settings: whether its sidebar has a
 * Partner section (`partner-section`) and, on the Automation page, the saved employee domain
 * (`partner-domain`), each about `partner:{portalId}` with the page's signed-in user. Only from a
 * content script on HubSpot's own hosts (the browser-stamped sender), and only about the portal
 * the page's path names. A reload showing the same reading touches it (observation-repeat.ts).
 * The running partner-domain plan sees the reading at once (its guided step waits for it).
 */
export function createPartnerSeenHandler(store: Pick<Repo, 'getAllByIndex' | 'putMany'>, now: () => string = () => new Date().toISOString()): PartnerSeenHandler {
  return async (reading, { sender }) => {
    const host = sender.host;
    if (sender.kind !== 'content' || !host || !UI_HOSTS.some((h) => h === host)) throw new ForbiddenError(`partner settings are not read on ${host ?? 'this page'}`);
    if (SETTINGS_PATH.exec(reading.path)?.[1] !== reading.portalId) throw new ForbiddenError('the reading is not about the portal its page names');
    const address = partnerSubject(reading.portalId);
    const observedAt = now();
    const stored = await store.getAllByIndex('observations', 'address', address);
    const base = { address, host, path: reading.path, observedAt };
    const user = reading.user ?? null;
    const records: Observation[] = [
      recordFor(newest(stored, PARTNER_SECTION_KIND, host, reading.path), {
        ...base, kind: PARTNER_SECTION_KIND, value: { portalId: reading.portalId, partner: reading.partner, user },
      }),
    ];
    if (reading.automation) {
      const { domain, editable } = reading.automation;
      records.push(recordFor(newest(stored, PARTNER_DOMAIN_KIND, host, reading.path), {
        ...base, kind: PARTNER_DOMAIN_KIND, value: { portalId: reading.portalId, domain, editable, user },
      }));
    }
    await store.putMany('observations', records);
    await feedObservationsToPlans(records);
    return { stored: records.length };
  };
}

export const partnerSeen: PartnerSeenHandler = createPartnerSeenHandler(repo);
