// Identity match (PROFILE §8.7) on real results: a §6 result of a QR (verify()) or a §8 dqc
// result, and a §8 My Number Card result, each from the verifiers themselves. N(s) exactly as
// written: NFKC, White_Space, U+30FB and variation selectors removed, A–Z lowered, nothing else.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Encodable } from '../../../core/cbor/encode';
import { matchIdentity } from '../../../core/mdoc/identity';
import { normalizeName } from '../../../core/mdoc/normalize-name';
import { IDENTITY_ADVICE, identityLine } from '../../../core/mdoc/reasons';
import type { WalletResult } from '../../../core/mdoc/types';
import type { VerifyResult } from '../../../core/types';
import { verify } from '../../../core/verify';
import { addStatusList, context, issueUrl, makeWorld } from '../../helpers/world';
import { fullDate, tdate } from './support/issuer';
import { DQC_VALUES, runScenario } from './support/scenario';
import { DQC, MNC, makeWalletWorld, statusList, type WalletWorld } from './support/world';

let wallet: WalletWorld;
let qr: VerifyResult;
let qrRevoked: VerifyResult;
beforeAll(async () => {
  wallet = await makeWalletWorld();
  wallet.statusLists.push(statusList({ 7: 0, 8: 1 }));
  const world = await makeWorld();
  await addStatusList(world, { 7: 0, 9: 1 });
  qr = await verify(await issueUrl(world), context(world)); // 山田 花子, 1990-04-01
  qrRevoked = await verify(
    await issueUrl(world, { status: { idx: 9, uri: `${world.spec.hosts[0]}/status/1` } }),
    context(world),
  );
});

type Iso = Record<string, Encodable>;
async function mnc(iso: Iso, jp?: string, docType = MNC): Promise<WalletResult> {
  const elements: Record<string, Iso> = { 'org.iso.23220.1': iso };
  if (jp !== undefined) elements['org.iso.23220.1.jp'] = { full_name_unicode: jp };
  const { results } = await runScenario(wallet, { docType, elements });
  return results[0] as WalletResult;
}
const card = (family: string, given: string | undefined, birth: Encodable = fullDate('1990-04-01')) =>
  mnc({
    family_name_unicode: family,
    ...(given === undefined ? {} : { given_name_unicode: given }),
    birth_date: birth,
  });
async function dqcWallet(name: string, birth = '1990-04-01', idx = 7): Promise<WalletResult> {
  const { results } = await runScenario(wallet, {
    elements: { [DQC]: { ...DQC_VALUES[DQC], name, birth_date: fullDate(birth) } },
    mdoc: { status: { idx, uri: 'https://dqcv.example.jp/status/1' } },
  });
  return results[0] as WalletResult;
}

