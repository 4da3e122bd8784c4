// One process at a time changes an issuer folder. Each command reads issuer.json once and writes
// it back whole: two at once would drop each other's registry entries, hand out a status index
// twice, or undo a revocation. The lock is a file holding the owner's PID (and, on Linux, its
// start time); one whose owner has died (killed, crashed) is taken over.
import { existsSync, linkSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const LOCK_FILE = 'issuer.lock';
/** Long enough for a queue of ordinary commands; behind a long batch the others give up clearly. */
const WAIT_MS = 60_000;

/** Folders this process holds, with how many opens: a process never waits for itself. */
const held = new Map<string, number>();

/**
 * When a process started, in clock ticks since boot (Linux: /proc/PID/stat field 22), or null
 * where that cannot be read. With it a PID the system has since given to another process (after
 * a crash or a reboot) is not taken for the lock's owner.
 */
function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may itself hold spaces or ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null; // field 22 overall; this list starts at field 3
  } catch {
    return null;
  }
}

const OWN_ID = [process.pid, startTime(process.pid)].filter((x) => x !== null).join(' ');

interface Owner {
  pid: number;
  /** Absent in a lock written where start times cannot be read. */
  start?: string;
}

function alive({ pid, start }: Owner): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = start === undefined ? null : startTime(pid);
  return now === null || now === start;
}

function release(file: string): void {
  const n = (held.get(file) ?? 0) - 1;
  if (n > 0) {
    held.set(file, n);
    return;
  }
  held.delete(file);
  try {
    if (readFileSync(file, 'utf8') === OWN_ID) rmSync(file, { force: true });
  } catch {
    // already gone
  }
}

process.on('exit', () => {
  for (const file of [...held.keys()]) {
    held.set(file, 1);
    release(file);
  }
});

/** Creates `file` holding our PID in one step: written aside, then linked into place (link fails
 * if the lock exists), so no other process ever reads a lock without its PID. */
function tryCreate(file: string): boolean {
  const aside = `${file}.${process.pid}`;
  writeFileSync(aside, OWN_ID, { mode: 0o600 });
  try {
    linkSync(aside, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    rmSync(aside, { force: true });
  }
}

/** The lock's owner: "PID" or "PID START" (a bare PID is what earlier versions wrote). */
const ownerOf = (file: string): Owner | null => {
  try {
    const [pidText, start, ...rest] = readFileSync(file, 'utf8').trim().split(' ');
    const pid = Number(pidText);
    if (!Number.isInteger(pid) || pid <= 0 || rest.length > 0) return null;
    return start === undefined ? { pid } : { pid, start };
  } catch {
    return null;
  }
};
const sameOwner = (a: Owner | null, b: Owner) => a?.pid === b.pid && a.start === b.start;

/**
 * Removes a lock whose owner no longer runs. Only one process at a time may do this (it holds
 * `<lock>.takeover`, itself dropped after 10 s in case its holder died), and only if the lock
 * still names that dead owner: a lock just taken by a live process is never removed.
 */
function removeStale(file: string, deadOwner: Owner): void {
  const guard = `${file}.takeover`;
  try {
    if (Date.now() - statSync(guard).mtimeMs > 10_000) rmSync(guard, { force: true });
  } catch {
    // no guard
  }
  if (!tryCreate(guard)) return;
  try {
    if (sameOwner(ownerOf(file), deadOwner)) rmSync(file, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}

/**
 * Takes the folder's lock, waiting up to 60 s for another process to finish. Returns the release
 * function. A folder that does not exist is not locked: opening it then fails with its own message.
 */
export async function lockFolder(dir: string): Promise<() => void> {
  let real: string;
  try {
    real = realpathSync(dir); // one key per folder, however it is named (symlinks, "dir/")
  } catch {
    return () => {}; // no such folder: opening it fails with its own message
  }
  const file = join(real, LOCK_FILE);
  const deadline = Date.now() + WAIT_MS;
  let done = false;
  let told = false;
  const unlock = () => {
    if (!done) release(file);
    done = true;
  };
  for (;;) {
    const mine = held.get(file);
    if (mine !== undefined) {
      held.set(file, mine + 1);
      return unlock;
    }
    try {
      if (tryCreate(file)) {
        held.set(file, 1);
        return unlock;
      }
    } catch (e) {
      throw new Error(
        `${dir} に書き込めません（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`,
      );
    }
    const owner = ownerOf(file);
    if (owner === null) {
      if (!existsSync(file)) continue; // released just now
    } else if (!alive(owner)) {
      removeStale(file, owner); // left by a process that no longer runs
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(
        `${dir} は別の操作（PID ${owner?.pid ?? '不明'}）が使用中です。終わってからもう一度実行してください（発行者が動いていないのに続くときは ${file} を削除してください）`,
      );
    if (!told) process.stderr.write(`別の操作（PID ${owner?.pid ?? '不明'}）が終わるのを待っています…\n`);
    told = true;
    await sleep(100);
  }
}
