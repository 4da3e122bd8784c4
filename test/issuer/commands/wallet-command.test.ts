// `npm run issuer -- wallet …` and the IACA / DS-serial flags of `keys`, `trust-list` and `status`
// (PROFILE §8.2): the test IACA and DS certificates follow the issuer profile (read back with
// @peculiar/x509, not with the verifier's parser), the trust list carries them, wallet files hold
// the holder's key with mode 0600, a dqc mdoc's MSO `status` comes from the folder's registry and
// `status --cti` revokes it, a revoked DS serial makes the verifier say SIGNER_REVOKED.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBase64Strict, toHex } from '../../../core/bytes';
import { decodeMdoc, EmbeddedCbor } from '../../../core/mdoc/cbor';
import { dqcRequest, mncRequest } from '../../../core/mdoc/doctypes';
import type { WalletResult } from '../../../core/mdoc/types';
import { verifyWalletResponse } from '../../../core/mdoc/verify-wallet';
import { makeWalletRequest } from '../../../core/mdoc/wallet-request';
import { readStatusList } from '../../../core/status-list';
import type { TrustList } from '../../../core/types';
import { readOwnTrustList } from '../../../issuer/folder/own-trust-list';
import type { IssuerState } from '../../../issuer/folder/state';
import { makeIaca, x509 } from '../../../issuer/wallet/pki';
import { answerRequest } from '../../../wallet-sim/answer';
import { readWalletCard } from '../../../wallet-sim/card';
import { issuerCli } from '../../helpers/run-cli';

const ORIGIN = 'http://localhost:8798';
let dir: string;
const state = () => JSON.parse(readFileSync(join(dir, 'issuer.json'), 'utf8')) as IssuerState;
const ok = (args: string[]) => {
  const run = issuerCli(args);
  expect(run.status, run.stderr).toBe(0);
  return run;
};

beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'dqc-issuer-wallet-')), 'world');
  ok(['keys', '--dir', dir, '--base', ORIGIN]);
  ok(['wallet', 'iaca', '--dir', dir, '--name', 'テスト発行者']);
}, 60_000);

/** The folder's wallet file, verified after one round trip through the simulated wallet. */
async function present(file: string, at = Math.floor(Date.now() / 1000)): Promise<WalletResult> {
  const card = readWalletCard(JSON.parse(readFileSync(file, 'utf8')));
  if (!card) throw new Error(`${file} is not a wallet file`);
  const asked = card.docType === 'jp.go.nqs.dqc.1' ? dqcRequest() : mncRequest();
  const { request, call } = await makeWalletRequest(asked.docType, asked.nameSpaces, ORIGIN);
  const answer = await answerRequest(request.data, ORIGIN, card);
  const trustList = await readOwnTrustList(dir);
  const status = await readStatusList(new Uint8Array(readFileSync(join(dir, 'status', '1.cbor'))), trustList);
  const lists = status.ok ? [status.value] : [];
  const [result] = await verifyWalletResponse(answer.data.response, call, {
    now: at,
    trustList,
    statusLists: (uri) => lists.filter((l) => l.uri === uri),
  });
  return result as WalletResult;
}

const issuedFile = (stdout: string) => stdout.trim().split('\n').at(-1) as string;

