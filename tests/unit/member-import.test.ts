// The pure part of member import: headers, cells (Excel dates, serial numbers, formulas, numbers
// that lost their leading zero, combining vs precomposed Vietnamese), row rules, duplicates in the
// file, the plan against database facts, and the CSV reader with its row limit.
import { describe, expect, it } from 'vitest';
import { cellText, checkRow, duplicatesWithinFile, excelSerialToDate, IMPORT_COLUMNS, matchHeaders, parseImportDate, planImport, type ImportFacts, type ImportRow } from '@/lib/members/import-rows';
import { CsvTooManyRows, parseCsv } from '@/lib/members/import-csv';

const today = new Date(Date.UTC(2026, 10, 30));
const headers = IMPORT_COLUMNS.map((c) => c.header);
const { columns } = matchHeaders(headers);
const cells = (values: Record<string, unknown>) => IMPORT_COLUMNS.map((c) => values[c.field] ?? null);
const good = { fullName: 'Nguyễn Thị Hoa', gender: 'Nữ', birthDate: '15/04/1990', cccd: '031190000001', joinDate: '01/06/2026', unitCode: 'hp-tn-001' };

describe('matchHeaders', () => {
  it('finds columns by header, accent- and case-insensitively, ignoring stars and hints', () => {
    const match = matchHeaders(['HO VA TEN *', 'giới tính', 'Ngày sinh (dd/mm/yyyy)', 'CCCD', 'Ngày kết nạp', 'Mã đơn vị', 'Ghi chú']);
    expect(match.missing).toEqual([]);
    expect(match.columns.get('cccd')).toBe(3);
    expect(match.columns.get('joinDate')).toBe(4);
  });
  it('names every missing required column, and a column given twice', () => {
    const match = matchHeaders(['Họ và tên', 'Họ tên', 'Số CCCD']);
    expect(match.missing.map((c) => c.header)).toEqual(['Giới tính', 'Ngày sinh', 'Ngày vào công đoàn', 'Mã công đoàn cơ sở']);
    expect(match.duplicated).toEqual(['Họ và tên']);
  });
});

describe('cells', () => {
  it('reads dates as text (dd/MM/yyyy), as Excel dates and as Excel serial numbers', () => {
    expect(parseImportDate('5/4/1990')).toEqual(new Date(Date.UTC(1990, 3, 5)));
    expect(parseImportDate('1990-04-05')).toEqual(new Date(Date.UTC(1990, 3, 5)));
    expect(parseImportDate('31/02/1990')).toBeNull();
    expect(parseImportDate('04/1990')).toBeNull();
    expect(excelSerialToDate(32968)).toEqual(new Date(Date.UTC(1990, 3, 5)));
    expect(cellText(32968, 'date')).toBe('05/04/1990');
    expect(cellText(new Date(Date.UTC(1990, 3, 5)), 'date')).toBe('05/04/1990');
  });
  it('refuses formulas and error cells, reads rich text and hyperlinks', () => {
    expect(cellText({ formula: 'A1&B1', result: 'x' }, 'text')).toEqual({ problem: 'formula' });
    expect(cellText({ sharedFormula: 'A2' }, 'text')).toEqual({ problem: 'formula' });
    expect(cellText({ error: '#N/A' }, 'text')).toEqual({ problem: 'cellError' });
    expect(cellText({ richText: [{ text: 'Nguyễn ' }, { text: 'An' }] }, 'text')).toBe('Nguyễn An');
    expect(cellText({ text: 'a@b.vn', hyperlink: 'mailto:a@b.vn' }, 'text')).toBe('a@b.vn');
  });
  it('gives a CCCD typed as a number its leading zero back, and normalises names to NFC', () => {
    expect(cellText(31190000001, 'digits', 'cccd')).toBe('031190000001');
    expect(cellText(912345678, 'digits', 'phone')).toBe('0912345678');
    const decomposed = 'Nguyễn Thị Hoa'.normalize('NFD');
    expect(decomposed).not.toBe('Nguyễn Thị Hoa');
    expect(cellText(decomposed, 'text')).toBe('Nguyễn Thị Hoa');
    const { value } = checkRow(2, cells({ ...good, fullName: decomposed }), columns, today);
    expect(value?.fullName).toBe('Nguyễn Thị Hoa');
    expect(value?.nameSearch).toBe('nguyen thi hoa');
  });
});

