// The PDF work budget (issue 14 points 1, 2) on the hostile files of the adversarial review and
// on real certificate PDFs: per file, in the verifier CLI (a process per run, as a person runs
// it) its wall time and the peak memory of its process tree (targets ≤ 10 s, ≤ 1 GB), and in the
// app's PDF worker in Chromium its time, the renderer's peak memory and the page's longest main
// thread stall (the tab stays responsive); each with the answer and the cap that ended it.
// Then the demo's certificate PDFs through the warm worker alone (what PDF → verdict is made of).
// Run: npx tsx bench/pdf-budget.ts   (BENCH_PORT, default 8797)
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { PDF_CAPS, type PdfWork } from '../reading/pdf/pdf-work';
import { encryptedContentBombPdf } from '../test/reading/pdf/support/encrypted-bomb';
import { HOSTILE_PDFS, sharedImagePdf } from '../test/reading/pdf/support/hostile-pdfs';
import { certificateLastPdf, photographedPdf, scannedPagesPdf } from '../test/reading/pdf/support/real-pdfs';
import { appPdfWorker, type WorkerRun } from './lib/app-pdf-worker';
import { launchChromium } from './lib/browser';
import { largestRenderer, mb, peakSampler, treeCpu, treeRss } from './lib/process-memory';
import {
  median,
  quantile,
  ROOT,
  type ServiceWorld,
  startServiceWorld,
  stopOnSignals,
} from './lib/service-world';

const PORT = Number(process.env.BENCH_PORT ?? 8797);
const MiB = 1024 * 1024;

interface CliRun {
  ms: number;
  cpuMs: number;
  peak: number;
  answer: string;
  cap?: string;
  work?: PdfWork;
}

/** One `npm run -s verify -- --data … --json FILE` as a person runs it, its process tree sampled. */
function cliRun(demo: string, file: string): Promise<CliRun> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['cli/verify-cli.ts', '--data', demo, '--json', file],
      {
        cwd: ROOT,
        env: { ...process.env, DQC_PDF_WORK: '1' },
      },
    );
    const sampler = peakSampler(treeRss(child.pid as number));
    const cpu = peakSampler(treeCpu(child.pid as number));
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c;
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c;
    });
    child.on('close', () => {
      const ms = performance.now() - started;
      const peak = sampler.stop();
      const cpuMs = cpu.stop();
      const line = stderr.split('\n').find((l) => l.startsWith('PDF work: '));
      const report = line ? (JSON.parse(line.slice(10)) as { cap?: string; work: PdfWork }) : undefined;
      let answer = 'no output';
      try {
        const [first] = JSON.parse(stdout) as {
          verdict?: string;
          reasons?: string[];
          error?: string;
          source: string;
        }[];
        answer =
          first?.error ??
          `${first?.verdict} ${first?.reasons?.join(',') ?? ''} (${first?.source.split(' ').pop()})`;
      } catch {
        // no JSON: the answer says so
      }
      done({
        ms,
        cpuMs,
        peak,
        answer,
        ...(report?.cap && { cap: report.cap }),
        ...(report && { work: report.work }),
      });
    });
  });
}

const short = (text: string) => (text.length > 26 ? `${text.slice(0, 25)}…` : text);
const n = (v: number | undefined, unit = 1, digits = 0) =>
  v === undefined ? '—' : (v / unit).toFixed(digits);

function counters(w: PdfWork | undefined): string {
  if (!w) return '';
  return (
    `infl ${n(w.inflatedBytes, MiB, 1)} MiB, ops ${w.operators} (page ≤ ${w.largestPageOperators}), ` +
    `img ${n(w.imagePixels, 1e6, 1)} MP, rend ${n(w.renderedPixels, 1e6, 1)} MP, pages ${w.pagesRead}`
  );
}

async function files(world: ServiceWorld): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  const demoPdf = (name: string) =>
    new Uint8Array(readFileSync(join(world.demo, 'credentials', `${name}.pdf`)));
  const valid = world.manifest.find((s) => s.name === 'valid-kaigo');
  for (const [name, make] of Object.entries(HOSTILE_PDFS)) out.set(`${name}.pdf`, make());
  out.set('shared-image-2-pages.pdf', sharedImagePdf(valid?.url ?? ''));
  out.set('encrypted-1GiB-content.pdf', encryptedContentBombPdf());
  for (const name of ['valid-kaigo', 'valid-kango-full', 'pdf-qr-page2', 'pdf-scanned'])
    out.set(`${name}.pdf`, demoPdf(name));
  const certificate = demoPdf('valid-kaigo');
  out.set('photographed-12MP.pdf', await photographedPdf(certificate));
  const twenty = await certificateLastPdf(certificate, 20);
  out.set('20-pages-cert-last.pdf', twenty);
  out.set('20-pages-scanned-200dpi.pdf', await scannedPagesPdf(twenty, 200));
  return out;
}

