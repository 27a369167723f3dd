/**
 * The language the guide saw each site's pages in, kept for the side panel's quotes (meta
 * `pageLanguages`): one entry per label table, written once per change.
 */
import { describe, expect, it, vi } from 'vitest';
import { rememberPageLanguage } from '../../lib/background/page-languages';
import { repo } from '../../lib/store/repo';

describe('page languages', () => {
  it('remembers each site’s language and writes only on a change', async () => {
    await repo.remove('meta', 'pageLanguages');
    await rememberPageLanguage('hubspot', 'en');
    await rememberPageLanguage('google', 'de');
    expect(await repo.getMeta('pageLanguages')).toEqual({ hubspot: 'en', google: 'de' });
    const write = vi.spyOn(repo, 'setMeta');
    await rememberPageLanguage('hubspot', 'en');
    expect(write).not.toHaveBeenCalled();
    await rememberPageLanguage('hubspot', 'sv');
    expect(write).toHaveBeenCalledTimes(1);
    expect(await repo.getMeta('pageLanguages')).toEqual({ hubspot: 'sv', google: 'de' });
    write.mockRestore();
  });
});
