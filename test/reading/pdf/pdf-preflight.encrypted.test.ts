// The pre-flight on encrypted PDFs (ISO 32000-1 §7.6): one that opens with the empty user
// password is counted decrypted — a certificate exactly as its unencrypted twin (operators,
// pixels, objects), its bytes plus those decrypted; an encrypted bomb is pdfTooMuchWork with the
// counter at its cap; one that needs a password, or a handler that cannot be followed here, is
// pdfEncrypted. Where pdf.js and the standard may read a stream differently (its own /Crypt
// filter, a cross-reference stream drawn as content, unencrypted metadata, a trailer without
// /Encrypt, objects in an encrypted object stream), the costlier reading is the one counted.
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCertificatePdf } from '../../../issuer/pdf';
import { makeDemoPhotoJpeg } from '../../../issuer/pdf/demo-photo';
import { zlibInflate } from '../../../reading/node/zlib-inflate';
import { preflight } from '../../../reading/pdf/pdf-preflight';
import { PDF_CAPS, type PdfWork, TooMuchWork, type WorkCap, WorkMeter } from '../../../reading/pdf/pdf-work';
import { SAMPLE } from '../../issuer/pdf/fixtures';
import { encryptPdf } from './support/encrypt-pdf';
import { contentBombObjects, encryptedContentBombPdf, encryptedRawPdf } from './support/encrypted-bomb';
import { A4, deflateRepeated, type RawObject } from './support/raw-pdf';
import { SCHEMES, standardHandler } from './support/standard-security';

const MiB = 1024 * 1024;

async function outcome(bytes: Uint8Array): Promise<{ work?: PdfWork; error?: unknown }> {
  const meter = new WorkMeter();
  try {
    await preflight(bytes, meter, zlibInflate);
    return { work: meter.work };
  } catch (error) {
    return { error };
  }
}

async function refusedFor(bytes: Uint8Array): Promise<{ cap: WorkCap; work: PdfWork }> {
  const { error } = await outcome(bytes);
  expect(error).toBeInstanceOf(TooMuchWork);
  return error as TooMuchWork;
}

const bomb = () => deflateRepeated(new Uint8Array(1 << 20), 1024);
const text = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('an encrypted certificate (empty user password) is counted like its unencrypted twin', () => {
  let twin: Uint8Array;
  let plain: PdfWork;
  beforeAll(async () => {
    const certificate = await renderCertificatePdf({ ...SAMPLE, photoJpeg: makeDemoPhotoJpeg(7) });
    // The same objects, written as encryptPdf writes them (no object streams), unencrypted.
    twin = await (await PDFDocument.load(certificate, { updateMetadata: false })).save({
      useObjectStreams: false,
    });
    plain = (await outcome(twin)).work as PdfWork;
  });

  it.each(SCHEMES)('%s', async (scheme) => {
    const { bytes } = await encryptPdf(twin, scheme);
    const { work, error } = await outcome(bytes);
    expect(error).toBeUndefined();
    const counted = work as PdfWork;
    expect(plain.operators).toBeGreaterThan(100);
    expect(plain.imagePixels).toBeGreaterThan(0);
    const same = ['operators', 'largestPageOperators', 'imagePixels', 'largestImageSide'] as const;
    for (const key of same) expect(counted[key], key).toBe(plain[key]);
    expect(counted.objects).toBe(plain.objects + 1); // the encryption dictionary
    // Bytes decrypted count like bytes inflated: more than the twin's, by less than the file.
    expect(counted.inflatedBytes).toBeGreaterThan(plain.inflatedBytes);
    expect(counted.inflatedBytes).toBeLessThanOrEqual(plain.inflatedBytes + bytes.length);
  });

  it.each(SCHEMES)('%s needing a user password: pdfEncrypted', async (scheme) => {
    const { bytes } = await encryptPdf(twin, scheme, { userPassword: 'secret' });
    const { error } = await outcome(bytes);
    expect(error).not.toBeInstanceOf(TooMuchWork);
    expect(error).toMatchObject({ problem: 'pdfEncrypted' });
  });
});

describe('an encrypted bomb is refused by what it inflates to', () => {
  it.each(SCHEMES)('%s: content inflating to 1 GiB, stopped at the stream cap', async (scheme) => {
    const { cap, work } = await refusedFor(encryptedContentBombPdf(1024 * MiB, scheme));
    expect(cap).toBe('streamBytes');
    expect(work.largestStreamBytes).toBe(PDF_CAPS.streamBytes);
    expect(work.inflatedBytes).toBeLessThanOrEqual(PDF_CAPS.streamBytes + 2 * MiB);
    expect(work.pagesRead).toBe(0);
  });

  it('the same bomb behind a user password is pdfEncrypted (nothing inflated)', async () => {
    const { error } = await outcome(encryptedContentBombPdf(1024 * MiB, 'aes-256', { userPassword: 'x' }));
    expect(error).toMatchObject({ problem: 'pdfEncrypted' });
  });
});

