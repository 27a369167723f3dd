import { mountPage } from '../../components/shared/mount';
import { PopupApp } from '../../components/popup/PopupApp';

mountPage(PopupApp);
