// Cards for the simulated wallet (wallet-sim/card.ts) from a test world: an mdoc issued by the
// world's DS with a fresh device key, as the issuer's wallet file would hand it to the holder.
import { encodeCbor } from '../../../../core/cbor/encode';
import type { WalletCard } from '../../../../wallet-sim/card';
import { STATUS_URI } from './clock';
import { type Elements, issueMdoc, type MdocSpec } from './issuer';
import { ecKeys } from './pki';
import { DQC_VALUES, MNC_VALUES } from './scenario';
import { DQC, type WalletWorld } from './world';

export async function cardFor(
  world: WalletWorld,
  docType: string,
  elements?: Elements,
  spec: Partial<MdocSpec> = {},
): Promise<WalletCard> {
  const deviceKey = await ecKeys();
  const mdoc = await issueMdoc({
    docType,
    elements: elements ?? (docType === DQC ? DQC_VALUES : MNC_VALUES),
    ds: world.ds,
    deviceKey,
    ...(docType === DQC && { status: { idx: 7, uri: STATUS_URI } }),
    ...spec,
  });
  return {
    label: docType,
    docType,
    issuerSigned: encodeCbor(mdoc.issuerSigned),
    deviceKey: await crypto.subtle.exportKey('jwk', deviceKey.privateKey),
  };
}
