// @vitest-environment happy-dom
/**
 * Only a complete list proves an entry gone: a searched or filtered list, one page of several, or
 * a partly rendered one proves nothing (lib/pages/dom/list-completeness.ts), read from the same
 * pages the observers read.
 */
import { describe, expect, it } from 'vitest';
import { listCompleteness } from '../../lib/pages/dom/list-completeness';
import { readConnectedEmails } from '../../lib/pages/hubspot/connected-emails';
import { demoWorld, sandboxDocument } from './sandbox-pages';

const PATH = '/settings/4480123/user-preferences/email';
const URL_OF = new URL(`https://app.hubspot.com${PATH}`);
const KATRIN = 'katrin.sommer@nordlicht.example';
const twoInboxes = () => demoWorld('en', (s) => s.personalInboxes?.push({ userId: '51200101', address: 'katrin.old@nordlicht.example', provider: 'google', state: 'connected' }));

describe('HubSpot Connected emails', () => {
  it('is complete as served; searched (the search box holds words, rows hidden) it is filtered and shows fewer rows', async () => {
    const doc = await sandboxDocument(twoInboxes(), URL_OF.href);
    expect(readConnectedEmails(doc, PATH, URL_OF)).toMatchObject({ listing: 'complete', rows: [{ address: KATRIN }, { address: 'katrin.old@nordlicht.example' }] });
    // What the page's script does when the user types "old" into its search box.
    const box = doc.querySelector<HTMLInputElement>('input[type="search"]');
    if (!box) throw new Error('the page has no search box');
    box.value = 'old';
    doc.querySelector(`tr[data-address="${KATRIN}"]`)?.setAttribute('hidden', '');
    const searched = readConnectedEmails(doc, PATH, URL_OF);
    expect(searched?.listing).toBe('filtered');
    expect(searched?.rows.map((r) => r.address)).toEqual(['katrin.old@nordlicht.example']);
  });

  it('a search in the URL is a filter too', async () => {
    const url = new URL(`${URL_OF.href}?search=old`);
    expect(readConnectedEmails(await sandboxDocument(twoInboxes(), URL_OF.href), PATH, url)?.listing).toBe('filtered');
  });
});

describe('the generic signals', () => {
  const page = (body: string) => new DOMParser().parseFromString(`<main>${body}</main>`, 'text/html');
  const judge = (doc: Document, url = 'https://x.example/list') => listCompleteness(doc.querySelector('main') as Element, [...doc.querySelectorAll('table, ul')], new URL(url));

  it('pagination: a next link, a navigation inside the list\'s region, or more entries announced than rendered', () => {
    expect(judge(page('<ul><li>a</li></ul><a rel="next" href="?page=2">Next</a>'))).toBe('paginated');
    expect(judge(page('<table><tr><td>a</td></tr></table><nav aria-label="Pages"><button>2</button></nav>'))).toBe('paginated');
    expect(judge(page('<table aria-rowcount="40"><tr><td>a</td></tr></table>'))).toBe('paginated');
    expect(judge(page('<ul><li aria-setsize="9" aria-posinset="1">a</li></ul>'))).toBe('paginated');
  });

  it('partial: a "load more" that controls the list, or entries it hides', () => {
    expect(judge(page('<ul id="apps"><li>a</li></ul><button aria-controls="apps">Load more</button>'))).toBe('partial');
    expect(judge(page('<ul><li>a</li><li hidden>b</li></ul>'))).toBe('partial');
  });

  it('filtered: Google\'s ?filters= and other filter parameters; complete otherwise', () => {
    expect(judge(page('<ul><li>a</li></ul>'), 'https://myaccount.google.com/connections?filters=3,4')).toBe('filtered');
    expect(judge(page('<ul><li>a</li></ul>'), 'https://x.example/list?hl=de')).toBe('complete');
    expect(judge(page('<ul><li>a</li></ul>'))).toBe('complete');
  });
});
