/**
 * Reads VADER's ground-truth format (shared/data/vader/PROVENANCE.md): tab-separated
 * `id, mean rating, text`, no header, CRLF or LF line endings, maybe a UTF-8 BOM, maybe no final
 * newline. Also reads a CSV `id,text` (no ratings) so the product can be run on any texts.
 */
export interface SentimentRow {
  id: string;
  /** The mean human rating, −4…4; null when the file has none. */
  rating: number | null;
  text: string;
}

export interface ParseResult {
  rows: SentimentRow[];
  /** 1-based line numbers of lines that could not be read, with why. */
  skipped: { line: number; reason: string }[];
}

export function parseGroundTruth(content: string): ParseResult {
  const rows: SentimentRow[] = [];
  const skipped: ParseResult['skipped'] = [];
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const first = line.indexOf('\t');
    const second = first < 0 ? -1 : line.indexOf('\t', first + 1);
    if (second < 0) {
      skipped.push({ line: index + 1, reason: 'expected id<TAB>rating<TAB>text' });
      return;
    }
    const rating = Number(line.slice(first + 1, second));
    if (!Number.isFinite(rating) || line.slice(first + 1, second).trim() === '') {
      skipped.push({ line: index + 1, reason: 'the rating is not a number' });
      return;
    }
    rows.push({ id: line.slice(0, first).trim(), rating, text: line.slice(second + 1) });
  });
  return { rows, skipped };
}
