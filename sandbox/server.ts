import { createHash, X509Certificate } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { createSandbox, type Sandbox, type SandboxOptions } from './core/sandbox';
import type { Scenario } from './core/scenario';

export interface SandboxServer {
  port: number;
  /** base64(sha256(DER SubjectPublicKeyInfo)) for Chromium's --ignore-certificate-errors-spki-list. */
  spki: string;
  /** PEM of the self-signed certificate, for clients that trust it explicitly. */
  cert: string;
  hosts: string[];
  sandbox: Sandbox;
  close(): Promise<void>;
}

export interface ServerOptions extends SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
}

/** Starts the sandbox behind HTTPS on 127.0.0.1 with a fresh certificate for every served host. */
export async function startSandboxServer(scenario: Scenario, options: ServerOptions = {}): Promise<SandboxServer> {
  const sandbox = createSandbox(scenario, options);
  const { cert, key } = await makeCertificate(sandbox.hosts);
  const server = createServer({ cert, key }, (req, res) => {
    serve(sandbox, req, res).catch((error: unknown) => {
      console.error('sandbox: could not answer', req.method, req.url, error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('sandbox: internal error');
    });
  });
  await listen(server, options.port ?? 0);
  return {
    port: (server.address() as AddressInfo).port,
    spki: spkiHash(cert),
    cert,
    hosts: sandbox.hosts,
    sandbox,
    close: () => closeServer(server),
  };
}

/** base64(sha256(SPKI)) of a PEM certificate. */
export function spkiHash(certPem: string): string {
  const spki = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

async function makeCertificate(hosts: readonly string[]): Promise<{ cert: string; key: string }> {
  const altNames = [
    ...[...hosts, 'localhost'].map((value) => ({ type: 2 as const, value })),
    { type: 7 as const, ip: '127.0.0.1' },
  ];
  // EC keys generate in milliseconds; RSA-2048 would add about a second to every start.
  const pems = await generate([{ name: 'commonName', value: 'Inboxlink sandbox' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

async function serve(sandbox: Sandbox, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const response = await sandbox.handle(await toFetchRequest(req));
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, response.statusText || undefined, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The browser asked for https://<Host header>/...; the host keeps its real name, the port goes. */
async function toFetchRequest(req: IncomingMessage): Promise<Request> {
  const host = hostWithoutPort(req.headers.host ?? '127.0.0.1');
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const chunks: Buffer[] = [];
  if (hasBody) for await (const chunk of req) chunks.push(chunk as Buffer);
  return new Request(`https://${host}${req.url ?? '/'}`, {
    method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
}

function hostWithoutPort(hostHeader: string): string {
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1);
  return hostHeader.replace(/:\d+$/, '').toLowerCase();
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Browsers keep connections alive; without this close() would wait for them to time out.
    server.closeAllConnections();
  });
}
