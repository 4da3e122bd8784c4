// `issue`: one certificate from flags, or a CSV/JSON batch. Writes <out>.url and the QR image(s)
// under DIR/credentials/, keeps the status registry, and makes sure the status lists exist.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Row } from '../batch/batch-input';
import { credentialFileWriter, imageWorkersFor } from '../batch/credential-file-pool';
import { credentialBase, safeName } from '../batch/outputs';
import { IssuerFolder } from '../folder/folder';
import { paths } from '../folder/state';
import { checkCapacity, checkIssuable } from '../issuing/issuable';
import { type Issued, type IssueRequest, issueCredential } from '../issuing/issue';
import { REQUEST_FIELD_FLAGS, requestFromFields, UsageError } from '../issuing/request-fields';
import { flags, note, nowFrom, required, say } from './flags';
import { batchRows, listBatch, resumeHint } from './issue-batch';

const CONCURRENCY = 64;

/** Every file a credential may have: a name any of them holds is taken. */
const CREDENTIAL_FILE_TYPES = ['url', 'png', 'svg', 'pdf'];

export async function runIssue(args: string[]): Promise<void> {
  const f = flags(args, {
    ...REQUEST_FIELD_FLAGS,
    signer: { type: 'string' },
    svg: { type: 'boolean' },
    'no-png': { type: 'boolean' },
    pdf: { type: 'boolean' },
    'from-row': { type: 'string' },
  });
  const folder = await IssuerFolder.open(required(f.dir, '--dir'));
  const now = nowFrom(f.now);
  const output = { png: !f['no-png'], svg: f.svg === true, pdf: f.pdf === true };
  let rows: Row[];
  let baseDir = '.';
  // --from-row N: the rest of a batch that stopped part way (rows keep their numbers).
  let offset = 0;
  if (f.batch) {
    ({ rows, offset } = await batchRows(f.batch, f['from-row']));
    baseDir = dirname(f.batch);
  } else {
    const {
      dir: _dir,
      batch: _batch,
      svg: _svg,
      'no-png': _noPng,
      pdf: _pdf,
      now: _now,
      'from-row': _fromRow,
      other,
      ...fields
    } = f;
    rows = [{ ...fields, ...(other && { other: other.join('\n') }) }];
  }
  const credentialsDir = paths(folder.dir).credentials;
  // Image workers start loading now, while the rows are checked.
  const files = credentialFileWriter(output, imageWorkersFor(rows.length, output));
  // Validate every row before signing anything: a batch is all or nothing. What a verifier would
  // refuse (signer, entitlement, dates) and room in the status lists are checked here too.
  const requests: IssueRequest[] = [];
  const outNames = new Set<string>();
  try {
    for (const [i, row] of rows.entries()) {
      try {
        const request = await requestFromFields(row, baseDir);
        await checkIssuable(folder, request, now);
        if (output.pdf) await (await import('../pdf/pdf-output')).checkPrintable(request);
        requests.push(request);
        // A bad or repeated file name found after signing would stop the batch part way, or
        // replace another certificate's files: checked here with the rest.
        if (row.out !== undefined) {
          if (typeof row.out !== 'string') throw new Error('--out: ファイル名を文字列で');
          if (outNames.has(safeName(row.out)))
            throw new Error(`--out: 「${row.out}」は前の行で使われています`);
          if (CREDENTIAL_FILE_TYPES.some((ext) => existsSync(join(credentialsDir, `${row.out}.${ext}`))))
            throw new Error(
              `--out: 「${row.out}」のファイルは既にあります（別の名前にするか、古いファイルを移してください）`,
            );
          outNames.add(row.out);
        }
      } catch (e) {
        const message = (e as Error).message;
        // A flag's value is wrong: the usage text helps. A name already taken is the folder's
        // state, not the command line: the message alone, exit code 2 all the same.
        if (!f.batch) throw e instanceof UsageError ? e : Object.assign(new Error(message), { exitCode: 2 });
        // The row's data is wrong, not the command line: no usage text, exit code 2 all the same.
        throw Object.assign(new Error(`${offset + i + 1} 行目（見出しの次が 1 行目）: ${message}`), {
          exitCode: 2,
        });
      }
    }
    await checkCapacity(folder, requests.length);
    await warnExpired(folder, now);
  } catch (e) {
    await files.close(); // nothing was queued: this only stops the workers
    throw e;
  }
  const started = performance.now();
  let done = 0;
  // By row: what was signed, and where its files went.
  const signed: Issued[] = [];
  const bases: string[] = [];
  /** Rows signed and recorded, but without their PDF: `pdf --url` makes it again. */
  const pdfsMissing = new Set<number>();
  const issueRow = async (i: number) => {
    const request = requests[i] as IssueRequest;
    const out = rows[i]?.out;
    const issued = await issueCredential(folder, request, now);
    signed[i] = issued;
    const base = credentialBase(credentialsDir, typeof out === 'string' ? out : issued.cti);
    await files.write({ base, url: issued.url });
    bases[i] = base; // the list's file column: .url and images (a PDF that fails is reported apart)
    if (output.pdf) {
      const { writeCertificatePdf } = await import('../pdf/pdf-output');
      await writeCertificatePdf(`${base}.pdf`, issued, request).catch((e) => {
        pdfsMissing.add(i);
        throw e;
      });
    }
    done++;
    if (requests.length === 1) say(issued.url);
    else if (done % 1000 === 0) note(`発行中… ${done}/${requests.length}`);
  };
  let failure: unknown;
  // CONCURRENCY lanes, each taking the next row as soon as its last one is done: no lane waits for
  // the slowest row of a group, so the signing threads and the image workers never run dry. After
  // a failure each lane finishes the row it holds and stops.
  let next = 0;
  // Ctrl-C, TERM or HUP (a closed terminal) stops the batch the same way: the rows in hand are finished and every
  // signed credential is recorded, so no status index is ever handed out twice (a second Ctrl-C
  // ends the process at once).
  const interrupted = new Error('interrupted');
  const interrupt = () => {
    failure ??= interrupted;
  };
  process.once('SIGINT', interrupt).once('SIGTERM', interrupt).once('SIGHUP', interrupt);
  const lane = async () => {
    while (next < requests.length && failure === undefined) {
      const i = next++;
      try {
        await issueRow(i);
      } catch (e) {
        failure ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, requests.length) }, lane));
  process.off('SIGINT', interrupt).off('SIGTERM', interrupt).off('SIGHUP', interrupt);
  try {
    await files.close();
  } catch (e) {
    failure ??= e;
  }
  if (failure === interrupted) {
    const count = signed.filter(Boolean).length;
    failure = Object.assign(new Error(`中断しました（${count} 件を発行済み。台帳に記録しました）`), {
      exitCode: 130,
    });
  }
  if (failure && f.batch && next < requests.length) note(resumeHint(signed, next, offset));
  // Only those whose .url is on disk (a worker that stopped may not have written it): the rest
  // are in the batch list, by cti and URL.
  const redo = [...pdfsMissing].sort((a, b) => a - b).filter((i) => files.wrote(bases[i] as string));
  if (redo.length > 0) {
    const urls = redo.map((i) => `--url ${bases[i]}.url`);
    // The credential holds only its photo's SHA-256: the JPEG itself is given again.
    const photoFlags = redo.flatMap((i) => {
      const photo = rows[i]?.photo;
      return typeof photo === 'string' ? [`--photo ${resolve(baseDir, photo)}`] : [];
    });
    note(
      `PDF を書けなかった資格者証（署名済み・台帳に記録済み）は、PDF だけを作り直せます: npm run issuer -- pdf --dir ${folder.dir} ${[...urls, ...photoFlags].join(' ')}`,
    );
  }
  // Whatever was signed stays in the registry, even if the batch stopped part way: a status index
  // handed out must never be handed out again.
  await folder.save();
  if (f.batch)
    listBatch(credentialsDir, signed, bases, (base) => files.wrote(base), failure !== undefined, offset);
  if (failure) throw failure;
  for (const list of folder.state.statusLists) {
    if (!existsSync(paths(folder.dir).statusList(list.id))) await folder.writeStatusList(list, now);
  }
  const seconds = (performance.now() - started) / 1000;
  if (requests.length === 1)
    note(
      `書き出し: ${bases[0]}.url${output.png ? ' .png' : ''}${output.svg ? ' .svg' : ''}${output.pdf ? ' .pdf' : ''}`,
    );
  else
    note(
      `${requests.length} 件を発行しました（${(requests.length / seconds).toFixed(0)} 件/秒）: ${credentialsDir}`,
    );
}

/** Certificates issued while the folder's lists have expired verify as 「確認できません」 until they
 * are signed again and published: said before issuing, not refused (the certificates are fine). */
async function warnExpired(folder: IssuerFolder, now: number): Promise<void> {
  if ((await folder.ownTrustList()).exp <= now)
    note('警告: 信頼リストの有効期限が切れています（trust-list で署名し直し、publish してください）');
  for (const list of folder.state.statusLists)
    if ((list.lastIat ?? 0) + list.lifetime <= now)
      note(
        `警告: 失効リスト ${list.id} の有効期限が切れています（status --refresh で署名し直し、publish してください）`,
      );
}
