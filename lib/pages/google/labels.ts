import type { Locale } from '../../i18n';

/**
 * Visible labels of myaccount.google.com's third-party connections page, per language.
 * German "Drittanbieter-Apps mit Kontozugriff" and "Zugriffsrechte entfernen" are the seed
 * article's (seeds/000); English follows its restatement. Google renamed the page "Third-party
 * apps & services" in 2023, so both titles are accepted. The rest is Google's usual wording as
 * the sandbox serves it. Dated 2026-11-22; the live site's translations are not re-verified.
 */
export interface GoogleConnectionsLabels {
  /** The list page's heading; any of these. */
  titles: readonly string[];
  /** A line naming the signed-in account. */
  signedInAs: string;
  /** The button on an app's page that revokes the grant (seeds: "Remove access"). */
  removeAccess: string;
  confirm: string;
}

export const GOOGLE_CONNECTIONS_LABELS: Record<Locale, GoogleConnectionsLabels> = {
  en: { titles: ['Third-party apps with account access', 'Third-party apps & services', 'Your connections to third-party apps & services'], signedInAs: 'Signed in as {email}', removeAccess: 'Remove access', confirm: 'Confirm' },
  de: { titles: ['Drittanbieter-Apps mit Kontozugriff', 'Drittanbieter-Apps und -Dienste'], signedInAs: 'Angemeldet als {email}', removeAccess: 'Zugriffsrechte entfernen', confirm: 'Bestätigen' },
  nl: { titles: ['Apps van derden met accounttoegang', 'Apps en services van derden'], signedInAs: 'Ingelogd als {email}', removeAccess: 'Toegang verwijderen', confirm: 'Bevestigen' },
  sv: { titles: ['Appar från tredje part med kontoåtkomst', 'Appar och tjänster från tredje part'], signedInAs: 'Inloggad som {email}', removeAccess: 'Ta bort åtkomst', confirm: 'Bekräfta' },
  pl: { titles: ['Aplikacje innych firm z dostępem do konta', 'Aplikacje i usługi innych firm'], signedInAs: 'Zalogowano jako {email}', removeAccess: 'Usuń dostęp', confirm: 'Potwierdź' },
};
