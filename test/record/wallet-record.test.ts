// A §9 record of a wallet presentation (PROFILE §8.9), made as the app makes it: the demo world's
// wallet cards answer (wallet-sim, HPKE-sealed to the call's key) a dqc request made for a record,
// the answer is verified (§8.6) and matched with a My Number Card answer (§8.7). The record holds
// the five dqc elements (four in a minimal one), no My Number Card element and no birth date
// anywhere — page text, JSON or file bytes — carries the §8.7 result, has no evidence, and
// re-checks as `unverifiable` through the CLI (`--record`), while an edited page is still caught.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeFontSubsetter } from '../../cli/record-node';
import { loadTrustData } from '../../cli/trust-data';
import { DQC_DOCTYPE, DQC_NAMESPACE, dqcRequest, MNC_DOCTYPE, mncRequest } from '../../core/mdoc/doctypes';
import { matchIdentity } from '../../core/mdoc/identity';
import type { DocRequest, WalletContext, WalletResult } from '../../core/mdoc/types';
import { verifyWalletResponse } from '../../core/mdoc/verify-wallet';
import { makeWalletRequest } from '../../core/mdoc/wallet-request';
import { type AnchorKey, importAnchorJwk } from '../../core/trust-list';
import { embeddedRecordJson } from '../../record/embedded-file';
import { checkRecordPdf } from '../../record/read-record';
import { type RecordCheck, UNVERIFIABLE } from '../../record/recheck';
import { recordJsonBytes, type WalletRecordJson } from '../../record/record-json';
import { parseRecordJson } from '../../record/record-parse';
import { makeRecordPdf } from '../../record/record-pdf';
import { madeForRecord, makeWalletRecordJson } from '../../record/wallet-record';
import { answerRequest } from '../../wallet-sim/answer';
import { glyphScores, registerReferenceFont, renderPdfPage, undrawn } from '../helpers/glyph-scores';
import { issuerCli, verifyCli } from '../helpers/run-cli';
import { cardOf, walletSamples } from '../helpers/wallet-calls';
import { editPageText, jsonBytes, pageText, visibleText, withEmbedded } from './support/records';

const ORIGIN = 'https://verifier.example';
const APP = { name: '資格者証の確認（テスト）', version: '0.0.0', build: 'test' };
const MNC_ELEMENT_NAMES = ['family_name_unicode', 'given_name_unicode', 'full_name_unicode', 'birth_date'];

let dir: string;
let ctx: WalletContext;
let anchor: AnchorKey;

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'dqc-wallet-record-')), 'demo');
  const made = issuerCli(['demo', '--out', dir, '--base', 'http://localhost:8787']);
  expect(made.status, made.stderr).toBe(0);
  const data = await loadTrustData(dir);
  ctx = {
    now: Math.floor(Date.now() / 1000),
    trustList: data.trustList,
    seenIat: data.seenIat,
    statusLists: (uri) => data.statusLists.filter((l) => l.uri === uri),
  };
  anchor = await importAnchorJwk(JSON.parse(readFileSync(join(dir, 'anchor.json'), 'utf8')));
}, 120_000);

/** One wallet call as the app makes it (a fresh key, the DC API answer from wallet-sim, §8.6). */
async function call(sampleName: string, asked: DocRequest): Promise<WalletResult> {
  const sample = walletSamples(dir).find((s) => s.name === sampleName);
  if (!sample) throw new Error(`no wallet sample ${sampleName}`);
  const { request, call } = await makeWalletRequest(asked.docType, asked.nameSpaces, ORIGIN);
  const answer = await answerRequest(request.data, ORIGIN, cardOf(dir, sample));
  const [result] = await verifyWalletResponse(answer.data.response, call, ctx);
  if (!result) throw new Error('no result');
  return result;
}

/** A record of `dqc` checked from the wallet for a record, with the identity check of `mnc`. */
async function walletRecord(dqc: string, mnc: string | undefined, minimal = false) {
  const asked = dqcRequest({ forRecord: true });
  const result = await call(dqc, asked);
  const identity = mnc ? matchIdentity(result, await call(mnc, mncRequest())) : undefined;
  const json = makeWalletRecordJson({
    checkedAt: ctx.now,
    result,
    asked,
    minimal,
    app: APP,
    operator: {
      checker: '佐藤 一郎',
      office: 'さくら介護センター',
      note: '採用時の確認（面接日に本人と一緒に確認）',
    },
    ...(identity && { identity }),
  });
  const pdf = await makeRecordPdf(json, await nodeFontSubsetter(), { retention: '5年' });
  return { result, json, pdf };
}

