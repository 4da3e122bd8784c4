// The certificate URLs in a text: one per line, or, for a CSV whose header has a `url` column
// (the list an issuer batch leaves, a spreadsheet export), that column. A `.url` file the issuer
// writes is one line. The CLI reads stdin and text files with it; the app, text files.
import { parseCsv } from './csv';
import { ReadError } from './file-kind';

export interface TextUrl {
  text: string;
  /** 1-based line (or CSV row) number in the text. */
  line: number;
}

const csv = (text: string): string[][] | null => {
  try {
    return parseCsv(text);
  } catch {
    return null; // an unbalanced quote: not a CSV
  }
};

/**
 * Every non-empty line (or `url` cell) in order. Throws ReadError `svgUnsupported` for an SVG
 * (the issuer's --svg output is an image this reader does not decode) and `textNoUrl` when no
 * line could be a URL (notes, a stray file) — that is not a list of invalid certificates.
 */
export function urlsInText(text: string): TextUrl[] {
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/i.test(body)) throw new ReadError('svgUnsupported');
  const [header] = csv(body.slice(0, body.search(/\r?\n|$/))) ?? [];
  const column = header && header.length > 1 ? header.map((h) => h.trim().toLowerCase()).indexOf('url') : -1;
  const table = column >= 0 ? csv(body) : null;
  const items = table
    ? table.slice(1).map((row, i) => ({ text: row[column] ?? '', line: i + 2 }))
    : body.split(/\r?\n/).map((line, i) => ({ text: line, line: i + 1 }));
  const found = items.filter((item) => item.text !== '');
  if (!found.some((item) => /^\s*https?:\/\/|\?c=/i.test(item.text))) throw new ReadError('textNoUrl');
  return found;
}