/** Catalog, pages (kid 7, inside the object stream), content `content`, object stream holding page 7. */
function pageInObjectStream(content: Uint8Array): RawObject[] {
  const page = `<< /Type /Page /Parent 2 0 R /MediaBox ${A4} /Contents 3 0 R >>`;
  const head = '7 0 ';
  return [
    { value: '<< /Type /Catalog /Pages 2 0 R >>' },
    { value: '<< /Type /Pages /Kids [7 0 R] /Count 1 >>' },
    { value: '/Filter /FlateDecode', stream: content },
    { value: `/Type /ObjStm /N 1 /First ${head.length}`, stream: text(`${head}${page}`) },
  ];
}

describe('where a stream may be read more than one way, the costlier counts', () => {
  const handler = standardHandler('aes-128');

  it('objects inside an encrypted object stream are read (the page, and what it draws)', async () => {
    const small = deflateRepeated(text('0 0 m\n'), 50);
    const { work } = await outcome(encryptedRawPdf(pageInObjectStream(small), handler));
    expect(work?.operators).toBe(50);
    expect((await refusedFor(encryptedRawPdf(pageInObjectStream(bomb()), handler))).cap).toBe('streamBytes');
  });

  it('a stream whose own /Crypt filter is /Identity, stored as it lies (the standard) or encrypted (pdf.js)', async () => {
    const objects = contentBombObjects(1024 * MiB);
    const content = objects[3] as RawObject;
    content.value =
      '/Filter [/Crypt /FlateDecode] /DecodeParms [<< /Type /CryptFilterDecodeParms /Name /Identity >> null]';
    expect((await refusedFor(encryptedRawPdf(objects, handler, [3]))).cap).toBe('streamBytes');
    expect((await refusedFor(encryptedRawPdf(objects, handler))).cap).toBe('streamBytes');
  });

  it('a cross-reference stream: as it lies (pdf.js reads its table so) and decrypted (when a page draws it)', async () => {
    const objects = contentBombObjects(1024 * MiB);
    (objects[3] as RawObject).value = '/Type /XRef /Filter /FlateDecode';
    expect((await refusedFor(encryptedRawPdf(objects, handler))).cap).toBe('streamBytes');
    expect((await refusedFor(encryptedRawPdf(objects, handler, [3]))).cap).toBe('streamBytes');
  });

  it('/EncryptMetadata false: metadata as it lies (a genuine XMP passes; a bomb there does not)', async () => {
    const unencryptedMetadata = standardHandler('aes-128', { encryptMetadata: false });
    const withMetadata = (data: Uint8Array, filter: string) => {
      const objects = contentBombObjects(1);
      (objects[0] as RawObject).value = '<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R >>';
      objects.push({ value: `/Type /Metadata /Subtype /XML ${filter}`, stream: data });
      return encryptedRawPdf(objects, unencryptedMetadata, [4]);
    };
    const xmp = text(
      '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"/>',
    );
    expect((await outcome(withMetadata(xmp, ''))).work).toBeDefined();
    expect((await refusedFor(withMetadata(bomb(), '/Filter /FlateDecode'))).cap).toBe('streamBytes');
  });

  it('an update whose trailer names no /Encrypt: the streams are counted as they lie too', async () => {
    const objects = contentBombObjects(1024 * MiB);
    const encrypted = Buffer.from(encryptedRawPdf(objects, handler, [3])).toString('latin1');
    const update = `\ntrailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n`;
    const { cap } = await refusedFor(new Uint8Array(Buffer.from(encrypted + update, 'latin1')));
    expect(cap).toBe('streamBytes');
  });
});

describe('encryption that cannot be followed here is pdfEncrypted', () => {
  const refused = async (bytes: Uint8Array) => {
    const { error } = await outcome(bytes);
    expect(error).not.toBeInstanceOf(TooMuchWork);
    expect(error).toMatchObject({ problem: 'pdfEncrypted' });
  };

  it('another security handler (public-key)', async () => {
    const handler = standardHandler('aes-128');
    await refused(
      encryptedRawPdf(contentBombObjects(1), {
        ...handler,
        dictionary: handler.dictionary.replace('/Standard', '/Adobe.PubSec'),
      }),
    );
  });

  it('more encryption dictionaries than a file needs (five trailers, five handlers)', async () => {
    const first = standardHandler('rc4-128');
    let text = Buffer.from(encryptedRawPdf(contentBombObjects(1), first)).toString('latin1');
    for (let n = 10; n < 14; n++) {
      const h = standardHandler('rc4-128');
      const id = `<${h.fileId.toString('hex')}>`;
      text += `${n} 0 obj\n<< ${h.dictionary} >>\nendobj\ntrailer\n<< /Size ${n + 1} /Root 1 0 R /Encrypt ${n} 0 R /ID [${id} ${id}] >>\n`;
    }
    await refused(new Uint8Array(Buffer.from(text, 'latin1')));
    // Four are still followed (each opens with the empty password).
    const four = text.slice(0, text.lastIndexOf('13 0 obj'));
    expect((await outcome(new Uint8Array(Buffer.from(four, 'latin1')))).work).toBeDefined();
  });

  it('an /Encrypt reference to no top-level object', async () => {
    const bytes = Buffer.from(encryptedContentBombPdf(1))
      .toString('latin1')
      .replace(/\/Encrypt \d+ 0 R/, '/Encrypt 99 0 R');
    await refused(new Uint8Array(Buffer.from(bytes, 'latin1')));
  });
});
