import { render } from 'preact';
import { PopupRoot } from '../../components/popup/PopupRoot';
import { readPopupStart } from '../../components/popup/popup-start';
import '../../components/shared/base.css';

// The first status is what the popup is opened for: the tab's mailbox, its detail and the
// language are read at once, before anything renders, and the first render shows them.
const root = document.getElementById('app');
if (!root) throw new Error('popup.html is missing its #app element');
void readPopupStart(location.search).then((start) => render(<PopupRoot start={start} />, root));
