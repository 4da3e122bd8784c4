// One wallet call end to end for tests: the verifier's makeWalletRequest, an mdoc issued by the
// world's DS, the holder's DeviceResponse sealed to the call's key, then verifyWalletResponse.
// Each knob bends one thing for the per-code tests.
import type { Encodable } from '../../../../core/cbor/encode';
import { encodeCbor } from '../../../../core/cbor/encode';
import { dqcRequest, mncRequest } from '../../../../core/mdoc/doctypes';
import type { DocRequest, WalletContext, WalletResult } from '../../../../core/mdoc/types';
import { verifyWalletResponse } from '../../../../core/mdoc/verify-wallet';
import { type CallOpening, makeWalletRequest } from '../../../../core/mdoc/wallet-request';
import {
  type DeviceSignOptions,
  deviceResponseBytes,
  deviceSigned,
  documentOf,
  transcriptValue,
} from '../../../../wallet-sim/device-signed';
import { sealResponse } from '../../../../wallet-sim/seal';
import { ORIGIN, STATUS_URI } from './clock';
import { type Elements, fullDate, issueMdoc, type MdocSpec } from './issuer';
import { ecKeys } from './pki';
import { DQC, MNC, type WalletWorld } from './world';

export const DQC_VALUES: Elements = {
  [DQC]: {
    qualification_code: 1,
    qualification_name: '介護福祉士',
    name: '山田 花子',
    name_kana: 'ヤマダ ハナコ',
    birth_date: fullDate('1990-04-01'),
    registration_number: '123456',
    registration_date: fullDate('2015-05-01'),
    issuing_body: '公益財団法人社会福祉振興・試験センター',
  },
};

export const MNC_VALUES: Elements = {
  'org.iso.23220.1': {
    family_name_unicode: '山田',
    given_name_unicode: '花子',
    birth_date: fullDate('1990-04-01'),
  },
  'org.iso.23220.1.jp': { full_name_unicode: '山田　花子' },
};

export interface Scenario {
  docType?: string;
  elements?: Elements;
  request?: DocRequest;
  mdoc?: Partial<MdocSpec>;
  device?: DeviceSignOptions;
  /** The origin the wallet binds into its SessionTranscript (default: the call's). */
  walletOrigin?: string;
  /** The origin whose SessionTranscript the wallet seals with (HPKE info; default: the call's). */
  sealOrigin?: string;
  /** Edit the Document map before the DeviceResponse is encoded. */
  editDocument?: (doc: Map<string, Encodable>) => void;
  /** Replace the DeviceResponse bytes. */
  editResponse?: (bytes: Uint8Array) => Uint8Array;
  /** Replace the EncryptedResponse text. */
  editText?: (text: string) => string;
  /** More Documents after the first. */
  extraDocuments?: Encodable[];
  status?: number;
  ctx?: Partial<WalletContext>;
}

export interface Run {
  results: WalletResult[];
  call: CallOpening;
  responseText: string;
}

export async function runScenario(world: WalletWorld, s: Scenario = {}): Promise<Run> {
  const docType = s.docType ?? DQC;
  const request = s.request ?? (docType === MNC ? mncRequest() : dqcRequest());
  const { request: dcRequest, call } = await makeWalletRequest(request.docType, request.nameSpaces, ORIGIN);
  const encryptionInfo = dcRequest.data.encryptionInfo;
  const deviceKey = await ecKeys(s.device?.curve ?? 'P-256');
  const mdoc = await issueMdoc({
    docType,
    elements: s.elements ?? (docType === MNC ? MNC_VALUES : DQC_VALUES),
    ds: world.ds,
    deviceKey,
    ...(docType === DQC ? { status: { idx: 7, uri: STATUS_URI } } : {}),
    ...s.mdoc,
  });
  const walletTranscript = await transcriptValue(encryptionInfo, s.walletOrigin ?? ORIGIN);
  const doc = documentOf(mdoc, await deviceSigned(docType, deviceKey, walletTranscript, s.device));
  s.editDocument?.(doc);
  let plaintext = deviceResponseBytes([doc, ...(s.extraDocuments ?? [])], s.status ?? 0);
  if (s.editResponse) plaintext = s.editResponse(plaintext);
  const info = encodeCbor(await transcriptValue(encryptionInfo, s.sealOrigin ?? ORIGIN));
  const sealed = await sealResponse(plaintext, encryptionInfo, info);
  const responseText = s.editText ? s.editText(sealed) : sealed;
  const results = await verifyWalletResponse(responseText, call, world.ctx(s.ctx));
  return { results, call, responseText };
}

/** The checks as "step:result[:code]" strings, for compact assertions. */
export function checkLine(result: WalletResult | undefined): string[] {
  return (result?.checks ?? []).map((c) => `${c.step}:${c.result}${c.code ? `:${c.code}` : ''}`);
}
