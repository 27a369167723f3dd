/** Errors a step raises itself; their messages name accounts, never tokens. */
export class MissingCredentialError extends Error {
  constructor(readonly provider: 'google' | 'microsoft', readonly account: string | undefined) {
    super(account ? `No ${provider} admin sign-in for ${account}.` : `No ${provider} admin sign-in for this plan.`);
    this.name = 'MissingCredentialError';
  }
}

/** An error's message for a step record or an audit entry (API errors are already token-free). */
export const messageOf = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
