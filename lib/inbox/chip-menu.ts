import type { ChipPlace, MailboxStatusView } from '../messaging/content-protocol';

type ChipSetup = NonNullable<MailboxStatusView['chip']>;

export interface ChipMenu {
  /** The ⋮ control (part of the chip). */
  element: HTMLElement;
  update(setup: ChipSetup): void;
}

const PLACES = ['header', 'right', 'left', 'hidden'] as const satisfies readonly ChipPlace[];

/**
 * The chip's ⋮ control: where the chip sits on this mail site, or hide it here. A native
 * `<select>` (invisible, over the ⋮ glyph): the browser draws its list outside the page's layout
 * and gives it to the keyboard and to screen readers as it is (Tab to it, arrows or Alt+↓ to
 * choose), with no menu code of ours in the content script.
 */
export function attachMenu(doc: Document, choose: (place: ChipPlace) => void): ChipMenu {
  const element = doc.createElement('label');
  element.className = 'm';
  element.textContent = '⋮';
  const select = doc.createElement('select');
  const options = PLACES.map((place) => Object.assign(doc.createElement('option'), { value: place }));
  select.append(...options);
  select.addEventListener('change', () => choose(select.value as ChipPlace));
  element.append(select);
  return {
    element,
    update(setup) {
      select.setAttribute('aria-label', setup.text.options);
      element.title = setup.text.options;
      options.forEach((option, index) => (option.textContent = setup.text[PLACES[index] ?? 'header']));
      select.value = setup.place;
    },
  };
}
