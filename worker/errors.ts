// Errors become responses in one place (index.ts). Nothing here logs bodies or query strings.
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
  }
}

export function errorResponse(error: unknown): Response {
  if (error instanceof HttpError) {
    return new Response(`${JSON.stringify({ error: error.code })}\n`, {
      status: error.status,
      headers: {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        ...error.headers,
      },
    });
  }
  // Only the error's kind is logged: never the request, its URL or its body (privacy).
  console.error('internal error', error instanceof Error ? error.name : typeof error);
  return new Response('{"error":"INTERNAL"}\n', {
    status: 500,
    headers: {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
