// A dqc wallet result on the result screen (web/features/wallet/wallet-view.ts), from real §8.6
// results: its signed items as the QR's CredentialView (§8.1 (ii) ↔ §3), and each failing step
// in the row a person looks for — a revoked DS under 発行元, a broken device signature under 端末の認証.
import { beforeAll, describe, expect, it } from 'vitest';
import { walletRows } from '../../../../core/mdoc/check-rows';
import { dqcRequest } from '../../../../core/mdoc/doctypes';
import type { WalletResult } from '../../../../core/mdoc/types';
import { verifyWalletResponse } from '../../../../core/mdoc/verify-wallet';
import { makeWalletRequest } from '../../../../core/mdoc/wallet-request';
import { answerRequest } from '../../../../wallet-sim/answer';
import { walletCredential } from '../../../../web/features/wallet/wallet-view';
import { cardFor } from '../../../core/mdoc/support/cards';
import { ORIGIN } from '../../../core/mdoc/support/clock';
import { DQC, makeWalletWorld, statusList, type WalletWorld } from '../../../core/mdoc/support/world';

let world: WalletWorld;

async function dqcResult(walletOrigin = ORIGIN, ctx = {}): Promise<WalletResult> {
  const card = await cardFor(world, DQC);
  const asked = dqcRequest();
  const { request, call } = await makeWalletRequest(asked.docType, asked.nameSpaces, ORIGIN);
  const answer = await answerRequest(request.data, walletOrigin, card);
  return (await verifyWalletResponse(answer.data.response, call, world.ctx(ctx)))[0] as WalletResult;
}

beforeAll(async () => {
  world = await makeWalletWorld();
  world.statusLists = [statusList({})];
});

describe('walletCredential', () => {
  it('gives the signed dqc items in the §3 numbering, the MSO signed as the issue date and the IACA as issuer', async () => {
    const result = await dqcResult();
    const view = walletCredential(result);
    expect(view?.dqc).toEqual({
      '1': 1,
      '2': '介護福祉士',
      '3': '山田 花子',
      '4': '1990-04-01',
      '5': '123456',
      '6': '2015-05-01',
      '7': '公益財団法人社会福祉振興・試験センター',
      '11': 'ヤマダ ハナコ',
    });
    expect(view?.iat).toBe(Date.parse(result.mdoc?.signed ?? '') / 1000);
    expect(view?.signer).toBe(result.mdoc?.issuer);
    expect(view?.status).toEqual(result.mdoc?.status);
  });

  it('gives nothing when steps 8–9 did not pass (no mdoc)', async () => {
    const result = await dqcResult('https://attacker.example');
    expect(result.mdoc).toBeUndefined();
    expect(walletCredential(result)).toBeUndefined();
  });
});

describe('walletRows', () => {
  it('a valid result passes every row', async () => {
    expect(walletRows(await dqcResult()).map((r) => `${r.name}:${r.result}`)).toEqual([
      'response:pass',
      'signature:pass',
      'issuer:pass',
      'device:pass',
      'time:pass',
      'status:pass',
      'trust:pass',
    ]);
  });

  it('DECRYPT_FAILED is the response row; the rest are not reached', async () => {
    const rows = walletRows(await dqcResult('https://attacker.example'));
    expect(rows[0]).toEqual({ name: 'response', result: 'fail', code: 'DECRYPT_FAILED', unsure: false });
    expect(rows.filter((r) => r.result === 'skipped').map((r) => r.name)).toEqual([
      'signature',
      'issuer',
      'device',
      'time',
      'status',
    ]);
  });

  it('no status list: the status row is unsure (確認できません), not a failure of the certificate', async () => {
    const result = await dqcResult(ORIGIN, { statusLists: () => [] });
    const status = walletRows(result).find((r) => r.name === 'status');
    expect(status).toEqual({ name: 'status', result: 'fail', code: 'STATUS_UNAVAILABLE', unsure: true });
  });
});
