// The demo world for `npm start` and the end-to-end tests: made when absent, its lists re-signed
// when they have expired (status lists live 7 days at most, PROFILE §5).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readStatusList } from '../../core/status-list';
import { publishFolder } from '../../issuer/commands/publish-command';
import { makeDemoWorld } from '../../issuer/demo';
import { IssuerFolder } from '../../issuer/folder/folder';

const HOUR = 3600;

export async function ensureDemoWorld(dir: string, base: string, log: (line: string) => void): Promise<void> {
  const now = Math.floor(Date.now() / 1000);
  if (!existsSync(join(dir, 'issuer.json'))) {
    log(`デモ環境を作成しています: ${dir}`);
    await makeDemoWorld(dir, base, { now, pdfs: true });
    return;
  }
  const folder = await IssuerFolder.open(dir);
  try {
    // A demo world made before wallet presentation (PROFILE §8) gains its wallet set.
    if (!existsSync(join(dir, 'wallet', 'manifest.json'))) {
      log('ウォレットのデモ用カードを追加しています');
      const { addWalletSet } = await import('../../issuer/wallet/demo-wallet');
      await addWalletSet(folder, now);
      await folder.writeAllStatusLists(now);
    }
    await refreshDemoLists(folder, base, now, log);
  } finally {
    folder.close(); // the e2e tests and the person at the terminal run the issuer on it next
  }
}

async function refreshDemoLists(
  folder: IssuerFolder,
  base: string,
  now: number,
  log: (line: string) => void,
): Promise<void> {
  const dir = folder.dir;
  if (folder.state.base !== new URL(base).origin) {
    throw new Error(
      `${dir} was made for ${folder.state.base}, not ${base}: remove it to make a new demo world`,
    );
  }
  const list = await folder.ownTrustList().catch(() => null);
  if (!list || list.exp < now + 24 * HOUR) {
    log('信頼リストを再署名しています');
    await folder.writeTrustList(now);
  }
  for (const config of folder.state.statusLists) {
    const file = join(dir, 'status', `${config.id}.cbor`);
    const reading =
      list && existsSync(file) ? await readStatusList(new Uint8Array(await readFile(file)), list) : null;
    if (!reading?.ok || reading.value.exp < now + HOUR) {
      log(`失効リスト ${config.id} を再署名しています`);
      await folder.writeStatusList(config, now);
    }
  }
}

export async function publishDemo(dir: string, origin: string): Promise<void> {
  await publishFolder(await IssuerFolder.open(dir, { readOnly: true }), origin);
}