/** Every text a filed record holds: the page, the embedded JSON, and the file's own bytes. */
async function everything(pdf: Uint8Array): Promise<string[]> {
  const embedded = await embeddedRecordJson(pdf);
  if (!embedded.ok) throw new Error(embedded.problem);
  return [await visibleText(pdf), new TextDecoder().decode(embedded.bytes), new TextDecoder().decode(pdf)];
}

function cliRecheck(pdf: Uint8Array): { status: number | null; out: RecordCheck; stderr: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'dqc-wallet-record-file-')), 'record.pdf');
  writeFileSync(file, pdf);
  const run = verifyCli(['--data', dir, '--record', file, '--json']);
  return { status: run.status, out: JSON.parse(run.stdout) as RecordCheck, stderr: run.stderr };
}

describe('the request made for a record (PROFILE §8.9)', () => {
  it('sets intentToRetain true for exactly the five elements; the ordinary request for none', () => {
    const forRecord = dqcRequest({ forRecord: true });
    const retained = Object.entries(forRecord.nameSpaces[DQC_NAMESPACE] ?? {})
      .filter(([, retain]) => retain)
      .map(([e]) => e)
      .sort();
    expect(retained).toEqual(
      ['issuing_body', 'name', 'qualification_code', 'qualification_name', 'registration_number'].sort(),
    );
    expect(madeForRecord(forRecord)).toBe(true);
    expect(madeForRecord(dqcRequest())).toBe(false);
    expect(madeForRecord(mncRequest())).toBe(false);
  });

  it('a record of a call not made for one is refused: the holder was told nothing is kept', async () => {
    const result = await call('dqc-yamada', dqcRequest());
    expect(result.verdict).toBe('valid');
    expect(() => makeWalletRecordJson({ checkedAt: ctx.now, result, asked: dqcRequest(), app: APP })).toThrow(
      RangeError,
    );
  });
});

