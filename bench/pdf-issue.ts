// Batch issuance speed of certificate PDFs: renders N certificates with varied names (each a new
// character set, so each pays for its own font subset) and prints PDFs/s and the average size.
// Run: npx tsx bench/pdf-issue.ts [N]   Target: ≥ 20 PDFs/s on a 2-core machine.
import { randomBytes } from 'node:crypto';
import { encodeBase64Url } from '../core/bytes';
import { QUALIFICATION_JA } from '../core/qualifications';
import { makeDemoPhotoJpeg } from '../issuer/pdf/demo-photo';
import { type CertificatePdfInput, renderCertificatePdf } from '../issuer/pdf/index';

const N = Number(process.argv[2] ?? 200);
const SURNAMES = [
  ...'佐藤鈴木高橋田中伊藤渡辺山本中村小林加藤吉田山田佐々木松本井上木村林斎藤清水山崎森池橋阿部石川',
];
const GIVEN = [...'翔太花子一郎美咲健さくら大輔結衣拓海真理子優奈陽菜蓮湊樹悠人愛莉颯'];

/** Deterministic but varied fictional names: 2–4 + 1–3 characters drawn from the pools. */
function fictionalName(i: number): string {
  const pick = (pool: string[], n: number, salt: number) =>
    Array.from({ length: n }, (_, k) => pool[(i * 7 + k * 13 + salt) % pool.length]).join('');
  return `${pick(SURNAMES, 2 + (i % 3), 1)} ${pick(GIVEN, 1 + (i % 3), 5)}`;
}

function input(i: number, photo: Uint8Array): CertificatePdfInput {
  const code = (i % 84) + 1;
  return {
    // A URL of realistic length: signed credentials give ~430–630 characters (QR version 16–20).
    url: `https://dqcv.nqs.go.jp/w/?c=${encodeBase64Url(new Uint8Array(randomBytes(400)))}`,
    qualificationCode: code,
    qualificationName: QUALIFICATION_JA[code - 1] ?? '介護福祉士',
    holderName: fictionalName(i),
    birthDate: `19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}`,
    registrationNumber: String(100000 + i),
    registrationDate: '2016-04-01',
    issuedAt: 1_790_000_000 + i,
    issuingBody: '厚生労働大臣',
    ...(i % 2 === 0 && { photoJpeg: photo }),
  };
}

const photo = makeDemoPhotoJpeg(1);
// Warm-up: harfbuzz wasm, the 5 MB TTFs and pdf-lib's code paths.
await renderCertificatePdf(input(N, photo));

const inputs = Array.from({ length: N }, (_, i) => input(i, photo));
let bytes = 0;
const start = performance.now();
const cpuStart = process.cpuUsage();
for (const item of inputs) bytes += (await renderCertificatePdf(item)).length;
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
// CPU time per PDF tells a slow machine from a busy one (wall time includes other load).
const cpuMs = (cpu.user + cpu.system) / 1000 / N;
console.log(
  `${N} PDFs in ${seconds.toFixed(2)} s: ${(N / seconds).toFixed(1)} PDFs/s, ` +
    `${cpuMs.toFixed(1)} ms CPU each, average ${(bytes / N / 1024).toFixed(1)} KiB`,
);
