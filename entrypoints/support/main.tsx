import { mountPage } from '../../components/shared/mount';
import { SupportApp } from '../../components/history/SupportApp';

mountPage(SupportApp);
