// The verification record made in the app and re-checked by the CLI (issue 18, PROFILE §9): a
// person verifies a demo certificate, presses 「確認記録を保存」, fills the form and takes the
// download; `npm run -s verify -- --data <demo> --record FILE --json` says `consistent`. A minimal
// record holds no birth date (page text, JSON, file bytes) and is `unverifiable`; a record of a
// PDF check keeps the document verdict (§6.1). A wallet check (PROFILE §8.9, the demo build's
// simulated wallet as in wallet.spec.ts) gives a record only of a call made for one — chosen
// before the wallet is asked, or asked again from the record button — which holds the §8.7
// result, no birth date and no card element, and re-checks as `unverifiable`.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Download, expect, type Page, test } from '@playwright/test';
import { pdfPageText } from '../../cli/record-node';
import { decodeBase64Strict, encodeBase64Url } from '../../core/bytes';
import type { CredentialView } from '../../core/types';
import { generateKeyPair } from '../../issuer/folder/keys';
import { signStatusList } from '../../issuer/lists/status-list-token';
import type { WalletSample } from '../../issuer/wallet/demo-wallet';
import { embeddedRecordJson } from '../../record/embedded-file';
import type { RecordCheck } from '../../record/recheck';
import type { AnyRecordJson, RecordJson, WalletRecordJson } from '../../record/record-json';
import { editPageText, resign, withEmbedded } from '../record/support/records';
import { serveDemoBuild, walletSamples } from './demo-build';
import { pasteAndVerify } from './steps';
import { sample, world } from './world';

