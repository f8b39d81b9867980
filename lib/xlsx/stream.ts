// Streams rows into an .xlsx download without holding the sheet in memory. exceljs's streaming
// writer ignores back-pressure inside its zip pipeline (STACK.md measured 300k rows: +136 MB and
// nothing sent for 13 s), so after every batch we wait for the outgoing stream to drain; and we stop
// reading the database when the client goes away.
import 'server-only';
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { collectGarbage } from '@/lib/runtime/collect-garbage';

/**
 * Rows between two collections: the zip pipeline's garbage otherwise grew the server's memory by 68–84 MB
 * after the first third of a province's export. Every 100,000 rows left a ward's export of 106,000 growing
 * (+79 MB) until its one collection near the end. Every 25,000: a province's 845,850 rows at 3,180
 * rows/s (3,603 before, another spell of the VM) with half the memory (66 MB over the baseline, was 115).
 */
const ROWS_PER_COLLECTION = 25_000;

export interface XlsxColumn {
  header: string;
  width: number;
  /** An Excel number format, e.g. 'dd/mm/yyyy' for dates or '#,##0' for counts. */
  numFmt?: string;
}

export type XlsxCell = string | number | Date | null;

/**
 * A streaming .xlsx Response: `batches` yields arrays of rows (one database page each); headers are
 * bold and frozen. Errors after the first byte can only end the download early; they are logged.
 */
export function xlsxResponse(options: {
  filename: string;
  sheetName: string;
  columns: XlsxColumn[];
  batches: AsyncIterable<XlsxCell[][]>;
  signal?: AbortSignal;
}): Response {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(options.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = options.columns.map((column, index) => ({ key: String(index), header: column.header, width: column.width, style: column.numFmt ? { numFmt: column.numFmt } : {} }));
  sheet.getRow(1).font = { bold: true };

  void (async () => {
    try {
      let sinceCollection = 0;
      for await (const batch of options.batches) {
        if (options.signal?.aborted || out.destroyed) return;
        for (const cells of batch) sheet.addRow(cells).commit();
        if (out.writableNeedDrain) await once(out, 'drain');
        sinceCollection += batch.length;
        if (sinceCollection >= ROWS_PER_COLLECTION) {
          sinceCollection = 0;
          collectGarbage();
        }
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      console.error('xlsx export failed', error);
      out.destroy(error as Error);
    }
  })();

  const asciiName = options.filename.normalize('NFD').replace(/[^\x20-\x7e]/g, '');
  return new Response(Readable.toWeb(out) as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(options.filename)}`,
      'Cache-Control': 'no-store',
    },
  });
}
