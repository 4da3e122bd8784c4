// Where the record page puts things, shared by the maker (record-pdf.ts) and the re-check's page
// reader (page-read.ts): a row's label starts at LABEL_X, its value lines at VALUE_X, and nothing
// else on the page starts at either (titles, notes and the page footer start at MARGIN). So the
// reader finds a label by its text and its x, and the row's value as the runs right of VALUE_X
// down to the next thing at LABEL_X.

/** A4 portrait, points. */
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const MARGIN = 40;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
export const CELL_PAD = 4;
export const LABEL_WIDTH = 122;
export const LABEL_X = MARGIN + CELL_PAD;
export const VALUE_X = MARGIN + LABEL_WIDTH + CELL_PAD;
export const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - 2 * CELL_PAD;
/** How far a run may sit from LABEL_X / VALUE_X and still be in that column (points). */
export const COLUMN_TOLERANCE = 1.5;

export const SIZE = {
  title: 16,
  subtitle: 8,
  headline: 18,
  section: 10,
  label: 8,
  value: 9,
  note: 8,
  footer: 7.5,
} as const;
export const LINE_GAP = 1.4;
/** The lowest a row's bottom may reach before it moves to the next page (above the footer). */
export const LOWEST = MARGIN + 14;

/** Printed for a character the font cannot draw (the geta mark, the typesetter's sign for it). */
export const MISSING_MARK = '〓';
