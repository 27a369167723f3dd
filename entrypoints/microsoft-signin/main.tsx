import { mountPage } from '../../components/shared/mount';
import { MicrosoftSignInApp } from '../../components/options/MicrosoftSignInApp';

// The only page that loads MSAL: its chunk is this entrypoint's alone.
mountPage(MicrosoftSignInApp);
