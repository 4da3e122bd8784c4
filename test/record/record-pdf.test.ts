// The record PDF as PROFILE §9 describes it: A4, Japanese first, one embedded `dqc-record.json`
// (EmbeddedFiles, AFRelationship /Data) equal to the JSON the page was drawn from; a minimal
// record with no birth date (nor name) anywhere; a page at the profile's limits spilling onto a
// second page and still re-checking; a character the font lacks printed as 〓 and named.
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AnchorKey, importAnchorJwk } from '../../core/trust-list';
import { verify } from '../../core/verify';
import { publicJwk } from '../../issuer/folder/keys';
import { embeddedRecordJson } from '../../record/embedded-file';
import { PAGE_HEIGHT, PAGE_WIDTH } from '../../record/page-geometry';
import { checkRecordPdf } from '../../record/read-record';
import { recordJsonBytes } from '../../record/record-json';
import { addStatusList, context, issueUrl, makeWorld, type World } from '../helpers/world';
import { pageText, recordOf, visibleText } from './support/records';

let world: World;
let anchor: AnchorKey;

beforeAll(async () => {
  world = await makeWorld();
  await addStatusList(world, {});
  anchor = await importAnchorJwk(publicJwk(world.anchor));
}, 60_000);

const recheck = async (pdf: Uint8Array) => (await checkRecordPdf(pdf, pageText, anchor)).check;

describe('the record PDF', () => {
  it('is A4 with one embedded dqc-record.json (AFRelationship /Data) holding the JSON', async () => {
    const { json, pdf } = await recordOf(await issueUrl(world), context(world), {
      operator: { checker: '佐藤 一郎', office: 'さくら介護センター', note: '採用時の確認' },
      retention: '退職後5年',
    });
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([width, height]).toEqual([PAGE_WIDTH, PAGE_HEIGHT]);
    const files = doc.catalog
      .lookup(PDFName.of('Names'), PDFDict)
      .lookup(PDFName.of('EmbeddedFiles'), PDFDict)
      .lookup(PDFName.of('Names'), PDFArray);
    expect(files.size()).toBe(2);
    const spec = files.lookup(1, PDFDict);
    expect(spec.get(PDFName.of('AFRelationship'))).toBe(PDFName.of('Data'));
    expect(doc.catalog.lookup(PDFName.of('AF'), PDFArray).size()).toBe(1);
    expect(await embeddedRecordJson(pdf)).toEqual({ ok: true, bytes: recordJsonBytes(json) });

    const text = await visibleText(pdf);
    for (const shown of [
      '資格者証 確認記録',
      '有効です',
      '山田 花子',
      '1990/04/01',
      '第123456号',
      '佐藤 一郎',
      'さくら介護センター',
      '採用時の確認',
      'この記録は、事業所の定めにより退職後5年保存してください。',
      'JST（日本時間）',
      'Z（UTC）',
    ])
      expect(text.replaceAll(' ', ''), shown).toContain(shown.replaceAll(' ', ''));
    expect(await recheck(pdf)).toMatchObject({ record: 'consistent' });
  });

  it('a minimal record has no birth date and no name anywhere, on the page or in the JSON', async () => {
    const url = await issueUrl(world, { holderNameKana: 'ヤマダ ハナコ', birthDate: '1987-11-23' });
    const { json, pdf } = await recordOf(url, context(world), { minimal: true });
    const text = await visibleText(pdf);
    const embedded = await embeddedRecordJson(pdf);
    if (!embedded.ok) throw new Error(embedded.problem);
    const jsonText = new TextDecoder().decode(embedded.bytes);
    for (const where of [text, jsonText, new TextDecoder().decode(pdf)])
      for (const personal of ['1987', '11/23', '11-23', '山田', '花子', 'ヤマダ', '生年月日', url.slice(-40)])
        expect(where).not.toContain(personal);
    expect(text).toContain('第123456号');
    expect(text).toContain('介護福祉士');
    expect(json.result.credential).toEqual({ cti: expect.any(String), dqc: expect.any(Object) });
    expect(await recheck(pdf)).toMatchObject({ record: 'unverifiable' });
  });

  it('at the profile’s limits the page runs onto a second page and still re-checks', async () => {
    const long = (c: string, n: number) => c.repeat(n);
    // As long as a credential within 1,700 bytes allows (PROFILE §2) with every text item long.
    const otherItems = Object.fromEntries(
      Array.from({ length: 4 }, (_, i) => [`項目${i}${long('欄', 18)}`, long('値', 30)]),
    );
    const url = await issueUrl(world, {
      holderName: long('髙', 64),
      holderNameKana: long('カ', 64),
      issuingBody: long('機', 64),
      registrationNumber: long('9', 32),
      otherItems,
    });
    expect((await verify(url, context(world))).verdict).toBe('valid');
    const { pdf } = await recordOf(url, context(world), {
      operator: { checker: long('確', 200), office: long('所', 200), note: long('メ', 200) },
      retention: long('年', 40),
    });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThan(1);
    expect(await recheck(pdf)).toMatchObject({ record: 'consistent' });
  });

  it('a name with an ideographic space (as the My Number Card writes them) re-checks', async () => {
    const { pdf } = await recordOf(await issueUrl(world, { holderName: '番号\u3000花子' }), context(world));
    expect(await recheck(pdf)).toMatchObject({ record: 'consistent' });
  });

  it('a character the font cannot draw is printed as 〓, named by code point, and still re-checks', async () => {
    const { pdf } = await recordOf(await issueUrl(world, { holderName: '金 한결' }), context(world));
    const text = await visibleText(pdf);
    expect(text).toContain('金 〓〓');
    expect(text).toContain('U+D55C、U+ACB0');
    expect(await recheck(pdf)).toMatchObject({ record: 'consistent' });
  });
});
