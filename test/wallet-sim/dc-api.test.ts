// The demo stand-in for the platform wallet (wallet-sim/dc-api.ts) on a page-like target: PROFILE
// §8.3's feature detection finds it, a `digital` get asks the chooser and answers with the chosen
// card for the page's origin, the person's "close" is NotAllowedError, an aborted call is
// AbortError, any other `get` goes to the browser's own, and uninstalling leaves the page as it was.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mncRequest } from '../../core/mdoc/doctypes';
import { verifyWalletResponse } from '../../core/mdoc/verify-wallet';
import { makeWalletRequest } from '../../core/mdoc/wallet-request';
import type { WalletCard } from '../../wallet-sim/card';
import { type DemoChoice, type DemoWalletTarget, installDemoWallet } from '../../wallet-sim/dc-api';
import { cardFor } from '../core/mdoc/support/cards';
import { ORIGIN } from '../core/mdoc/support/clock';
import { MNC, makeWalletWorld, type WalletWorld } from '../core/mdoc/support/world';

let world: WalletWorld;
let card: WalletCard;

beforeAll(async () => {
  world = await makeWalletWorld();
  card = await cardFor(world, MNC);
});

function page() {
  const own = vi.fn(async () => null);
  const target: DemoWalletTarget = { global: {}, credentials: { get: own }, origin: () => ORIGIN };
  return { target, own };
}

/** PROFILE §8.3's feature detection, on the target's globals. */
const detected = (g: Record<string, unknown>) => {
  const DC = g.DigitalCredential as
    | (((...args: never[]) => unknown) & { userAgentAllowsProtocol?: (p: string) => boolean })
    | undefined;
  return typeof DC === 'function' && DC.userAgentAllowsProtocol?.('org-iso-mdoc') !== false;
};

async function ask(target: DemoWalletTarget, signal?: AbortSignal) {
  const { request, call } = await makeWalletRequest(MNC, mncRequest().nameSpaces, ORIGIN);
  const options = { mediation: 'required', digital: { requests: [request] }, ...(signal && { signal }) };
  const credential = (await target.credentials.get(options as CredentialRequestOptions)) as unknown as {
    protocol: string;
    data: { response: string };
  };
  return { credential, call };
}

describe('installDemoWallet', () => {
  it('is found by the §8.3 feature detection and answers a digital request with the chosen card', async () => {
    const { target } = page();
    expect(detected(target.global)).toBe(false);
    const choose = vi.fn(async (_asked: unknown, choices: readonly DemoChoice[]) => choices[0] ?? null);
    installDemoWallet([{ card }], choose, target);
    expect(detected(target.global)).toBe(true);
    const { credential, call } = await ask(target);
    // The sheet is told what was asked: the doctype and the elements.
    expect(choose.mock.calls[0]?.[0]).toEqual(mncRequest());
    expect(credential.protocol).toBe('org-iso-mdoc');
    const [result] = await verifyWalletResponse(credential.data.response, call, world.ctx());
    expect(result?.verdict).toBe('valid');
  });

  it("answers for the page's origin: a page elsewhere gets an answer its own call cannot open", async () => {
    const { target } = page();
    installDemoWallet([{ card }], async (_a, c) => c[0] ?? null, {
      ...target,
      origin: () => 'https://else.example',
    });
    const { credential, call } = await ask(target);
    const [result] = await verifyWalletResponse(credential.data.response, call, world.ctx());
    expect(result?.reasons).toEqual(['DECRYPT_FAILED']);
  });

  it('the person closing the sheet is NotAllowedError; an aborted call is AbortError', async () => {
    const { target } = page();
    installDemoWallet([{ card }], async () => null, target);
    await expect(ask(target)).rejects.toMatchObject({ name: 'NotAllowedError' });
    const aborted = new AbortController();
    aborted.abort();
    await expect(ask(target, aborted.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it("leaves every other get to the browser's own, and uninstalls cleanly", async () => {
    const { target, own } = page();
    const uninstall = installDemoWallet([{ card }], async () => null, target);
    await target.credentials.get({ password: true } as CredentialRequestOptions);
    expect(own).toHaveBeenCalledTimes(1);
    uninstall();
    expect(detected(target.global)).toBe(false);
    expect(target.credentials.get).toBe(own);
  });
});
