/**
 * Keeps secrets out of errors. The clients know every secret a request carries (the bearer token,
 * a token in a path or form body); anything the provider echoes back is scrubbed before it
 * reaches an error's message or fields.
 */
const REDACTED = '[redacted]';

/** Secrets shorter than this are not scrubbed: replacing "a" everywhere would garble text, and
 * no real token is that short. */
const MIN_SECRET_LENGTH = 8;

export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text;
  for (const secret of secrets) {
    if (!secret || secret.length < MIN_SECRET_LENGTH) continue;
    result = result.split(secret).join(REDACTED);
    // Providers may echo the URL-encoded form (a token in a path).
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) result = result.split(encoded).join(REDACTED);
  }
  return result;
}

/** Scrubs every string field of an error in place, including the stack (built from the message). */
export function scrubError<E extends Error>(error: E, secrets: readonly (string | undefined)[]): E {
  const record = error as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(error)) {
    const value = record[key];
    if (typeof value === 'string') {
      const clean = redactSecrets(value, secrets);
      if (clean !== value) Object.defineProperty(error, key, { value: clean, writable: true, configurable: true, enumerable: key !== 'message' && key !== 'stack' });
    }
  }
  return error;
}
