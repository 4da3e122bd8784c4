// The simulated wallet standing in for the platform's in a demo page (never in a production
// build: web/features/wallet/ loads this only when the build defines the demo flag and the page
// was opened with it). It provides what PROFILE §8.3's snippet uses — `DigitalCredential` with
// `userAgentAllowsProtocol('org-iso-mdoc')` and `navigator.credentials.get` for `digital`
// requests — and hands every other `get` to the browser's own. The person picks a card with
// `choose` (the page's 「デモ用の模擬ウォレット」 sheet); the origin is the page's, as a browser
// would give it to a real wallet, never taken from the request.
import { readDeviceRequest } from '../core/mdoc/device-request';
import type { DocRequest } from '../core/mdoc/types';
import { answerRequest, type ElementChoice, PROTOCOL, type RequestData } from './answer';
import { fromB64u, type WalletCard } from './card';

/** One choice in the sheet: a card, and how the wallet answers with it (test variants). */
export interface DemoChoice {
  card: WalletCard;
  /** Default: only the requested elements. */
  elements?: ElementChoice;
  /** The sheet's line for it (default the card's label). */
  label?: string;
}

/** What the verifier asked for, as the sheet shows it (null when the request cannot be read). */
export type Asked = DocRequest | null;

export type ChooseCard = (
  asked: Asked,
  choices: readonly DemoChoice[],
  signal?: AbortSignal,
) => Promise<DemoChoice | null>;

interface CredentialsLike {
  get(options?: CredentialRequestOptions): Promise<Credential | null>;
}

export interface DemoWalletTarget {
  /** Where `DigitalCredential` is defined (globalThis in a page). */
  global: Record<string, unknown>;
  credentials: CredentialsLike;
  /** The calling page's origin (location.origin in a page). */
  origin: () => string;
}

interface DigitalGetOptions {
  signal?: AbortSignal;
  digital?: { requests?: { protocol?: string; data?: Partial<RequestData> }[] };
}

const domError = (name: string, message: string) =>
  typeof DOMException === 'function'
    ? new DOMException(message, name)
    : Object.assign(new Error(message), { name });

function asked(data: Partial<RequestData>): Asked {
  const bytes = typeof data.deviceRequest === 'string' ? fromB64u(data.deviceRequest) : null;
  return (bytes && readDeviceRequest(bytes)?.[0]) ?? null;
}

/** The DigitalCredential stand-in: what the page's feature detection finds (PROFILE §8.3). */
function SimulatedDigitalCredential(): never {
  throw new TypeError('Illegal constructor'); // as the platform's: made only by credentials.get
}
SimulatedDigitalCredential.userAgentAllowsProtocol = (protocol: string): boolean => protocol === PROTOCOL;

/**
 * Installs the simulated wallet on `target` (a page by default). Returns the uninstall. A page
 * that already has DigitalCredential keeps it, with its userAgentAllowsProtocol answering for
 * the simulation: the platform's wallet is not asked.
 */
export function installDemoWallet(
  choices: readonly DemoChoice[],
  choose: ChooseCard,
  target: DemoWalletTarget = pageTarget(),
): () => void {
  const ownGet = target.credentials.get;
  const original = ownGet.bind(target.credentials);
  const hadOwnGet = Object.hasOwn(target.credentials, 'get');
  const hadDigitalCredential = Object.hasOwn(target.global, 'DigitalCredential');
  const previous = target.global.DigitalCredential;
  target.global.DigitalCredential = SimulatedDigitalCredential;
  const get = async (options?: CredentialRequestOptions): Promise<Credential | null> => {
    const { digital, signal } = (options ?? {}) as DigitalGetOptions;
    if (!digital) return original(options);
    const request = digital.requests?.find((r) => r.protocol === PROTOCOL);
    if (!request?.data) throw domError('NotSupportedError', 'the simulated wallet speaks org-iso-mdoc only');
    const data = request.data as RequestData;
    if (signal?.aborted) throw domError('AbortError', 'aborted');
    const chosen = await choose(asked(data), choices, signal);
    if (!chosen) throw domError('NotAllowedError', 'the person closed the wallet');
    if (signal?.aborted) throw domError('AbortError', 'aborted');
    const answer = await answerRequest(data, target.origin(), chosen.card, {
      ...(chosen.elements && { elements: chosen.elements }),
    });
    return { id: '', type: 'digital', ...answer } as unknown as Credential;
  };
  target.credentials.get = get;
  return () => {
    if (hadOwnGet) target.credentials.get = ownGet;
    else delete (target.credentials as Partial<CredentialsLike>).get;
    if (hadDigitalCredential) target.global.DigitalCredential = previous;
    else delete target.global.DigitalCredential;
  };
}

function pageTarget(): DemoWalletTarget {
  const page = globalThis as unknown as {
    navigator: { credentials: CredentialsLike };
    location: { origin: string };
  };
  return {
    global: globalThis as unknown as Record<string, unknown>,
    credentials: page.navigator.credentials,
    origin: () => page.location.origin,
  };
}