describe('a record of a wallet check (dqc-takahashi, identity against 髙橋 健一’s card)', () => {
  let made: Awaited<ReturnType<typeof walletRecord>>;
  beforeAll(async () => {
    made = await walletRecord('dqc-takahashi', 'mnc-takahashi');
  }, 60_000);

  it('holds the §8.6 result with only the five dqc elements and the §8.7 result, and no evidence', () => {
    const { json, result } = made;
    expect(result.verdict).toBe('valid');
    expect(Object.keys(json)).toEqual(['record', 'checkedAt', 'result', 'app', 'operator']);
    expect(json.result.docType).toBe(DQC_DOCTYPE);
    expect(json.result.verdict).toBe(result.verdict);
    expect(json.result.checks).toEqual(result.checks);
    expect(json.result.statusCheckedAt).toBe(result.statusCheckedAt);
    expect(json.result.mdoc?.elements).toEqual({
      [DQC_NAMESPACE]: {
        qualification_code: 29,
        qualification_name: '看護師',
        name: '高橋 健一',
        registration_number: '200101',
        issuing_body: result.mdoc?.elements[DQC_NAMESPACE]?.issuing_body,
      },
    });
    // The answer itself held the birth date and the registration date: the record does not.
    expect(result.mdoc?.elements[DQC_NAMESPACE]?.birth_date).toBe('1985-06-15');
    expect(json.result.identity).toEqual({ result: 'mismatch', mismatch: ['name'] });
    expect('evidence' in json).toBe(false);
  });

  it('contains no My Number Card element and no birth date anywhere (page, JSON, file)', async () => {
    for (const where of await everything(made.pdf)) {
      for (const personal of [
        '1985',
        '06-15',
        '06/15',
        '6/15',
        '6月15日',
        '昭和60',
        '髙橋',
        ...MNC_ELEMENT_NAMES,
      ])
        expect(where).not.toContain(personal);
      expect(where).not.toContain(MNC_DOCTYPE);
    }
  });

  it('shows the check, the §8.7 line with its advice, and the kept items on its page', async () => {
    const text = (await visibleText(made.pdf)).replaceAll(' ', '');
    for (const shown of [
      '資格者証確認記録',
      '有効です',
      '本人確認:一致しません（氏名）',
      '異体字・旧姓など表記の違いでも一致しないことがあります。',
      '本人確認書類を目視で確認してください。',
      '高橋健一',
      '第200101号',
      '看護師',
      'スマホのウォレットで提示された資格者証',
      '佐藤一郎',
      'この記録は、事業所の定めにより5年保存してください。',
    ])
      expect(text, shown).toContain(shown);
  });

  it('is one A4 page with every optional row filled, its §8.7 line and kept items drawn', async () => {
    expect((await PDFDocument.load(made.pdf)).getPageCount()).toBe(1);
    registerReferenceFont();
    const rendered = await renderPdfPage(made.pdf, 300);
    for (const text of ['本人確認: 一致しません（氏名）', '高橋 健一', '第200101号', '看護師'])
      expect(undrawn(glyphScores(rendered, text)), text).toEqual([]);
  });

  it('re-checks as unverifiable through the CLI, saying why (the response is not kept)', () => {
    const { status, out, stderr } = cliRecheck(made.pdf);
    expect(status).toBe(1);
    expect(out.record).toBe('unverifiable');
    expect(out.differences).toEqual([UNVERIFIABLE.wallet]);
    expect(out.recorded).toEqual(made.json.result);
    expect(stderr).toContain('unverifiable');
  }, 60_000);

  it('an edited page (氏名 changed) is still caught: inconsistent, the row named', async () => {
    const edited = await editPageText(made.pdf, '高橋 健一', '看護 健一');
    const { check } = await checkRecordPdf(edited, pageText, anchor);
    expect(check.record).toBe('inconsistent');
    expect(check.differences).toEqual([expect.stringMatching(/^氏名: /)]);
  });

  it('a JSON that smuggles in a birth date, a card element or evidence is not read as a record', async () => {
    const withBirth = structuredClone(made.json) as WalletRecordJson;
    (withBirth.result.mdoc?.elements[DQC_NAMESPACE] as Record<string, unknown>).birth_date = '1985-06-15';
    const parsed = parseRecordJson(jsonBytes(withBirth));
    expect(parsed).toMatchObject({ ok: false, problem: expect.stringContaining('birth_date') });
    const withCard = structuredClone(made.json) as WalletRecordJson;
    (withCard.result.mdoc?.elements as Record<string, unknown>)['org.iso.23220.1'] = {
      family_name_unicode: '髙橋',
    };
    expect(parseRecordJson(jsonBytes(withCard))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('elements'),
    });
    const withEvidence = { ...made.json, evidence: { credential: 'x', trustList: 'AA' } };
    expect(parseRecordJson(jsonBytes(withEvidence))).toMatchObject({ ok: false });
    const { check } = await checkRecordPdf(
      await withEmbedded(made.pdf, jsonBytes(withBirth)),
      pageText,
      anchor,
    );
    expect(check).toMatchObject({ record: 'unverifiable', recorded: null });
    // The one the maker embedded reads back as it was made.
    expect(parseRecordJson(recordJsonBytes(made.json))).toEqual({ ok: true, json: made.json });
  });
});

describe('other wallet records', () => {
  it('a match (dqc-yamada with 山田 花子’s card), minimal: no name, no birth date, unverifiable', async () => {
    const { json, pdf } = await walletRecord('dqc-yamada', 'mnc-yamada', true);
    expect(json.minimal).toBe(true);
    expect(Object.keys(json.result.mdoc?.elements[DQC_NAMESPACE] ?? {}).sort()).toEqual(
      ['issuing_body', 'qualification_code', 'qualification_name', 'registration_number'].sort(),
    );
    expect(json.result.identity).toEqual({ result: 'match' });
    for (const where of await everything(pdf))
      for (const personal of ['1990', '04-01', '04/01', '山田', '花子', ...MNC_ELEMENT_NAMES])
        expect(where).not.toContain(personal);
    expect((await visibleText(pdf)).replaceAll(' ', '')).toContain('本人確認:一致');
    const { out } = cliRecheck(pdf);
    expect(out).toMatchObject({ record: 'unverifiable', differences: [UNVERIFIABLE.wallet] });
  }, 60_000);

  it('a revoked wallet certificate without an identity check: its headline, no identity, unverifiable', async () => {
    const { json, pdf } = await walletRecord('dqc-revoked', undefined);
    expect(json.result).toMatchObject({ verdict: 'invalid', reasons: ['REVOKED'] });
    expect(json.result.identity).toBeUndefined();
    const text = (await visibleText(pdf)).replaceAll(' ', '');
    expect(text).toContain('無効です（取消されています）');
    expect(text).toContain('行っていません');
    const { out } = cliRecheck(pdf);
    expect(out).toMatchObject({ record: 'unverifiable', differences: [UNVERIFIABLE.wallet] });
  }, 60_000);
});
