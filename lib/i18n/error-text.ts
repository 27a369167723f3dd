/**
 * What the UI says about an error: one localized sentence per kind, never the error's own text
 * (a provider's message, an exception, a stack may be English, technical or personal). The kind
 * comes from the typed client errors' literal names (lib/clients/errors.ts), which survive
 * minification, on an error object or inside a stored "Name: message" string (lib/sync's
 * describeError). A missing scope's name is an identifier and may be shown.
 */
import type { MessageKey, Translate } from './index';

export type ErrorKind = 'expired-auth' | 'missing-scope' | 'not-found' | 'rate-limited' | 'malformed' | 'offline' | 'unknown';

const KIND_OF_NAME: Readonly<Record<string, ErrorKind>> = {
  AuthExpiredError: 'expired-auth',
  UnauthorizedError: 'expired-auth',
  MissingScopeError: 'missing-scope',
  NotFoundError: 'not-found',
  RateLimitedError: 'rate-limited',
  MalformedResponseError: 'malformed',
  NetworkError: 'offline',
};
const NAMES = new RegExp(`\\b(${Object.keys(KIND_OF_NAME).join('|')})\\b`);

export interface ErrorSummary {
  kind: ErrorKind;
  /** Missing scopes, when the error names them (identifiers, safe to show). */
  scopes?: string[];
}

function nameOf(error: unknown): string | undefined {
  if (typeof error === 'string') return NAMES.exec(error)?.[1];
  if (typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string') {
    return (error as { name: string }).name;
  }
  return undefined;
}

export function errorSummary(error: unknown): ErrorSummary {
  const kind = KIND_OF_NAME[nameOf(error) ?? ''] ?? 'unknown';
  const scopes = (error as { scopes?: unknown } | null)?.scopes;
  if (kind === 'missing-scope' && Array.isArray(scopes)) return { kind, scopes: scopes.filter((s): s is string => typeof s === 'string') };
  return { kind };
}

const KEY: Readonly<Record<ErrorKind, MessageKey>> = {
  'expired-auth': 'error.kind.expired-auth',
  'missing-scope': 'error.kind.missing-scope',
  'not-found': 'error.kind.not-found',
  'rate-limited': 'error.kind.rate-limited',
  malformed: 'error.kind.malformed',
  offline: 'error.kind.offline',
  unknown: 'error.generic',
};

/** The user's sentence for an error: by kind, in the UI language. */
export function errorText(t: Translate, error: unknown): string {
  const { kind, scopes } = errorSummary(error);
  return t(KEY[kind], { scopes: scopes?.length ? scopes.join(', ') : '—' });
}
