/** The inbox chip's menu and its place on mail pages (chip content script, options). Same keys in every locale. */
export const chipEn = {
  'chip.options': 'Move or hide the status chip',
  'chip.place.header': 'Next to the account button',
  'chip.place.right': 'At the right edge of the window',
  'chip.place.left': 'At the left edge of the window',
  'chip.hide': 'Hide on {host}',
  'chip.shown': 'Mailbox shown: {address}',
  'chip.signedInAs': 'Signed in as {address}: {label}',
  'chip.signedInAsAccount': 'Also signed in here: {address}',
  'chip.settings.title': 'Status chip on mail pages',
  'chip.settings.intro': 'Where the status chip sits in Gmail and Outlook on the web, per site. A hidden chip comes back from here.',
  'chip.settings.hidden': 'Hidden',
} as const;
