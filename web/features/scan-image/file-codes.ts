// What reading a file gives the app: the QR texts, and for a PDF what it adds to each verified
// code. Its own module so the file reader and the PDF reader need not import each other.
import type { VerifyResult } from '../../../core/types';
import type { PdfFinding } from '../../../reading/pdf/pdf-findings';

export interface FileCodes {
  texts: string[];
  /** Read from a PDF (what to say when it held no code). */
  pdf?: true;
  /** An image or a text file (the advice when what it held is no certificate). */
  kind?: 'image' | 'text';
  /** What a PDF adds to each verified code (the §6.1 document check, print quality). */
  findingsFor?: (text: string, result: VerifyResult) => PdfFinding[];
}

/** Pages read so far; `thorough` in the second, slower pass that runs when the first found no code. */
export type PdfProgress = (done: number, all: number, thorough: boolean) => void;
