// The folder's IACA roots as the trust list carries them (`iacas`, PROFILE §8.2): each listed
// root's DER read from its file, revoked DS serials from hex. Read afresh at every signing, so a
// serial revoked in issuer.json is in the next trust list.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHex } from '../../core/bytes';
import type { IssuerState } from '../folder/state';
import type { IacaSpec } from '../lists/trust-list-token';

export async function listedIacas(dir: string, state: IssuerState): Promise<IacaSpec[]> {
  return Promise.all(
    (state.iacas ?? []).map(async (c) => {
      const path = join(dir, c.cert);
      const cert = await readFile(path).catch((e: NodeJS.ErrnoException) => {
        throw new Error(`IACA 証明書 ${path} を読めません（${e.code ?? e.message}）`);
      });
      const spec: IacaSpec = {
        name: c.name,
        cert: new Uint8Array(cert),
        docTypes: c.docTypes,
        revokedSerials: c.revokedSerials.map(fromHex),
      };
      if (c.quals) spec.quals = c.quals;
      return spec;
    }),
  );
}
