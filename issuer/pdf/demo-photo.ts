// A synthetic ID-style portrait for demo certificates: a flat silhouette on a tinted
// background, deterministic per seed. It depicts no one.
import { createCanvas } from '@napi-rs/canvas';
import { seededRandom } from '../seeded-random';

const WIDTH = 240;
const HEIGHT = 300;

const hsl = (h: number, s: number, l: number) => `hsl(${h.toFixed(1)} ${s.toFixed(1)}% ${l.toFixed(1)}%)`;

/** A 240×300 baseline JPEG (quality 85). The same seed always gives the same bytes. */
export function makeDemoPhotoJpeg(seed: number): Uint8Array {
  const random = seededRandom(seed);
  const canvas = createCanvas(WIDTH, HEIGHT);
  const ctx = canvas.getContext('2d');

  // Background: a pale studio backdrop with a soft vertical gradient.
  const hue = 180 + random() * 60;
  const backdrop = ctx.createLinearGradient(0, 0, 0, HEIGHT);
  backdrop.addColorStop(0, hsl(hue, 25, 88));
  backdrop.addColorStop(1, hsl(hue, 20, 72));
  ctx.fillStyle = backdrop;
  ctx.fillRect(0, 0, WIDTH, HEIGHT);

  const cx = WIDTH / 2 + (random() - 0.5) * 10;
  const headY = 118 + random() * 10;
  const headRx = 46 + random() * 8;
  const headRy = 58 + random() * 8;

  // Shoulders and jacket.
  ctx.fillStyle = hsl(200 + random() * 40, 20 + random() * 20, 18 + random() * 15);
  ctx.beginPath();
  ctx.moveTo(cx - 118, HEIGHT);
  ctx.bezierCurveTo(cx - 112, 222, cx - 70, 206, cx, 204);
  ctx.bezierCurveTo(cx + 70, 206, cx + 112, 222, cx + 118, HEIGHT);
  ctx.closePath();
  ctx.fill();

  // Hair behind the head, then neck and face in a neutral tone, then the fringe.
  const hair = hsl(20 + random() * 20, 20 + random() * 20, 10 + random() * 20);
  ctx.fillStyle = hair;
  ctx.beginPath();
  ctx.ellipse(cx, headY - 6, headRx * 1.14, headRy * 1.04, 0, 0, Math.PI * 2);
  ctx.fill();
  const skin = hsl(25 + random() * 10, 35 + random() * 15, 62 + random() * 12);
  ctx.fillStyle = skin;
  ctx.fillRect(cx - 20, headY + headRy - 20, 40, 50);
  ctx.beginPath();
  ctx.ellipse(cx, headY + 4, headRx, headRy, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = hair;
  ctx.beginPath();
  ctx.ellipse(cx, headY - headRy * 0.3, headRx * 1.05, headRy * 0.62, 0, Math.PI, Math.PI * 2);
  ctx.fill();

  // Collar.
  ctx.fillStyle = '#f4f4f2';
  ctx.beginPath();
  ctx.moveTo(cx - 24, 206);
  ctx.lineTo(cx, 240);
  ctx.lineTo(cx + 24, 206);
  ctx.closePath();
  ctx.fill();

  return new Uint8Array(canvas.encodeSync('jpeg', 85));
}
