/** The inbox chip's menu and its place on mail pages (chip content script, options). Same keys in every locale. */
export const chipPl = {
  'chip.options': 'Przenieś lub ukryj plakietkę statusu',
  'chip.place.header': 'Obok przycisku konta',
  'chip.place.right': 'Przy prawej krawędzi okna',
  'chip.place.left': 'Przy lewej krawędzi okna',
  'chip.hide': 'Ukryj na {host}',
  'chip.shown': 'Wyświetlana skrzynka pocztowa: {address}',
  'chip.signedInAs': 'Zalogowano jako {address}: {label}',
  'chip.signedInAsAccount': 'Tu zalogowano także: {address}',
  'chip.settings.title': 'Plakietka statusu na stronach poczty',
  'chip.settings.intro': 'Gdzie plakietka statusu pojawia się w Gmailu i Outlooku w przeglądarce, osobno dla każdej witryny. Ukrytą plakietkę przywrócisz tutaj.',
  'chip.settings.hidden': 'Ukryta',
} as const;
