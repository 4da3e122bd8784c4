// Pixel operations used by the decoding strategies, on plain RGBA buffers (no DOM), so they run
// in a Web Worker and in Node alike.

export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** Pixels prepared from a source image, and how to map a point of them back into the source. */
export interface View {
  pixels: Pixels;
  /** Identity when absent. */
  toSource?: (p: { x: number; y: number }) => { x: number; y: number };
}

/**
 * Transparent pixels become white: a QR drawn on a transparent background reads as printed
 * (some PNGs have black RGB under alpha 0). Opaque images are returned as they are, uncopied.
 */
export function onWhite(src: Pixels): Pixels {
  const d = src.data;
  let opaque = true;
  for (let i = 3; i < d.length; i += 4) {
    if (d[i] !== 255) {
      opaque = false;
      break;
    }
  }
  if (opaque) return src;
  const out = new Uint8ClampedArray(d.length);
  for (let i = 0; i < d.length; i += 4) {
    const a = (d[i + 3] as number) / 255;
    const bg = 255 * (1 - a);
    out[i] = (d[i] as number) * a + bg;
    out[i + 1] = (d[i + 1] as number) * a + bg;
    out[i + 2] = (d[i + 2] as number) * a + bg;
    out[i + 3] = 255;
  }
  return { data: out, width: src.width, height: src.height };
}

function luminance(d: Uint8ClampedArray, i: number): number {
  return ((d[i] as number) * 77 + (d[i + 1] as number) * 150 + (d[i + 2] as number) * 29) >> 8;
}

/** Grey, stretched so the darkest 1 % becomes black and the lightest 1 % white. */
export function stretchContrast(src: Pixels): Pixels {
  const hist = new Uint32Array(256);
  const d = src.data;
  for (let i = 0; i < d.length; i += 4) hist[luminance(d, i)] = (hist[luminance(d, i)] as number) + 1;
  const total = d.length / 4;
  let lo = 0;
  let hi = 255;
  let acc = hist[0] as number;
  while (lo < 255 && acc < total * 0.01) acc += hist[++lo] as number;
  acc = hist[255] as number;
  while (hi > 0 && acc < total * 0.01) acc += hist[--hi] as number;
  const range = Math.max(1, hi - lo);
  const out = new Uint8ClampedArray(d.length);
  for (let i = 0; i < d.length; i += 4) {
    const v = ((luminance(d, i) - lo) * 255) / range;
    out[i] = v;
    out[i + 1] = v;
    out[i + 2] = v;
    out[i + 3] = 255;
  }
  return { data: out, width: src.width, height: src.height };
}

/** Bilinear resampling to `factor` times the size. */
export function scale(src: Pixels, factor: number): Pixels {
  return resample(
    src,
    Math.max(1, Math.round(src.width * factor)),
    Math.max(1, Math.round(src.height * factor)),
  );
}

/**
 * Bilinear resampling to width × height, each axis by its own factor: stretching one axis undoes
 * the foreshortening of a code seen at a slant, whose modules zxing's finder search expects square.
 */
export function resample(src: Pixels, width: number, height: number): Pixels {
  const fx0 = width / src.width;
  const fy0 = height / src.height;
  const out = new Uint8ClampedArray(width * height * 4);
  const d = src.data;
  for (let y = 0; y < height; y++) {
    const sy = Math.min(src.height - 1, (y + 0.5) / fy0 - 0.5);
    const y0 = Math.max(0, Math.floor(sy));
    const y1 = Math.min(src.height - 1, y0 + 1);
    const fy = Math.max(0, sy - y0);
    for (let x = 0; x < width; x++) {
      const sx = Math.min(src.width - 1, (x + 0.5) / fx0 - 0.5);
      const x0 = Math.max(0, Math.floor(sx));
      const x1 = Math.min(src.width - 1, x0 + 1);
      const fx = Math.max(0, sx - x0);
      const o = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) {
        const a = d[(y0 * src.width + x0) * 4 + c] as number;
        const b = d[(y0 * src.width + x1) * 4 + c] as number;
        const e = d[(y1 * src.width + x0) * 4 + c] as number;
        const f = d[(y1 * src.width + x1) * 4 + c] as number;
        out[o + c] = (a * (1 - fx) + b * fx) * (1 - fy) + (e * (1 - fx) + f * fx) * fy;
      }
      out[o + 3] = 255;
    }
  }
  return { data: out, width, height };
}

