// SELF.fetch with the answer's body read in full: a body left unread when a test ends makes
// workerd log "disconnected: reader canceled" with a stack, which reads like a failure in a
// passing run. The answer comes back as a fresh Response over the bytes read.
import { SELF } from 'cloudflare:test';

export async function fetchWorker(input: string | Request, init?: RequestInit): Promise<Response> {
  const answer = await SELF.fetch(input, init);
  const body = answer.body ? await answer.arrayBuffer() : null;
  const empty = answer.status === 204 || answer.status === 304 || body === null;
  return new Response(empty ? null : body, { status: answer.status, headers: answer.headers });
}
