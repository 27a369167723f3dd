import type { Locale } from '../../i18n';

/**
 * Visible labels of Microsoft's consent pages, per language. German "Widerrufen", "Apps und
 * Dienste, denen Sie Zugriff erteilt haben", "Bearbeiten" and "Diese Berechtigungen entfernen"
 * are the seed article's (seeds/000); English follows providers.md §8 ("Manage your
 * application", "Revoke permissions", "You can't revoke these permissions"). The rest is
 * Microsoft's usual wording as the sandbox serves it. Dated 2026-11-22; live translations not
 * re-verified.
 */
export interface MyAppsLabels {
  title: string;
  signedInAs: string;
  manage: string;
  /** Section of the app's page listing the user's own (Principal) consents. */
  youGranted: string;
  /** Section listing the tenant-wide (admin) consents. */
  adminGranted: string;
  revoke: string;
}

export const MYAPPS_LABELS: Record<Locale, MyAppsLabels> = {
  en: { title: 'My Apps', signedInAs: 'Signed in as {email}', manage: 'Manage your application', youGranted: "Permissions you've granted", adminGranted: 'Permissions your administrator has granted', revoke: 'Revoke permissions' },
  de: { title: 'Meine Apps', signedInAs: 'Angemeldet als {email}', manage: 'Anwendung verwalten', youGranted: 'Von Ihnen erteilte Berechtigungen', adminGranted: 'Von Ihrem Administrator erteilte Berechtigungen', revoke: 'Widerrufen' },
  nl: { title: 'Mijn apps', signedInAs: 'Aangemeld als {email}', manage: 'Uw toepassing beheren', youGranted: 'Machtigingen die u hebt verleend', adminGranted: 'Machtigingen die uw beheerder heeft verleend', revoke: 'Machtigingen intrekken' },
  sv: { title: 'Mina appar', signedInAs: 'Inloggad som {email}', manage: 'Hantera ditt program', youGranted: 'Behörigheter som du har beviljat', adminGranted: 'Behörigheter som din administratör har beviljat', revoke: 'Återkalla behörigheter' },
  pl: { title: 'Moje aplikacje', signedInAs: 'Zalogowano jako {email}', manage: 'Zarządzaj aplikacją', youGranted: 'Udzielone przez Ciebie uprawnienia', adminGranted: 'Uprawnienia udzielone przez administratora', revoke: 'Odwołaj uprawnienia' },
};

export interface LiveConsentLabels {
  title: string;
  signedInAs: string;
  edit: string;
  remove: string;
}

export const LIVE_CONSENT_LABELS: Record<Locale, LiveConsentLabels> = {
  en: { title: "Apps and services you've given access to", signedInAs: 'Signed in as {email}', edit: 'Edit', remove: 'Remove these permissions' },
  de: { title: 'Apps und Dienste, denen Sie Zugriff erteilt haben', signedInAs: 'Angemeldet als {email}', edit: 'Bearbeiten', remove: 'Diese Berechtigungen entfernen' },
  nl: { title: 'Apps en services waaraan u toegang hebt gegeven', signedInAs: 'Aangemeld als {email}', edit: 'Bewerken', remove: 'Deze machtigingen verwijderen' },
  sv: { title: 'Appar och tjänster som du har gett åtkomst', signedInAs: 'Inloggad som {email}', edit: 'Redigera', remove: 'Ta bort de här behörigheterna' },
  pl: { title: 'Aplikacje i usługi, którym udzielono dostępu', signedInAs: 'Zalogowano jako {email}', edit: 'Edytuj', remove: 'Usuń te uprawnienia' },
};
