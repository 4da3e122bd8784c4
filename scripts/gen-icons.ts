// Renders the app icons (public/icons/*.png) from public/icons/icon.svg. Run once after editing
// the SVG: npx tsx scripts/gen-icons.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';

const svg = readFileSync('public/icons/icon.svg');
const image = await loadImage(svg);

async function render(size: number, file: string, padding = 0) {
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  if (padding > 0) {
    // Maskable icons keep their content inside the central 80 % safe zone.
    ctx.fillStyle = '#0b4f8a';
    ctx.fillRect(0, 0, size, size);
  }
  ctx.drawImage(image, padding, padding, size - 2 * padding, size - 2 * padding);
  writeFileSync(file, await canvas.encode('png'));
}

await render(192, 'public/icons/icon-192.png');
await render(512, 'public/icons/icon-512.png');
await render(512, 'public/icons/maskable-512.png', 52);
console.log('icons written');
