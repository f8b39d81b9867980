// A CSV reader for member imports (RFC 4180: quoted fields, doubled quotes, line breaks inside
// quotes, CRLF or LF). Excel in Vietnam saves "CSV" with ',' or ';' depending on the regional
// settings, so the delimiter is the one the header line uses most. A UTF-8 byte-order mark is dropped.

export class CsvTooManyRows extends Error {
  constructor() {
    super('too many rows');
  }
}

function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/**
 * The rows of a CSV text, each an array of cell strings. Stops with CsvTooManyRows as soon as it
 * reaches more than `maxRows` rows (header included), so a huge file costs no more than the limit.
 */
export function* parseCsv(input: string, maxRows = Infinity): Generator<string[]> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = delimiterOf(text);
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let count = 0;
  let i = 0;
  const endRow = function* () {
    row.push(field);
    field = '';
    const done = row;
    row = [];
    // A blank line is not a row.
    if (done.length === 1 && done[0] === '') return;
    if (++count > maxRows) throw new CsvTooManyRows();
    yield done;
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i += 1;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      yield* endRow();
    } else field += c;
    i += 1;
  }
  if (field !== '' || row.length > 0) yield* endRow();
}
