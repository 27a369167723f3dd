import { partnerAccount } from '../../lib/partner/facts';
import { PartnerFindings } from './PartnerFindings';
import { usePartner } from './use-partner';

/**
 * The side panel's way into the Partner view: the partner account's findings and a button, shown
 * only when the connected portal's HubSpot settings have a Partner section.
 */
export function PartnerEntry({ onOpen }: { onOpen: () => void }) {
  const { data } = usePartner();
  if (!data || partnerAccount(data.facts) !== 'partner') return null;
  return <PartnerFindings findings={data.findings} onOpen={onOpen} />;
}
