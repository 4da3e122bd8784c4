// Peak resident memory and CPU time of a process tree, sampled from /proc (Linux): what "peak
// memory" means for the CLI (the CLI, its PDF reading process, the tsx launcher) and for Chromium
// (its renderer, where the app's workers run); CPU time is what a loaded machine does not
// inflate. Elsewhere the figures are reported as unknown.
import { readdirSync, readFileSync } from 'node:fs';

interface Proc {
  pid: number;
  ppid: number;
  rss: number;
  /** CPU time in ms, its reaped children's included. */
  cpuMs: number;
  cmdline: string;
}

function processes(): Proc[] {
  const out: Proc[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return out;
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const rss = Number(readFileSync(`/proc/${name}/statm`, 'latin1').split(' ')[1]) * 4096;
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'latin1').replaceAll('\0', ' ');
      // utime, stime, cutime, cstime in clock ticks (10 ms).
      const cpuMs = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]) * 10, 0);
      out.push({ pid: Number(name), ppid: Number(fields[1]), rss, cpuMs, cmdline });
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/** The processes below `root` (itself included). */
export function tree(root: number, all = processes()): Proc[] {
  const below = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all)
      if (!below.has(p.pid) && below.has(p.ppid)) {
        below.add(p.pid);
        grew = true;
      }
  }
  return all.filter((p) => below.has(p.pid));
}

/**
 * Samples every `everyMs` until stopped; `measure` turns the processes of the moment into one
 * figure (the sum of a tree, the largest renderer…), and the peak of it is kept.
 */
export function peakSampler(measure: (all: Proc[]) => number, everyMs = 10) {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, measure(processes()));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop(): number {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/** Sum of resident memory of the tree below `pid`. */
export const treeRss = (pid: number) => (all: Proc[]) => tree(pid, all).reduce((s, p) => s + p.rss, 0);

/** CPU time of the tree below `pid` (a load-independent measure of the work done). */
export const treeCpu = (pid: number) => (all: Proc[]) => tree(pid, all).reduce((s, p) => s + p.cpuMs, 0);

/** The largest Chromium renderer process below `pid` (the page and its workers live there). */
export const largestRenderer = (pid: number) => (all: Proc[]) =>
  Math.max(
    0,
    ...tree(pid, all)
      .filter((p) => p.cmdline.includes('--type=renderer'))
      .map((p) => p.rss),
  );

export const mb = (bytes: number) => (bytes > 0 ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : '—');
