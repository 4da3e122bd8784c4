// The pre-flight of a PDF: before pdf.js reads anything, what each page would make it do is
// counted from the file itself (pdf-objects.ts) and charged to the work budget (pdf-work.ts):
// bytes inflated (a stream counts once per page that reads it; a form once per time it is
// drawn), operators per page and per file, image pixels. A file over any cap is refused here,
// in milliseconds, with the counters that show why. pdf.js offers no such limits itself (only
// maxImageSize, per image): once it has started on a page it can only be stopped from outside.
// An encrypted file that opens with the empty user password (an owner password alone, as
// documents are published to discourage editing) is counted decrypted, each way pdf.js may
// read a stream (pdf-encryption.ts), decrypted bytes counting like inflated ones; one that needs
// a real password is refused as pdfEncrypted.

import { ReadError } from '../file-kind';
import { type ContentCount, countContent } from './pdf-content';
import { readData } from './pdf-encryption';
import { IMAGE_CODECS, type Inflater, inflationBound } from './pdf-filters';
import { imageLimit } from './pdf-image-limit';
import { decodeObject, filtersOf, type ObjectTable, type PdfObject, readObjects } from './pdf-objects';
import { isDict, type PdfDict, type PdfValue, Ref } from './pdf-syntax';
import type { WorkMeter } from './pdf-work';

/** pdf.js skips images over this many pixels (our getDocument option maxImageSize). */
export const MAX_IMAGE_PIXELS = 40_000_000;
const MAX_PAGES_WALKED = 50;
const MAX_FORM_DEPTH = 12;

/** What one page costs so far: operators, and the images and patterns it draws (each once). */
interface Tally {
  operators: number;
  images: Set<PdfObject>;
  patterns: Set<PdfObject>;
}

interface Page {
  dict: PdfDict;
  resources: PdfDict | undefined;
}

/** What the pre-flight leaves for the reading: how to read a stream's data (decrypted). */
export interface Preflighted {
  /** Stream `num gen`'s data, as it lies at `start` in the file, each way pdf.js may read it. */
  streamData(num: number, gen: number, start: number, data: Uint8Array): Uint8Array[];
  /** The file as one character per byte, searched once more for the JPEG streams. */
  text: string;
}

export async function preflight(
  bytes: Uint8Array,
  meter: WorkMeter,
  inflate: Inflater,
): Promise<Preflighted> {
  const table = await readObjects(bytes, meter, inflate);
  // Its streams cannot be counted without the password (and pdf.js inflates a stream in one
  // native call that no worker's end interrupts: a 1 MB encrypted file took a tab past 1.2 GB).
  if (table.locked) throw new ReadError('pdfEncrypted');
  const reader = new Preflight(bytes, table, meter, inflate);
  for (const page of pagesOf(table, meter)) await reader.page(page);
  await reader.rest();
  return {
    text: table.text,
    streamData: (num, gen, start, data) => {
      if (!table.encrypted) return [data];
      const found = table.versions(new Ref(num, gen)).find((o) => o.gen === gen && o.data?.start === start);
      const object = found ?? { num, gen, value: new Map() };
      return table.readings(object).map((reading) => readData(reading, object, data));
    },
  };
}

/** The first pages of the page tree (§7.7.3), each with the resources it inherits. */
function pagesOf(table: ObjectTable, meter: WorkMeter): Page[] {
  const pages: Page[] = [];
  const seen = new Set<PdfDict>();
  const walk = (node: PdfValue | undefined, inherited: PdfDict | undefined, depth: number) => {
    // A page the scan cannot find may still be found by pdf.js (its cross-reference table).
    if (node instanceof Ref && table.versions(node).length === 0) meter.fail('unmeasurable');
    const dict = table.resolve(node);
    if (!isDict(dict) || pages.length >= MAX_PAGES_WALKED || depth > 64) return;
    const own = table.resolve(dict.get('Resources'));
    const resources = isDict(own) ? own : inherited;
    const kids = table.resolve(dict.get('Kids'));
    if (Array.isArray(kids) && dict.get('Type') !== 'Page') {
      if (seen.has(dict)) return;
      seen.add(dict);
      for (const kid of kids) walk(kid, resources, depth + 1);
    } else pages.push({ dict, resources });
  };
  walk(table.root?.get('Pages'), undefined, 0);
  return pages;
}

