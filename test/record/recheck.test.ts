// PROFILE §9's re-check, in process: a record of a real verification re-checks as consistent, and
// each way of doctoring it is caught and named — the page, the JSON, the status token (older,
// foreign), the trust list (re-signed) — while a minimal record or one without evidence or anchor
// is unverifiable.
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../core/bytes';
import { type AnchorKey, importAnchorJwk } from '../../core/trust-list';
import { generateKeyPair, publicJwk } from '../../issuer/folder/keys';
import { signStatusList } from '../../issuer/lists/status-list-token';
import { checkRecordPdf } from '../../record/read-record';
import { recheckRecord, recheckToday, UNVERIFIABLE } from '../../record/recheck';
import type { RecordJson } from '../../record/record-json';
import { addStatusList, context, issueUrl, makeWorld, NOW, STATUS_URI, type World } from '../helpers/world';
import { editPageText, pageText, recordOf, resign } from './support/records';

let world: World;
let anchor: AnchorKey;
let url: string;
let record: { json: RecordJson; pdf: Uint8Array };

const check = (pdf: Uint8Array, a: AnchorKey | null = anchor) =>
  checkRecordPdf(pdf, pageText, a).then((r) => r.check);
const clone = (json: RecordJson): RecordJson => structuredClone(json);
/** Re-check of a JSON against a page made from another JSON (or the same). */
async function recheckJson(json: RecordJson, page: Uint8Array = record.pdf) {
  return recheckRecord(json, await pageText(page), anchor);
}

beforeAll(async () => {
  world = await makeWorld();
  anchor = await importAnchorJwk(publicJwk(world.anchor));
  await addStatusList(world, { 7: 0 });
  url = await issueUrl(world);
  record = await recordOf(url, context(world));
}, 60_000);

describe('a record of a real verification', () => {
  it('re-checks as consistent, the recorded result being the one verified', async () => {
    const r = await check(record.pdf);
    expect(r).toEqual({ record: 'consistent', recorded: record.json.result });
    expect(r.recorded?.verdict).toBe('valid');
    expect(record.json.evidence?.credential).toBe(url);
    expect(record.json.evidence?.statusList).toBe(encodeBase64Url(world.statusLists[0]?.bytes as Uint8Array));
  });

  it('a verifier without an anchor cannot check the evidence: unverifiable, saying why', async () => {
    expect(await check(record.pdf, null)).toMatchObject({
      record: 'unverifiable',
      differences: [UNVERIFIABLE.noAnchor],
    });
  });
});

