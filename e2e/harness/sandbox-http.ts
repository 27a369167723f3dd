import https from 'node:https';
import { createHash } from 'node:crypto';
import type { TLSSocket } from 'node:tls';

export interface SandboxResponse {
  status: number;
  body: string;
}

/**
 * One HTTPS request to the sandbox's control host `sandbox.test` from Node.
 *
 * Node's fetch does not let us override the Host header, and the sandbox routes by Host, so we use
 * node:https against 127.0.0.1 with SNI and Host set to sandbox.test. The certificate is
 * self-signed: instead of trusting any certificate we pin it — the server's SPKI hash must equal
 * the one the sandbox announced on start-up (the same pin Chromium gets through
 * --ignore-certificate-errors-spki-list).
 */
export function sandboxRequest(
  target: { port: number; spki: string },
  method: string,
  requestPath: string,
  body?: string,
): Promise<SandboxResponse> {
  return hostRequest(target, 'sandbox.test', method, requestPath, { body });
}

/**
 * The same pinned request to any host the sandbox serves, e.g. `api.hubapi.com` with a bearer
 * token, so a test can see what the APIs answer after a page action.
 */
export function hostRequest(
  target: { port: number; spki: string },
  host: string,
  method: string,
  requestPath: string,
  { body, headers = {} }: { body?: string; headers?: Record<string, string> } = {},
): Promise<SandboxResponse> {
  return new Promise((resolve, reject) => {
    const request = https.request(
      {
        host: '127.0.0.1',
        port: target.port,
        servername: host,
        method,
        path: requestPath,
        agent: false,
        // Chain validation cannot pass for a self-signed cert; the SPKI pin below replaces it.
        rejectUnauthorized: false,
        headers: {
          host,
          accept: 'application/json',
          ...headers,
          ...(body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }),
        },
        timeout: 15_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('socket', (socket) => {
      socket.once('secureConnect', () => {
        const spki = spkiOf(socket as TLSSocket);
        if (spki !== target.spki) {
          request.destroy(new Error(`${host} presented SPKI ${spki}, expected ${target.spki}`));
        }
      });
    });
    request.on('timeout', () => request.destroy(new Error(`${method} https://${host}${requestPath} timed out`)));
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * base64(sha256(SubjectPublicKeyInfo DER)). Not `getPeerCertificate().pubkey`: for EC keys (the
 * sandbox uses them) that is the bare curve point, not the SPKI structure Chromium hashes.
 */
function spkiOf(socket: TLSSocket): string | undefined {
  const spki = socket.getPeerX509Certificate()?.publicKey.export({ type: 'spki', format: 'der' });
  return spki ? createHash('sha256').update(spki).digest('base64') : undefined;
}
