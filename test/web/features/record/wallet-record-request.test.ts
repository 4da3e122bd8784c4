// A wallet check's record JSON from the result screen (PROFILE §8.9): made only of a call made
// for a record, from the shown §8.6 result, at the time the answer was verified, with the form's
// fields and choice and the §8.7 result — no evidence, no element the record does not keep.
import { describe, expect, it } from 'vitest';
import { DQC_DOCTYPE, DQC_NAMESPACE, dqcRequest } from '../../../../core/mdoc/doctypes';
import type { WalletResult } from '../../../../core/mdoc/types';
import { WALLET_STEP_NAMES } from '../../../../core/mdoc/types';
import { EMPTY_FORM } from '../../../../web/features/record/record-request';
import { canRecordWallet, walletRecordJsonFor } from '../../../../web/features/record/wallet-record-request';

const APP = { name: '資格者証の確認', version: '0.1.0', build: 'app-Bx3k9Q' };

/** A valid dqc result as verifyWalletResponse shapes it (every requested element verified). */
const result: WalletResult = {
  docType: DQC_DOCTYPE,
  verdict: 'valid',
  reasons: [],
  checks: WALLET_STEP_NAMES.map((name, i) => ({ step: i + 1, name, result: 'pass' as const })),
  mdoc: {
    docType: DQC_DOCTYPE,
    signed: '2026-09-01T00:00:00Z',
    validFrom: '2026-09-01T00:00:00Z',
    validUntil: '2027-09-01T00:00:00Z',
    issuer: '資格者証発行者（デモ）',
    dsSerial: '01ab',
    status: { idx: 3, uri: 'https://status.example/status/1' },
    elements: {
      [DQC_NAMESPACE]: {
        qualification_code: 1,
        qualification_name: '介護福祉士',
        name: '山田 花子',
        birth_date: '1990-04-01',
        registration_number: '100001',
        registration_date: '2015-05-01',
        issuing_body: '厚生労働大臣',
      },
    },
  },
  statusCheckedAt: '2026-09-21T14:00:00Z',
  trustListSeq: 4,
};

describe('walletRecordJsonFor', () => {
  it('is offered only for a call made for a record', () => {
    expect(canRecordWallet({ asked: dqcRequest({ forRecord: true }) })).toBe(true);
    expect(canRecordWallet({ asked: dqcRequest() })).toBe(false);
  });

  it('keeps the five elements, the identity result, the form, and the time the answer was verified', () => {
    const json = walletRecordJsonFor(
      {
        result,
        asked: dqcRequest({ forRecord: true }),
        checkedAt: 1_790_000_000_999,
        identity: { result: 'mismatch', mismatch: ['birthDate'] },
      },
      { ...EMPTY_FORM, checker: '佐藤', note: ' 採用時\n確認 ' },
      APP,
    );
    expect(json.checkedAt).toBe('2026-09-21T14:13:20Z');
    expect(json.result.mdoc?.elements).toEqual({
      [DQC_NAMESPACE]: {
        qualification_code: 1,
        qualification_name: '介護福祉士',
        name: '山田 花子',
        registration_number: '100001',
        issuing_body: '厚生労働大臣',
      },
    });
    expect(json.result.identity).toEqual({ result: 'mismatch', mismatch: ['birthDate'] });
    expect(json.operator).toEqual({ checker: '佐藤', note: '採用時 確認' });
    expect(json.app).toEqual(APP);
    expect(JSON.stringify(json)).not.toContain('1990');
    expect('evidence' in json).toBe(false);
  });

  it('a minimal record drops the name too; a call not made for a record gives none', () => {
    const asked = dqcRequest({ forRecord: true });
    const json = walletRecordJsonFor(
      { result, asked, checkedAt: 1_790_000_000_000 },
      { ...EMPTY_FORM, minimal: true },
      APP,
    );
    expect(json.minimal).toBe(true);
    expect(json.result.mdoc?.elements[DQC_NAMESPACE]).not.toHaveProperty('name');
    expect(json.result.identity).toBeUndefined();
    expect(() =>
      walletRecordJsonFor({ result, asked: dqcRequest(), checkedAt: 1_790_000_000_000 }, EMPTY_FORM, APP),
    ).toThrow(RangeError);
  });
});