describe('checkRow', () => {
  it('turns a good row into values', () => {
    const { value, issues } = checkRow(2, cells({ ...good, gender: 'nu', phone: '+84 912 345 678', educationLevel: 'Trung học phổ thông', qualification: 'Đại học' }), columns, today);
    expect(issues).toEqual([]);
    expect(value).toMatchObject({ row: 2, unitCode: 'HP-TN-001', gender: 'female', phone: '0912345678', educationLevel: 'upper_secondary', qualification: 'university', nationality: 'VN' });
  });
  it('lists every problem of a row with its column', () => {
    const { value, issues } = checkRow(7, cells({ fullName: '', gender: 'X', birthDate: '31/02/1990', cccd: '12345', joinDate: '01/01/2999', unitCode: '', phone: '123', email: 'no', nationality: 'ZZ', cardNumber: '!', officialTrainedOn: '01/01/2020' }), columns, today);
    expect(value).toBeNull();
    expect(issues.map((i) => [i.row, i.field, i.key])).toEqual([
      [7, 'fullName', 'errors.field.required'],
      [7, 'unitCode', 'errors.field.required'],
      [7, 'gender', 'errors.field.choice'],
      [7, 'birthDate', 'errors.field.dateFormat'],
      [7, 'joinDate', 'errors.field.dateInFuture'],
      [7, 'phone', 'errors.field.phoneFormat'],
      [7, 'email', 'errors.field.emailFormat'],
      [7, 'nationality', 'errors.field.choice'],
      [7, 'cccd', 'errors.field.cccdFormat'],
      [7, 'cardNumber', 'errors.field.cardNumberFormat'],
      [7, 'officialPosition', 'errors.field.positionForTraining'],
    ]);
  });
  it('takes a foreign worker\'s passport number, and keeps the 12-digit rule for Vietnamese citizens', () => {
    expect(checkRow(2, cells({ ...good, nationality: 'KR', cccd: 'm 1234 5678' }), columns, today)).toMatchObject({ value: { cccd: 'M12345678', nationality: 'KR' }, issues: [] });
    expect(checkRow(2, cells({ ...good, nationality: 'KR', cccd: 'M1' }), columns, today).issues.map((i) => i.key)).toEqual(['errors.member.documentFormat']);
    expect(checkRow(2, cells({ ...good, cccd: 'M12345678' }), columns, today).issues.map((i) => i.key)).toEqual(['errors.field.cccdFormat']);
  });

  it('refuses a formula cell, naming its column', () => {
    const { issues } = checkRow(3, cells({ ...good, fullName: { formula: 'CONCAT(A1,B1)' } }), columns, today);
    expect(issues).toEqual([{ row: 3, field: 'fullName', key: 'memberImport.cell.formula' }]);
  });
  it('refuses someone under working age and a join before working age', () => {
    expect(checkRow(2, cells({ ...good, birthDate: '01/01/2015' }), columns, today).issues.map((i) => i.key)).toContain('errors.field.tooYoung');
    expect(checkRow(2, cells({ ...good, joinDate: '01/01/2000' }), columns, today).issues.map((i) => i.key)).toEqual(['errors.field.joinBeforeWorkingAge']);
  });
});

const row = (n: number, over: Partial<ImportRow> = {}): ImportRow => ({
  ...checkRow(n, cells(good), columns, today).value!, row: n, ...over,
});

describe('duplicatesWithinFile', () => {
  it('names the first row of a repeated CCCD or card number', () => {
    const issues = duplicatesWithinFile([row(2), row(3, { cccd: '031190000002', cardNumber: 'CD1' }), row(4), row(5, { cccd: '031190000003', cardNumber: 'CD1' })]);
    expect(issues).toEqual([
      { row: 4, field: 'cccd', key: 'memberImport.duplicateInFile', params: { first: 2 } },
      { row: 5, field: 'cardNumber', key: 'memberImport.duplicateInFile', params: { first: 3 } },
    ]);
  });
});

