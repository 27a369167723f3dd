import { describe, expect, it } from 'vitest';
import { renderGlossaryPage } from '../../lib/i18n/glossary/page';

describe('docs/glossary.md', () => {
  it('is the rendering of the glossary data (change the data, then run this file with -u)', async () => {
    await expect(renderGlossaryPage()).toMatchFileSnapshot('../../docs/glossary.md');
  });
});
