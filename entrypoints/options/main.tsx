import { mountPage } from '../../components/shared/mount';
import { OptionsApp } from '../../components/options/OptionsApp';

mountPage(OptionsApp);
