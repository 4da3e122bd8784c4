// The app's record JSON comes from what the verification used (PROFILE §9 evidence): the text as
// read, the trust list of the context, and the status list that decided step 10 — not another
// list held for the same URI — and the §6.1 document of a PDF. Minimal records carry none of it.
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../../../core/bytes';
import { verify } from '../../../../core/verify';
import { capturingContext } from '../../../../record/evidence';
import { buildOf } from '../../../../web/features/record/app-info';
import { EMPTY_FORM, recordFileName, recordJsonFor } from '../../../../web/features/record/record-request';
import { addStatusList, context, issueUrl, makeWorld, NOW } from '../../../helpers/world';

const APP = { name: '資格者証の確認', version: '0.1.0', build: 'app-Bx3k9Q' };

async function outcomeOf(statuses: Record<number, number>[]) {
  const world = await makeWorld();
  const lists = [];
  for (const [i, s] of statuses.entries())
    lists.push(await addStatusList(world, s, { iat: NOW - 600 * (i + 1) }));
  const url = await issueUrl(world);
  const capture = capturingContext(context(world));
  const result = await verify(url, capture.context);
  return { world, url, lists, outcome: { result, evidence: capture.use(url) } };
}

describe('recordJsonFor', () => {
  it('keeps the URL as read, the trust list used, and the status list that decided', async () => {
    // Two lists for the URI: the newer (iat NOW-600) decides, not the older (NOW-1200).
    const { world, url, lists, outcome } = await outcomeOf([{ 7: 0 }, { 7: 1 }]);
    const json = recordJsonFor(outcome, { ...EMPTY_FORM, checker: '佐藤', office: '本社' }, APP);
    expect(json.result.verdict).toBe('valid');
    expect(json.evidence).toEqual({
      credential: url,
      trustList: encodeBase64Url(world.trustList.bytes),
      statusList: encodeBase64Url(lists[0]?.bytes as Uint8Array),
    });
    expect(json.checkedAt).toBe('2026-09-21T14:13:20Z');
    expect(json.operator).toEqual({ checker: '佐藤', office: '本社' });
    expect(json.app).toEqual(APP);
  });

  it('no status list when none decided (STATUS_UNAVAILABLE)', async () => {
    const { outcome } = await outcomeOf([]);
    const json = recordJsonFor(outcome, EMPTY_FORM, APP);
    expect(json.result.reasons).toEqual(['STATUS_UNAVAILABLE']);
    expect(json.evidence && 'statusList' in json.evidence).toBe(false);
  });

  it('a PDF’s document result goes with it; a minimal record keeps no evidence and no name', async () => {
    const { outcome } = await outcomeOf([{}]);
    const document = {
      verdict: 'invalid' as const,
      reasons: ['DOCUMENT_MISMATCH' as const],
      items: {
        資格名称: 'matches',
        氏名: 'differs',
        生年月日: 'matches',
        登録番号: 'matches',
        交付機関: 'matches',
        写真: 'unchecked',
      } as const,
      printed: { 氏名: '山田 花代' },
    };
    const full = recordJsonFor({ ...outcome, pdf: { document } }, EMPTY_FORM, APP);
    expect(full.result.document).toEqual(document);
    const minimal = recordJsonFor({ ...outcome, pdf: { document } }, { ...EMPTY_FORM, minimal: true }, APP);
    expect(minimal.evidence).toBeUndefined();
    expect(JSON.stringify(minimal)).not.toMatch(/山田|1990-04-01|生年月日/);
    expect(minimal.result.document).toEqual({
      verdict: 'invalid',
      reasons: ['DOCUMENT_MISMATCH'],
      items: { 資格名称: 'matches', 登録番号: 'matches', 交付機関: 'matches' },
    });
  });
});

describe('names and build', () => {
  it('file names say when (Japan time), never who', () => {
    expect(recordFileName(NOW)).toBe('確認記録_20260921_231320.pdf');
    expect(recordFileName(NOW, 1)).toBe('確認記録_20260921_231320_2.pdf');
  });

  it('the build is the hashed entry script’s name, else dev', () => {
    expect(buildOf('https://dqc.example/assets/app-Bx3k9Q_a.js')).toBe('app-Bx3k9Q_a');
    expect(buildOf('http://localhost:5173/web/main.tsx')).toBe('dev');
    expect(buildOf(undefined)).toBe('dev');
  });
});
