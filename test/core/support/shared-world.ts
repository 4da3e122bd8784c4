// One world per test file with a status list for the sample credential (idx 7 → VALID), and a
// sample token whose base64 text exercises both alphabets' special characters.
import { expect } from 'vitest';
import { encodeBase64Url } from '../../../core/bytes';
import type { VerifyContext, VerifyResult } from '../../../core/types';
import { signCredential } from '../../../issuer/issuing/credential';
import { addStatusList, makeWorld, sampleInput, type World } from '../../helpers/world';
import { flow, run, steps } from './result';

export interface Sample {
  world: World;
  token: Uint8Array;
  b64: string;
}

export async function sampleWorld(): Promise<Sample> {
  const world = await makeWorld();
  await addStatusList(world, { 7: 0 });
  // Signatures are random: sign until the text has two of "-_" and its standard form a "+".
  for (;;) {
    const token = await signCredential(sampleInput(), world.signer);
    const b64 = encodeBase64Url(token);
    const std = Buffer.from(token).toString('base64');
    if ((b64.match(/[-_]/g) ?? []).length >= 2 && std.includes('+')) return { world, token, b64 };
  }
}

/** Asserts an `invalid` result with one code and the given flow (compact form, see steps()). */
export async function expectInvalid(
  url: string,
  ctx: VerifyContext,
  code: string,
  compactFlow: string,
): Promise<VerifyResult> {
  const r = await run(url, ctx);
  expect(r.verdict).toBe('invalid');
  expect(r.reasons).toEqual([code]);
  expect(flow(r)).toBe(steps(compactFlow));
  expect(r.trustListSeq).toBe(ctx.trustList?.seq);
  return r;
}
