import type { Language } from '../../core/scenario';

/**
 * Labels of the sandbox's My Apps page (providers.md §8: "Manage your application", "Revoke
 * Permissions", "You can't revoke these permissions"). German follows the HubSpot article
 * (seeds 000: "Widerrufen"). `{app}` and `{email}` are filled in escaped.
 */
export interface MyAppsLabels {
  title: string;
  signedInAs: string;
  signInNeeded: string;
  noApps: string;
  moreOptions: string;
  manage: string;
  youGranted: string;
  youGrantedNone: string;
  adminGranted: string;
  cantRevoke: string;
  revoke: string;
  confirmTitle: string;
  confirmBody: string;
  confirm: string;
  cancel: string;
  revoked: string;
  back: string;
}

export const MYAPPS_LABELS: Record<Language, MyAppsLabels> = {
  en: {
    title: 'My Apps', signedInAs: 'Signed in as {email}',
    signInNeeded: 'Sign in with your work or school account to see your apps.', noApps: 'There are no apps to show.',
    moreOptions: 'More options for {app}', manage: 'Manage your application',
    youGranted: "Permissions you've granted", youGrantedNone: "You haven't granted this app any permissions.",
    adminGranted: 'Permissions your administrator has granted', cantRevoke: "You can't revoke these permissions",
    revoke: 'Revoke permissions', confirmTitle: 'Revoke permissions for {app}?',
    confirmBody: "{app} will no longer be able to access the data you gave it permission to access. Your administrator's consent stays.",
    confirm: 'Yes', cancel: 'Cancel', revoked: 'You revoked the permissions you had granted to {app}.', back: 'Back to My Apps',
  },
  de: {
    title: 'Meine Apps', signedInAs: 'Angemeldet als {email}',
    signInNeeded: 'Melden Sie sich mit Ihrem Geschäfts-, Schul- oder Unikonto an, um Ihre Apps zu sehen.', noApps: 'Keine Apps vorhanden.',
    moreOptions: 'Weitere Optionen für {app}', manage: 'Anwendung verwalten',
    youGranted: 'Von Ihnen erteilte Berechtigungen', youGrantedNone: 'Sie haben dieser App keine Berechtigungen erteilt.',
    adminGranted: 'Von Ihrem Administrator erteilte Berechtigungen', cantRevoke: 'Diese Berechtigungen können Sie nicht zurücknehmen',
    revoke: 'Widerrufen', confirmTitle: 'Berechtigungen für {app} zurücknehmen?',
    confirmBody: '{app} kann dann nicht mehr auf die Daten zugreifen, für die Sie eine Berechtigung erteilt haben. Die Zustimmung Ihres Administrators bleibt bestehen.',
    confirm: 'Ja', cancel: 'Abbrechen', revoked: 'Sie haben die Berechtigungen zurückgenommen, die Sie {app} erteilt hatten.', back: 'Zurück zu „Meine Apps“',
  },
  nl: {
    title: 'Mijn apps', signedInAs: 'Aangemeld als {email}',
    signInNeeded: 'Meld u aan met uw werk- of schoolaccount om uw apps te zien.', noApps: 'Er zijn geen apps om weer te geven.',
    moreOptions: 'Meer opties voor {app}', manage: 'Uw toepassing beheren',
    youGranted: 'Machtigingen die u hebt verleend', youGrantedNone: 'U hebt deze app geen machtigingen verleend.',
    adminGranted: 'Machtigingen die uw beheerder heeft verleend', cantRevoke: 'U kunt deze machtigingen niet intrekken',
    revoke: 'Machtigingen intrekken', confirmTitle: 'Machtigingen voor {app} intrekken?',
    confirmBody: '{app} heeft dan geen toegang meer tot de gegevens waarvoor u machtiging hebt gegeven. De toestemming van uw beheerder blijft bestaan.',
    confirm: 'Ja', cancel: 'Annuleren', revoked: 'U hebt de machtigingen ingetrokken die u aan {app} had verleend.', back: 'Terug naar Mijn apps',
  },
  sv: {
    title: 'Mina appar', signedInAs: 'Inloggad som {email}',
    signInNeeded: 'Logga in med ditt arbets- eller skolkonto för att se dina appar.', noApps: 'Det finns inga appar att visa.',
    moreOptions: 'Fler alternativ för {app}', manage: 'Hantera ditt program',
    youGranted: 'Behörigheter som du har beviljat', youGrantedNone: 'Du har inte gett den här appen några behörigheter.',
    adminGranted: 'Behörigheter som din administratör har beviljat', cantRevoke: 'Du kan inte återkalla de här behörigheterna',
    revoke: 'Återkalla behörigheter', confirmTitle: 'Vill du återkalla behörigheterna för {app}?',
    confirmBody: '{app} kommer inte längre att kunna komma åt de data som du gav appen behörighet till. Administratörens medgivande finns kvar.',
    confirm: 'Ja', cancel: 'Avbryt', revoked: 'Du har återkallat behörigheterna som du gav {app}.', back: 'Tillbaka till Mina appar',
  },
  pl: {
    title: 'Moje aplikacje', signedInAs: 'Zalogowano jako {email}',
    signInNeeded: 'Zaloguj się przy użyciu konta służbowego lub szkolnego, aby zobaczyć swoje aplikacje.', noApps: 'Brak aplikacji do wyświetlenia.',
    moreOptions: 'Więcej opcji dla {app}', manage: 'Zarządzaj aplikacją',
    youGranted: 'Udzielone przez Ciebie uprawnienia', youGrantedNone: 'Nie udzielono tej aplikacji żadnych uprawnień.',
    adminGranted: 'Uprawnienia udzielone przez administratora', cantRevoke: 'Nie możesz odwołać tych uprawnień',
    revoke: 'Odwołaj uprawnienia', confirmTitle: 'Odwołać uprawnienia aplikacji {app}?',
    confirmBody: 'Aplikacja {app} nie będzie już mieć dostępu do danych, do których udzielono jej uprawnień. Zgoda administratora pozostanie.',
    confirm: 'Tak', cancel: 'Anuluj', revoked: 'Odwołano uprawnienia udzielone aplikacji {app}.', back: 'Wróć do Moich aplikacji',
  },
};
