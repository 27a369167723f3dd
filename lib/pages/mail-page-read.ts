/**
 * What the inbox content script makes of a Gmail or Outlook page: which mailbox it shows, read
 * only from places that belong to the page's own account controls (never a mail's body, a
 * sender, a `mailto:` or a subject), and which of those places answered, so that one vanishing
 * later (a staged rollout, a new header) is noticed and reported as layout drift.
 */
export interface MailPageRead {
  /** The mailbox whose mail the page shows; absent when the page could not be read. */
  address?: string;
  /** The source the address came from (a name in `sources`). */
  via?: string;
  /**
   * The account signed in, when the page shows another mailbox (a delegated Gmail mailbox, an
   * Outlook shared mailbox opened in the tab): the page shows both, and so does the chip.
   */
  signedInAs?: string;
  /** Names of the sources that found an address on this page now. */
  found: string[];
  /** Those of them that are part of the page's frame (`stable`): one vanishing later is layout drift. */
  anchors: string[];
  /** Every source this reader knows (a drift report names the ones that found nothing). */
  sources: string[];
  /** The page shows no account by design (an Outlook popout window): not drift, just nothing to read. */
  anchorless?: boolean;
  /** The page's own account control, next to which the chip may sit in the header. */
  accountControl?: Element;
}

export type PathOnly = Pick<Location, 'pathname'>;

/**
 * One place a page shows an address. Each reader's doc comment dates the markup it relies on
 * (from ../shared/reference/mail-pages.md, reproduced by the sandbox's variants); dates are not
 * shipped, the content script's size counts. A drift report names the sources that failed.
 */
export interface MailSource {
  name: string;
  /**
   * Part of the page's frame (its header's account control): present on every page of the app,
   * so its vanishing later means the layout changed. Not the title (a chat notification swaps
   * it) nor what the user opens or collapses (the account flyout, the folder pane).
   */
  stable?: boolean;
  read(doc: Document, location: PathOnly): string | undefined;
}

export type MailPageReader = (doc: Document, location: PathOnly) => MailPageRead;

/** Runs every source; one that throws (markup we no longer understand) counts as finding nothing. */
export function readSources(doc: Document, location: PathOnly, sources: readonly MailSource[]): Map<string, string> {
  const hits = new Map<string, string>();
  for (const source of sources) {
    try {
      const address = source.read(doc, location);
      if (address) hits.set(source.name, address);
    } catch {
      // Not found: the next source may still answer, and the drift report names this one.
    }
  }
  return hits;
}

/** A read that found no mailbox, naming what answered (it may still be a partial answer). */
export function unreadable(hits: Map<string, string>, sources: readonly MailSource[], accountControl?: Element): MailPageRead {
  const found = [...hits.keys()];
  const anchors = sources.filter((s) => s.stable && hits.has(s.name)).map((s) => s.name);
  return { found, anchors, sources: sources.map((s) => s.name), ...(accountControl && { accountControl }) };
}

/** A read that found the mailbox `address` through `via`. */
export function readAs(
  hits: Map<string, string>,
  sources: readonly MailSource[],
  found: { address: string; via: string; signedInAs?: string },
  accountControl?: Element | null,
): MailPageRead {
  const signedInAs = found.signedInAs && found.signedInAs !== found.address ? { signedInAs: found.signedInAs } : {};
  return { address: found.address, via: found.via, ...signedInAs, ...unreadable(hits, sources, accountControl ?? undefined) };
}
