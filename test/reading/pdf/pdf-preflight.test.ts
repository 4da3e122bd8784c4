// The pre-flight of the PDF work budget (issue 14 point 2): each hostile file of the adversarial
// review is refused before pdf.js reads a page, by the cap that bounds what it asks for, with
// counters that stop one step past that cap; certificate PDFs pass with counters far inside
// every cap. Counts are asserted, never time.
import { describe, expect, it } from 'vitest';
import { zlibInflate } from '../../../reading/node/zlib-inflate';
import { streamInflate } from '../../../reading/pdf/pdf-filters';
import { preflight } from '../../../reading/pdf/pdf-preflight';
import { PDF_CAPS, TooMuchWork, type WorkCap, WorkMeter } from '../../../reading/pdf/pdf-work';
import { encryptedContentBombPdf } from './support/encrypted-bomb';
import {
  blankPagesPdf,
  contentBombPdf,
  imageBombPdf,
  manyLargeImagesPdf,
  manyOperatorsPdf,
  sharedImagePdf,
  sharedOperatorsPdf,
  tallImagePdf,
} from './support/hostile-pdfs';
import { A4, deflateRepeated, pageTree, rawPdf } from './support/raw-pdf';

const MiB = 1024 * 1024;

async function refusal(bytes: Uint8Array, inflate = zlibInflate): Promise<TooMuchWork> {
  const meter = new WorkMeter();
  const error = await preflight(bytes, meter, inflate).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TooMuchWork);
  expect((error as TooMuchWork).problem).toBe('pdfTooMuchWork');
  return error as TooMuchWork;
}

async function passes(bytes: Uint8Array) {
  const meter = new WorkMeter();
  await preflight(bytes, meter, zlibInflate);
  return meter.work;
}

