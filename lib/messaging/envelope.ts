import * as v from 'valibot';

/** Every message on the wire: a name from the protocol and its payload. */
export const EnvelopeSchema = v.object({
  type: v.pipe(v.string(), v.maxLength(64)),
  payload: v.unknown(),
});
export type Envelope = v.InferOutput<typeof EnvelopeSchema>;

export type ErrorCode = 'malformed' | 'unknown-message' | 'forbidden-sender' | 'invalid-payload' | 'handler-failed';

export type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** Thrown by the client when the background refused or failed a request. */
export class MessagingError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessagingError';
  }
}

/** Turns valibot issues into one readable line naming the fields, e.g. "address: Invalid email". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') || '(root)';
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}
