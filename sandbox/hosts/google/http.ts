/** Small Fetch helpers shared by the Google host modules. */

export function json(status: number, body: unknown, headers?: HeadersInit): Response {
  const all = new Headers(headers);
  all.set('content-type', 'application/json; charset=UTF-8');
  all.set('cache-control', 'no-cache, no-store, max-age=0, must-revalidate');
  return new Response(JSON.stringify(body), { status, headers: all });
}

/** 302 to `location`, the way Google's OAuth server hands the browser back to a redirect_uri. */
export function redirect(location: string): Response {
  return new Response(null, { status: 302, headers: { location, 'cache-control': 'no-store' } });
}

/**
 * The request's parameters: the query string, overlaid by an x-www-form-urlencoded body. Google's
 * OAuth endpoints accept either (providers.md §1: `?token=` or a form body).
 */
export async function readParams(request: Request, url: URL): Promise<URLSearchParams> {
  const params = new URLSearchParams(url.search);
  const type = request.headers.get('content-type') ?? '';
  if (request.method !== 'GET' && request.method !== 'HEAD' && /x-www-form-urlencoded/i.test(type)) {
    for (const [key, value] of new URLSearchParams(await request.text())) params.set(key, value);
  }
  return params;
}

/** The token of an `Authorization: Bearer …` header, or undefined. */
export function bearerToken(request: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1];
}

/**
 * Google's JSON APIs answer browsers' CORS requests (unlike oauth2.googleapis.com/revoke, §1).
 * Adds the headers to an answer, and answers preflights.
 */
export function withCors(request: Request, response: Response): Response {
  const origin = request.headers.get('origin');
  if (!origin) return response;
  const headers = new Headers(response.headers);
  headers.set('access-control-allow-origin', origin);
  headers.set('vary', 'origin');
  headers.set('access-control-expose-headers', 'date, content-type');
  return new Response(response.body, { status: response.status, headers });
}

export function preflight(request: Request): Response {
  return withCors(request, new Response(null, {
    status: 204,
    headers: {
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
      'access-control-allow-headers': request.headers.get('access-control-request-headers') ?? 'authorization, content-type',
      'access-control-max-age': '3600',
    },
  }));
}
