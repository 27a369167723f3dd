import type { Language } from '../../core/scenario';

/**
 * Labels of the sandbox's account.live.com/consent/Manage page (providers.md §8, personal
 * accounts). German follows the HubSpot article (seeds 000: "Apps und Dienste, denen Sie Zugriff
 * erteilt haben", "Bearbeiten", "Diese Berechtigungen entfernen").
 */
export interface LiveConsentLabels {
  title: string;
  intro: string;
  signedInAs: string;
  signInNeeded: string;
  none: string;
  accessTo: string;
  edit: string;
  editTitle: string;
  remove: string;
  confirmTitle: string;
  confirmBody: string;
  confirm: string;
  cancel: string;
  removed: string;
  back: string;
}

export const LIVE_CONSENT_LABELS: Record<Language, LiveConsentLabels> = {
  en: {
    title: "Apps and services you've given access to", intro: 'These apps and services can access info in your Microsoft account.',
    signedInAs: 'Signed in as {email}', signInNeeded: 'Sign in with your personal Microsoft account (Outlook.com) to manage app access.',
    none: "You haven't given any apps or services access to your account.", accessTo: '{app} has access to:', edit: 'Edit',
    editTitle: 'Edit permissions for {app}', remove: 'Remove these permissions', confirmTitle: 'Remove these permissions?',
    confirmBody: '{app} will no longer be able to access your info, and its refresh tokens stop working.',
    confirm: 'Remove', cancel: 'Cancel', removed: '{app} can no longer access your info.', back: 'Back to apps and services',
  },
  de: {
    title: 'Apps und Dienste, denen Sie Zugriff erteilt haben', intro: 'Diese Apps und Dienste können auf Informationen in Ihrem Microsoft-Konto zugreifen.',
    signedInAs: 'Angemeldet als {email}', signInNeeded: 'Melden Sie sich mit Ihrem persönlichen Microsoft-Konto (Outlook.com) an, um den App-Zugriff zu verwalten.',
    none: 'Sie haben keinen Apps oder Diensten Zugriff auf Ihr Konto erteilt.', accessTo: '{app} hat Zugriff auf:', edit: 'Bearbeiten',
    editTitle: 'Berechtigungen für {app} bearbeiten', remove: 'Diese Berechtigungen entfernen', confirmTitle: 'Diese Berechtigungen entfernen?',
    confirmBody: '{app} kann dann nicht mehr auf Ihre Informationen zugreifen, und ihre Aktualisierungstoken werden ungültig.',
    confirm: 'Entfernen', cancel: 'Abbrechen', removed: '{app} kann nicht mehr auf Ihre Informationen zugreifen.', back: 'Zurück zu Apps und Diensten',
  },
  nl: {
    title: 'Apps en services waaraan u toegang hebt gegeven', intro: 'Deze apps en services hebben toegang tot gegevens in uw Microsoft-account.',
    signedInAs: 'Aangemeld als {email}', signInNeeded: 'Meld u aan met uw persoonlijke Microsoft-account (Outlook.com) om app-toegang te beheren.',
    none: 'U hebt geen apps of services toegang tot uw account gegeven.', accessTo: '{app} heeft toegang tot:', edit: 'Bewerken',
    editTitle: 'Machtigingen voor {app} bewerken', remove: 'Deze machtigingen verwijderen', confirmTitle: 'Deze machtigingen verwijderen?',
    confirmBody: '{app} heeft dan geen toegang meer tot uw gegevens en de vernieuwingstokens van de app werken niet meer.',
    confirm: 'Verwijderen', cancel: 'Annuleren', removed: '{app} heeft geen toegang meer tot uw gegevens.', back: 'Terug naar apps en services',
  },
  sv: {
    title: 'Appar och tjänster som du har gett åtkomst', intro: 'De här apparna och tjänsterna har åtkomst till information i ditt Microsoft-konto.',
    signedInAs: 'Inloggad som {email}', signInNeeded: 'Logga in med ditt personliga Microsoft-konto (Outlook.com) för att hantera appåtkomst.',
    none: 'Du har inte gett några appar eller tjänster åtkomst till ditt konto.', accessTo: '{app} har åtkomst till:', edit: 'Redigera',
    editTitle: 'Redigera behörigheter för {app}', remove: 'Ta bort de här behörigheterna', confirmTitle: 'Vill du ta bort de här behörigheterna?',
    confirmBody: '{app} kommer inte längre att kunna komma åt din information, och appens uppdateringstoken slutar fungera.',
    confirm: 'Ta bort', cancel: 'Avbryt', removed: '{app} kan inte längre komma åt din information.', back: 'Tillbaka till appar och tjänster',
  },
  pl: {
    title: 'Aplikacje i usługi, którym udzielono dostępu', intro: 'Te aplikacje i usługi mają dostęp do informacji na Twoim koncie Microsoft.',
    signedInAs: 'Zalogowano jako {email}', signInNeeded: 'Zaloguj się przy użyciu osobistego konta Microsoft (Outlook.com), aby zarządzać dostępem aplikacji.',
    none: 'Nie udzielono dostępu do konta żadnym aplikacjom ani usługom.', accessTo: '{app} ma dostęp do:', edit: 'Edytuj',
    editTitle: 'Edytuj uprawnienia aplikacji {app}', remove: 'Usuń te uprawnienia', confirmTitle: 'Usunąć te uprawnienia?',
    confirmBody: 'Aplikacja {app} nie będzie już mieć dostępu do Twoich informacji, a jej tokeny odświeżania przestaną działać.',
    confirm: 'Usuń', cancel: 'Anuluj', removed: 'Aplikacja {app} nie ma już dostępu do Twoich informacji.', back: 'Wróć do aplikacji i usług',
  },
};