/** A rectangle given as fractions of the image. */
export function crop(src: Pixels, fx: number, fy: number, fw: number, fh: number): Pixels {
  const x0 = Math.floor(src.width * fx);
  const y0 = Math.floor(src.height * fy);
  const width = Math.max(1, Math.min(src.width - x0, Math.floor(src.width * fw)));
  const height = Math.max(1, Math.min(src.height - y0, Math.floor(src.height * fh)));
  const out = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const start = ((y0 + y) * src.width + x0) * 4;
    out.set(src.data.subarray(start, start + width * 4), y * width * 4);
  }
  return { data: out, width, height };
}

/** 3×3 box blur of the grey levels (separable): smooths sensor noise and texture inside modules. */
export function blur(src: Pixels): Pixels {
  const { width, height, data: d } = src;
  const rows = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      const left = x > 0 ? luminance(d, (p - 1) * 4) : luminance(d, p * 4);
      const right = x < width - 1 ? luminance(d, (p + 1) * 4) : luminance(d, p * 4);
      rows[p] = (left + luminance(d, p * 4) + right) / 3;
    }
  }
  const out = new Uint8ClampedArray(d.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      const up = rows[y > 0 ? p - width : p] as number;
      const down = rows[y < height - 1 ? p + width : p] as number;
      const v = (up + (rows[p] as number) + down) / 3;
      out[p * 4] = v;
      out[p * 4 + 1] = v;
      out[p * 4 + 2] = v;
      out[p * 4 + 3] = 255;
    }
  }
  return { data: out, width, height };
}

/** Otsu's threshold of the grey levels, from their histogram. */
export function otsu(hist: Uint32Array, total: number): number {
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * (hist[i] as number);
  let sumB = 0;
  let weightB = 0;
  let best = 0;
  let threshold = 128;
  for (let i = 0; i < 256; i++) {
    weightB += hist[i] as number;
    if (weightB === 0) continue;
    const weightF = total - weightB;
    if (weightF === 0) break;
    sumB += i * (hist[i] as number);
    const between = weightB * weightF * (sumB / weightB - (sum - sumB) / weightF) ** 2;
    if (between > best) {
      best = between;
      threshold = i;
    }
  }
  return threshold;
}

/**
 * Turns the dark background that touches the image border white. A code printed on a sticker
 * or card and photographed against something dark then gets the light quiet zone the detector
 * needs; the code's own dark modules, enclosed by its light margin, stay.
 */
export function whitenDarkSurround(src: Pixels): Pixels {
  const { width, height, data: d } = src;
  const n = width * height;
  const grey = new Uint8Array(n);
  const hist = new Uint32Array(256);
  for (let p = 0; p < n; p++) {
    const v = luminance(d, p * 4);
    grey[p] = v;
    hist[v] = (hist[v] as number) + 1;
  }
  const t = otsu(hist, n);
  const seen = new Uint8Array(n);
  const stack: number[] = [];
  const push = (p: number) => {
    if (!seen[p] && (grey[p] as number) <= t) {
      seen[p] = 1;
      stack.push(p);
    }
  };
  for (let x = 0; x < width; x++) {
    push(x);
    push((height - 1) * width + x);
  }
  for (let y = 0; y < height; y++) {
    push(y * width);
    push(y * width + width - 1);
  }
  while (stack.length > 0) {
    const p = stack.pop() as number;
    const x = p % width;
    if (x > 0) push(p - 1);
    if (x < width - 1) push(p + 1);
    if (p >= width) push(p - width);
    if (p < n - width) push(p + width);
  }
  const out = new Uint8ClampedArray(d.length);
  for (let p = 0; p < n; p++) {
    const v = seen[p] ? 255 : (grey[p] as number);
    out[p * 4] = v;
    out[p * 4 + 1] = v;
    out[p * 4 + 2] = v;
    out[p * 4 + 3] = 255;
  }
  return { data: out, width, height };
}
