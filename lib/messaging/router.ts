import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { describeIssues, EnvelopeSchema, type Reply } from './envelope';
import { protocol, type MessageName, type RequestOf, type ResponseOf } from './protocol';
import { classifySender, type ClassifiedSender, type SenderPolicy } from './sender';

export interface HandlerContext {
  sender: ClassifiedSender;
}

export type Handlers = {
  [N in MessageName]?: (request: RequestOf<N>, ctx: HandlerContext) => Promise<ResponseOf<N>>;
};

/** A refusal a handler raises on purpose (e.g. a content script asking about another mailbox). */
export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}

type AnyHandler = (request: unknown, ctx: HandlerContext) => Promise<unknown>;

/**
 * The background's single runtime.onMessage listener: parse the envelope, check the sender
 * against the message's allowed senders, validate the payload, run the handler. Every failure
 * becomes a clear error reply; nothing malformed or unauthorised reaches a handler.
 */
export function createRouter(handlers: Handlers, policy: SenderPolicy) {
  return async (raw: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> => {
    const envelope = v.safeParse(EnvelopeSchema, raw);
    if (!envelope.success) return refuse('malformed', `malformed message: ${describeIssues(envelope.issues)}`);
    const { type, payload } = envelope.output;
    if (!Object.prototype.hasOwnProperty.call(protocol, type)) return refuse('unknown-message', `unknown message "${type}"`);
    const name = type as MessageName;
    const spec = protocol[name];
    const who = classifySender(sender, policy);
    if ('refused' in who) return refuse('forbidden-sender', `"${name}" refused: ${who.refused}`);
    if (!(spec.senders as readonly string[]).includes(who.kind)) {
      return refuse('forbidden-sender', `"${name}" may not be sent by a ${who.kind === 'content' ? 'content script' : 'extension page'}`);
    }
    const request = v.safeParse(spec.request, payload);
    if (!request.success) return refuse('invalid-payload', `"${name}" invalid: ${describeIssues(request.issues)}`);
    const handler = handlers[name] as AnyHandler | undefined;
    if (!handler) return refuse('unknown-message', `"${name}" has no handler here`);
    try {
      return { ok: true, data: await handler(request.output, { sender: who }) };
    } catch (error) {
      if (error instanceof ForbiddenError) return refuse('forbidden-sender', `"${name}" refused: ${error.message}`);
      // The message text only: stacks and payloads may carry personal data or secrets.
      return refuse('handler-failed', `"${name}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

function refuse(code: Exclude<Reply<never>, { ok: true }>['error']['code'], message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}
