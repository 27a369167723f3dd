import type * as v from 'valibot';
import { contentProtocol } from './content-protocol';
import { authProtocol } from './auth-protocol';
import { extensionProtocol } from './extension-protocol';
import { syncProtocol } from './sync-protocol';
import { uiProtocol } from './ui-protocol';
import { planProtocol } from './plan-protocol';
import { peopleProtocol } from './people-protocol';
import { historyProtocol } from './history-protocol';
import { partnerProtocol } from './partner-protocol';

/** Who may send a message, from the browser-stamped sender (never from the payload). */
export type SenderKind = 'content' | 'extension';

export interface MessageSpec {
  readonly senders: readonly SenderKind[];
  readonly request: v.GenericSchema;
  readonly response: v.GenericSchema;
}

/** The one map of message names to request and response types. */
export const protocol = {
  ...contentProtocol, ...extensionProtocol, ...syncProtocol, ...authProtocol, ...uiProtocol, ...planProtocol, ...historyProtocol, ...partnerProtocol, ...peopleProtocol,
} satisfies Record<string, MessageSpec>;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = v.InferOutput<Protocol[N]['request']>;
export type RequestInputOf<N extends MessageName> = v.InferInput<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = v.InferOutput<Protocol[N]['response']>;
