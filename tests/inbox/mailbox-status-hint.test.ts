import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mailboxStatus } from '../../lib/background/handlers/mailbox-status';
import { createTranslator } from '../../lib/i18n';
import { repo } from '../../lib/store/repo';
import { ADA, clearWorld, IMAP, seedWorld, SUPPORT } from '../ui/seed';

const fromPopup = { sender: { kind: 'extension' as const, url: 'chrome-extension://x/popup.html' } };

beforeEach(seedWorld);
afterEach(clearWorld);

describe('mailbox/status hint', () => {
  it('tells how to fix an unseen personal inbox: open HubSpot’s Connected emails once (in the chosen language)', async () => {
    await repo.setMeta('settings', { locale: 'de' });
    const answer = await mailboxStatus({ address: IMAP }, fromPopup);
    const t = createTranslator('de');
    expect(answer.status).toBe('unknown');
    expect(answer.hint).toEqual({ text: t('ui.chip.unknownHint'), detail: t('ui.chip.unknownDetail') });
    expect(answer.hint?.text).toContain('Verknüpfte E-Mails');
    expect(answer.hint?.detail).toContain('keine API');
  });

  it('gives no hint for a status the extension has evidence for', async () => {
    for (const address of [ADA, SUPPORT]) {
      const answer = await mailboxStatus({ address }, fromPopup);
      expect(answer.status).not.toBe('unknown');
      expect(answer).not.toHaveProperty('hint');
    }
  });
});
