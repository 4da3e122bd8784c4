// The name and birth date shown side by side for the identity check (web/features/wallet/
// holder-facts.ts): the DQC's from a §6 or a §8.6 result, the card's from either name form and
// either birth_date form — only what the verifier requested and verified.
import { beforeAll, describe, expect, it } from 'vitest';
import { dqcRequest, mncRequest } from '../../../../core/mdoc/doctypes';
import type { WalletResult } from '../../../../core/mdoc/types';
import { verifyWalletResponse } from '../../../../core/mdoc/verify-wallet';
import { makeWalletRequest } from '../../../../core/mdoc/wallet-request';
import type { VerifyResult } from '../../../../core/types';
import { answerRequest } from '../../../../wallet-sim/answer';
import { cardFacts, dqcFacts } from '../../../../web/features/wallet/holder-facts';
import { cardFor } from '../../../core/mdoc/support/cards';
import { ORIGIN } from '../../../core/mdoc/support/clock';
import type { Elements } from '../../../core/mdoc/support/issuer';
import { fullDate } from '../../../core/mdoc/support/issuer';
import { DQC, MNC, makeWalletWorld, statusList, type WalletWorld } from '../../../core/mdoc/support/world';

let world: WalletWorld;

async function present(docType: string, elements?: Elements): Promise<WalletResult> {
  const card = await cardFor(world, docType, elements);
  const asked = docType === MNC ? mncRequest() : dqcRequest();
  const { request, call } = await makeWalletRequest(asked.docType, asked.nameSpaces, ORIGIN);
  const answer = await answerRequest(request.data, ORIGIN, card);
  return (await verifyWalletResponse(answer.data.response, call, world.ctx()))[0] as WalletResult;
}

beforeAll(async () => {
  world = await makeWalletWorld();
  world.statusLists = [statusList({})];
});

describe('dqcFacts', () => {
  it('reads ② and ③ from a §6 result, and name / birth_date from a dqc wallet result', async () => {
    const qr = { credential: { dqc: { '3': '佐藤 太郎', '4': '1985-11-23' } } } as unknown as VerifyResult;
    expect(dqcFacts(qr)).toEqual({ name: '佐藤 太郎', birthDate: '1985-11-23' });
    expect(dqcFacts(await present(DQC))).toEqual({ name: '山田 花子', birthDate: '1990-04-01' });
  });
});

describe('cardFacts', () => {
  it('prefers full_name_unicode, else family and given; a full-date or the approximate_mask map', async () => {
    expect(cardFacts(await present(MNC))).toEqual({ name: '山田　花子', birthDate: '1990-04-01' });
    const split = await present(MNC, {
      'org.iso.23220.1': {
        family_name_unicode: '髙橋',
        given_name_unicode: '健一',
        birth_date: new Map<string, unknown>([
          ['birth_date', fullDate('1985-06-15')],
          ['approximate_mask', '00000000'],
        ]) as never,
      },
    });
    expect(split.verdict).toBe('valid');
    expect(cardFacts(split)).toEqual({ name: '髙橋 健一', birthDate: '1985-06-15' });
  });

  it('nothing when the card gave neither (not requested elements are never shown)', async () => {
    const other = await present(MNC, { 'org.iso.23220.1': { issuing_country: 'JP' } });
    expect(cardFacts(other)).toEqual({ name: undefined, birthDate: undefined });
  });
});