describe('evidence that does not give the recorded result', () => {
  it('a JSON whose verdict was changed (page re-made to match) names the verdict', async () => {
    const json = clone(record.json);
    json.result.verdict = 'invalid';
    json.result.reasons = ['REVOKED'];
    const r = await recheckRecord(json, await pageText(record.pdf), anchor);
    expect(r.record).toBe('inconsistent');
    expect(r.differences?.some((d) => d.startsWith('判定:') && d.includes('REVOKED'))).toBe(true);
    // The page still says 有効です: that is named too.
    expect(r.differences?.some((d) => d.startsWith('確認結果:'))).toBe(true);
  });

  it('a status token swapped for an older one of the same list names the status time', async () => {
    const older = await addStatusList(world, { 7: 0 }, { iat: NOW - 7200 });
    const json = clone(record.json);
    (json.evidence as { statusList: string }).statusList = encodeBase64Url(older.bytes);
    const r = await recheckJson(json);
    expect(r.record).toBe('inconsistent');
    expect(r.differences).toEqual([expect.stringMatching(/^失効情報の時点:/)]);
  });

  it('a token of the same list saying otherwise (revoked) names the verdict and step 10', async () => {
    const revoked = await recordOf(
      url,
      context(world, { statusLists: () => [world.statusLists[0] as never], now: NOW }),
    );
    const revokedList = await addStatusList(world, { 7: 1 }, { iat: NOW - 60 });
    const json = clone(revoked.json);
    (json.evidence as { statusList: string }).statusList = encodeBase64Url(revokedList.bytes);
    const r = await recheckJson(json, revoked.pdf);
    expect(r.differences?.some((d) => d.startsWith('判定:'))).toBe(true);
    expect(r.differences?.some((d) => d.startsWith('確認項目 10（status）'))).toBe(true);
  });

  it('a foreign status token (not signed by a status signer of the trust list) is named', async () => {
    const foreign = await signStatusList(
      { uri: STATUS_URI, iat: NOW - 600, exp: NOW + 3600, ttl: 60, size: 1024, statuses: new Map() },
      await generateKeyPair(),
    );
    const json = clone(record.json);
    (json.evidence as { statusList: string }).statusList = encodeBase64Url(foreign);
    const r = await recheckJson(json);
    expect(r.record).toBe('inconsistent');
    expect(r.differences).toEqual([expect.stringMatching(/^失効情報（証拠）: .*UNKNOWN_SIGNER/)]);
  });

  it('a trust list re-signed by another key is named', async () => {
    const forged = await resign(world.trustList.bytes, await generateKeyPair());
    const json = clone(record.json);
    (json.evidence as { trustList: string }).trustList = encodeBase64Url(forged);
    const r = await recheckJson(json);
    expect(r.record).toBe('inconsistent');
    expect(r.differences).toEqual([expect.stringMatching(/^信頼リスト（証拠）: .*UNKNOWN_SIGNER/)]);
  });

  it('another certificate put in as the evidence names the registration items', async () => {
    const other = await issueUrl(world, { holderName: '山田 太郎', registrationNumber: '654321' });
    const json = clone(record.json);
    (json.evidence as { credential: string }).credential = other;
    const r = await recheckJson(json);
    expect(r.record).toBe('inconsistent');
    expect(r.differences).toEqual([expect.stringMatching(/^登録事項: .*credential\.dqc\.3/)]);
  });

  it('evidence that is not base64url is named, not thrown', async () => {
    const json = clone(record.json);
    (json.evidence as { trustList: string }).trustList = 'AB';
    const r = await recheckJson(json);
    expect(r.record).toBe('inconsistent');
    expect(r.differences?.[0]).toMatch(/^信頼リスト（証拠）/);
  });

  it('a document verdict that does not follow from its item comparisons is named (§6.1)', async () => {
    const json = clone(record.json);
    json.result.document = {
      verdict: 'valid',
      reasons: [],
      items: {
        資格名称: 'matches',
        氏名: 'differs',
        生年月日: 'matches',
        登録番号: 'matches',
        交付機関: 'matches',
        写真: 'unchecked',
      },
    };
    const r = await recheckJson(json);
    expect(
      r.differences?.some((d) => d.startsWith('PDFの記載の判定:') && d.includes('DOCUMENT_MISMATCH')),
    ).toBe(true);
  });
});

describe('the visible page against the JSON', () => {
  it('the name edited in the content stream is named with both texts', async () => {
    const edited = await editPageText(record.pdf, '山田 花子', '花田 山子');
    const r = await check(edited);
    expect(r.record).toBe('inconsistent');
    expect(r.differences).toEqual([
      '氏名: ページの記載「花田 山子」が記録のデータ（JSON）の「山田 花子」と異なります',
    ]);
  });

  it('the registration number edited in the content stream is named', async () => {
    const edited = await editPageText(record.pdf, '第123456号', '第654321号');
    const r = await check(edited);
    expect(r.differences).toEqual([expect.stringMatching(/^登録番号: ページの記載「第654321号」/)]);
  });
});

describe('records that cannot be re-checked', () => {
  it('a minimal record is unverifiable', async () => {
    const minimal = await recordOf(url, context(world), { minimal: true });
    expect(minimal.json.evidence).toBeUndefined();
    expect(await check(minimal.pdf)).toMatchObject({
      record: 'unverifiable',
      differences: [UNVERIFIABLE.minimal],
    });
  });

  it('a record of a check without a trust list carries no evidence: unverifiable', async () => {
    const bare = await recordOf(url, context(world, { trustList: null }));
    expect(bare.json.evidence).toBeUndefined();
    expect(await check(bare.pdf)).toMatchObject({
      record: 'unverifiable',
      differences: [UNVERIFIABLE.noEvidence],
    });
  });
});

describe('checked again with current data (only when asked)', () => {
  it('gives today’s result beside the recorded one', async () => {
    const revokedNow = await addStatusList(world, { 7: 1 }, { iat: NOW + 86400, exp: NOW + 2 * 86400 });
    const today = await recheckToday(record.json, {
      now: NOW + 86400 + 60,
      trustList: world.trustList,
      statusLists: () => [revokedNow],
    });
    expect(today).toMatchObject({ verdict: 'invalid', reasons: ['REVOKED'] });
    expect(record.json.result.verdict).toBe('valid');
  });
});
