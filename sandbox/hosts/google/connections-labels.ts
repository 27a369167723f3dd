import type { Language } from '../../core/scenario';

/**
 * Labels of the sandbox's myaccount.google.com/connections page. German follows the HubSpot
 * article (seeds 000: "Drittanbieter-Apps mit Kontozugriff", "Zugriffsrechte entfernen"); the
 * others translate the same English UI. `{app}`, `{email}`, `{date}` are filled in escaped.
 */
export interface ConnectionsLabels {
  title: string;
  intro: string;
  signedInAs: string;
  empty: string;
  signInNeeded: string;
  detailsHeading: string;
  accessHeading: string;
  grantedOn: string;
  removeAccess: string;
  confirmTitle: string;
  confirmBody: string;
  confirm: string;
  cancel: string;
  removed: string;
  back: string;
}

export const CONNECTIONS_LABELS: Record<Language, ConnectionsLabels> = {
  en: {
    title: 'Third-party apps with account access',
    intro: 'You gave these sites and apps access to some of your Google Account data.',
    signedInAs: 'Signed in as {email}',
    empty: 'You have no connections to third-party apps or services.',
    signInNeeded: 'Sign in to your Google Account to see your connections.',
    detailsHeading: '{app} has some access to your Google Account',
    accessHeading: 'Access to',
    grantedOn: 'Access given on {date}',
    removeAccess: 'Remove access',
    confirmTitle: "Remove {app}'s access to your Google Account?",
    confirmBody: '{app} will no longer have access to your Google Account. You may need to grant access again to keep using it.',
    confirm: 'Confirm',
    cancel: 'Cancel',
    removed: '{app} no longer has access to your Google Account.',
    back: 'Back to connections',
  },
  de: {
    title: 'Drittanbieter-Apps mit Kontozugriff',
    intro: 'Sie haben diesen Websites und Apps Zugriff auf einige Daten Ihres Google-Kontos gewährt.',
    signedInAs: 'Angemeldet als {email}',
    empty: 'Sie haben keine Verknüpfungen mit Apps oder Diensten von Drittanbietern.',
    signInNeeded: 'Melden Sie sich in Ihrem Google-Konto an, um Ihre Verknüpfungen zu sehen.',
    detailsHeading: '{app} hat Zugriff auf einige Daten Ihres Google-Kontos',
    accessHeading: 'Zugriff auf',
    grantedOn: 'Zugriff gewährt am {date}',
    removeAccess: 'Zugriffsrechte entfernen',
    confirmTitle: 'Zugriff von {app} auf Ihr Google-Konto entfernen?',
    confirmBody: '{app} hat dann keinen Zugriff mehr auf Ihr Google-Konto. Um die App weiter zu verwenden, müssen Sie den Zugriff eventuell erneut gewähren.',
    confirm: 'Bestätigen',
    cancel: 'Abbrechen',
    removed: '{app} hat keinen Zugriff mehr auf Ihr Google-Konto.',
    back: 'Zurück zu den Verknüpfungen',
  },
  nl: {
    title: 'Apps van derden met accounttoegang',
    intro: 'Je hebt deze sites en apps toegang gegeven tot sommige gegevens in je Google-account.',
    signedInAs: 'Ingelogd als {email}',
    empty: 'Je hebt geen verbindingen met apps of services van derden.',
    signInNeeded: 'Log in op je Google-account om je verbindingen te zien.',
    detailsHeading: '{app} heeft enige toegang tot je Google-account',
    accessHeading: 'Toegang tot',
    grantedOn: 'Toegang gegeven op {date}',
    removeAccess: 'Toegang verwijderen',
    confirmTitle: 'Toegang van {app} tot je Google-account verwijderen?',
    confirmBody: '{app} heeft dan geen toegang meer tot je Google-account. Misschien moet je opnieuw toegang geven om de app te blijven gebruiken.',
    confirm: 'Bevestigen',
    cancel: 'Annuleren',
    removed: '{app} heeft geen toegang meer tot je Google-account.',
    back: 'Terug naar verbindingen',
  },
  sv: {
    title: 'Appar från tredje part med kontoåtkomst',
    intro: 'Du har gett de här webbplatserna och apparna åtkomst till vissa data i ditt Google-konto.',
    signedInAs: 'Inloggad som {email}',
    empty: 'Du har inga anslutningar till appar eller tjänster från tredje part.',
    signInNeeded: 'Logga in på ditt Google-konto för att se dina anslutningar.',
    detailsHeading: '{app} har viss åtkomst till ditt Google-konto',
    accessHeading: 'Åtkomst till',
    grantedOn: 'Åtkomst beviljades {date}',
    removeAccess: 'Ta bort åtkomst',
    confirmTitle: 'Vill du ta bort åtkomsten för {app} till ditt Google-konto?',
    confirmBody: '{app} har inte längre åtkomst till ditt Google-konto. Du kan behöva ge åtkomst igen för att fortsätta använda appen.',
    confirm: 'Bekräfta',
    cancel: 'Avbryt',
    removed: '{app} har inte längre åtkomst till ditt Google-konto.',
    back: 'Tillbaka till anslutningar',
  },
  pl: {
    title: 'Aplikacje innych firm z dostępem do konta',
    intro: 'Te witryny i aplikacje mają dostęp do niektórych danych na Twoim koncie Google.',
    signedInAs: 'Zalogowano jako {email}',
    empty: 'Nie masz połączeń z aplikacjami ani usługami innych firm.',
    signInNeeded: 'Zaloguj się na konto Google, aby zobaczyć swoje połączenia.',
    detailsHeading: '{app} ma częściowy dostęp do Twojego konta Google',
    accessHeading: 'Dostęp do',
    grantedOn: 'Dostęp przyznano {date}',
    removeAccess: 'Usuń dostęp',
    confirmTitle: 'Usunąć dostęp aplikacji {app} do Twojego konta Google?',
    confirmBody: 'Aplikacja {app} nie będzie już mieć dostępu do Twojego konta Google. Aby dalej z niej korzystać, może być konieczne ponowne przyznanie dostępu.',
    confirm: 'Potwierdź',
    cancel: 'Anuluj',
    removed: 'Aplikacja {app} nie ma już dostępu do Twojego konta Google.',
    back: 'Wróć do połączeń',
  },
};
