/** The inbox chip's menu and its place on mail pages (chip content script, options). Same keys in every locale. */
export const chipDe = {
  'chip.options': 'Status-Chip verschieben oder ausblenden',
  'chip.place.header': 'Neben der Konto-Schaltfläche',
  'chip.place.right': 'Am rechten Fensterrand',
  'chip.place.left': 'Am linken Fensterrand',
  'chip.hide': 'Auf {host} ausblenden',
  'chip.shown': 'Angezeigtes Postfach: {address}',
  'chip.signedInAs': 'Angemeldet als {address}: {label}',
  'chip.signedInAsAccount': 'Hier außerdem angemeldet: {address}',
  'chip.settings.title': 'Status-Chip auf E-Mail-Seiten',
  'chip.settings.intro': 'Wo der Status-Chip in Gmail und Outlook im Web sitzt, je Website. Einen ausgeblendeten Chip holen Sie hier zurück.',
  'chip.settings.hidden': 'Ausgeblendet',
} as const;
