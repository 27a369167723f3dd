import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { spkiHash } from '../../sandbox/server';

export interface Fetched {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** SPKI hash of the certificate the server presented. */
  servedSpki: string;
}

/**
 * GET/PUT https://127.0.0.1:port as if to `host`, the way Chromium reaches the sandbox through
 * --host-resolver-rules: SNI and Host name the real host. (fetch cannot set Host, so node:https.)
 * Trusts the server by `ca` when given, so the hostname is checked against the cert's SANs.
 */
export function fetchAs(
  port: number,
  host: string,
  path: string,
  options: { method?: string; body?: string; ca?: string } = {},
): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        servername: host,
        headers: { host, ...(options.body ? { 'content-type': 'application/json' } : {}) },
        agent: false,
        ...(options.ca ? { ca: options.ca } : { rejectUnauthorized: false }),
      },
      (res) => {
        const cert = (res.socket as TLSSocket).getPeerX509Certificate();
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            servedSpki: cert ? spkiHash(cert.toString()) : '',
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