async function measure(world: ServiceWorld, browser: Browser): Promise<void> {
  const started = performance.now();
  const set = await files(world);
  console.log(`${set.size} files made in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(
    `caps: stream ${PDF_CAPS.streamBytes / MiB} MiB, file ${PDF_CAPS.fileBytes / MiB} MiB inflated; ` +
      `${PDF_CAPS.pageOperators} operators/page, ${PDF_CAPS.fileOperators}/file; image side ${PDF_CAPS.imageSide}, ` +
      `${PDF_CAPS.imagePixels / 1e6} MP images, ${PDF_CAPS.renderedPixels / 1e6} MP renders/file; ` +
      `${PDF_CAPS.pageMs / 1000} s/page, ${PDF_CAPS.fileMs / 1000} s/file (app: 8 s, 20 s); CLI reader 640 MB`,
  );

  console.log(`\n### CLI (one run per file; wall time, CPU time and peak memory of the whole process tree)`);
  console.log(
    `${'file'.padEnd(30)}${'KiB'.padStart(7)}${'wall s'.padStart(8)}${'cpu s'.padStart(7)}${'peak'.padStart(9)}  answer / cap / counters`,
  );
  const dir = join(world.demo, 'bench-pdfs');
  mkdirSync(dir, { recursive: true });
  let worstMs = 0;
  let worstCpu = 0;
  let worstPeak = 0;
  const alone = await cliRun(world.demo, world.manifest.find((s) => s.name === 'valid-kaigo')?.url ?? '');
  console.log(
    `${'(a URL alone: start-up)'.padEnd(30)}${''.padStart(7)}${n(alone.ms, 1000, 1).padStart(8)}` +
      `${n(alone.cpuMs, 1000, 1).padStart(7)}${mb(alone.peak).padStart(9)}  ${short(alone.answer)}`,
  );
  for (const [name, bytes] of set) {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const r = await cliRun(world.demo, path);
    worstMs = Math.max(worstMs, r.ms);
    worstCpu = Math.max(worstCpu, r.cpuMs);
    worstPeak = Math.max(worstPeak, r.peak);
    console.log(
      `${name.padEnd(30)}${n(bytes.length, 1024).padStart(7)}${n(r.ms, 1000, 1).padStart(8)}` +
        `${n(r.cpuMs, 1000, 1).padStart(7)}${mb(r.peak).padStart(9)}  ` +
        `${short(r.answer)}${r.cap ? ` [${r.cap}]` : ''}  ${counters(r.work)}`,
    );
  }
  console.log(
    `worst: ${(worstMs / 1000).toFixed(1)} s wall, ${(worstCpu / 1000).toFixed(1)} s CPU (target ≤ 10 s), ` +
      `${mb(worstPeak)} (target ≤ 1 GB); the CLI's start-up included (a URL alone: ` +
      `its first row), on a machine with load average ${loadavg()[0]?.toFixed(1)}`,
  );

  console.log(`\n### App's PDF worker in Chromium (warm; time from the file to the answer)`);
  const worker = await appPdfWorker(browser, world.origin, world.appDir, set);
  console.log(
    `${'file'.padEnd(30)}${'ms'.padStart(7)}${'renderer'.padStart(10)}${'stall'.padStart(7)}  answer / cap / counters`,
  );
  for (const name of set.keys()) {
    const sampler = peakSampler(largestRenderer(process.pid));
    const r: WorkerRun = await worker.read(name);
    const peak = sampler.stop();
    const answer = r.type === 'done' ? `${r.codes} code(s)` : (r.problem ?? r.type);
    console.log(
      `${name.padEnd(30)}${n(r.ms).padStart(7)}${mb(peak).padStart(10)}${n(r.stallMs).padStart(7)}  ` +
        `${answer}${r.cap ? ` [${r.cap}]` : ''}  ${counters(r.work)}`,
    );
  }

  console.log(`\n### The demo's certificate PDFs through the warm worker (5 runs each)`);
  const demo = world.manifest.filter((s) => s.pdf);
  const demoFiles = new Map(
    demo.map((s) => [`demo-${s.name}.pdf`, new Uint8Array(readFileSync(join(world.demo, s.pdf as string)))]),
  );
  const demoWorker = await appPdfWorker(browser, world.origin, world.appDir, demoFiles);
  const times: number[] = [];
  for (let run = 0; run < 5; run++)
    for (const name of demoFiles.keys()) times.push((await demoWorker.read(name)).ms);
  console.log(
    `worker file → answer (${times.length} runs): median ${median(times).toFixed(0)} ms, ` +
      `p95 ${quantile(times, 0.95).toFixed(0)} ms (the rest of PDF → verdict is the app: bench/pdf-verify.ts)`,
  );
}

const started = performance.now();
const world = await startServiceWorld({ port: PORT, app: 'fresh' });
let browser: Browser | undefined;
const stopAll = async () => {
  await browser?.close().catch(() => {});
  await world.stop();
};
stopOnSignals(stopAll);
try {
  browser = await launchChromium();
  await measure(world, browser);
} finally {
  await stopAll();
}
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
