import { mountPage } from '../../components/shared/mount';
import { PrivacyApp } from '../../components/privacy/PrivacyApp';

mountPage(PrivacyApp);
