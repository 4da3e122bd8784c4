// The hostile PDFs of the adversarial review (issue 14 points 1, 2), built in memory: each is a
// few KB to ~1 MB of raw PDF syntax whose cost lies in what it inflates to, the operators it
// repeats, the pixels it declares, or (the shared image) in where pdf.js keeps an image.
import { deflateSync } from 'node:zlib';
import { qrGreyModules, qrMatrix } from '../../../../issuer/qr/qr-image';
import { A4, deflateRepeated, pageTree, type RawObject, rawPdf } from './raw-pdf';

const MiB = 1024 * 1024;
const flate = (data: Uint8Array | string) =>
  new Uint8Array(deflateSync(typeof data === 'string' ? Buffer.from(data, 'latin1') : data));

/** A grey image XObject of `width` × `height` whose data is `data` (already deflated). */
const greyImage = (width: number, height: number, data: Uint8Array): RawObject => ({
  value: `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`,
  stream: data,
});

/** `pages` pages, page i drawing `draw(i)` with the image XObjects `images` (objects after the pages). */
function pagesWith(
  pages: number,
  contents: (page: number) => number,
  extra: RawObject[],
  xobjects = '',
): Uint8Array {
  const objects = pageTree(pages);
  for (let i = 0; i < pages; i++)
    objects.push({
      value: `<< /Type /Page /Parent 2 0 R /MediaBox ${A4} /Contents ${contents(i)} 0 R /Resources << /XObject << ${xobjects} >> >> >>`,
    });
  return rawPdf([...objects, ...extra]);
}

/**
 * Point 1: the QR of `url` as one image XObject drawn on two pages ("two copies"): pdf.js keeps
 * an image used by several pages in its common objects (ids `g_…`).
 */
export function sharedImagePdf(url: string, pages = 2): Uint8Array {
  const { side, pixels } = qrGreyModules(qrMatrix(url, 'M'), 4);
  const first = pages + 3;
  return pagesWith(
    pages,
    () => first,
    [
      { value: '/Filter /FlateDecode', stream: flate('q 170 0 0 170 212 500 cm /Im1 Do Q') },
      greyImage(side, side, flate(pixels)),
    ],
    `/Im1 ${first + 1} 0 R`,
  );
}

/**
 * One A4 page with the code drawn as vectors, a filled rectangle per dark module (as some
 * generators and "print to PDF" of an SVG do).
 */
export function vectorQrPdf(url: string): Uint8Array {
  const { size, dark } = qrMatrix(url, 'M');
  const cells: string[] = [];
  dark.forEach((row, r) => {
    row.forEach((on, c) => {
      if (on) cells.push(`${c} ${size - 1 - r} 1 1 re`);
    });
  });
  const module = 200 / size;
  const content = `q ${module} 0 0 ${module} 200 400 cm 0 g\n${cells.join('\n')}\nf Q`;
  return pagesWith(1, () => 4, [{ value: '/Filter /FlateDecode', stream: flate(content) }]);
}

/** Point 2a: one page whose content stream inflates to `bytes` zero bytes (1 GiB: ~1 MB file). */
export function contentBombPdf(bytes = 1024 * MiB): Uint8Array {
  return pagesWith(1, () => 4, [
    { value: '/Filter /FlateDecode', stream: deflateRepeated(new Uint8Array(MiB), bytes / MiB) },
  ]);
}

/** `count` path operators (`0 0 m`), deflated. */
const operators = (count: number) =>
  deflateRepeated(new TextEncoder().encode('0 0 m\n'.repeat(1000)), count / 1000);

/** Point 2b: `pages` pages sharing one content stream of `ops` operators (50 × 2 M: ~15 KB). */
export function sharedOperatorsPdf(pages = 50, ops = 2_000_000): Uint8Array {
  return pagesWith(pages, () => pages + 3, [{ value: '/Filter /FlateDecode', stream: operators(ops) }]);
}

/** Point 2e: one page of `ops` operators. */
export const manyOperatorsPdf = (ops = 2_000_000) => sharedOperatorsPdf(1, ops);

/** Point 2c: `pages` empty pages of the largest size PDF allows (200 × 200 inches). */
export function blankPagesPdf(pages = 50, side = 14_400): Uint8Array {
  const objects = pageTree(pages);
  for (let i = 0; i < pages; i++)
    objects.push({ value: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${side} ${side}] >>` });
  return rawPdf(objects);
}

/** One page drawing each of `images` (grey, Flate) full-page. */
function imagesPdf(images: RawObject[]): Uint8Array {
  const names = images.map((_, i) => `/Im${i}`);
  const draw = names.map((n) => `q 595 0 0 842 0 0 cm ${n} Do Q`).join('\n');
  return pagesWith(
    1,
    () => 4,
    [{ value: '/Filter /FlateDecode', stream: flate(draw) }, ...images],
    names.map((n, i) => `${n} ${i + 5} 0 R`).join(' '),
  );
}

/** Point 2d: a 100 × 100 image whose data inflates to `bytes` (1 GiB). */
export const imageBombPdf = (bytes = 1024 * MiB) =>
  imagesPdf([greyImage(100, 100, deflateRepeated(new Uint8Array(MiB).fill(255), bytes / MiB))]);

/** Point 2f: a `width` × `height` image (21 × 1,900,000: just under pdf.js's 40 MP). */
export const tallImagePdf = (width = 21, height = 1_900_000) =>
  imagesPdf([
    greyImage(width, height, deflateRepeated(new Uint8Array(width * 1000).fill(255), height / 1000)),
  ]);

/** Point 2g: `count` distinct `side` × `side` images (10 × 6300²: 397 MP declared). */
export const manyLargeImagesPdf = (count = 10, side = 6300) =>
  imagesPdf(
    Array.from({ length: count }, (_, i) =>
      greyImage(side, side, deflateRepeated(new Uint8Array(side * 100).fill(200 + i), side / 100)),
    ),
  );

/** Every hostile file of point 2, by name (what the bench and the CLI test iterate over). */
export const HOSTILE_PDFS: Record<string, () => Uint8Array> = {
  'content-1GiB-zeros': () => contentBombPdf(),
  '50-pages-share-2M-ops': () => sharedOperatorsPdf(),
  '50-blank-pages': () => blankPagesPdf(),
  'image-100x100-1GiB': () => imageBombPdf(),
  'page-2M-ops': () => manyOperatorsPdf(),
  'image-21x1900000': () => tallImagePdf(),
  '10-images-6300x6300': () => manyLargeImagesPdf(),
};
