// Token storage in R2. Writes are compare-and-swap on the stored object's ETag (R2 conditional
// writes), so two concurrent uploads can never leave the older token in place of the newer.
import { HttpError } from './errors';

export const TRUST_LIST_KEY = 'trust-list';
export const statusKey = (id: string) => `status/${id}`;
const MAX_ATTEMPTS = 8;

/**
 * Stores `body` under `key` only if its version (`seq` for the trust list, `iat` for status
 * lists; kept as custom metadata) is higher than the stored one's. A lost race
 * (the object changed between read and write) is retried against the new state.
 */
export async function putIfNewer(
  bucket: R2Bucket,
  key: string,
  body: Uint8Array,
  version: number,
  contentType: string,
  metadata: Record<string, string>,
): Promise<void> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await bucket.head(key);
    const stored = current ? Number(current.customMetadata?.version ?? '-1') : -1;
    if (current && !(version > stored)) throw new HttpError(409, 'NOT_NEWER');
    const written = await bucket.put(key, body, {
      // Absent → create only if still absent; present → replace only that exact object.
      onlyIf: current ? { etagMatches: current.etag } : { uploadedBefore: new Date(0) },
      httpMetadata: { contentType },
      customMetadata: { ...metadata, version: String(version) },
    });
    if (written) return;
  }
  throw new HttpError(409, 'CONCURRENT_UPDATE');
}
