// The issuer folder's own signed trust list, read as a verifier reads it: everything the issuer
// signs is checked against it (PROFILE §4), so a signer or status list it does not name is refused.
import { readFile } from 'node:fs/promises';
import { importAnchorJwk, readTrustList } from '../../core/trust-list';
import type { TrustList } from '../../core/types';
import { paths } from './state';

/** The folder's trust-list.cbor, verified with its anchor.json. Throws a message saying what to do. */
export async function readOwnTrustList(dir: string): Promise<TrustList> {
  const p = paths(dir);
  let bytes: Uint8Array;
  let jwk: unknown;
  try {
    jwk = JSON.parse(await readFile(p.anchorJwk, 'utf8'));
    bytes = new Uint8Array(await readFile(p.trustList));
  } catch {
    throw new Error(
      '信頼リスト（trust-list.cbor と anchor.json）を読めません: trust-list で署名してください',
    );
  }
  const reading = await readTrustList(
    bytes,
    await importAnchorJwk(jwk as Parameters<typeof importAnchorJwk>[0]),
  );
  if (!reading.ok)
    throw new Error(`trust-list.cbor を検証できません（${reading.code}）: trust-list で署名し直してください`);
  return reading.value;
}
