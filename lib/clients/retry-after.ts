/**
 * Retry-After as milliseconds: delta-seconds, which Graph sends fractional ("2.128"), or an
 * HTTP date (RFC 9110 §10.2.3). Undefined when absent or unreadable.
 */
export function parseRetryAfterMs(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** At most this many characters of a provider's message go into an error. */
const MESSAGE_LIMIT = 300;

export function shortMessage(text: string): string {
  return text.length > MESSAGE_LIMIT ? `${text.slice(0, MESSAGE_LIMIT - 1)}…` : text;
}
