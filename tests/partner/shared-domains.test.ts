import { describe, expect, it } from 'vitest';
import { isSharedMailDomain } from '../../lib/partner/shared-domains';
import { isOnPartnerDomain, normalizeDomain } from '../../lib/partner/domains';

/**
 * The shared-domain check is the maintained list of `company-email-validator`, not ours: these are
 * the providers partners' employees actually use in the five markets, asked of that list.
 */
const REGIONAL_PROVIDERS = [
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com', 'aol.com', 'proton.me',
  // Germany
  'web.de', 'gmx.de', 'gmx.net', 't-online.de', 'freenet.de', 'posteo.de', 'mail.de', 'outlook.de', 'hotmail.de',
  // Poland
  'wp.pl', 'onet.pl', 'o2.pl', 'interia.pl', 'gazeta.pl', 'op.pl', 'tlen.pl',
  // Sweden
  'hotmail.se', 'telia.com', 'bredband.net', 'live.se', 'spray.se',
  // The Netherlands
  'ziggo.nl', 'kpnmail.nl', 'home.nl', 'planet.nl', 'xs4all.nl', 'hotmail.nl',
];

describe('isSharedMailDomain (company-email-validator list)', () => {
  it.each(REGIONAL_PROVIDERS)('%s is a shared mail domain', (domain) => {
    expect(isSharedMailDomain(domain)).toBe(true);
  });

  it('takes any case, a leading @ or a whole address', () => {
    expect(isSharedMailDomain('GMX.DE')).toBe(true);
    expect(isSharedMailDomain('@wp.pl')).toBe(true);
    expect(isSharedMailDomain('jan.kowalski@Onet.pl')).toBe(true);
  });

  it.each(['nordlicht.example', 'acme-partner.com', 'hubspot.com', 'siemens.de', 'allegro.pl', 'ikea.se', 'philips.nl', ''])('%s is not one', (domain) => {
    expect(isSharedMailDomain(domain)).toBe(false);
  });
});

describe('isOnPartnerDomain (for the People page)', () => {
  it('compares the address domain exactly, in any case', () => {
    expect(isOnPartnerDomain('Anna@Nordlicht.Example', 'nordlicht.example')).toBe(true);
    expect(isOnPartnerDomain('anna@nordlicht.example', '@NORDLICHT.example.')).toBe(true);
    expect(isOnPartnerDomain('anna@eu.nordlicht.example', 'nordlicht.example')).toBe(false);
    expect(isOnPartnerDomain('anna@nordlicht.example.com', 'nordlicht.example')).toBe(false);
    expect(isOnPartnerDomain('anna@nordlicht.example', null)).toBe(false);
    expect(isOnPartnerDomain('no-at-sign', 'nordlicht.example')).toBe(false);
  });

  it('normalizes what people type', () => {
    expect(normalizeDomain(' @Acme.COM. ')).toBe('acme.com');
    expect(normalizeDomain('x@y.pl')).toBe('y.pl');
  });
});
