/** The inbox chip's menu and its place on mail pages (chip content script, options). Same keys in every locale. */
export const chipNl = {
  'chip.options': 'Statuschip verplaatsen of verbergen',
  'chip.place.header': 'Naast de accountknop',
  'chip.place.right': 'Aan de rechterrand van het venster',
  'chip.place.left': 'Aan de linkerrand van het venster',
  'chip.hide': 'Verbergen op {host}',
  'chip.shown': 'Getoonde mailbox: {address}',
  'chip.signedInAs': 'Aangemeld als {address}: {label}',
  'chip.signedInAsAccount': 'Hier ook aangemeld: {address}',
  'chip.settings.title': 'Statuschip op e-mailpagina’s',
  'chip.settings.intro': 'Waar de statuschip staat in Gmail en Outlook op het web, per site. Een verborgen chip haalt u hier terug.',
  'chip.settings.hidden': 'Verborgen',
} as const;
