// Rendering a page to look for codes drawn as vectors, or too damaged to read from an image
// object. Each render is sized before it is made and charged to the work budget (pixels per
// render and per file), and stopped when the page's time is up: the renders were what let 50
// blank pages of 200 × 200 inches cost 24 s and 3.7 GB.
import type { PDFPageProxy, RenderTask } from 'pdfjs-dist';
import type { FoundCode, PdfEnvironment } from './pdf-scan-types';
import { settle, type WorkMeter } from './pdf-work';

/** Pixels of one render: in the first pass (A4 at scale 2 is 2 MP), and in the thorough one. */
export const FIRST_PASS_RENDER_PIXELS = 4_000_000;
export const THOROUGH_RENDER_PIXELS = 16_000_000;
const RENDER_SCALES = [2, 3.5];

/** The thorough pass has no budget left for another render (it ends; nothing is wrong). */
export class RenderBudgetSpent extends Error {}

export async function renderedCodes(
  env: PdfEnvironment,
  page: PDFPageProxy,
  pageNo: number,
  thorough: boolean,
  /** The decoder's budget (0: the cheapest attempt), asked at the time it starts. */
  decodeBudgetMs: () => number,
  meter: WorkMeter,
): Promise<FoundCode[]> {
  // The cheap pass renders once; the thorough pass also tries a larger scale for small codes.
  for (const wanted of thorough ? RENDER_SCALES : RENDER_SCALES.slice(0, 1)) {
    const base = page.getViewport({ scale: 1 });
    const most = thorough ? THOROUGH_RENDER_PIXELS : FIRST_PASS_RENDER_PIXELS;
    const scale = Math.min(wanted, Math.sqrt(most / (base.width * base.height)));
    const viewport = page.getViewport({ scale });
    const width = Math.max(1, Math.ceil(viewport.width));
    const height = Math.max(1, Math.ceil(viewport.height));
    if (thorough && width * height > meter.renderAllowance()) throw new RenderBudgetSpent();
    meter.rendered(width * height);
    const canvas = env.createCanvas(width, height);
    const canvasContext = canvas.getContext('2d') as CanvasRenderingContext2D;
    const task: RenderTask = page.render({
      canvas: canvas as HTMLCanvasElement,
      canvasContext,
      viewport,
      background: 'white',
    });
    // Between chunks of drawing: stop when the page's time is up.
    task.onContinue = (next: () => void) => (meter.timeLeft() > 0 ? next() : task.cancel());
    try {
      await settle(task.promise, meter);
    } catch (e) {
      task.cancel();
      meter.checkTime();
      throw e;
    }
    meter.decoded(width * height);
    const texts = await env.decode(env.readPixels(canvas, width, height), decodeBudgetMs());
    meter.checkTime();
    if (texts.length > 0) return texts.map((text) => ({ text, page: pageNo }));
  }
  return [];
}