describe('N(s)', () => {
  it.each([
    ['NFKC: fullwidth and halfwidth forms', 'ＹＡＭＡＤＡ ﾊﾅｺ', 'yamadaハナコ'],
    ['U+FA19 (CJK compatibility) → U+795E', '\uFA19田', '\u795E田'],
    ['髙, 﨑 and 邊 unchanged', '髙﨑邊', '髙﨑邊'],
    ['White_Space removed (U+0020, U+3000, U+00A0, tab, U+2003)', 'a b\u3000c\u00a0d\te\u2003f', 'abcdef'],
    ['U+30FB and its halfwidth form removed', 'ジョン・スミス･ジュニア', 'ジョンスミスジュニア'],
    ['variation selectors removed', '葛\u{E0100}城\uFE00', '葛城'],
    ['A–Z lowered, nothing else (no kana/kanji or width folding beyond NFKC)', 'ÀBC やまだ', 'Àbcやまだ'],
    ['U+FEFF is not White_Space: kept', 'a\uFEFFb', 'a\uFEFFb'],
  ])('%s', (_, input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('§8.7 table', () => {
  it('match: §6 result (QR) with the card’s full name (U+3000 inside)', async () => {
    const m = matchIdentity(qr, await mnc({ birth_date: fullDate('1990-04-01') }, '山田　花子'));
    expect(m).toEqual({ result: 'match' });
    expect(identityLine(m, 'ja')).toBe('本人確認: 一致');
  });

  it('match: §8 dqc result with family ‖ given (no full name)', async () => {
    expect(matchIdentity(await dqcWallet('山田 花子'), await card('山田', '花子'))).toEqual({
      result: 'match',
    });
  });

  it('match: given name absent, family alone', async () => {
    expect(matchIdentity(await dqcWallet('ＹＡＭＡＤＡ'), await card('yamada', undefined))).toEqual({
      result: 'match',
    });
  });

  it('match: U+FA19 folded by NFKC; spaces and U+30FB removed', async () => {
    // (A dqc name is NFC (§3), which already maps U+FA19; the card's names have no such rule.)
    expect(matchIdentity(await dqcWallet('\u795E田 花子'), await card('\uFA19田', '花子'))).toEqual({
      result: 'match',
    });
    expect(
      matchIdentity(
        await dqcWallet('ジョン・スミス'),
        await mnc({ birth_date: fullDate('1990-04-01') }, 'ジョン スミス'),
      ),
    ).toEqual({
      result: 'match',
    });
  });

  it.each([
    ['髙/高 not folded', '髙橋 一郎', '高橋'],
    ['﨑/崎 not folded', '山﨑 一郎', '山崎'],
    ['邊/辺 not folded', '渡邊 一郎', '渡辺'],
  ])('name differs: %s', async (_, dqcName, family) => {
    const m = matchIdentity(await dqcWallet(dqcName), await card(family, '一郎'));
    expect(m).toEqual({ result: 'mismatch', mismatch: ['name'] });
    expect(identityLine(m, 'ja')).toBe('本人確認: 一致しません（氏名）');
    expect(identityLine(m, 'en')).toBe('Identity: does not match (name)');
  });

  it('no reordering: given ‖ family does not match', async () => {
    expect(matchIdentity(qr, await card('花子', '山田'))).toEqual({ result: 'mismatch', mismatch: ['name'] });
  });

  it('either candidate may match: a full name that differs, family ‖ given that matches', async () => {
    const result = await mnc(
      { family_name_unicode: '山田', given_name_unicode: '花子', birth_date: fullDate('1990-04-01') },
      '番号　花子',
    );
    expect(matchIdentity(qr, result)).toEqual({ result: 'match' });
  });

  it('birth date differs; both differ', async () => {
    const m = matchIdentity(qr, await card('山田', '花子', fullDate('1990-04-02')));
    expect(m).toEqual({ result: 'mismatch', mismatch: ['birthDate'] });
    expect(identityLine(m, 'ja')).toBe('本人確認: 一致しません（生年月日）');
    const both = matchIdentity(qr, await card('山田', '太郎', fullDate('1991-04-01')));
    expect(both).toEqual({ result: 'mismatch', mismatch: ['name', 'birthDate'] });
    expect(identityLine(both, 'en')).toBe('Identity: does not match (name, date of birth)');
    expect(IDENTITY_ADVICE.checkByEye.ja).toBe('本人確認書類を目視で確認してください。');
  });

  it('approximate mask: with a 1 cannot tell; all zeros compares the date', async () => {
    const masked = (mask: string) =>
      card(
        '山田',
        '花子',
        new Map<string, Encodable>([
          ['birth_date', fullDate('1990-04-01')],
          ['approximate_mask', mask],
        ]),
      );
    const m = matchIdentity(qr, await masked('00000011'));
    expect(m).toEqual({ result: 'indeterminate', reason: 'BIRTH_DATE_APPROXIMATE' });
    expect(identityLine(m, 'ja')).toBe(
      '本人確認: 確認できません（マイナンバーカードの生年月日が概略のみです）',
    );
    expect(matchIdentity(qr, await masked('00000000'))).toEqual({ result: 'match' });
  });

  it.each<[string, () => Promise<WalletResult>]>([
    ['no name at all', () => mnc({ birth_date: fullDate('1990-04-01') })],
    ['a given name only', () => mnc({ given_name_unicode: '花子', birth_date: fullDate('1990-04-01') })],
    ['no birth date', () => mnc({ family_name_unicode: '山田' }, '山田　花子')],
    ['a birth date in an unusable form (tag 0)', () => card('山田', '花子', tdate(638928000))],
  ])('missing elements: %s', async (_, result) => {
    const m = matchIdentity(qr, await result());
    expect(m).toEqual({ result: 'indeterminate', reason: 'MNC_ELEMENTS_MISSING' });
    expect(identityLine(m, 'en')).toBe(
      'Identity: cannot be confirmed (name or date of birth not received from the My Number Card)',
    );
  });

  it('DQC not valid (a revoked QR, an invalid or indeterminate wallet dqc): DQC_NOT_VALID, before the card', async () => {
    const good = await card('山田', '花子');
    expect(qrRevoked.verdict).toBe('invalid');
    expect(matchIdentity(qrRevoked, good)).toEqual({ result: 'indeterminate', reason: 'DQC_NOT_VALID' });
    expect(matchIdentity(await dqcWallet('山田 花子', '1990-04-01', 8), good)).toEqual({
      result: 'indeterminate',
      reason: 'DQC_NOT_VALID',
    });
    const unavailable = await dqcWallet('山田 花子', '1990-04-01', 5000);
    expect(unavailable.verdict).toBe('indeterminate');
    expect(matchIdentity(unavailable, good).reason).toBe('DQC_NOT_VALID');
    const badCard = await card('山田', '花子', fullDate('1990-02-30'));
    expect(matchIdentity(qrRevoked, badCard).reason).toBe('DQC_NOT_VALID');
  });

  it('mnc not valid, or not an mnc result: MNC_NOT_VALID', async () => {
    const { results } = await runScenario(wallet, { docType: MNC, walletOrigin: 'https://evil.example' });
    expect(results[0]?.verdict).toBe('invalid');
    expect(matchIdentity(qr, results[0] as WalletResult)).toEqual({
      result: 'indeterminate',
      reason: 'MNC_NOT_VALID',
    });
    expect(matchIdentity(qr, await dqcWallet('山田 花子'))).toEqual({
      result: 'indeterminate',
      reason: 'MNC_NOT_VALID',
    });
  });
});
