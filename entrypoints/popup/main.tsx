import { mountPage } from '../../components/shared/mount';
import { PopupApp } from '../../components/popup/PopupApp';
import { prefetchMailboxDetail } from '../../components/shared/use-mailbox-detail';
import { prefetchTabMailbox } from '../../components/shared/use-tab-mailbox';

// The first status is what the popup is opened for: ask which mailbox the tab shows and read that
// mailbox's records now, in parallel with the settings read and the first render, not after them.
void prefetchTabMailbox(location.search).then(({ address }) => {
  if (address) prefetchMailboxDetail(address);
});
mountPage(PopupApp);
