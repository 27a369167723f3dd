import { mountPage } from '../../components/shared/mount';
import { SupportApp, supportAddress } from '../../components/history/SupportApp';
import { readMailboxHistoryEarly } from '../../components/history/use-mailbox-history';

// One mailbox's history: its read starts now, beside the settings' (see readMailboxHistoryEarly).
const address = supportAddress();
if (address) readMailboxHistoryEarly(address);
mountPage(SupportApp);
