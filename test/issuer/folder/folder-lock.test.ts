// An issuer folder is never left with a credential its registry does not know: commands run one
// at a time (folder-lock.ts), and a run killed outright leaves a journal the next one folds in.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { background, issuerCli, personFlags, verifyCli } from '../../helpers/run-cli';

let dir: string;
const person = personFlags;
const registry = () =>
  (
    JSON.parse(readFileSync(join(dir, 'issuer.json'), 'utf8')) as {
      issued: Record<string, { idx: number; status: string }>;
    }
  ).issued;
const ctiOf = (url: string) =>
  (JSON.parse(verifyCli(['--data', dir, '--json', url]).stdout) as { credential: { cti: string } }[])[0]
    ?.credential.cti as string;
const csv = (prefix: string, n: number) =>
  `qual,name,birth,reg-no,reg-date,out\n${Array.from({ length: n }, (_, i) => `1,試験 ${i},1990-04-01,${i + 1},2015-05-01,${prefix}-${i}`).join('\n')}\n`;

beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'dqc-folder-')), 'world');
  const r = issuerCli(['keys', '--dir', dir, '--base', 'http://localhost:8799']);
  expect(r.status, r.stderr).toBe(0);
}, 60_000);

describe('the folder lock', () => {
  /** Six processes started in the same millisecond, each taking the lock `rounds` times. */
  async function contend(folder: string, rounds: number): Promise<[number, number][]> {
    const startAt = Date.now() + 1500;
    const runs = Array.from(
      { length: 6 },
      () =>
        new Promise<number | null>((done) =>
          spawn(process.execPath, [
            '--import',
            'tsx',
            'test/issuer/support/lock-holder.ts',
            folder,
            `${startAt}`,
            `${rounds}`,
          ]).on('close', done),
        ),
    );
    expect(await Promise.all(runs)).toEqual([0, 0, 0, 0, 0, 0]);
    return readFileSync(join(folder, 'held.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' ').map(Number) as [number, number])
      .sort((a, b) => a[0] - b[0]);
  }
  const overlaps = (spans: [number, number][]) =>
    spans.filter((s, i) => i > 0 && s[0] < (spans[i - 1] as [number, number])[1]).length;

  it("is never held by two processes at once, also when taking over a dead owner's lock", async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'dqc-lock-'));
    const spans = await contend(fresh, 5);
    expect(spans).toHaveLength(30);
    expect(overlaps(spans)).toBe(0);
    const stale = mkdtempSync(join(tmpdir(), 'dqc-lock-'));
    writeFileSync(join(stale, 'issuer.lock'), '4194303'); // beyond pid_max: no such process
    const after = await contend(stale, 3);
    expect(after).toHaveLength(18);
    expect(overlaps(after)).toBe(0);
  }, 60_000);
});

describe('the folder lock and a PID given to another process', () => {
  /** lock-holder.ts on `folder` once; resolves with its exit code and what it printed. */
  const holdOnce = (folder: string, onText: (text: string) => void = () => {}) =>
    new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [
        '--import',
        'tsx',
        'test/issuer/support/lock-holder.ts',
        folder,
        '0',
        '1',
      ]);
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        onText(stderr);
      });
      child.on('close', (code) => done({ code, stderr }));
    });
  const startOf = (pid: number) => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] as string;
  };

  it.runIf(process.platform === 'linux')(
    'a live process with the lock’s PID but another start time is not its owner; the real owner is waited for',
    async () => {
      const other = spawn('sleep', ['60']);
      try {
        const pid = other.pid as number;
        const reused = mkdtempSync(join(tmpdir(), 'dqc-lock-'));
        writeFileSync(join(reused, 'issuer.lock'), `${pid} 1`); // the owner started at tick 1: long gone
        const taken = await holdOnce(reused);
        expect(taken.code, taken.stderr).toBe(0);
        expect(taken.stderr).not.toContain('待っています');

        const owned = mkdtempSync(join(tmpdir(), 'dqc-lock-'));
        writeFileSync(join(owned, 'issuer.lock'), `${pid} ${startOf(pid)}`);
        const waited = await holdOnce(owned, (text) => {
          if (text.includes(`別の操作（PID ${pid}）が終わるのを待っています`)) other.kill();
        });
        expect(waited.code, waited.stderr).toBe(0); // taken over once its owner had gone
        expect(waited.stderr).toContain('待っています');
      } finally {
        other.kill();
      }
    },
    60_000,
  );
});

