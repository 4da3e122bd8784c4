// Run by issuer-folder-safety.test.ts as separate processes: waits for a common start time, takes
// the folder lock, records when it held it, and lets go.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { lockFolder } from '../../../issuer/folder/folder-lock';

const [dir, startAt, rounds] = process.argv.slice(2);
while (Date.now() < Number(startAt)); // everyone starts in the same millisecond
for (let i = 0; i < Number(rounds); i++) {
  const unlock = await lockFolder(dir as string);
  const from = performance.timeOrigin + performance.now();
  await new Promise((r) => setTimeout(r, 5));
  const to = performance.timeOrigin + performance.now();
  appendFileSync(join(dir as string, 'held.log'), `${from} ${to}\n`);
  unlock();
}
