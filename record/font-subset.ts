// Runtime font subsetting for the record page: harfbuzz's hb-subset (harfbuzzjs's wasm, no
// imports, the same engine the issuer's subset-font drives) over the whole Noto Sans JP. A record
// prints arbitrary names (髙, 﨑, 𠮷…), so no subset fixed in advance would do; subsetting to the
// characters of one page keeps each record small (tens of KB of font instead of 5 MB).
// pdf-lib's own subsetting drops Noto Sans JP's glyphs (issuer/pdf/fonts.ts), hence harfbuzz.
// Runtime-neutral: the caller hands over the wasm and the font bytes (Node reads files, the app
// fetches its cached assets). The source face is parsed and preprocessed once and reused.

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;

interface HarfBuzz {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  hb_subset_preprocess(face: number): number;
}

export interface FontSubsetter {
  /** A TrueType font holding the glyphs of `text` (and .notdef), no hinting, no layout features. */
  subset(text: string): Uint8Array;
}

/** Accepts the wasm as bytes or as an already compiled module (a worker may compile it once). */
export async function loadFontSubsetter(
  wasm: BufferSource | WebAssembly.Module,
  font: Uint8Array,
): Promise<FontSubsetter> {
  const instance =
    wasm instanceof WebAssembly.Module
      ? await WebAssembly.instantiate(wasm, {})
      : (await WebAssembly.instantiate(wasm, {})).instance;
  const hb = instance.exports as unknown as HarfBuzz;
  hb._initialize();
  // The font stays in wasm memory for the subsetter's life: the face reads it in place.
  const fontPtr = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, fontPtr);
  const blob = hb.hb_blob_create(fontPtr, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
  const plain = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  // Preprocessing builds the lookups every subset would otherwise build again.
  const face = hb.hb_subset_preprocess(plain);
  hb.hb_face_destroy(plain);
  return { subset: (text) => subsetOnce(hb, face, text) };
}

function subsetOnce(hb: HarfBuzz, face: number, text: string): Uint8Array {
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('hb_subset_input_create_or_fail failed');
  let subset = 0;
  try {
    // No layout features: pdf-lib lays text out glyph by glyph from the cmap. No hinting: PDF
    // renderers scale outlines themselves.
    hb.hb_set_clear(hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG));
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const ch of new Set(text)) hb.hb_set_add(unicodes, ch.codePointAt(0) ?? 0);
    subset = hb.hb_subset_or_fail(face, input);
  } finally {
    hb.hb_subset_input_destroy(input);
  }
  if (subset === 0) throw new Error('hb_subset_or_fail failed');
  const blob = hb.hb_face_reference_blob(subset);
  try {
    const length = hb.hb_blob_get_length(blob);
    const data = hb.hb_blob_get_data(blob, 0);
    if (length === 0) throw new Error('empty font subset');
    return new Uint8Array(hb.memory.buffer, data, length).slice();
  } finally {
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(subset);
  }
}
