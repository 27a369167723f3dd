/** The partner employee domain's rules (pure). The store read is read-facts.ts (extension pages). */
export * from './assess';
export * from './client-access';
export * from './csv';
export * from './distribution';
export * from './domains';
export * from './facts';
export * from './shared-domains';
export * from './suggestion';
