// The tuning tool behind reading/qr/attempts.ts (not part of `npm run bench`): on BoofCV's QR set
// (bench/lib/qr-set-data.ts), each candidate step ("probe") runs alone on every image, and which
// labelled codes it reads and its CPU time are stored; then a greedy pass orders the probes by
// codes rescued (beyond those before them) per CPU millisecond. Used on the odd-numbered half
// only; the even half is for the held-out figures of bench/qr-set.ts. CPU time, not wall time:
// this machine is shared, and process.cpuUsage() counts only what this process ran.
// Run: DQC_QR_SET=DIR npx tsx bench/qr-set-study.ts [--half=odd] [--only=cat] [--probes=a,b]
//      [--out=/tmp/qr-study.json] [--redo] [--report]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readBarcodes } from 'zxing-wasm/reader';
import { decodeQrFromPixels, imageFileToPixels } from '../reading/node/qr-node';
import { readImageHeader } from '../reading/qr/image-header';
import { zxingReader } from '../reading/qr/zxing-read';
import { exifOrientation, listQrSet, orientLabels, QR_SET_ENV, QR_SET_HOWTO } from './lib/qr-set-data';
import { STUDY_PROBES } from './lib/qr-set-probes';
import { matchedLabels } from './lib/qr-set-score';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const DIR = args.find((a) => !a.startsWith('--')) ?? process.env[QR_SET_ENV];
const OUT = flag('out') ?? '/tmp/qr-study.json';

interface ProbeResult {
  matched: number[];
  cpuMs: number;
}
interface ImageRecord {
  category: string;
  half: string;
  labels: number;
  probes: Record<string, ProbeResult>;
}
type Store = Record<string, ImageRecord>;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The store (OUT); for --report, `--also=a.json,b.json` merges other stores' probes in. */
function load(withOthers = false): Store {
  const store = existsSync(OUT) ? (JSON.parse(readFileSync(OUT, 'utf8')) as Store) : {};
  for (const file of withOthers ? (flag('also')?.split(',') ?? []) : []) {
    for (const [k, r] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Store)) {
      const mine = store[k];
      if (mine) Object.assign(mine.probes, r.probes);
      else store[k] = r;
    }
  }
  return store;
}

async function study(): Promise<void> {
  const all = listQrSet(DIR as string);
  if (!all) throw new Error(QR_SET_HOWTO);
  const half = flag('half') ?? 'odd';
  const only = flag('only')?.split(',');
  const images = all.filter(
    (i) => (half === 'both' || i.half === half) && (!only || only.includes(i.category)),
  );
  const wanted = flag('probes')?.split(',') ?? Object.keys(STUDY_PROBES);
  const store = load();
  await decodeQrFromPixels({ data: new Uint8ClampedArray(4), width: 1, height: 1 }, 1);
  const read = zxingReader(readBarcodes);
  let done = 0;
  for (const image of images) {
    const record = store[image.name] ?? {
      category: image.category,
      half: image.half,
      labels: image.labels.length,
      probes: {},
    };
    store[image.name] = record;
    const todo = wanted.filter((p) => args.includes('--redo') || !record.probes[p]);
    if (todo.length > 0) {
      const bytes = new Uint8Array(readFileSync(image.path));
      const header = readImageHeader(bytes);
      const labels =
        header?.format === 'jpeg'
          ? orientLabels(image.labels, exifOrientation(bytes), header.width, header.height)
          : image.labels;
      const pixels = await imageFileToPixels(bytes);
      for (const name of todo) {
        const probe = STUDY_PROBES[name];
        if (!probe) throw new Error(`no probe ${name}`);
        const t = cpuMs();
        const symbols = await probe(pixels, read, labels);
        record.probes[name] = { matched: matchedLabels(labels, symbols), cpuMs: cpuMs() - t };
      }
      writeFileSync(OUT, JSON.stringify(store));
    }
    done++;
    if (done % 20 === 0) console.error(`${done}/${images.length}`);
  }
}

/** Greedy ordering: each round, the probe with most newly read labels per CPU ms. */
function report(): void {
  const store = load(true);
  const half = flag('half') ?? 'odd';
  const only = flag('only')?.split(',');
  const records = Object.entries(store).filter(
    ([, r]) => (half === 'both' || r.half === half) && (!only || only.includes(r.category)),
  );
  const probes = flag('probes')?.split(',') ?? [
    ...new Set(records.flatMap(([, r]) => Object.keys(r.probes))),
  ];
  const total = records.reduce((s, [, r]) => s + r.labels, 0);
  console.log(`${records.length} images, ${total} labels (${half} half)`);
  const quantile = (v: number[], q: number) =>
    [...v].sort((a, b) => a - b)[Math.floor(q * (v.length - 1))] ?? 0;
  console.log('alone:');
  for (const p of probes) {
    const rs = records.map(([, r]) => r.probes[p]).filter((x): x is ProbeResult => !!x);
    const n = rs.reduce((s, r) => s + r.matched.length, 0);
    const ms = rs.map((r) => r.cpuMs);
    console.log(
      `  ${p.padEnd(28)} ${String(n).padStart(4)}  cpu p50 ${quantile(ms, 0.5).toFixed(0)} p95 ${quantile(ms, 0.95).toFixed(0)} ms (${rs.length} images)`,
    );
  }
  const got = new Map<string, Set<number>>(records.map(([k]) => [k, new Set()]));
  const left = new Set(probes);
  const base = flag('base')?.split(',') ?? [];
  console.log('greedy (new labels, cumulative, per image CPU ms mean):');
  const pick = (p: string) => {
    let fresh = 0;
    for (const [k, r] of records) {
      const s = got.get(k) as Set<number>;
      for (const m of r.probes[p]?.matched ?? []) {
        if (s.has(m)) continue;
        s.add(m);
        fresh++;
      }
    }
    left.delete(p);
    const cum = [...got.values()].reduce((s, x) => s + x.size, 0);
    const mean = records.reduce((s, [, r]) => s + (r.probes[p]?.cpuMs ?? 0), 0) / records.length;
    console.log(
      `  ${p.padEnd(28)} +${fresh}  → ${cum} (${((100 * cum) / total).toFixed(1)} %), ${mean.toFixed(0)} ms`,
    );
  };
  for (const p of base) pick(p);
  while (left.size > 0) {
    let best = '';
    let bestScore = -1;
    for (const p of left) {
      let fresh = 0;
      let ms = 0;
      for (const [k, r] of records) {
        const s = got.get(k) as Set<number>;
        fresh += (r.probes[p]?.matched ?? []).filter((m) => !s.has(m)).length;
        ms += r.probes[p]?.cpuMs ?? 0;
      }
      const score = fresh / Math.max(1, ms);
      if (fresh > 0 && score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    if (!best) break;
    pick(best);
  }
  if (args.includes('--misses')) {
    for (const [k, r] of records) {
      const s = got.get(k) as Set<number>;
      if (s.size < r.labels) console.log(`  miss ${k}: ${s.size}/${r.labels}`);
    }
  }
}

if (!DIR && !args.includes('--report')) console.log(QR_SET_HOWTO);
else if (args.includes('--report')) report();
else await study();