class Preflight {
  /** Per stream: what reading it once costs (inflated bytes and, for content, its count). */
  private readonly cost = new Map<PdfObject, { bytes: number; content?: ContentCount }>();
  private readonly type3Counted = new Set<PdfObject>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly table: ObjectTable,
    private readonly meter: WorkMeter,
    private readonly inflate: Inflater,
  ) {}

  async page({ dict, resources }: Page): Promise<void> {
    const tally: Tally = { operators: 0, images: new Set(), patterns: new Set() };
    const contents = this.table.resolve(this.need(dict.get('Contents')));
    for (const ref of Array.isArray(contents) ? contents : [dict.get('Contents')])
      await this.content(await this.costliest(this.need(ref)), resources, 1, tally, 0, new Set());
    // Annotation appearances are drawn with the page (§12.5.5).
    const annots = this.table.resolve(dict.get('Annots'));
    for (const a of Array.isArray(annots) ? annots.slice(0, 1000) : []) {
      const annot = this.table.resolve(a);
      const ap = isDict(annot) ? this.table.resolve(annot.get('AP')) : undefined;
      const normal = isDict(ap) ? ap.get('N') : undefined;
      const states = this.table.resolve(normal);
      const streams = isDict(states) && !this.table.get(normal)?.data ? [...states.values()] : [normal];
      for (const s of streams.slice(0, 16))
        await this.form(await this.costliest(s), resources, 1, tally, 1, new Set());
    }
    this.meter.pageOperators(tally.operators);
    // Pixels of every image first (no inflation spent on a page refused for its pixels).
    const images = [...tally.images].filter((image) => this.pixels(image));
    for (const image of images) this.meter.inflated((await this.measure(image, false)).bytes);
  }

  /**
   * A reference the page's drawing depends on must lead somewhere: pdf.js may find through the
   * cross-reference table what this scan did not, and that could not be counted.
   */
  private need(ref: PdfValue | undefined): PdfValue | undefined {
    if (ref instanceof Ref && this.table.versions(ref).length === 0) this.meter.fail('unmeasurable');
    return ref;
  }

  /** Of every definition of a content stream, the one with the most operators (pdf.js may read any). */
  private async costliest(ref: PdfValue | undefined): Promise<PdfObject | undefined> {
    let worst: { object: PdfObject; operators: number } | undefined;
    for (const object of this.table.versions(ref)) {
      if (!object.data) continue;
      const operators = (await this.measure(object, true)).content?.operators ?? 0;
      if (!worst || operators > worst.operators) worst = { object, operators };
    }
    return worst?.object;
  }

  /** Of every definition of an image, the largest (pdf.js may read any). */
  private largest(ref: PdfValue | undefined): PdfObject | undefined {
    let best: { object: PdfObject; pixels: number } | undefined;
    for (const object of this.table.versions(ref)) {
      const d = object.value;
      if (!isDict(d) || !object.data) continue;
      const pixels =
        (Number(this.table.resolve(d.get('Width'))) || 0) *
        (Number(this.table.resolve(d.get('Height'))) || 0);
      if (!best || pixels > best.pixels) best = { object, pixels };
    }
    return best?.object;
  }

  /** A content stream read `times` times: its bytes, its operators, and what it draws. */
  private async content(
    stream: PdfObject | undefined,
    resources: PdfDict | undefined,
    times: number,
    tally: Tally,
    depth: number,
    inProgress: Set<PdfObject>,
  ): Promise<void> {
    if (!stream?.data || inProgress.has(stream)) return;
    const count = (await this.measure(stream, true)).content as ContentCount;
    this.meter.inflated((this.cost.get(stream) as { bytes: number }).bytes, times);
    tally.operators += count.operators * times;
    for (const [width, height] of count.inlineImages) this.meter.image(width, height, times);
    if (tally.operators > this.meter.caps.pageOperators) this.meter.pageOperators(tally.operators);
    await this.resourceStreams(resources, tally);
    const xobjects = this.table.resolve(this.need(resources?.get('XObject')));
    inProgress.add(stream);
    for (const [name, drawn] of count.drawn) {
      const ref = isDict(xobjects) ? this.need(xobjects.get(name)) : undefined;
      const preferred = this.table.get(ref)?.value;
      if (!isDict(preferred)) continue;
      if (preferred.get('Subtype') === 'Image') {
        const image = this.largest(ref);
        if (!image) continue;
        tally.images.add(image);
        const mask = this.largest(this.need((image.value as PdfDict).get('SMask')));
        if (mask) tally.images.add(mask);
      } else if (depth < MAX_FORM_DEPTH)
        await this.form(await this.costliest(ref), resources, times * drawn, tally, depth + 1, inProgress);
    }
    inProgress.delete(stream);
  }

  /** A form XObject (§8.10): its own resources, or those of where it is drawn. */
  private form(
    form: PdfObject | undefined,
    inherited: PdfDict | undefined,
    times: number,
    tally: Tally,
    depth: number,
    inProgress: Set<PdfObject>,
  ): Promise<void> {
    const own = isDict(form?.value) ? this.table.resolve(form.value.get('Resources')) : undefined;
    // Each drawing of a form is one more operator at least, even an empty one.
    tally.operators += times;
    return this.content(form, isDict(own) ? own : inherited, times, tally, depth, inProgress);
  }

  /** Tiling patterns (once per page) and Type 3 glyph procedures (once per file) in `resources`. */
  private async resourceStreams(resources: PdfDict | undefined, tally: Tally): Promise<void> {
    const patterns = this.table.resolve(resources?.get('Pattern'));
    if (isDict(patterns))
      for (const p of [...patterns.values()].slice(0, 256)) {
        const o = this.table.get(p);
        if (o?.data && (o.value as PdfDict).get('PatternType') === 1 && !tally.patterns.has(o)) {
          tally.patterns.add(o);
          await this.form(o, resources, 1, tally, MAX_FORM_DEPTH, new Set());
        }
      }
    const fonts = this.table.resolve(resources?.get('Font'));
    if (isDict(fonts))
      for (const f of [...fonts.values()].slice(0, 256)) {
        const font = this.table.get(f);
        if (
          !font ||
          !isDict(font.value) ||
          this.type3Counted.has(font) ||
          font.value.get('Subtype') !== 'Type3'
        )
          continue;
        this.type3Counted.add(font);
        const procs = this.table.resolve(font.value.get('CharProcs'));
        if (isDict(procs))
          for (const proc of [...procs.values()].slice(0, 4096))
            await this.form(this.table.get(proc), resources, 1, tally, MAX_FORM_DEPTH, new Set());
      }
  }

  /** Charges an image's pixels; false when pdf.js would skip it (no size, or over 40 MP). */
  private pixels(object: PdfObject): boolean {
    const dict = object.value as PdfDict;
    if (dict.get('Subtype') !== 'Image') return false;
    const width = Number(this.table.resolve(dict.get('Width') ?? dict.get('W')));
    const height = Number(this.table.resolve(dict.get('Height') ?? dict.get('H')));
    if (!(width > 0 && height > 0) || width * height > MAX_IMAGE_PIXELS) return false;
    this.meter.image(width, height);
    return true;
  }

  /** Every stream no page reached (fonts, colour profiles, attachments): inflated once. */
  async rest(): Promise<void> {
    for (const s of this.table.streams)
      if (!this.cost.has(s)) this.meter.inflated((await this.measure(s, false)).bytes);
  }

  /** Decodes a stream once (capped), remembering its inflated size and, for content, its count. */
  private async measure(
    stream: PdfObject,
    isContent: boolean,
  ): Promise<{ bytes: number; content?: ContentCount }> {
    const known = this.cost.get(stream);
    if (known && (known.content || !isContent)) return known;
    const dict = stream.value as PdfDict;
    const filters = filtersOf(dict, this.table);
    // pdf.js decodes BrotliDecode (PDF 2.0) whole, with no output limit, and this pre-flight has no
    // bounded Brotli decoder to count it: such a stream cannot be measured, so the file is refused.
    if (filters.some((f) => f === 'BrotliDecode' || f === 'BrD')) this.meter.fail('unmeasurable');
    const pixels = dict.get('Subtype') === 'Image' && !filters.some((f) => IMAGE_CODECS.has(f));
    const limit = pixels ? imageLimit(dict, this.table) : this.meter.caps.streamBytes;
    const { start, end } = stream.data as { start: number; end: number };
    // Pixel data that cannot inflate past what the image needs is not inflated here at all
    // (decrypting it gives no more bytes than lie in the file).
    const bound = inflationBound(filters, end - start);
    if (pixels && !isContent && bound <= limit) {
      const cost = { bytes: bound + (this.table.encrypted ? end - start : 0) };
      this.cost.set(stream, cost);
      return cost;
    }
    const readings = await decodeObject(
      this.bytes,
      stream,
      this.table,
      Math.min(limit, this.meter.caps.streamBytes * 4),
      this.inflate,
    );
    if (readings.some((r) => r.over)) {
      this.meter.inflated(limit);
      this.meter.fail('streamBytes');
    }
    // Of several ways pdf.js may read it, the costliest (most bytes, most operators) is what each
    // use costs; the others were this pre-flight's own work, charged once.
    let cost: { bytes: number; content?: ContentCount } = { bytes: 0 };
    let all = 0;
    for (const r of readings) {
      const content = isContent ? countContent(r.bytes, this.meter.caps.pageOperators) : undefined;
      all += r.bytes.length + r.decrypted;
      const bytes = Math.max(cost.bytes, r.bytes.length + r.decrypted);
      if (content && (!cost.content || content.operators > cost.content.operators)) cost = { bytes, content };
      else cost = { ...cost, bytes };
    }
    if (all > cost.bytes) this.meter.inflated(all - cost.bytes);
    this.cost.set(stream, cost);
    return cost;
  }
}
