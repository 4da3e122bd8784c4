// Bad input to the re-check: anything that is not a readable record — not a PDF, a PDF with no
// record, malformed or oversized JSON (a compressed stream claiming more than 2 MiB is stopped at
// the cap), another `record` version, two record files — is unverifiable with its reason, never a
// throw.
import { deflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AnchorKey, importAnchorJwk } from '../../core/trust-list';
import { publicJwk } from '../../issuer/folder/keys';
import { renderCertificatePdf } from '../../issuer/pdf/index';
import { EMBEDDED_PROBLEMS, embeddedRecordJson } from '../../record/embedded-file';
import { checkRecordPdf } from '../../record/read-record';
import { MAX_RECORD_JSON_BYTES, RECORD_FILE_NAME, type RecordJson } from '../../record/record-json';
import { context, issueUrl, makeWorld } from '../helpers/world';
import { SAMPLE } from '../issuer/pdf/fixtures';
import { jsonBytes, pageText, recordOf, withEmbedded } from './support/records';

let anchor: AnchorKey;
let record: { json: RecordJson; pdf: Uint8Array };

beforeAll(async () => {
  const world = await makeWorld();
  anchor = await importAnchorJwk(publicJwk(world.anchor));
  record = await recordOf(await issueUrl(world), context(world));
}, 60_000);

const check = (pdf: Uint8Array) => checkRecordPdf(pdf, pageText, anchor).then((r) => r.check);

/** A record PDF whose embedded file is `raw` with the given stream dictionary entries. */
async function withRawStream(raw: Uint8Array, dict: Record<string, unknown>): Promise<Uint8Array> {
  const doc = await PDFDocument.load(record.pdf);
  const ref = doc.context.register(doc.context.stream(raw, dict as never));
  const spec = doc.context.obj({ Type: 'Filespec', F: PDFString.of(RECORD_FILE_NAME), EF: { F: ref } });
  doc.catalog
    .lookup(PDFName.of('Names'), PDFDict)
    .set(
      PDFName.of('EmbeddedFiles'),
      doc.context.obj({ Names: [PDFString.of(RECORD_FILE_NAME), doc.context.register(spec)] }),
    );
  return doc.save();
}

describe('what is not a readable record', () => {
  it('bytes that are not a PDF', async () => {
    expect(await check(new TextEncoder().encode('hello, not a pdf'))).toEqual({
      record: 'unverifiable',
      recorded: null,
      differences: [EMBEDDED_PROBLEMS.notPdf],
    });
  });

  it('a certificate PDF (no dqc-record.json)', async () => {
    const certificate = await renderCertificatePdf(SAMPLE);
    expect(await check(certificate)).toMatchObject({
      record: 'unverifiable',
      recorded: null,
      differences: [EMBEDDED_PROBLEMS.notRecord],
    });
  });

  it('malformed JSON', async () => {
    const r = await check(
      await withEmbedded(record.pdf, new TextEncoder().encode('{"record": 1, "checkedAt":')),
    );
    expect(r).toMatchObject({ record: 'unverifiable', recorded: null });
    expect(r.differences?.[0]).toContain('JSON として読めません');
  });

  it('an unknown record version', async () => {
    const r = await check(await withEmbedded(record.pdf, jsonBytes({ ...record.json, record: 2 })));
    expect(r.record).toBe('unverifiable');
    expect(r.differences?.[0]).toContain('版（record: 2）に対応していません');
  });

  it('more than 2 MiB of JSON in a small compressed stream stops at the cap', async () => {
    const padded = jsonBytes({ ...record.json, pad: ' '.repeat(MAX_RECORD_JSON_BYTES) });
    const pdf = await withEmbedded(record.pdf, padded);
    expect(pdf.length).toBeLessThan(record.pdf.length + 10_000);
    expect(await embeddedRecordJson(pdf)).toEqual({ ok: false, problem: 'tooLarge' });
    expect((await check(pdf)).differences).toEqual([EMBEDDED_PROBLEMS.tooLarge]);
  });

  it('more than 2 MiB stored without compression', async () => {
    const pdf = await withRawStream(new Uint8Array(MAX_RECORD_JSON_BYTES + 1).fill(0x20), {});
    expect(await embeddedRecordJson(pdf)).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('a stream that is not a zlib stream, or in another encoding', async () => {
    const flate = await withRawStream(Uint8Array.of(1, 2, 3, 4, 5, 6, 7), { Filter: 'FlateDecode' });
    expect(await embeddedRecordJson(flate)).toEqual({ ok: false, problem: 'corrupt' });
    const hex = await withRawStream(new TextEncoder().encode('7b7d>'), { Filter: 'ASCIIHexDecode' });
    expect(await embeddedRecordJson(hex)).toEqual({ ok: false, problem: 'encoding' });
  });

  it('an uncompressed record JSON is read like a compressed one', async () => {
    const bytes = jsonBytes(record.json);
    expect(await embeddedRecordJson(await withRawStream(bytes, {}))).toEqual({ ok: true, bytes });
    const deflated = await withRawStream(deflateSync(bytes), { Filter: 'FlateDecode' });
    expect(await embeddedRecordJson(deflated)).toEqual({ ok: true, bytes });
  });
});
