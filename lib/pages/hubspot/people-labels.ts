import type { Locale } from '../../i18n';

/**
 * Labels of HubSpot's people pages the guide points at, per UI language: Users & Teams (the
 * row's "Actions" menu and its dialogs), Account & Billing's points of contact, and Settings >
 * General > Security. Swedish from seeds/002 (remove users), Dutch from seeds/003 (add and remove
 * users) where they name the label; the rest HubSpot's usual wording. The confirm buttons of the
 * deactivate and Make Super Admin dialogs repeat the menu item's label (seed 002: "click
 * Deactivate user" in the dialog); Swedish reactivation says "Återaktivera" in the menu and
 * "Reaktivera" on the dialog's button, as the seed does. Checked against the sandbox only
 * (2026-12-07); HubSpot's live markup is unverified.
 */
export const PEOPLE_LABELS = {
  en: {
    actions: 'Actions', deactivateUser: 'Deactivate user', deactivateConfirm: 'Deactivate user', reactivateUser: 'Reactivate user',
    reactivateConfirm: 'Reactivate user', makeSuperAdmin: 'Make Super Admin', makeSuperAdminConfirm: 'Make Super Admin',
    usersTeams: 'Users & Teams', removeFromRole: 'Remove from role', yesRemoveFromRole: 'Yes, remove from role',
    removeMe: 'Remove me from this account', removeMeConfirm: 'Remove',
  },
  de: {
    actions: 'Aktionen', deactivateUser: 'Benutzer deaktivieren', deactivateConfirm: 'Benutzer deaktivieren', reactivateUser: 'Benutzer reaktivieren',
    reactivateConfirm: 'Benutzer reaktivieren', makeSuperAdmin: 'Zum Super-Admin machen', makeSuperAdminConfirm: 'Zum Super-Admin machen',
    usersTeams: 'Benutzer & Teams', removeFromRole: 'Aus Rolle entfernen', yesRemoveFromRole: 'Ja, aus Rolle entfernen',
    removeMe: 'Mich aus diesem Account entfernen', removeMeConfirm: 'Entfernen',
  },
  nl: {
    actions: 'Acties', deactivateUser: 'Gebruiker deactiveren', deactivateConfirm: 'Gebruiker deactiveren', reactivateUser: 'Gebruiker heractiveren',
    reactivateConfirm: 'Gebruiker heractiveren', makeSuperAdmin: 'Maak Super Admin', makeSuperAdminConfirm: 'Maak Super Admin',
    usersTeams: 'Gebruikers & Teams', removeFromRole: 'Verwijderen uit rol', yesRemoveFromRole: 'Ja, verwijderen uit rol',
    removeMe: 'Mij uit dit account verwijderen', removeMeConfirm: 'Verwijderen',
  },
  sv: {
    actions: 'Åtgärder', deactivateUser: 'Avaktivera användare', deactivateConfirm: 'Avaktivera användare', reactivateUser: 'Återaktivera användare',
    reactivateConfirm: 'Reaktivera användare', makeSuperAdmin: 'Gör till Super Admin', makeSuperAdminConfirm: 'Gör till Super Admin',
    usersTeams: 'Users & Teams', removeFromRole: 'Ta bort från roll', yesRemoveFromRole: 'Ja, ta bort från roll',
    removeMe: 'Ta bort mig från det här kontot', removeMeConfirm: 'Ta bort',
  },
  pl: {
    actions: 'Działania', deactivateUser: 'Dezaktywuj użytkownika', deactivateConfirm: 'Dezaktywuj użytkownika', reactivateUser: 'Aktywuj ponownie użytkownika',
    reactivateConfirm: 'Aktywuj ponownie użytkownika', makeSuperAdmin: 'Nadaj uprawnienia super administratora', makeSuperAdminConfirm: 'Nadaj uprawnienia super administratora',
    usersTeams: 'Użytkownicy i zespoły', removeFromRole: 'Usuń z roli', yesRemoveFromRole: 'Tak, usuń z roli',
    removeMe: 'Usuń mnie z tego konta', removeMeConfirm: 'Usuń',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type PeopleLabelKey = keyof (typeof PEOPLE_LABELS)['en'];

/** Users & Teams (hubspot.md §7) and the sandbox's single-user page under it. */
export const USERS_PATH = /^\/settings\/(\d+)\/users(?:\/user\/[^/]+)?\/?$/;
/** Account & Billing > Company info > points of contact (the sandbox's chosen path). */
export const ACCOUNT_CONTACTS_PATH = /^\/account-and-billing\/(\d+)\/contacts\/?$/;
/** Settings > General > Security (the sandbox's chosen path). */
export const SECURITY_PATH = /^\/settings\/(\d+)\/security\/?$/;
