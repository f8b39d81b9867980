// Reading an uploaded member file: .xlsx through exceljs's streaming reader (a 50,000-row sheet
// costs about +70 MB instead of +250 MB for the in-memory workbook), .csv through import-csv.ts.
// What the file is comes from its bytes, not its name. Problems with the file as a whole (not a
// spreadsheet, an old .xls, merged cells, no rows, too many rows) end the reading with ImportFileError.
import 'server-only';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { CsvTooManyRows, parseCsv } from './import-csv';
import { IMPORT_MAX_ROWS } from './import-rows';

/** A problem with the whole file; `key` is a message key (import.file.*). */
export class ImportFileError extends Error {
  constructor(
    readonly key: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(key);
  }
}

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (1-based). */
  row: number;
  cells: unknown[];
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Merged cells make rows ambiguous (which row owns the value?): find them before reading. */
async function mergedCells(zip: JSZip, sheetPath: string): Promise<string[]> {
  const refs: string[] = [];
  let tail = '';
  // JSZip's stream is an old-style one: wrap it to read it chunk by chunk (the sheet is never whole in memory).
  const stream = new Readable().wrap(zip.file(sheetPath)!.nodeStream('nodebuffer'));
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const text = tail + chunk.toString('utf8');
    for (const match of text.matchAll(/<mergeCell ref="([A-Z]+\d+:[A-Z]+\d+)"/g)) if (refs.length < 5) refs.push(match[1]);
    tail = text.slice(-64);
  }
  return [...new Set(refs)];
}

async function firstSheetPath(zip: JSZip): Promise<string | null> {
  const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  sheets.sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  return sheets[0] ?? null;
}

/** UTF-8 text of a stream of bytes, decoded so a character split between two chunks stays whole. */
async function* utf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

type ReaderInternals = {
  _parseWorksheet: (iterator: AsyncIterable<Buffer>, sheetNo: number) => unknown;
  _parseSharedStrings: (entry: NodeJS.ReadableStream) => unknown;
};

/**
 * exceljs 4.4's streaming reader decodes every zip chunk on its own (parse-sax.js), so a Vietnamese
 * character whose bytes straddle two chunks turns into U+FFFD: about one row in six thousand of a
 * large sheet came out garbled ("Trung h�c"). We hand its sheet and shared-strings parsers text
 * that is already decoded across chunk boundaries; strings pass through its decoder untouched.
 */
function decodeAcrossChunks(reader: InstanceType<typeof ExcelJS.stream.xlsx.WorkbookReader>) {
  const internals = reader as unknown as ReaderInternals;
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  internals._parseWorksheet = (iterator, sheetNo) => parseWorksheet(utf8(iterator) as AsyncIterable<never>, sheetNo);
  internals._parseSharedStrings = (entry) => parseSharedStrings(Readable.from(utf8(new Readable().wrap(entry))));
}

async function* readXlsx(bytes: Uint8Array, maxRows: number): AsyncGenerator<SheetRow> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportFileError('memberImport.file.notSpreadsheet');
  }
  const sheetPath = zip.file('xl/workbook.xml') ? await firstSheetPath(zip) : null;
  if (!sheetPath) throw new ImportFileError('memberImport.file.notSpreadsheet');
  const merged = await mergedCells(zip, sheetPath);
  if (merged.length > 0) throw new ImportFileError('memberImport.file.mergedCells', { cells: merged.join(', ') });

  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), {
    sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit',
  });
  decodeAcrossChunks(reader);
  let count = 0;
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      if (++count > maxRows) throw new ImportFileError('memberImport.file.tooManyRows', { max: IMPORT_MAX_ROWS });
      yield { row: row.number, cells: (row.values as unknown[]).slice(1) };
    }
    return; // the first sheet only
  }
}

function* readCsv(bytes: Uint8Array, maxRows: number): Generator<SheetRow> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError('memberImport.file.encoding');
  }
  let row = 0;
  try {
    for (const cells of parseCsv(text, maxRows)) yield { row: ++row, cells };
  } catch (error) {
    if (error instanceof CsvTooManyRows) throw new ImportFileError('memberImport.file.tooManyRows', { max: IMPORT_MAX_ROWS });
    throw error;
  }
}

/**
 * The rows of the first sheet of an .xlsx, or of a .csv, header row included. `maxRows` counts the
 * header too: IMPORT_MAX_ROWS data rows plus a few rows above them are allowed.
 */
export function readSpreadsheet(bytes: Uint8Array, maxRows = IMPORT_MAX_ROWS + 10): AsyncIterable<SheetRow> | Iterable<SheetRow> {
  if (bytes.length === 0) throw new ImportFileError('memberImport.file.empty');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readXlsx(bytes, maxRows);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw new ImportFileError('memberImport.file.oldExcel');
  // Text, not a binary format: no NUL bytes in the first 8 KB.
  if (bytes.subarray(0, 8192).includes(0)) throw new ImportFileError('memberImport.file.notSpreadsheet');
  return readCsv(bytes, maxRows);
}