describe('wallet iaca: the PROFILE §8.2 issuer profile', () => {
  let trust: TrustList;
  beforeAll(async () => {
    trust = await readOwnTrustList(dir);
  });

  it('lists a P-256 IACA with keyUsage critical keyCertSign+cRLSign, C=JP and CN, SKI, basicConstraints critical cA pathLen 0', () => {
    expect(trust.iacas).toHaveLength(1);
    const iaca = trust.iacas[0];
    expect(iaca?.docTypes).toEqual(['jp.go.nqs.dqc.1', 'org.iso.23220.1.jp.mnc']);
    const cert = new x509.X509Certificate(iaca?.cert as BufferSource);
    const ku = cert.getExtension(x509.KeyUsagesExtension);
    expect(ku?.critical).toBe(true);
    expect(ku?.usages).toBe(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign);
    const bc = cert.getExtension(x509.BasicConstraintsExtension);
    expect([bc?.critical, bc?.ca, bc?.pathLength]).toEqual([true, true, 0]);
    expect(cert.getExtension(x509.SubjectKeyIdentifierExtension)).toBeTruthy();
    expect(cert.subjectName.getField('C')).toEqual(['JP']);
    expect(cert.subjectName.getField('CN')[0]).toContain('テスト発行者');
    expect((cert.publicKey.algorithm as EcKeyAlgorithm).namedCurve).toBe('P-256');
    expect(cert.signatureAlgorithm).toMatchObject({ name: 'ECDSA', hash: { name: 'SHA-256' } });
  });

  it('makes a DS with keyUsage critical digitalSignature, EKU critical 1.0.18013.5.1.2, AKI = IACA SKI, a positive serial ≤ 20 octets', () => {
    const [ds] = state().dsCerts ?? [];
    const cert = new x509.X509Certificate(readFileSync(join(dir, ds?.cert as string)));
    const iaca = new x509.X509Certificate(trust.iacas[0]?.cert as BufferSource);
    const ku = cert.getExtension(x509.KeyUsagesExtension);
    expect([ku?.critical, ku?.usages]).toEqual([true, x509.KeyUsageFlags.digitalSignature]);
    const eku = cert.getExtension(x509.ExtendedKeyUsageExtension);
    expect([eku?.critical, eku?.usages]).toEqual([true, ['1.0.18013.5.1.2']]);
    const aki = cert.getExtension(x509.AuthorityKeyIdentifierExtension);
    expect(aki?.keyId).toBe(iaca.getExtension(x509.SubjectKeyIdentifierExtension)?.keyId);
    expect(cert.issuerName.toString()).toBe(iaca.subjectName.toString());
    const serial = decodeBase64Strict(Buffer.from(cert.serialNumber, 'hex').toString('base64')) as Uint8Array;
    expect(serial.length).toBeLessThanOrEqual(20);
    expect((serial[0] as number) & 0x80).toBe(0);
    expect(ds?.serial).toBe(toHex(serial));
    expect((cert.publicKey.algorithm as EcKeyAlgorithm).namedCurve).toBe('P-256');
  });

  it('keeps the IACA and DS private keys with mode 0600', () => {
    for (const file of ['keys/iaca-1.pem', 'keys/ds-1.pem'])
      expect((statSync(join(dir, file)).mode & 0o777).toString(8)).toBe('600');
  });
});

