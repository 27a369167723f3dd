import sharedMailDomains from 'company-email-validator/free_email_provider_domains.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeDomainList, encodeDomainList, SHARED_DOMAINS_FILE } from '../../lib/partner/shared-domains-file';

/** The packaged list (modules/packaged-data.ts writes encodeDomainList of the npm package's list). */
const packaged = encodeDomainList(sharedMailDomains);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the packaged shared mail domain list', () => {
  it('decodes to exactly the npm package list', () => {
    const decoded = decodeDomainList(packaged);
    expect(new Set(decoded)).toEqual(new Set([...sharedMailDomains].filter((domain) => domain !== '')));
    expect(decoded.length).toBe(new Set(decoded).size);
  });

  it('keeps domains sharing more than the longest codable prefix', () => {
    const long = ['a'.repeat(70) + '.example', 'a'.repeat(70) + '.example.com', 'a'.repeat(69) + 'b.pl'];
    expect(decodeDomainList(encodeDomainList(long))).toEqual([...long].sort());
  });

  it('refuses a damaged file instead of guessing domains', () => {
    expect(() => decodeDomainList('0gmail.com\nzx')).toThrow(/damaged at line 2/);
    expect(() => decodeDomainList('!gmail.com')).toThrow(/damaged at line 1/);
  });
});

describe('loading it in an extension context', () => {
  async function freshSharedDomains() {
    vi.resetModules(); // tests/setup.ts registered the list in the original module graph
    return import('../../lib/partner/shared-domains');
  }

  it('refuses to answer before the list is loaded (never "not loaded" taken for "a company domain")', async () => {
    const { isSharedMailDomain } = await freshSharedDomains();
    expect(() => isSharedMailDomain('gmail.com')).toThrow(/not loaded/);
  });

  it('fetches the package file once, then answers from it', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(packaged);
    });
    const { isSharedMailDomain, loadSharedMailDomains } = await freshSharedDomains();
    await Promise.all([loadSharedMailDomains(), loadSharedMailDomains()]);
    await loadSharedMailDomains();
    expect(fetched).toEqual([`chrome-extension://test-extension-id${SHARED_DOMAINS_FILE}`]);
    expect(isSharedMailDomain('Jan@WP.pl')).toBe(true);
    expect(isSharedMailDomain('hotmail.se')).toBe(true);
    expect(isSharedMailDomain('nordlicht.example')).toBe(false);
  });

  it('fails loudly when the file is missing, and tries again on the next call', async () => {
    let status = 404;
    vi.stubGlobal('fetch', async () => (status === 200 ? new Response(packaged) : new Response('', { status })));
    const { isSharedMailDomain, loadSharedMailDomains } = await freshSharedDomains();
    await expect(loadSharedMailDomains()).rejects.toThrow(/did not load \(HTTP 404\)/);
    status = 200;
    await loadSharedMailDomains();
    expect(isSharedMailDomain('gmx.de')).toBe(true);
  });
});
