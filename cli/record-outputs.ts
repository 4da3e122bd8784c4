// `--save-records DIR` and `--csv FILE`: what a batch check leaves for an HR system. One §9
// record per verified code (PROFILE §9: the page, and `dqc-record.json` with the URL as read, the
// trust list and the deciding status list), and one CSV row per input. Nothing is ever
// overwritten: an existing CSV stops the run before anything is verified, and a record whose
// name is taken gets the next free number.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rfc3339 } from '../core/credential-view';
import type { VerifyResult } from '../core/types';
import type { DocumentResult } from '../reading/pdf/document-result';
import { recordEvidence, type VerificationUse } from '../record/evidence';
import { makeRecordJson } from '../record/record-json';
import { makeRecordPdf } from '../record/record-pdf';
import { type CsvInput, csvText } from './csv-summary';
import { cliApp, nodeFontSubsetter } from './record-node';

export interface OutputOptions {
  recordsDir?: string;
  csvFile?: string;
  csvFull?: boolean;
  /** Records without birth date, name or evidence (PROFILE §9 minimal form). */
  minimal?: boolean;
}

/** A usage problem with the output paths (exit code 2). */
export class OutputError extends Error {
  override name = 'OutputError';
}

export class RecordOutputs {
  private readonly rows: CsvInput[] = [];
  private saved = 0;

  private constructor(private readonly options: OutputOptions) {}

  /** Checks the paths before anything is verified; creates the records folder. */
  static async open(options: OutputOptions): Promise<RecordOutputs> {
    if (options.csvFile !== undefined && existsSync(options.csvFile))
      throw new OutputError(
        `${options.csvFile} は既にあります（上書きしません。別の名前を指定してください）`,
      );
    if (options.recordsDir !== undefined) {
      try {
        await mkdir(options.recordsDir, { recursive: true });
      } catch (e) {
        throw new OutputError(
          `${options.recordsDir} に確認記録を保存できません（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`,
        );
      }
    }
    return new RecordOutputs(options);
  }

  /** One verified code: its CSV row, and its record when asked for. Returns the record's path. */
  async add(
    source: string,
    result: VerifyResult & { document?: DocumentResult },
    use: VerificationUse,
  ): Promise<string | undefined> {
    const checkedAt = rfc3339(use.now);
    const shown = result.document ?? result;
    this.rows.push({
      source,
      shown: { verdict: shown.verdict, reasons: shown.reasons },
      ...(result.credential && { credential: result.credential }),
      checkedAt,
    });
    if (this.options.recordsDir === undefined) return undefined;
    const { credential, statusCheckedAt, trustListSeq, verdict, reasons, checks, document } = result;
    const json = makeRecordJson({
      checkedAt: use.now,
      result: {
        verdict,
        reasons,
        checks,
        ...(credential && { credential }),
        ...(statusCheckedAt !== undefined && { statusCheckedAt }),
        trustListSeq,
        ...(document && { document }),
      },
      evidence: recordEvidence(use, result),
      minimal: this.options.minimal === true,
      app: cliApp(),
    });
    const pdf = await makeRecordPdf(json, await nodeFontSubsetter());
    return this.writeNew(checkedAt, pdf);
  }

  /** An input that gave no code: a CSV row saying why (nothing was verified, so no record). */
  addProblem(source: string, problem: string, now: number): void {
    this.rows.push({ source, problem, checkedAt: rfc3339(now) });
  }

  /** `dqc-record-<time>-<n>.pdf`, the first free n: the name says when, never who. */
  private async writeNew(checkedAt: string, pdf: Uint8Array): Promise<string> {
    const stamp = checkedAt.replaceAll(/[-:]/g, '');
    for (;;) {
      this.saved++;
      const path = join(
        this.options.recordsDir as string,
        `dqc-record-${stamp}-${String(this.saved).padStart(3, '0')}.pdf`,
      );
      try {
        await writeFile(path, pdf, { flag: 'wx' });
        return path;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
  }

  /** Writes the CSV (never over an existing file). Returns its path, if one was asked for. */
  async finish(): Promise<string | undefined> {
    const file = this.options.csvFile;
    if (file === undefined) return undefined;
    await writeFile(file, csvText(this.rows, this.options.csvFull === true), { flag: 'wx' });
    return file;
  }
}
