import { mountPage } from '../../components/shared/mount';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';

mountPage(WelcomeApp);