describe('preflight refuses the hostile files by what they ask for', () => {
  it.each<[string, () => Uint8Array, WorkCap]>([
    ['a page whose content inflates to 1 GiB of zeros (~1 MB file)', () => contentBombPdf(), 'streamBytes'],
    ['a 100 × 100 image whose data inflates to 1 GiB', () => imageBombPdf(), 'streamBytes'],
    ['one page of 2 M operators', () => manyOperatorsPdf(), 'pageOperators'],
    ['50 pages sharing one stream of 2 M operators', () => sharedOperatorsPdf(), 'pageOperators'],
    ['a 21 × 1,900,000 image', () => tallImagePdf(), 'imageSide'],
    ['ten distinct 6300 × 6300 images (397 MP)', () => manyLargeImagesPdf(), 'imagePixels'],
  ])('%s: %s', async (_, make, cap) => {
    const { cap: hit, work } = await refusal(make());
    expect(hit).toBe(cap);
    // What was spent before the refusal stays within reach of the caps.
    expect(work.inflatedBytes).toBeLessThanOrEqual(PDF_CAPS.streamBytes + 2 * MiB);
    expect(work.largestPageOperators).toBeLessThanOrEqual(PDF_CAPS.pageOperators + 1);
    expect(work.imagePixels).toBeLessThanOrEqual(PDF_CAPS.imagePixels + 40_000_000);
  });

  it('stops inflating an image one slack past what its pixels need (not at the stream cap)', async () => {
    const { work } = await refusal(imageBombPdf(64 * MiB));
    expect(work.inflatedBytes).toBeLessThan(1 * MiB); // 100 × 100 grey needs 10 KB
  });

  it('counts a content stream once per page that reads it', async () => {
    const { cap, work } = await refusal(sharedOperatorsPdf(50, 150_000));
    expect(cap).toBe('fileOperators');
    expect(work.largestPageOperators).toBe(150_000);
    expect(work.operators).toBe(Math.ceil((PDF_CAPS.fileOperators + 1) / 150_000) * 150_000);
  });

  it('the browser’s inflater (DecompressionStream) gives the same refusals', async () => {
    expect((await refusal(contentBombPdf(), streamInflate)).cap).toBe('streamBytes');
    expect((await refusal(imageBombPdf(), streamInflate)).cap).toBe('streamBytes');
  });

  it('50 blank pages cost nothing to check (and nothing to read: pdf-scan.budget.test.ts)', async () => {
    const work = await passes(blankPagesPdf());
    expect(work).toMatchObject({ operators: 0, imagePixels: 0, inflatedBytes: 0 });
  });

  it('a form drawn many times counts each time (a nesting bomb of empty-looking forms)', async () => {
    // Form 5 draws form 6 1,000 times; form 6 has 300 operators: 300,000 on one page.
    const objects = pageTree(1);
    objects.push(
      {
        value: `<< /Type /Page /Parent 2 0 R /MediaBox ${A4} /Contents 4 0 R /Resources << /XObject << /A 5 0 R >> >> >>`,
      },
      { value: '', stream: new TextEncoder().encode('/A Do') },
      {
        value: '/Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources << /XObject << /B 6 0 R >> >>',
        stream: new TextEncoder().encode('/B Do\n'.repeat(1000)),
      },
      {
        value: '/Type /XObject /Subtype /Form /BBox [0 0 1 1] /Filter /FlateDecode',
        stream: deflateRepeated(new TextEncoder().encode('0 0 m\n'), 300),
      },
    );
    const { cap, work } = await refusal(rawPdf(objects));
    expect(cap).toBe('pageOperators');
    expect(work.largestPageOperators).toBeGreaterThan(PDF_CAPS.pageOperators);
  });

  it('a page drawing an object the scan cannot find is not read (pdf.js might find it)', async () => {
    const objects = pageTree(1);
    objects.push({ value: `<< /Type /Page /Parent 2 0 R /MediaBox ${A4} /Contents 9 0 R >>` });
    expect((await refusal(rawPdf(objects))).cap).toBe('unmeasurable');
  });

  it('a BrotliDecode stream cannot be counted (pdf.js decodes it whole): the file is not read', async () => {
    for (const filter of ['/BrotliDecode', '[/FlateDecode /BrotliDecode]', '/BrD']) {
      const objects = pageTree(1);
      objects.push({ value: `<< /Type /Page /Parent 2 0 R /MediaBox ${A4} /Contents 4 0 R >>` });
      objects.push({ value: `/Filter ${filter}`, stream: new Uint8Array(64) });
      expect((await refusal(rawPdf(objects))).cap).toBe('unmeasurable');
    }
  });

  it('of two definitions of a content stream, the costlier counts (the table may point at either)', async () => {
    // Object 4 twice: 2 M operators first, then an empty update; the cross-reference table
    // written by rawPdf points at the first.
    const objects = pageTree(1);
    objects.push(
      { value: `<< /Type /Page /Parent 2 0 R /MediaBox ${A4} /Contents 4 0 R >>` },
      {
        value: '/Filter /FlateDecode',
        stream: deflateRepeated(new TextEncoder().encode('0 0 m\n'), 2_000_000),
      },
    );
    const bytes = Buffer.concat([
      Buffer.from(rawPdf(objects)),
      Buffer.from('4 0 obj\n<< /Length 0 >>\nstream\n\nendstream\nendobj\n', 'latin1'),
    ]);
    expect((await refusal(new Uint8Array(bytes))).cap).toBe('pageOperators');
  });

  it('an encrypted file that opens without a password is counted decrypted: its bomb is refused', async () => {
    // pdf-preflight.encrypted.test.ts covers every scheme; this is the review's file (RC4-40).
    const { cap, work } = await refusal(encryptedContentBombPdf());
    expect(cap).toBe('streamBytes');
    expect(work.largestStreamBytes).toBe(PDF_CAPS.streamBytes);
  });

  it('a shared QR image is one image (the page scan then reads it on both pages)', async () => {
    const work = await passes(sharedImagePdf('https://example.jp/w/?c=AAAA'));
    expect(work.operators).toBe(8);
    expect(work.imagePixels).toBeGreaterThan(0);
  });
});
