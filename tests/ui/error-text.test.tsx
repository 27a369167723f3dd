// @vitest-environment happy-dom
/**
 * Errors reach the user as one localized sentence per kind, never as their own text: the typed
 * client errors by their literal names (on the object or in a stored sync line), HubSpot's own
 * row error as "HubSpot shows an error". Checked in Swedish, with English raw text that must not
 * appear.
 */
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HubSpotSide } from '../../components/shared/HubSpotSide';
import type { MailboxDetail } from '../../components/shared/mailbox-detail';
import { AuthExpiredError, MissingScopeError, NotFoundError, RateLimitedError } from '../../lib/clients/errors';
import { createTranslator } from '../../lib/i18n';
import { errorSummary, errorText } from '../../lib/i18n/error-text';
import type { Observation } from '../../lib/model';
import { verdictOf } from '../../lib/status/mailbox-facts';
import { renderIn } from './render';

const RAW = 'secret-ish provider text 4711';
const sv = createTranslator('sv');
const init = { status: 400, service: 'hubspot' as const, message: RAW };

afterEach(cleanup);

describe('errorText', () => {
  it.each([
    [new AuthExpiredError({ ...init, status: 401 }), 'error.kind.expired-auth'],
    [new NotFoundError({ ...init, status: 404 }), 'error.kind.not-found'],
    [new RateLimitedError({ ...init, status: 429 }), 'error.kind.rate-limited'],
    [`owners: MalformedResponseError: ${RAW}`, 'error.kind.malformed'],
    [`users: NetworkError: ${RAW}`, 'error.kind.offline'],
    [new Error(RAW), 'error.generic'],
    [RAW, 'error.generic'],
  ] as const)('says the kind of %s, not its text', (error, key) => {
    const text = errorText(sv, error);
    expect(text).toBe(sv(key));
    expect(text).not.toContain(RAW);
  });

  it('names a missing scope (an identifier), not the message', () => {
    const error = new MissingScopeError({ ...init, status: 403, scopes: ['conversations.read'] });
    expect(errorSummary(error)).toEqual({ kind: 'missing-scope', scopes: ['conversations.read'] });
    expect(errorText(sv, error)).toBe(sv('error.kind.missing-scope', { scopes: 'conversations.read' }));
  });
});

describe('HubSpot’s side of a personal inbox', () => {
  it('says HubSpot shows an error, without HubSpot’s own text', () => {
    const address = 'ada@example.com';
    const row: Observation = {
      kind: 'crm-personal-inbox', address, host: 'app.hubspot.com', path: '/settings/1/user-preferences/email',
      value: { state: 'connected', error: RAW }, observedAt: new Date().toISOString(),
    } as Observation;
    const facts = { observations: [row], channelAccounts: [], grants: [] };
    const detail = { address, facts, verdict: verdictOf(facts), findings: [] } as MailboxDetail;
    renderIn(<HubSpotSide detail={detail} now={Date.now()} />, 'sv');
    expect(screen.getByTestId('crm-error').textContent).toBe(sv('ui.crm.error'));
    expect(document.body.textContent).not.toContain(RAW);
  });
});
