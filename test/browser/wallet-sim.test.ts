// The simulated wallet in Chromium (wallet-sim/ is runtime-neutral, WebCrypto only): installed on
// the page's own navigator it is found by PROFILE §8.3's feature detection, answers the §8.3 call
// made exactly as the page makes it, for the page's origin, and the verifier opens the answer.
import { beforeAll, describe, expect, it } from 'vitest';
import { mncRequest } from '../../core/mdoc/doctypes';
import { verifyWalletResponse } from '../../core/mdoc/verify-wallet';
import { makeWalletRequest } from '../../core/mdoc/wallet-request';
import type { WalletCard } from '../../wallet-sim/card';
import { installDemoWallet } from '../../wallet-sim/dc-api';
import { cardFor } from '../core/mdoc/support/cards';
import { MNC, makeWalletWorld, type WalletWorld } from '../core/mdoc/support/world';

declare const DigitalCredential:
  | (((...args: never[]) => unknown) & { userAgentAllowsProtocol?: (p: string) => boolean })
  | undefined;

let world: WalletWorld;
let card: WalletCard;
beforeAll(async () => {
  world = await makeWalletWorld();
  card = await cardFor(world, MNC);
});

describe('the simulated wallet on a page', () => {
  it('stands in for the platform wallet: §8.3 detection, navigator.credentials.get, the page origin', async () => {
    const uninstall = installDemoWallet([{ card }], async (_asked, choices) => choices[0] ?? null);
    try {
      expect(
        typeof DigitalCredential === 'function' &&
          DigitalCredential.userAgentAllowsProtocol?.('org-iso-mdoc') !== false,
      ).toBe(true);
      const asked = mncRequest();
      const { request, call } = await makeWalletRequest(asked.docType, asked.nameSpaces, location.origin);
      const cred = (await navigator.credentials.get({
        mediation: 'required',
        signal: AbortSignal.timeout(300e3),
        digital: { requests: [request] },
      } as unknown as CredentialRequestOptions)) as unknown as {
        protocol: string;
        data: { response: string };
      };
      expect(cred.protocol).toBe('org-iso-mdoc');
      const [result] = await verifyWalletResponse(cred.data.response, call, world.ctx());
      expect([result?.verdict, result?.docType]).toEqual(['valid', MNC]);
    } finally {
      uninstall();
    }
  });
});