describe('wallet dqc and wallet mnc', () => {
  it('issues a dqc mdoc from the issue flags: wallet file 0600, MSO status from the registry, revocable with status --cti', async () => {
    const run = ok([
      'wallet',
      'dqc',
      '--dir',
      dir,
      ...['--qual', '1', '--name', '鈴木 花子', '--birth', '1991-02-03', '--reg-no', '424242'],
      ...['--reg-date', '2014-04-01', '--out', 'suzuki'],
    ]);
    const file = issuedFile(run.stdout);
    expect(file).toBe(join(dir, 'wallet', 'suzuki.wallet.json'));
    expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
    const wallet = JSON.parse(readFileSync(file, 'utf8')) as { statusId: string; deviceKey: JsonWebKey };
    expect(wallet.deviceKey).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(wallet.deviceKey.d).toBeTruthy();
    const record = state().issued[wallet.statusId];
    expect(record?.status).toBe('valid');
    // The MSO's `status` is that registry entry (PROFILE §8.1 (ii)).
    const before = await present(file);
    expect([before.verdict, before.mdoc?.status]).toEqual([
      'valid',
      { idx: record?.idx, uri: `${ORIGIN}/status/1` },
    ]);
    ok(['status', '--dir', dir, '--cti', wallet.statusId, '--set', 'revoked']);
    const after = await present(file);
    expect([after.verdict, after.reasons]).toEqual(['invalid', ['REVOKED']]);
  });

  it('issues a batch (the issue batch format): one file per row, status indexes never reused', async () => {
    const csv = join(dir, '..', 'batch.csv');
    writeFileSync(
      csv,
      'qual,name,birth,reg-no,reg-date,out\n29,佐藤 太郎,1985-11-23,200002,2016-04-01,sato\n1,田中 健,1970-12-31,500005,2016-04-01,tanaka\n',
    );
    ok(['wallet', 'dqc', '--dir', dir, '--batch', csv]);
    const ids = ['sato', 'tanaka'].map(
      (n) =>
        (JSON.parse(readFileSync(join(dir, 'wallet', `${n}.wallet.json`), 'utf8')) as { statusId: string })
          .statusId,
    );
    const idxs = Object.values(state().issued).map((r) => r.idx);
    expect(new Set(idxs).size).toBe(idxs.length);
    for (const id of ids) expect(state().issued[id]).toBeTruthy();
    expect(
      (await present(join(dir, 'wallet', 'sato.wallet.json'))).mdoc?.elements['jp.go.nqs.dqc.1'],
    ).toMatchObject({
      qualification_code: 29,
      qualification_name: '看護師',
      name: '佐藤 太郎',
    });
  });

  it('refuses a row a verifier would refuse, before signing anything', () => {
    const issued = Object.keys(state().issued).length;
    const run = issuerCli([
      'wallet',
      'dqc',
      '--dir',
      dir,
      '--qual',
      '1',
      '--qual-name',
      '看護師',
      '--name',
      'x',
      '--birth',
      '1990-01-01',
      '--reg-no',
      '1',
      '--reg-date',
      '2010-01-01',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('介護福祉士');
    expect(Object.keys(state().issued)).toHaveLength(issued);
  });

  it('issues test My Number Cards in both name forms, one form, and the approximate_mask map', async () => {
    const both = issuedFile(
      ok(['wallet', 'mnc', '--dir', dir, '--name', '鈴木 花子', '--birth', '1991-02-03']).stdout,
    );
    expect((await present(both)).mdoc?.elements).toEqual({
      'org.iso.23220.1': {
        family_name_unicode: '鈴木',
        given_name_unicode: '花子',
        birth_date: '1991-02-03',
      },
      'org.iso.23220.1.jp': { full_name_unicode: '鈴木 花子' },
    });
    const split = issuedFile(
      ok([
        'wallet',
        'mnc',
        '--dir',
        dir,
        '--family',
        '髙橋',
        '--given',
        '健一',
        '--name-form',
        'split',
        '--birth',
        '1985-06-15',
        '--approximate-mask',
        '00001111',
      ]).stdout,
    );
    expect((await present(split)).mdoc?.elements).toEqual({
      'org.iso.23220.1': {
        family_name_unicode: '髙橋',
        given_name_unicode: '健一',
        birth_date: { birth_date: '1985-06-15', approximate_mask: '00001111' },
      },
    });
    const full = issuedFile(
      ok([
        'wallet',
        'mnc',
        '--dir',
        dir,
        '--name',
        '番号　花子',
        '--name-form',
        'full',
        '--birth',
        '1990-04-01',
      ]).stdout,
    );
    const elements = (await present(full)).mdoc?.elements;
    expect(elements?.['org.iso.23220.1.jp']).toEqual({ full_name_unicode: '番号　花子' });
    expect(elements?.['org.iso.23220.1']).toEqual({ birth_date: '1990-04-01' });
  });

  it('stores IssuerSigned as issued: items as #6.24, the MSO in IssuerAuth', () => {
    const file = join(dir, 'wallet', 'suzuki.wallet.json');
    const bytes = decodeBase64Strict(JSON.parse(readFileSync(file, 'utf8')).issuerSigned, true) as Uint8Array;
    const issuerSigned = decodeMdoc(bytes) as Map<string, unknown>;
    const items = (issuerSigned.get('nameSpaces') as Map<string, unknown[]>).get('jp.go.nqs.dqc.1') ?? [];
    expect(items.every((i) => i instanceof EmbeddedCbor)).toBe(true);
    const [, unprotected, payload] = issuerSigned.get('issuerAuth') as [
      Uint8Array,
      Map<number, unknown>,
      Uint8Array,
    ];
    expect(unprotected.get(33)).toBeInstanceOf(Uint8Array);
    const mso = (decodeMdoc(payload) as EmbeddedCbor).item as Map<string, unknown>;
    expect(mso.get('digestAlgorithm')).toBe('SHA-256');
    expect(mso.get('docType')).toBe('jp.go.nqs.dqc.1');
  });
});

describe('IACA roots and DS serials through keys, trust-list and status', () => {
  it('status --ds-serial revokes a DS in its IACA revokedSerials, and the verifier says SIGNER_REVOKED', async () => {
    const file = issuedFile(
      ok(['wallet', 'mnc', '--dir', dir, '--name', '鈴木 花子', '--birth', '1991-02-03']).stdout,
    );
    expect((await present(file)).verdict).toBe('valid');
    const [ds] = state().dsCerts ?? [];
    const seq = state().trustList.seq;
    ok(['status', '--dir', dir, '--ds-serial', ds?.serial as string, '--set', 'revoked']);
    expect(state().trustList.seq).toBe(seq + 1);
    expect(state().iacas?.[0]?.revokedSerials).toEqual([ds?.serial]);
    expect((await readOwnTrustList(dir)).iacas[0]?.revokedSerials.map(toHex)).toEqual([ds?.serial]);
    const result = await present(file);
    expect([result.verdict, result.reasons]).toEqual(['invalid', ['SIGNER_REVOKED']]);
    // New documents go out under a new DS, which is not revoked.
    const next = issuedFile(
      ok(['wallet', 'mnc', '--dir', dir, '--name', '鈴木 花子', '--birth', '1991-02-03']).stdout,
    );
    expect((await present(next)).verdict).toBe('valid');
    ok(['status', '--dir', dir, '--ds-serial', ds?.serial as string, '--set', 'valid']);
    expect((await present(file)).verdict).toBe('valid');
  });

  it('keys --add-iaca and trust-list --add-iaca list a root from a PEM or DER file; a DS certificate is refused', async () => {
    const now = Math.floor(Date.now() / 1000);
    const root = await makeIaca({ now, name: 'C=JP, CN=External Root' });
    const pem = join(dir, '..', 'root.pem');
    writeFileSync(pem, root.cert.toString('pem'));
    ok([
      'keys',
      '--dir',
      dir,
      '--add-iaca',
      pem,
      '--name',
      '外部ルート',
      '--doc-types',
      'org.iso.23220.1.jp.mnc',
    ]);
    const other = await makeIaca({ now, name: 'C=JP, CN=Another Root' });
    const der = join(dir, '..', 'root.der');
    writeFileSync(der, other.der);
    ok([
      'trust-list',
      '--dir',
      dir,
      '--add-iaca',
      der,
      '--name',
      '別のルート',
      '--doc-types',
      'jp.go.nqs.dqc.1',
      '--quals',
      '1,2',
    ]);
    const listed = (await readOwnTrustList(dir)).iacas;
    expect(listed.map((i) => [i.name, i.docTypes, i.quals])).toEqual([
      ['テスト発行者', ['jp.go.nqs.dqc.1', 'org.iso.23220.1.jp.mnc'], undefined],
      ['外部ルート', ['org.iso.23220.1.jp.mnc'], undefined],
      ['別のルート', ['jp.go.nqs.dqc.1'], [1, 2]],
    ]);
    const dsFile = join(dir, state().dsCerts?.[0]?.cert as string);
    const refused = issuerCli([
      'keys',
      '--dir',
      dir,
      '--add-iaca',
      dsFile,
      '--name',
      'DS',
      '--doc-types',
      'x',
    ]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('§8.2');
  });
});
