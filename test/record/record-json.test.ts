// The record's JSON (PROFILE §9): members in the profile's order, the minimal form keeping only
// dqc 1, 2, 5, 7 and cti (no birth date, no name, no evidence, no printed PDF values), operator
// texts bounded at 200 characters.
import { describe, expect, it } from 'vitest';
import type { VerifyResult } from '../../core/types';
import { verify } from '../../core/verify';
import {
  cleanOperatorText,
  MAX_OPERATOR_TEXT,
  makeRecordJson,
  type RecordedResult,
  recordJsonBytes,
} from '../../record/record-json';
import { context, issueUrl, makeWorld, NOW } from '../helpers/world';
import { APP } from './support/records';

async function verified(): Promise<VerifyResult> {
  const world = await makeWorld();
  return verify(
    await issueUrl(world, { holderNameKana: 'ヤマダ ハナコ', grantDate: '2015-06-01' }),
    context(world),
  );
}

const evidence = { credential: 'https://dqcv.example.jp/w/?c=AA', trustList: 'AA', statusList: 'AA' };

describe('makeRecordJson', () => {
  it('orders the members as PROFILE §9 writes them and keeps the result as verified', async () => {
    const result = await verified();
    const json = makeRecordJson({
      checkedAt: NOW,
      result,
      evidence,
      app: APP,
      operator: { checker: '佐藤', office: '本社', note: '' },
    });
    expect(Object.keys(json)).toEqual(['record', 'checkedAt', 'result', 'evidence', 'app', 'operator']);
    expect(json.record).toBe(1);
    expect(json.checkedAt).toBe('2026-09-21T14:13:20Z');
    expect(json.result).toEqual(result);
    expect(json.operator).toEqual({ checker: '佐藤', office: '本社' });
    expect(JSON.parse(new TextDecoder().decode(recordJsonBytes(json)))).toEqual(json);
  });

  it('the minimal form keeps only dqc 1, 2, 5, 7 and cti, and no evidence', async () => {
    const result: RecordedResult = {
      ...(await verified()),
      document: {
        verdict: 'invalid',
        reasons: ['DOCUMENT_MISMATCH'],
        items: {
          資格名称: 'matches',
          氏名: 'differs',
          生年月日: 'differs',
          登録番号: 'matches',
          交付機関: 'matches',
          写真: 'unchecked',
        },
        printed: { 氏名: '山田 花代', 生年月日: '1990/04/02' },
      },
    };
    const json = makeRecordJson({ checkedAt: NOW, result, evidence, minimal: true, app: APP });
    expect(json.minimal).toBe(true);
    expect(json.evidence).toBeUndefined();
    expect(json.result.credential).toEqual({
      cti: result.credential?.cti,
      dqc: { '1': 1, '2': '介護福祉士', '5': '123456', '7': '公益財団法人社会福祉振興・試験センター' },
    });
    expect(json.result.document).toEqual({
      verdict: 'invalid',
      reasons: ['DOCUMENT_MISMATCH'],
      items: { 資格名称: 'matches', 登録番号: 'matches', 交付機関: 'matches' },
    });
    const text = new TextDecoder().decode(recordJsonBytes(json));
    for (const personal of [
      '1990-04-01',
      '1990/04/0',
      '生年月日',
      '山田',
      'ヤマダ',
      '2015-05-01',
      '2015-06-01',
    ])
      expect(text).not.toContain(personal);
  });

  it('operator texts: line breaks become spaces, empty ones go, over 200 characters is refused', () => {
    expect(cleanOperatorText(' 確認\r\nしました\t ')).toBe('確認 しました');
    expect(cleanOperatorText('  ')).toBeUndefined();
    const input = {
      checkedAt: NOW,
      result: { verdict: 'valid', reasons: [], checks: [], trustListSeq: 1 } as RecordedResult,
      app: APP,
    };
    expect(
      makeRecordJson({ ...input, operator: { note: '𠮷'.repeat(MAX_OPERATOR_TEXT) } }).operator?.note,
    ).toHaveLength(2 * MAX_OPERATOR_TEXT);
    expect(() =>
      makeRecordJson({ ...input, operator: { checker: 'あ'.repeat(MAX_OPERATOR_TEXT + 1) } }),
    ).toThrow(RangeError);
    expect(makeRecordJson({ ...input, operator: { checker: '', note: ' ' } }).operator).toBeUndefined();
  });
});
