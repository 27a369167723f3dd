/** The inbox chip's menu and its place on mail pages (chip content script, options). Same keys in every locale. */
export const chipSv = {
  'chip.options': 'Flytta eller dölj statusetiketten',
  'chip.place.header': 'Bredvid kontoknappen',
  'chip.place.right': 'Vid fönstrets högra kant',
  'chip.place.left': 'Vid fönstrets vänstra kant',
  'chip.hide': 'Dölj på {host}',
  'chip.shown': 'Postlåda som visas: {address}',
  'chip.signedInAs': 'Inloggad som {address}: {label}',
  'chip.signedInAsAccount': 'Också inloggad här: {address}',
  'chip.settings.title': 'Statusetikett på e-postsidor',
  'chip.settings.intro': 'Var statusetiketten sitter i Gmail och Outlook på webben, per webbplats. En dold etikett tar du tillbaka här.',
  'chip.settings.hidden': 'Dold',
} as const;
