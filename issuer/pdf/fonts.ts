// Japanese fonts for the certificate. pdf-lib's own subsetting (`subset: true`) silently drops
// glyphs of Noto Sans JP (the text still extracts, but renders blank), so the TTF is subset with
// harfbuzz (subset-font) to exactly the characters used and embedded whole (`subset: false`).
// Subsets are cached per character set: batches repeat the bold set (labels + title) and every
// document only pays for one regular subset (~5–10 ms).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import subsetFont from 'subset-font';

export type FontWeight = 'regular' | 'bold';

const FONT_FILES: Record<FontWeight, { module: string; postscriptName: string }> = {
  regular: {
    module: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
    postscriptName: 'NotoSansJP-Regular',
  },
  bold: {
    module: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
    postscriptName: 'NotoSansJP-Bold',
  },
};

/** Code points that need no glyph of their own: variation selectors ride on the base character. */
const NEEDS_NO_GLYPH = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
const MAX_CACHED_SUBSETS = 256;

/** Buffers, not plain Uint8Arrays: subset-font's format sniffing needs Buffer methods. */
const originals = new Map<FontWeight, Promise<Buffer>>();
/** Insertion-ordered, so deleting and re-inserting on a hit makes it an LRU. */
const subsets = new Map<string, Promise<Uint8Array>>();

function original(weight: FontWeight): Promise<Buffer> {
  let bytes = originals.get(weight);
  if (!bytes) {
    const path = createRequire(import.meta.url).resolve(FONT_FILES[weight].module);
    bytes = readFile(path);
    originals.set(weight, bytes);
  }
  return bytes;
}

/** The distinct code points of `text`, sorted: the cache key and the subset's content. */
export function characterSet(text: string): string {
  return [...new Set(text)].sort().join('');
}

async function makeSubset(weight: FontWeight, chars: string): Promise<Uint8Array> {
  // No layout features: pdf-lib lays text out glyph by glyph from the cmap, and GSUB closure
  // would only pull in vertical and alternate forms the certificate never uses. No hinting:
  // PDF renderers scale outlines themselves, and dropping it halves the subsetting time.
  const bytes = new Uint8Array(
    await subsetFont(await original(weight), chars, {
      targetFormat: 'truetype',
      keepFeatures: [],
      noHinting: true,
    }),
  );
  const missing = missingIn(fontkit.create(bytes), chars);
  if (missing.length > 0) throw new Error(noGlyphMessage(missing));
  return bytes;
}

type Face = ReturnType<typeof fontkit.create>;

/** The characters of `chars` the face cannot draw, as U+XXXX (code points only: the text itself may be personal data). */
function missingIn(face: Face, chars: string): string[] {
  return [...chars]
    .filter((c) => !NEEDS_NO_GLYPH.test(c) && !face.hasGlyphForCodePoint(c.codePointAt(0) ?? 0))
    .map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
}

export const noGlyphMessage = (missing: string[]) =>
  `証明書の PDF のフォント（Noto Sans JP）にない文字があります（${missing.join(' ')}）: 文字を確かめるか、--pdf なしで発行してください`;

const faces = new Map<FontWeight, Promise<Face>>();

/**
 * The characters of `text` the certificate font cannot draw, in either weight: checked before a
 * batch with --pdf signs anything (a Korean name stopped a batch part way, after signing).
 */
export async function glyphsMissing(text: string): Promise<string[]> {
  const chars = characterSet(text);
  const missing = new Set<string>();
  for (const weight of ['regular', 'bold'] as const) {
    let face = faces.get(weight);
    if (!face) {
      face = original(weight).then((bytes) => fontkit.create(bytes));
      faces.set(weight, face);
    }
    for (const c of missingIn(await face, chars)) missing.add(c);
  }
  return [...missing];
}

/** A TrueType subset of Noto Sans JP holding exactly the characters of `text`. */
export function subsetFor(weight: FontWeight, text: string): Promise<Uint8Array> {
  const key = `${weight}\u0000${characterSet(text)}`;
  let subset = subsets.get(key);
  if (subset) {
    subsets.delete(key);
  } else {
    subset = makeSubset(weight, characterSet(text));
    // A failed subset must not stay cached.
    subset.catch(() => subsets.delete(key));
    if (subsets.size >= MAX_CACHED_SUBSETS) subsets.delete(subsets.keys().next().value as string);
  }
  subsets.set(key, subset);
  return subset;
}

/** A six-letter subset tag (PDF 32000 §9.6.4) derived from the character set, so output is stable. */
function subsetTag(text: string): string {
  let h = 0x811c9dc5;
  for (const c of characterSet(text)) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++, h = Math.floor(h / 26)) tag += String.fromCharCode(65 + (h % 26));
  return tag;
}

/** Embeds the subset for `text`; the document must have fontkit registered. */
export async function embedJapaneseFont(
  doc: PDFDocument,
  weight: FontWeight,
  text: string,
): Promise<PDFFont> {
  const bytes = await subsetFor(weight, text);
  return doc.embedFont(bytes, {
    subset: false,
    customName: `${subsetTag(text)}+${FONT_FILES[weight].postscriptName}`,
  });
}

export { fontkit };
