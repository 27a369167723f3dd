export { createClient } from './client';
export { MessagingError, type Reply } from './envelope';
export { protocol, type MessageName, type RequestOf, type ResponseOf, type SenderKind } from './protocol';
