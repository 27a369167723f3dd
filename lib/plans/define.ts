import type { FlowDefinition } from './types';

/** Declares a flow; the registry (flows/index.ts) lists every file, the convention test checks id = file name. */
export const defineFlow = <F extends FlowDefinition>(flow: F): F => flow;
