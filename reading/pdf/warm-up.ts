// The page a PDF reader reads once when it starts (the app's worker, the CLI's reading process):
// pdf.js's worker code, its image and font paths, the inflater and the QR decoder are then loaded
// and compiled before the first real file arrives (issue 17), and the code is found in the first
// pass, so no thorough pass runs for nothing. Made by scripts/gen-warm-up-pdf.ts as the issuer
// makes a certificate (reading/pdf/warm-up-pdf.ts).
import { decodeBase64Strict } from '../../core/bytes';
import { WARM_UP_PDF_BASE64 } from './warm-up-pdf';

export { WARM_UP_TEXT } from './warm-up-text';

/** Generated valid; an empty file if it ever were not (the readers' warm-up is then a no-op). */
export const WARM_UP_PDF: Uint8Array = decodeBase64Strict(WARM_UP_PDF_BASE64) ?? new Uint8Array(0);
