// Formerly the comparison of our own issuer's layout with the signed data; now the document check
// of PROFILE §6.1 in document-check.ts (with text-lines.ts, printed-labels.ts, label-rows.ts and
// japanese-dates.ts). Kept only so that pdf-pages.ts's `import type { TextRun } from
// './cross-check'` holds; point that import at './text-lines' and delete this file.
export type { TextRun } from './text-lines';
