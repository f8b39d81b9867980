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

/** The part parsers of exceljs 4.4's streaming reader, which we call ourselves (see sheetRows). */
type ReaderParts = {
  _parseRels: (entry: Readable) => Promise<void>;
  _parseWorkbook: (entry: Readable) => Promise<void>;
  _parseSharedStrings: (entry: Readable) => AsyncGenerator<unknown>;
  _parseStyles: (entry: Readable) => Promise<void>;
  _parseWorksheet: (iterator: AsyncIterable<string>, sheetNo: string) => Generator<{ eventType: string; value: unknown }>;
};

/** One part of the file as a stream, inflated chunk by chunk (JSZip's stream is old-style: wrapped). */
function part(zip: JSZip, path: string): Readable | null {
  const file = zip.file(path);
  return file ? new Readable().wrap(file.nodeStream('nodebuffer')) : null;
}

/**
 * The rows of one sheet, read by exceljs's own part parsers, each part taken from the zip's central
 * directory in the order they depend on: the workbook's relationships, the workbook, the shared
 * strings, the styles, then the sheet.
 *
 * Why not the reader's own loop: it reads the zip in one pass with unzipper, and that pass sometimes
 * drops an entry that arrives while it buffers a sheet to a temporary file (exceljs issue 3064). An
 * exceljs-written file stores the sheet first and the workbook last, and 1 read in 300 of the same
 * bytes lost the workbook and threw "Cannot read properties of undefined (reading 'sheets')"; had it
 * dropped the shared strings, the rows would have come out wrong.
 *
 * The shared strings and the sheet are handed over as text already decoded across chunk boundaries:
 * exceljs decodes every chunk on its own (parse-sax.js), so a Vietnamese character whose bytes
 * straddle two chunks turned into U+FFFD, about one row in six thousand ("Trung h�c").
 */
async function* sheetRows(zip: JSZip, sheetPath: string): AsyncGenerator<ExcelJS.Row> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore',
  });
  const parts = reader as unknown as ReaderParts;
  const rels = part(zip, 'xl/_rels/workbook.xml.rels');
  if (rels) await parts._parseRels(rels);
  await parts._parseWorkbook(part(zip, 'xl/workbook.xml')!);
  const strings = part(zip, 'xl/sharedStrings.xml');
  if (strings) {
    // In 'cache' mode the parser keeps the strings on the reader and yields nothing: run it to its end.
    const parsing = parts._parseSharedStrings(Readable.from(utf8(strings)));
    while (!(await parsing.next()).done);
  }
  const styles = part(zip, 'xl/styles.xml');
  if (styles) await parts._parseStyles(styles);
  const sheetNo = sheetPath.match(/sheet(\d+)\.xml$/)![1];
  for (const { eventType, value } of parts._parseWorksheet(utf8(part(zip, sheetPath)!), sheetNo)) {
    if (eventType === 'worksheet') yield* value as AsyncIterable<ExcelJS.Row>;
  }
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

  let count = 0;
  for await (const row of sheetRows(zip, sheetPath)) {
    if (++count > maxRows) throw new ImportFileError('memberImport.file.tooManyRows', { max: IMPORT_MAX_ROWS });
    yield { row: row.number, cells: (row.values as unknown[]).slice(1) };
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
