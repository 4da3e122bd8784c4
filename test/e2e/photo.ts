// A "phone photo" of a QR: turned, sheared, on a grey desk, softened, with sensor noise, JPEG.
import { readFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';

export async function photographQr(png: string): Promise<Buffer> {
  const qr = await loadImage(readFileSync(png));
  const canvas = createCanvas(1024, 768);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#8a8378';
  ctx.fillRect(0, 0, 1024, 768);
  ctx.save();
  ctx.translate(512, 384);
  ctx.rotate((11 * Math.PI) / 180);
  ctx.transform(1, 0.06, -0.08, 0.95, 0, 0); // a little perspective-like shear
  ctx.filter = 'blur(1.1px)';
  const side = 520;
  ctx.drawImage(qr, -side / 2, -side / 2, side, side);
  ctx.restore();
  const image = ctx.getImageData(0, 0, 1024, 768);
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let i = 0; i < image.data.length; i += 4) {
    const n = (random() - 0.5) * 40;
    const shade = 0.85 + (0.15 * ((i / 4) % 1024)) / 1024; // uneven light across the desk
    for (let c = 0; c < 3; c++)
      image.data[i + c] = Math.max(0, Math.min(255, (image.data[i + c] as number) * shade + n));
  }
  ctx.putImageData(image, 0, 0);
  return canvas.encode('jpeg', 70);
}
