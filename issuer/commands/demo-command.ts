// `demo --out DIR --base URL`: the complete demo world (see issuer/demo.ts).
import { makeDemoWorld } from '../demo';
import { flags, note, nowFrom, required } from './flags';

export async function runDemo(args: string[]): Promise<void> {
  const f = flags(args, {
    out: { type: 'string' },
    base: { type: 'string' },
    now: { type: 'string' },
    'no-pdf': { type: 'boolean' },
  });
  const dir = required(f.out, '--out');
  const manifest = await makeDemoWorld(dir, required(f.base, '--base'), {
    now: nowFrom(f.now),
    pdfs: !f['no-pdf'],
  });
  note(`デモ環境を作成しました: ${dir}（${manifest.length} 件、manifest.json）`);
}