describe('one issuer folder, several runs', () => {
  it('six issue commands at once: every credential is in the registry, no index twice', async () => {
    const before = Object.keys(registry()).length;
    const runs = await Promise.all(
      Array.from({ length: 6 }, (_, i) => background(['issue', '--dir', dir, ...person(`並行 ${i}`)]).exited),
    );
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0, 0, 0]);
    const issued = registry();
    expect(Object.keys(issued).length - before).toBe(6);
    for (const r of runs) expect(issued[ctiOf(r.stdout.trim())]).toBeDefined();
    const indexes = Object.values(issued).map((x) => x.idx);
    expect(new Set(indexes).size).toBe(indexes.length);
  }, 120_000);

  it('a revocation made while a batch runs stays revoked when the batch ends', async () => {
    const url = issuerCli(['issue', '--dir', dir, ...person('取消 対象')]).stdout.trim();
    const cti = ctiOf(url);
    writeFileSync(join(dir, 'busy.csv'), csv('busy', 2000));
    let started: () => void = () => {};
    const running = new Promise<void>((resolve) => {
      started = resolve;
    });
    const batch = background(['issue', '--dir', dir, '--batch', join(dir, 'busy.csv')], (text) => {
      if (text.includes('発行中… 1000/2000')) started();
    });
    await running;
    // Waits for the folder (the batch holds it), then revokes.
    const revoke = background(['status', '--dir', dir, '--cti', cti, '--set', 'revoked']).exited;
    expect((await batch.exited).code).toBe(0);
    expect((await revoke).code).toBe(0);
    expect(registry()[cti]?.status).toBe('revoked');
    const result = JSON.parse(verifyCli(['--data', dir, '--json', url]).stdout)[0];
    expect(result.reasons).toEqual(['REVOKED']);
  }, 120_000);

  it('a batch killed outright: the next run records every credential it had handed out', async () => {
    writeFileSync(join(dir, 'kill.csv'), csv('kill', 6000));
    const before = new Set(Object.keys(registry()));
    const batch = background(
      ['issue', '--dir', dir, '--batch', join(dir, 'kill.csv'), '--no-png'],
      (text) => {
        if (text.includes('発行中… 1000/6000')) batch.child.kill('SIGKILL');
      },
    );
    expect((await batch.exited).signal).toBe('SIGKILL');
    expect(Object.keys(registry()).length).toBe(before.size); // nothing saved by the killed run
    const written = readdirSync(join(dir, 'credentials')).filter((f) => /^kill-\d+\.url$/.test(f));
    expect(written.length).toBeGreaterThanOrEqual(1000);
    const next = issuerCli(['status', '--dir', dir, '--refresh']);
    expect(next.status, next.stderr).toBe(0);
    expect(next.stderr).toMatch(/前回中断された発行 \d+ 件を台帳/);
    const issued = registry();
    const sample = written.filter((_, i) => i % 50 === 0);
    for (const f of sample) {
      const cti = ctiOf(readFileSync(join(dir, 'credentials', f), 'utf8').trim());
      expect(issued[cti], f).toBeDefined();
    }
    const indexes = Object.values(issued).map((x) => x.idx);
    expect(new Set(indexes).size).toBe(indexes.length);
    expect(readdirSync(dir).filter((f) => f.startsWith('issuer.journal'))).toEqual([]);
  }, 120_000);
});
