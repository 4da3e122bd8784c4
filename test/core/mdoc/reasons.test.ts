// The wallet reason texts (PROFILE §8.6 "New codes", §8.7), exactly as the profile writes them,
// and the headlines built with §6's table.
import { describe, expect, it } from 'vitest';
import { IDENTITY_REASONS, MDOC_REASONS, walletHeadline, walletReasonText } from '../../../core/mdoc/reasons';

describe('texts', () => {
  it('the seven new codes of §8.6', () => {
    expect(MDOC_REASONS).toEqual({
      MALFORMED_MDOC: {
        ja: 'ウォレットの応答の内容が正しくありません',
        en: 'the wallet response is malformed',
      },
      DECRYPT_FAILED: {
        ja: 'ウォレットの応答を復号できません',
        en: 'the wallet response could not be decrypted',
      },
      NOT_PRESENTED: { ja: '書類が提示されませんでした', en: 'no document was presented' },
      DOCTYPE_NOT_REQUESTED: {
        ja: '要求していない種類の書類です',
        en: 'a document type that was not requested',
      },
      DIGEST_MISMATCH: { ja: '改ざんされています', en: 'the data has been altered' },
      DEVICE_AUTH_FAILED: {
        ja: '端末の認証に失敗しました（複製の可能性があります）',
        en: 'device authentication failed (possibly a copy)',
      },
      ELEMENT_MISSING: { ja: '必要な項目が提示されていません', en: 'required items were not presented' },
    });
  });

  it('the four codes of §8.7', () => {
    expect(Object.keys(IDENTITY_REASONS)).toEqual([
      'DQC_NOT_VALID',
      'MNC_NOT_VALID',
      'MNC_ELEMENTS_MISSING',
      'BIRTH_DATE_APPROXIMATE',
    ]);
    expect(IDENTITY_REASONS.DQC_NOT_VALID).toEqual({
      ja: '資格者証が有効と確認できていません',
      en: 'the certificate was not confirmed valid',
    });
  });

  it('MALFORMED_CLAIMS shows the MALFORMED_MDOC text in a wallet result; §6 codes keep §6 texts', () => {
    expect(walletReasonText('MALFORMED_CLAIMS', 'ja')).toBe('ウォレットの応答の内容が正しくありません');
    expect(walletReasonText('UNKNOWN_SIGNER', 'en')).toBe('unknown issuer key');
  });

  it('headlines are §6’s', () => {
    expect(walletHeadline('valid', [], 'ja')).toBe('有効です');
    expect(walletHeadline('invalid', ['DEVICE_AUTH_FAILED'], 'ja')).toBe(
      '無効です（端末の認証に失敗しました（複製の可能性があります））',
    );
    expect(walletHeadline('indeterminate', ['NOT_PRESENTED', 'CLOCK_SUSPECT'], 'en')).toBe(
      'Cannot be confirmed (no document was presented)',
    );
  });
});
