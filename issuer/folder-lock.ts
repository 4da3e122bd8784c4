// One process at a time changes an issuer folder. Each command reads issuer.json once and writes
// it back whole: two at once would drop each other's registry entries, hand out a status index
// twice, or undo a revocation. The lock is a file holding the owner's PID; one whose owner has
// died (killed, crashed) is taken over.
import { readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const LOCK_FILE = 'issuer.lock';
/** Long enough for a queue of ordinary commands; behind a long batch the others give up clearly. */
const WAIT_MS = 60_000;

/** Folders this process holds, with how many opens: a process never waits for itself. */
const held = new Map<string, number>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function release(file: string): void {
  const n = (held.get(file) ?? 0) - 1;
  if (n > 0) {
    held.set(file, n);
    return;
  }
  held.delete(file);
  try {
    if (Number(readFileSync(file, 'utf8')) === process.pid) rmSync(file, { force: true });
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
      writeFileSync(file, String(process.pid), { flag: 'wx', mode: 0o600 });
      held.set(file, 1);
      return unlock;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return () => {};
      if (code !== 'EEXIST') throw new Error(`${dir} をロックできません（${code}）`);
    }
    let owner: number;
    try {
      owner = Number(readFileSync(file, 'utf8').trim());
    } catch {
      continue; // released just now
    }
    if (!Number.isInteger(owner) || owner <= 0 || !alive(owner)) {
      rmSync(file, { force: true }); // left by a process that no longer runs
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(`${dir} は別の操作（PID ${owner}）が使用中です。終わってからもう一度実行してください`);
    if (!told) process.stderr.write(`別の操作（PID ${owner}）が終わるのを待っています…\n`);
    told = true;
    await sleep(100);
  }
}
