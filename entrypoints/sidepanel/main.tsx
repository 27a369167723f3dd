import { mountPage } from '../../components/shared/mount';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';

mountPage(SidePanelApp);
