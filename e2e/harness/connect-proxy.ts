import http from 'node:http';
import net from 'node:net';

export interface ConnectProxy {
  port: number;
  /** Hosts Firefox asked for that the sandbox does not serve (refused, as Chromium's `MAP * ~NOTFOUND`). */
  refused(): string[];
  close(): Promise<void>;
}

/**
 * Firefox has no `--host-resolver-rules`. Its proxy prefs point here instead: every HTTPS request
 * arrives as `CONNECT host:443`, and for a host the sandbox serves we pipe the tunnel to the
 * sandbox's port on 127.0.0.1. TLS stays end to end between Firefox and the sandbox (SNI names the
 * real host), so the production build talks to `https://api.hubapi.com` unchanged. Any other host
 * (Firefox's own update and telemetry calls) is refused, so nothing leaves the machine. Plain HTTP
 * requests are refused too: every host the extension uses is HTTPS.
 */
export async function startConnectProxy(target: { port: number; hosts: readonly string[] }): Promise<ConnectProxy> {
  const served = new Set(target.hosts);
  const refused = new Set<string>();
  const sockets = new Set<net.Socket>();
  const server = http.createServer((request, response) => {
    refused.add(request.headers.host ?? '(no host)');
    response.writeHead(403).end();
  });
  server.on('connect', (request: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const host = (request.url ?? '').replace(/:\d+$/, '');
    sockets.add(client);
    client.once('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (!served.has(host)) {
      refused.add(host);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(target.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.once('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.once('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    refused: () => [...refused],
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