describe('planImport', () => {
  const facts = (): ImportFacts => ({
    units: new Map([
      ['HP-TN-001', { id: 1, path: '/1/', name: 'Mine', takesMembers: true, allowed: true }],
      ['HP-TN-002', { id: 2, path: '/2/', name: 'Other', takesMembers: true, allowed: false }],
      ['HP-TN', { id: 3, path: '/3/', name: 'Ward', takesMembers: false, allowed: true }],
    ]),
    ethnicities: new Map([['kinh', 1], ['1', 1]]),
    people: new Map([
      ['031190000010', { memberId: 10, unitId: 1, unitName: 'Mine', visible: true, lastLeftOn: null, cardNumber: 'CD10' }],
      ['031190000011', { memberId: 11, unitId: 2, unitName: 'Other', visible: false, lastLeftOn: null, cardNumber: 'CD11' }],
      ['031190000012', { memberId: 12, unitId: null, unitName: null, visible: true, lastLeftOn: new Date(Date.UTC(2026, 2, 1)), cardNumber: 'CD12' }],
    ]),
    cards: new Map([['CD10', '031190000010']]),
  });
  it('adds new people, rejoins former members, leaves members already there unchanged', () => {
    const { plan, issues } = planImport([row(2), row(3, { cccd: '031190000010' }), row(4, { cccd: '031190000012', ethnicity: 'Kinh' })], facts());
    expect(issues).toEqual([]);
    expect(plan.inserts.map((r) => [r.row, r.unitId])).toEqual([[2, 1]]);
    expect(plan.rejoins.map((r) => [r.row, r.memberId, r.ethnicityCode])).toEqual([[4, 12, 1]]);
    expect(plan.unchanged).toBe(1);
  });
  it('refuses unknown codes, unions outside the importer\'s scope, upper levels, people active elsewhere, taken cards', () => {
    const { plan, issues } = planImport([
      row(2, { unitCode: 'NOPE' }), row(3, { unitCode: 'HP-TN-002' }), row(4, { unitCode: 'HP-TN' }), row(5, { cccd: '031190000011' }),
      row(6, { cardNumber: 'CD10' }), row(7, { cccd: '031190000012', joinDate: new Date(Date.UTC(2026, 0, 1)) }), row(8, { ethnicity: 'Không rõ' }),
    ], facts());
    expect(issues.map((i) => [i.row, i.field, i.key])).toEqual([
      [2, 'unitCode', 'memberImport.unknownUnit'], [3, 'unitCode', 'memberImport.unitOutsideScope'], [4, 'unitCode', 'memberImport.unitNotGrassroots'],
      [5, 'cccd', 'memberImport.activeElsewhere'], [6, 'cardNumber', 'errors.member.cardNumberTaken'], [7, 'joinDate', 'errors.member.rejoinBeforeLeft'],
      [8, 'ethnicity', 'errors.field.choice'],
    ]);
    expect(issues[3].params).toBeUndefined(); // a union the importer cannot see is never named
    expect(plan).toEqual({ inserts: [], rejoins: [], unchanged: 0 });
  });
});

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, line breaks in quotes, CRLF, a BOM and ";" as delimiter', () => {
    const text = '\ufeffHọ và tên;Ghi chú\r\n"Nguyễn; An";"Nói ""xin chào""\r\ndòng 2"\r\n\r\nLê Bình;\n';
    expect([...parseCsv(text)]).toEqual([['Họ và tên', 'Ghi chú'], ['Nguyễn; An', 'Nói "xin chào"\r\ndòng 2'], ['Lê Bình', '']]);
  });
  it('stops past the row limit: 1,000,001 data rows plus a header are refused', () => {
    const text = `a\n${'1\n'.repeat(1_000_001)}`;
    expect(() => [...parseCsv(text, 1_000_001)]).toThrow(CsvTooManyRows);
    expect([...parseCsv(`a\n${'1\n'.repeat(1_000_000)}`, 1_000_001)]).toHaveLength(1_000_001);
    // Two million lines take about a second quiet, several on a machine running other suites.
  }, 30_000);
});