/** The CLI on a saved record, as an employer's auditor would run it. */
function recheck(file: string): { status: number | null; out: RecordCheck } {
  const run = spawnSync(
    'npm',
    ['run', '-s', 'verify', '--', '--data', world().demo, '--record', file, '--json'],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  expect(run.stdout, run.stderr).not.toBe('');
  return { status: run.status, out: JSON.parse(run.stdout) as RecordCheck };
}

/** Everything a filed record holds as text: its page, its embedded JSON, its bytes. */
async function contents(file: string): Promise<{ json: AnyRecordJson; page: string; texts: string[] }> {
  const pdf = new Uint8Array(readFileSync(file));
  const embedded = await embeddedRecordJson(pdf);
  if (!embedded.ok) throw new Error(`no record JSON: ${embedded.problem}`);
  const jsonText = new TextDecoder().decode(embedded.bytes);
  const page = (await pdfPageText(pdf))
    .flat()
    .map((r) => r.text)
    .join('');
  return {
    json: JSON.parse(jsonText) as AnyRecordJson,
    page,
    texts: [page, jsonText, new TextDecoder('latin1').decode(pdf)],
  };
}

/** A §3 date in the forms a page or a JSON could print it. */
function dateForms(date: string): string[] {
  const [y, m, d] = date.split('-');
  const n = (s: string | undefined) => String(Number(s));
  return [date, `${y}/${m}/${d}`, `${y}/${n(m)}/${n(d)}`, `${y}年${n(m)}月${n(d)}日`];
}

interface FormFields {
  checker?: string;
  office?: string;
  note?: string;
  retention?: string;
  minimal?: boolean;
}

/** Fills the open record form and takes the download it gives. */
async function saveFromForm(page: Page, fields: FormFields, dir: string, name: string): Promise<string> {
  const form = page.getByTestId('record-form');
  await expect(form).toBeVisible();
  if (fields.checker) await form.getByLabel('確認者（任意）').fill(fields.checker);
  if (fields.office) await form.getByLabel('事業所（任意）').fill(fields.office);
  if (fields.note) await form.getByLabel('メモ（任意）').fill(fields.note);
  if (fields.retention) await form.getByLabel('保存期間（任意、例：5年）').fill(fields.retention);
  if (fields.minimal) await form.locator('input[name="minimal"]').check();
  const download: Promise<Download> = page.waitForEvent('download', { timeout: 60_000 });
  await form.getByRole('button', { name: 'PDFを作成して保存' }).click();
  const taken = await download;
  expect(taken.suggestedFilename()).toMatch(/^確認記録_\d{8}_\d{6}\.pdf$/);
  await expect(page.getByTestId('record-status')).toHaveText('確認記録を保存しました（ダウンロード）');
  const file = join(dir, name);
  await taken.saveAs(file);
  return file;
}

/** Presses 「確認記録を保存」 on the result screen, fills the form, takes the download. */
async function saveRecord(page: Page, fields: FormFields, dir: string, name: string): Promise<string> {
  await page.getByTestId('result-actions').getByRole('button', { name: '確認記録を保存' }).click();
  return saveFromForm(page, fields, dir, name);
}

test.describe('records of a QR and a PDF check (PROFILE §9)', () => {
  test('a record of a verified demo certificate re-checks as consistent through the CLI', async ({
    page,
  }, info) => {
    await page.goto('/');
    await pasteAndVerify(page, sample('valid-kaigo').url);
    await expect(page.locator('.verdict-text')).toHaveText('有効です');
    const file = await saveRecord(
      page,
      { checker: '佐藤 一郎', office: 'さくら介護センター', note: '採用時の確認', retention: '退職後5年' },
      info.outputDir,
      'valid-kaigo.pdf',
    );
    const { status, out } = recheck(file);
    expect(out.record).toBe('consistent');
    expect(status).toBe(0);
    expect(out.recorded).toMatchObject({ verdict: 'valid', reasons: [] });
    const { json, page: text } = await contents(file);
    const record = json as RecordJson;
    expect(record.evidence?.credential).toBe(sample('valid-kaigo').url);
    expect(record.operator).toEqual({
      checker: '佐藤 一郎',
      office: 'さくら介護センター',
      note: '採用時の確認',
    });
    for (const shown of [
      '有効です',
      '佐藤一郎',
      'さくら介護センター',
      'この記録は、事業所の定めにより退職後5年保存してください。',
    ])
      expect(text.replaceAll(' ', '')).toContain(shown.replaceAll(' ', ''));

    // The same filed record, altered after the fact: each is caught, with what differs named.
    const pdf = new Uint8Array(readFileSync(file));
    const jsonOf = (edit: (j: RecordJson) => void) => {
      const copy = structuredClone(record);
      edit(copy);
      return new TextEncoder().encode(JSON.stringify(copy));
    };
    const foreignStatus = await signStatusList(
      {
        uri: (record.result.credential as CredentialView).status.uri,
        iat: Math.floor(Date.parse(record.checkedAt) / 1000) - 600,
        exp: Math.floor(Date.parse(record.checkedAt) / 1000) + 86_400,
        ttl: 60,
        size: 1024,
        statuses: new Map(),
      },
      await generateKeyPair(),
    );
    const trustList = decodeBase64Strict(record.evidence?.trustList ?? '', true);
    const variants: [string, Uint8Array, RegExp][] = [
      ['page-name', await editPageText(pdf, '山田 花子', '花田 山子'), /氏名/],
      [
        'json-verdict',
        await withEmbedded(
          pdf,
          jsonOf((j) => {
            j.result.verdict = 'invalid';
            j.result.reasons = ['REVOKED'];
          }),
        ),
        /^判定:/,
      ],
      [
        'foreign-status',
        await withEmbedded(
          pdf,
          jsonOf((j) => {
            (j.evidence as { statusList: string }).statusList = encodeBase64Url(foreignStatus);
          }),
        ),
        /^失効情報（証拠）: .*UNKNOWN_SIGNER/,
      ],
    ];
    const resigned = await resign(trustList ?? new Uint8Array(), await generateKeyPair());
    variants.push([
      'trust-list-resigned',
      await withEmbedded(
        pdf,
        jsonOf((j) => {
          (j.evidence as { trustList: string }).trustList = encodeBase64Url(resigned);
        }),
      ),
      /^信頼リスト（証拠）: .*UNKNOWN_SIGNER/,
    ]);
    for (const [name, bytes, named] of variants) {
      const altered = join(info.outputDir, `altered-${name}.pdf`);
      writeFileSync(altered, bytes);
      const again = recheck(altered);
      expect(again.out.record, name).toBe('inconsistent');
      expect(again.status, name).not.toBe(0);
      expect(
        again.out.differences?.some((d) => named.test(d)),
        `${name}: ${again.out.differences}`,
      ).toBe(true);
    }
  });

  test('a minimal record holds no birth date anywhere and re-checks as unverifiable', async ({
    page,
  }, info) => {
    await page.goto('/');
    await pasteAndVerify(page, sample('valid-kaigo').url);
    const full = await saveRecord(page, {}, info.outputDir, 'full.pdf');
    const credential = ((await contents(full)).json as RecordJson).result.credential;
    const birth = credential && 'signer' in credential ? credential.dqc['4'] : '';
    expect(birth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.goto('/');
    await pasteAndVerify(page, sample('valid-kaigo').url);
    const file = await saveRecord(page, { minimal: true }, info.outputDir, 'minimal.pdf');
    const { json, texts } = await contents(file);
    expect(json.minimal).toBe(true);
    for (const where of texts) for (const form of dateForms(birth)) expect(where).not.toContain(form);
    const { status, out } = recheck(file);
    expect(out.record).toBe('unverifiable');
    expect(status).toBe(1);
  });

  test('a record of a PDF check keeps the document verdict (§6.1) and re-checks as consistent', async ({
    page,
  }, info) => {
    const s = sample('pdf-edited-name');
    await page.goto('/');
    await page.getByTestId('file-input').setInputFiles({
      name: 'certificate.pdf',
      mimeType: 'application/pdf',
      buffer: readFileSync(join(world().demo, s.pdf as string)),
    });
    await expect(page.locator('.verdict-text').first()).toHaveText(
      '無効です（PDFの記載内容が署名データと一致しません）',
    );
    const file = await saveRecord(page, { checker: '佐藤 一郎' }, info.outputDir, 'pdf.pdf');
    const { status, out } = recheck(file);
    expect(out.record).toBe('consistent');
    expect(status).toBe(0);
    expect(s.document).toEqual({ verdict: 'invalid', reasons: ['DOCUMENT_MISMATCH'] });
    expect(out.recorded?.document).toMatchObject({ ...s.document });
    expect(out.recorded).toMatchObject({ verdict: s.verdict, reasons: s.reasons });
    const { page: text } = await contents(file);
    expect(text).toContain('無効です（PDFの記載内容が署名データと一致しません）');
    expect(text.replaceAll(' ', '')).toContain('氏名相違');
  });
});

const walletSample = (name: string): WalletSample => {
  const found = walletSamples().find((w) => w.name === name);
  if (!found) throw new Error(`no wallet sample ${name}`);
  return found;
};

/** Picks `label` in the demo wallet's sheet, after checking what it says the page will keep. */
async function pickCard(page: Page, label: string, keeps: string): Promise<void> {
  const sheet = page.getByRole('dialog', { name: 'デモ用の模擬ウォレット' });
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('.demo-wallet-retained')).toHaveText(keeps);
  await sheet.getByRole('button', { name: label, exact: true }).click();
  await expect(sheet).toBeHidden();
}

const KEPT = '資格コード・資格名称・氏名・登録番号・交付機関';
const CARD_ELEMENTS = ['family_name_unicode', 'given_name_unicode', 'full_name_unicode', 'birth_date'];

test.describe('records of a wallet check (PROFILE §8.9, demo build)', () => {
  test.use({ serviceWorkers: 'block' });
  test.beforeEach(async ({ context }) => serveDemoBuild(context));
  test.afterEach(async ({ context }) => context.unrouteAll({ behavior: 'ignoreErrors' }));

  test('chosen before the wallet is asked: the §8.7 result, no birth date, unverifiable', async ({
    page,
  }, info) => {
    const dqc = walletSample('dqc-yamada');
    const mnc = walletSample('mnc-yamada');
    await page.goto('/?demo-wallet');
    const entry = page.getByTestId('wallet-dqc');
    await entry.getByLabel('確認記録を保存する').check();
    await expect(entry).toContainText('資格名称・氏名・登録番号・交付機関を記録に残すことを');
    await entry.getByRole('button', { name: 'ウォレットの資格者証を確認' }).click();
    await pickCard(page, dqc.label, KEPT);
    await expect(page.locator('.verdict-text').first()).toHaveText('有効です');
    // The identity check beside it: the card is asked for name and birth date, and keeps nothing.
    await page.getByRole('button', { name: 'スマホのマイナンバーカードで本人確認' }).click();
    await pickCard(page, mnc.label, 'なし（表示のみ）');
    await expect(page.getByTestId('identity-line')).toHaveText('本人確認: 一致');
    const file = await saveRecord(page, { checker: '佐藤 一郎' }, info.outputDir, 'wallet.pdf');

    const { json, texts, page: text } = await contents(file);
    const record = json as WalletRecordJson;
    expect(record.result.docType).toBe('jp.go.nqs.dqc.1');
    expect(record.result.identity).toEqual({ result: 'match' });
    expect(Object.keys(record.result.mdoc?.elements['jp.go.nqs.dqc.1'] ?? {}).sort()).toEqual(
      ['issuing_body', 'name', 'qualification_code', 'qualification_name', 'registration_number'].sort(),
    );
    expect('evidence' in record).toBe(false);
    for (const where of texts) {
      for (const form of dateForms('1990-04-01')) expect(where).not.toContain(form);
      for (const element of CARD_ELEMENTS) expect(where).not.toContain(element);
    }
    expect(text.replaceAll(' ', '')).toContain('本人確認:一致');
    const { status, out } = recheck(file);
    expect(out.record).toBe('unverifiable');
    expect(status).toBe(1);
    expect(out.differences?.[0]).toContain('ウォレット');
  });

  test('not chosen: the record button asks the wallet again, telling it what is kept', async ({
    page,
  }, info) => {
    const dqc = walletSample('dqc-yamada');
    await page.goto('/?demo-wallet');
    await page.getByRole('button', { name: 'ウォレットの資格者証を確認' }).click();
    await pickCard(page, dqc.label, 'なし（表示のみ）');
    await expect(page.locator('.verdict-text').first()).toHaveText('有効です');
    await page.getByTestId('result-actions').getByRole('button', { name: '確認記録を保存' }).click();
    const again = page.getByTestId('record-again');
    await expect(again).toContainText('ウォレットに「記録に残さない」と伝えています');
    await again.getByRole('button', { name: '記録用にもう一度ウォレットで確認' }).click();
    await pickCard(page, dqc.label, KEPT);
    await expect(page.locator('.verdict-text').first()).toHaveText('有効です');
    // The new answer's form is open at once.
    const file = await saveFromForm(page, { minimal: true }, info.outputDir, 'wallet-again.pdf');
    const { json, texts } = await contents(file);
    expect(json.minimal).toBe(true);
    expect((json as WalletRecordJson).result.identity).toBeUndefined();
    for (const where of texts) {
      for (const form of dateForms('1990-04-01')) expect(where).not.toContain(form);
      expect(where).not.toContain('山田');
    }
    expect(recheck(file).out.record).toBe('unverifiable');
  });
});
