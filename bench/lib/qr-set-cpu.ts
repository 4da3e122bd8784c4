// CPU time of one thread of a browser this process launched, read from Linux's /proc: this
// machine is shared, so the QR benches judge the decoder by the CPU time its thread used (what
// an idle device would take), not by wall time that other work stretches. Linux only; null
// elsewhere or when the thread is not found.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const read = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

/** Every descendant process of `root` (children of children…). */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    // pid (comm) state ppid …: comm may hold spaces and parentheses, so split after the last ')'.
    const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : Number.NaN;
    if (!Number.isFinite(ppid)) continue;
    const list = children.get(ppid) ?? [];
    list.push(Number(entry));
    children.set(ppid, list);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const p = queue.shift() as number;
    for (const c of children.get(p) ?? []) {
      out.push(c);
      queue.push(c);
    }
  }
  return out;
}

/** A thread's CPU time in ms so far (schedstat: nanoseconds on a CPU). */
export type ThreadClock = () => number | null;

/**
 * The clock of the one thread named `name` (e.g. 'DedicatedWorker' for a page's worker) among
 * the processes descended from this one; null when there is none or more than one.
 */
export function threadClock(name: string): ThreadClock | null {
  if (!existsSync('/proc/self/task')) return null;
  const found: string[] = [];
  for (const pid of descendants(process.pid)) {
    let tids: string[] = [];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // gone meanwhile
    }
    for (const tid of tids) {
      if (read(`/proc/${pid}/task/${tid}/comm`)?.trim().startsWith(name))
        found.push(`/proc/${pid}/task/${tid}`);
    }
  }
  if (found.length !== 1) return null;
  const path = `${found[0]}/schedstat`;
  return () => {
    const s = read(path);
    return s ? Number(s.split(' ')[0]) / 1e6 : null;
  };
}

/** This process's CPU time in ms (all its threads; the chain runs on the main one). */
export const processCpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
