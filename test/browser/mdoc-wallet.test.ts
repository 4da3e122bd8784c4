// Wallet presentation (PROFILE §8.3–§8.7) in Chromium: the verifier's request with a
// non-extractable WebCrypto key, a holder sealing with @hpke/core, and verifyWalletResponse —
// Chromium's WebCrypto (ECDH, HKDF, AES-GCM, ECDSA P-256/P-384) under the same code as Node's.
import { beforeAll, describe, expect, it } from 'vitest';
import { matchIdentity } from '../../core/mdoc/identity';
import { verifyWalletResponse } from '../../core/mdoc/verify-wallet';
import { checkLine, runScenario } from '../core/mdoc/support/scenario';
import { MNC, makeWalletWorld, statusList, type WalletWorld } from '../core/mdoc/support/world';

let world: WalletWorld;
beforeAll(async () => {
  world = await makeWalletWorld();
  world.statusLists.push(statusList({ 7: 0 }));
});

describe('DC API mode in Chromium', () => {
  it('a dqc and an mnc presentation are valid and match (本人確認: 一致)', async () => {
    const dqc = (await runScenario(world)).results[0];
    const mnc = (await runScenario(world, { docType: MNC })).results[0];
    expect(typeof window).toBe('object');
    expect(dqc?.verdict).toBe('valid');
    expect(checkLine(dqc)).toEqual(Array.from({ length: 14 }, (_, i) => `${i + 1}:pass`));
    expect(mnc?.verdict).toBe('valid');
    expect(mnc?.mdoc?.elements['org.iso.23220.1.jp']).toEqual({ full_name_unicode: '山田　花子' });
    if (!dqc || !mnc) return;
    expect(matchIdentity(dqc, mnc)).toEqual({ result: 'match' });
  });

  it('the call opens once; another origin’s transcript cannot be opened', async () => {
    const { call, responseText } = await runScenario(world);
    expect((await verifyWalletResponse(responseText, call, world.ctx()))[0]?.reasons).toEqual([
      'DECRYPT_FAILED',
    ]);
    expect((await runScenario(world, { sealOrigin: 'https://evil.example' })).results[0]?.reasons).toEqual([
      'DECRYPT_FAILED',
    ]);
  });

  it('P-384 keys (DS and device) verify in Chromium too', async () => {
    const w = await makeWalletWorld({ iaca: { curve: 'P-384' }, ds: { curve: 'P-384' } });
    w.statusLists.push(statusList({ 7: 0 }));
    const { results } = await runScenario(w, { mdoc: { alg: -35 }, device: { curve: 'P-384', alg: -35 } });
    expect(results[0]?.verdict).toBe('valid');
  });
});
