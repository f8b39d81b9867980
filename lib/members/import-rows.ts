// Member import, the pure part: the template's columns, matching a sheet's header row to them,
// turning cells (text, numbers, Excel dates and serial numbers, formulas) into values, and checking
// every row: first on its own and against the other rows of the file, then against what the database
// holds (facts loaded by data.ts). No I/O here, so all of it is unit-tested.
import { EDUCATION_LEVELS, identityFormatIssue, MIN_MEMBER_AGE, NATIONALITIES, QUALIFICATIONS } from './schema';
import { cleanName, searchKey } from '@/lib/text/search-key';
import { formatDate, todayInVietnam, yearsBetween } from '@/lib/i18n/dates';

/** More data rows than this are refused before anything else is checked. */
export const IMPORT_MAX_ROWS = 1_000_000;
/** The preview lists at most this many problems (the counts cover all of them). */
export const IMPORT_MAX_LISTED_ISSUES = 1_000;

type CellKind = 'text' | 'date' | 'digits';

export interface ImportColumn {
  field: string;
  header: string;
  required: boolean;
  kind: CellKind;
  /** Other spellings of the header people use (compared accent-insensitively). */
  aliases?: string[];
}

/** The template's columns, in order; headers are what the downloadable template says. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { field: 'fullName', header: 'Họ và tên', required: true, kind: 'text', aliases: ['họ tên', 'họ và tên đoàn viên'] },
  { field: 'gender', header: 'Giới tính', required: true, kind: 'text' },
  { field: 'birthDate', header: 'Ngày sinh', required: true, kind: 'date' },
  { field: 'cccd', header: 'Số CCCD', required: true, kind: 'digits', aliases: ['cccd', 'số căn cước công dân', 'số căn cước', 'số định danh cá nhân', 'số cccd / hộ chiếu', 'số hộ chiếu'] },
  { field: 'joinDate', header: 'Ngày vào công đoàn', required: true, kind: 'date', aliases: ['ngày kết nạp'] },
  { field: 'unitCode', header: 'Mã công đoàn cơ sở', required: true, kind: 'text', aliases: ['mã đơn vị', 'mã công đoàn'] },
  { field: 'phone', header: 'Số điện thoại', required: false, kind: 'digits', aliases: ['điện thoại'] },
  { field: 'email', header: 'Email', required: false, kind: 'text' },
  { field: 'nationality', header: 'Quốc tịch', required: false, kind: 'text' },
  { field: 'ethnicity', header: 'Dân tộc', required: false, kind: 'text' },
  { field: 'jobTitle', header: 'Nghề nghiệp / chức danh', required: false, kind: 'text', aliases: ['nghề nghiệp', 'chức danh'] },
  { field: 'cardNumber', header: 'Số thẻ đoàn viên', required: false, kind: 'text', aliases: ['số thẻ'] },
  { field: 'educationLevel', header: 'Trình độ giáo dục phổ thông', required: false, kind: 'text' },
  { field: 'qualification', header: 'Trình độ chuyên môn', required: false, kind: 'text' },
  { field: 'officialPosition', header: 'Chức vụ cán bộ công đoàn', required: false, kind: 'text' },
  { field: 'officialTrainedOn', header: 'Ngày tập huấn nghiệp vụ công đoàn', required: false, kind: 'date' },
  { field: 'appActivatedOn', header: 'Ngày kích hoạt ứng dụng Công đoàn Việt Nam', required: false, kind: 'date', aliases: ['ngày kích hoạt ứng dụng'] },
];

/** Vietnamese labels (as in the forms) and English codes people type, for the choice columns. */
const CHOICES: Record<string, Record<string, string>> = {
  gender: { nam: 'male', male: 'male', m: 'male', nu: 'female', female: 'female', f: 'female' },
  educationLevel: {
    'chua tot nghiep tieu hoc': 'none', 'tieu hoc': 'primary', 'trung hoc co so': 'lower_secondary', thcs: 'lower_secondary',
    'trung hoc pho thong': 'upper_secondary', thpt: 'upper_secondary', ...Object.fromEntries(EDUCATION_LEVELS.map((v) => [v, v])),
  },
  qualification: {
    'chua qua dao tao': 'none', 'so cap': 'elementary', 'trung cap': 'intermediate', 'cao dang': 'college', 'dai hoc': 'university',
    'thac si': 'master', 'tien si': 'doctorate', ...Object.fromEntries(QUALIFICATIONS.map((v) => [v, v])),
  },
};

/** A header cell's comparison key: accents, case, a required-marker star and any "(hint)" dropped. */
const headerKey = (text: string) => searchKey(text.replace(/\(.*?\)/g, '').replace(/\*/g, ''));

export interface HeaderMatch {
  /** field → 0-based column index in the sheet */
  columns: Map<string, number>;
  missing: ImportColumn[];
  duplicated: string[];
}

/** Finds each template column in a header row; reports required columns that are missing. */
export function matchHeaders(headerCells: readonly unknown[]): HeaderMatch {
  const byKey = new Map<string, ImportColumn>();
  for (const column of IMPORT_COLUMNS) for (const name of [column.header, ...(column.aliases ?? [])]) byKey.set(headerKey(name), column);
  const columns = new Map<string, number>();
  const duplicated: string[] = [];
  headerCells.forEach((cell, index) => {
    const column = typeof cell === 'string' ? byKey.get(headerKey(cell)) : undefined;
    if (!column) return;
    if (columns.has(column.field)) duplicated.push(column.header);
    else columns.set(column.field, index);
  });
  return { columns, missing: IMPORT_COLUMNS.filter((c) => c.required && !columns.has(c.field)), duplicated };
}

/** Excel's day 0 is 30 Dec 1899 (its 1900 leap-year bug makes this the right origin after Feb 1900). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function excelSerialToDate(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  return new Date(EXCEL_EPOCH + Math.floor(serial) * 86_400_000);
}

/** A cell problem found while reading it (before the field's own rules). */
export type CellProblem = 'formula' | 'cellError';

/**
 * A cell as text. Dates (Excel date cells, serial numbers in a date column) become dd/MM/yyyy;
 * numbers in digit columns lose no leading zero that text would have kept (a CCCD typed as a number
 * lost its leading zero in Excel: it is padded back to 12 digits). Formulas are refused, not
 * evaluated: the value a file shows is not always the value it stores.
 */
export function cellText(value: unknown, kind: CellKind, field?: string): string | { problem: CellProblem } {
  if (value == null) return '';
  if (typeof value === 'string') return value.normalize('NFC').trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const date = new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
    return formatDate(date);
  }
  if (typeof value === 'number') {
    if (kind === 'date') {
      const date = excelSerialToDate(value);
      return date ? formatDate(date) : String(value);
    }
    if (kind === 'digits' && Number.isInteger(value) && value >= 0) {
      const digits = String(value);
      if (field === 'cccd' && digits.length >= 9 && digits.length < 12) return digits.padStart(12, '0');
      if (field === 'phone' && digits.length === 9) return `0${digits}`;
      return digits;
    }
    return String(value);
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('formula' in v || 'sharedFormula' in v) return { problem: 'formula' };
    if ('error' in v) return { problem: 'cellError' };
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join('').normalize('NFC').trim();
    if (typeof v.text === 'string') return v.text.normalize('NFC').trim(); // a hyperlink
  }
  return String(value);
}

const DATE_TEXT = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** dd/MM/yyyy (also with '.' or '-') or yyyy-MM-dd; null unless it is a real calendar date. */
export function parseImportDate(text: string): Date | null {
  const dmy = DATE_TEXT.exec(text);
  const ymd = dmy ? null : ISO_TEXT.exec(text);
  if (!dmy && !ymd) return null;
  const [day, month, year] = dmy ? [+dmy[1], +dmy[2], +dmy[3]] : [+ymd![3], +ymd![2], +ymd![1]];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1900 ? date : null;
}

/** One problem in one row (1-based sheet row number) and column; `key` is a message key. */
export interface RowIssue {
  row: number;
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

/** A row that passed its own checks: what it would write. */
export interface ImportRow {
  row: number;
  unitCode: string;
  cccd: string;
  fullName: string;
  nameSearch: string;
  gender: 'male' | 'female';
  birthDate: Date;
  joinDate: Date;
  phone: string | null;
  email: string | null;
  nationality: string;
  ethnicity: string | null;
  jobTitle: string | null;
  cardNumber: string | null;
  educationLevel: string | null;
  qualification: string | null;
  officialPosition: string | null;
  officialTrainedOn: Date | null;
  appActivatedOn: Date | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CARD = /^[A-Z0-9][A-Z0-9./-]{3,29}$/;
const PHONE = /^(0|\+?84)[1-9]\d{8}$/;

/**
 * Checks one row's cells on their own: every required field, every format, dates in the past and
 * in order. Returns the row's values, or its problems (all of them, not just the first).
 */
export function checkRow(row: number, cells: readonly unknown[], columns: Map<string, number>, today = todayInVietnam()): { value: ImportRow | null; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const issue = (field: string, key: string, params?: RowIssue['params']) => issues.push({ row, field, key, ...(params ? { params } : {}) });
  const text: Record<string, string> = {};
  for (const column of IMPORT_COLUMNS) {
    const index = columns.get(column.field);
    const got = index === undefined ? '' : cellText(cells[index], column.kind, column.field);
    if (typeof got !== 'string') {
      issue(column.field, `memberImport.cell.${got.problem}`);
      text[column.field] = '';
      continue;
    }
    text[column.field] = got;
    if (column.required && got === '') issue(column.field, 'errors.field.required');
  }
  const dateOf = (field: string) => {
    if (text[field] === '') return null;
    const date = parseImportDate(text[field]);
    if (!date) issue(field, 'errors.field.dateFormat');
    else if (date > today) issue(field, 'errors.field.dateInFuture');
    return date && date <= today ? date : null;
  };
  const choice = (field: string) => {
    if (text[field] === '') return null;
    const value = CHOICES[field][searchKey(text[field])];
    if (!value) issue(field, 'errors.field.choice');
    return value ?? null;
  };
  const optional = (field: string, max: number) => {
    const value = cleanName(text[field]);
    if (value.length > max) issue(field, 'errors.field.tooLong');
    return value || null;
  };

  const fullName = cleanName(text.fullName);
  if (fullName.length > 120) issue('fullName', 'errors.field.tooLong');
  const gender = choice('gender') as ImportRow['gender'] | null;
  const birthDate = dateOf('birthDate');
  if (birthDate && yearsBetween(birthDate, today) < MIN_MEMBER_AGE) issue('birthDate', 'errors.field.tooYoung');
  if (birthDate && yearsBetween(birthDate, today) > 100) issue('birthDate', 'errors.field.tooOld');
  const cccd = text.cccd.replace(/[\s.-]/g, '').toUpperCase();
  const joinDate = dateOf('joinDate');
  if (birthDate && joinDate && yearsBetween(birthDate, joinDate) < MIN_MEMBER_AGE) issue('joinDate', 'errors.field.joinBeforeWorkingAge');
  const unitCode = text.unitCode.toUpperCase();
  const phoneText = text.phone.replace(/[\s.()-]/g, '');
  if (phoneText && !PHONE.test(phoneText)) issue('phone', 'errors.field.phoneFormat');
  const emailText = text.email.toLowerCase();
  if (emailText && (!EMAIL.test(emailText) || emailText.length > 254)) issue('email', 'errors.field.emailFormat');
  const nationality = (text.nationality || 'VN').toUpperCase();
  if (!(NATIONALITIES as readonly string[]).includes(nationality)) issue('nationality', 'errors.field.choice');
  // A foreign worker may join with a passport / ID number; a Vietnamese citizen with the 12-digit CCCD.
  const knownNationality = (NATIONALITIES as readonly string[]).includes(nationality) ? nationality : 'VN';
  const identityIssue = cccd ? identityFormatIssue(cccd, knownNationality) : null;
  if (identityIssue) issue('cccd', identityIssue.startsWith('errors.') ? identityIssue : `errors.field.${identityIssue}`);
  const card = text.cardNumber.replace(/\s/g, '').toUpperCase();
  if (card && !CARD.test(card)) issue('cardNumber', 'errors.field.cardNumberFormat');
  const officialPosition = optional('officialPosition', 120);
  const officialTrainedOn = dateOf('officialTrainedOn');
  const appActivatedOn = dateOf('appActivatedOn');
  if (officialTrainedOn && !officialPosition) issue('officialPosition', 'errors.field.positionForTraining');
  for (const [field, value] of [['officialTrainedOn', officialTrainedOn], ['appActivatedOn', appActivatedOn]] as const) {
    if (value && birthDate && value < birthDate) issue(field, 'errors.field.beforeBirth');
  }
  const jobTitle = optional('jobTitle', 120);
  const educationLevel = choice('educationLevel');
  const qualification = choice('qualification');
  if (issues.length > 0 || !gender || !birthDate || !joinDate) return { value: null, issues };
  return {
    value: {
      row, unitCode, cccd, fullName, nameSearch: searchKey(fullName), gender, birthDate, joinDate,
      phone: phoneText ? phoneText.replace(/^\+?84/, '0') : null,
      email: emailText || null, nationality, ethnicity: text.ethnicity || null, jobTitle, cardNumber: card || null,
      educationLevel, qualification, officialPosition, officialTrainedOn, appActivatedOn,
    },
    issues,
  };
}

/** The rows of a file that repeat an earlier row's CCCD or card number: each names the first row. */
export function duplicatesWithinFile(rows: readonly ImportRow[]): RowIssue[] {
  const issues: RowIssue[] = [];
  const firstCccd = new Map<string, number>();
  const firstCard = new Map<string, number>();
  for (const r of rows) {
    const seen = firstCccd.get(r.cccd);
    if (seen !== undefined) issues.push({ row: r.row, field: 'cccd', key: 'memberImport.duplicateInFile', params: { first: seen } });
    else firstCccd.set(r.cccd, r.row);
    if (r.cardNumber) {
      const seenCard = firstCard.get(r.cardNumber);
      if (seenCard !== undefined) issues.push({ row: r.row, field: 'cardNumber', key: 'memberImport.duplicateInFile', params: { first: seenCard } });
      else firstCard.set(r.cardNumber, r.row);
    }
  }
  return issues;
}

/** What the database says about the codes, people and cards a file mentions (loaded in data.ts). */
export interface ImportFacts {
  /** unit code → the union, whether it takes members, and whether the importer may register there */
  units: Map<string, { id: number; path: string; name: string; takesMembers: boolean; allowed: boolean }>;
  /** ethnicity name key or code → code */
  ethnicities: Map<string, number>;
  /** CCCD → the person already known */
  people: Map<string, { memberId: number; unitId: number | null; unitName: string | null; visible: boolean; lastLeftOn: Date | null; cardNumber: string }>;
  /** card number → CCCD of its holder */
  cards: Map<string, string>;
}

export interface ImportPlan {
  /** new people */
  inserts: (ImportRow & { unitId: number; unitPath: string; ethnicityCode: number | null })[];
  /** former members who join again */
  rejoins: (ImportRow & { unitId: number; unitPath: string; ethnicityCode: number | null; memberId: number })[];
  /** rows whose person is already an active member of that very union: nothing to do */
  unchanged: number;
}

/**
 * Checks rows against the database: the union exists, takes members and is the importer's; the
 * person is not active in another union; the card number is not someone else's; a former member's
 * new period does not start before the last one ended. Active in the same union already: unchanged
 * (so importing a file twice adds nothing).
 */
export function planImport(rows: ImportRow[], facts: ImportFacts): { plan: ImportPlan; issues: RowIssue[] } {
  const plan: ImportPlan = { inserts: [], rejoins: [], unchanged: 0 };
  const issues: RowIssue[] = [];
  for (const r of rows) {
    const before = issues.length;
    const issue = (field: string, key: string, params?: RowIssue['params']) => issues.push({ row: r.row, field, key, ...(params ? { params } : {}) });
    const unit = facts.units.get(r.unitCode);
    if (!unit) issue('unitCode', 'memberImport.unknownUnit', { code: r.unitCode });
    else if (!unit.allowed) issue('unitCode', 'memberImport.unitOutsideScope', { code: r.unitCode });
    else if (!unit.takesMembers) issue('unitCode', 'memberImport.unitNotGrassroots', { code: r.unitCode });
    let ethnicityCode: number | null = null;
    if (r.ethnicity) {
      ethnicityCode = facts.ethnicities.get(searchKey(r.ethnicity)) ?? null;
      if (ethnicityCode === null) issue('ethnicity', 'errors.field.choice');
    }
    const person = facts.people.get(r.cccd);
    if (person?.unitId != null && unit && person.unitId !== unit.id) {
      issue('cccd', person.visible ? 'memberImport.activeInVisibleUnion' : 'memberImport.activeElsewhere', person.visible ? { unit: person.unitName ?? '' } : undefined);
    }
    if (person && person.unitId == null && person.lastLeftOn && r.joinDate < person.lastLeftOn) issue('joinDate', 'errors.member.rejoinBeforeLeft');
    if (r.cardNumber) {
      const holder = facts.cards.get(r.cardNumber);
      if (holder && holder !== r.cccd) issue('cardNumber', 'errors.member.cardNumberTaken');
    }
    if (issues.length > before || !unit) continue;
    // Extended in place, not copied: a large file would otherwise be held twice.
    if (person?.unitId === unit.id) plan.unchanged += 1;
    else if (person) plan.rejoins.push(Object.assign(r, { unitId: unit.id, unitPath: unit.path, ethnicityCode, memberId: person.memberId }));
    else plan.inserts.push(Object.assign(r, { unitId: unit.id, unitPath: unit.path, ethnicityCode }));
  }
  return { plan, issues };
}

/** Issues in sheet order, at most `limit` of them, with how many there are in all. */
export function listIssues(issues: RowIssue[], limit = IMPORT_MAX_LISTED_ISSUES) {
  const sorted = [...issues].sort((a, b) => a.row - b.row || fieldOrder(a.field) - fieldOrder(b.field));
  return { total: sorted.length, rows: new Set(sorted.map((i) => i.row)).size, listed: sorted.slice(0, limit) };
}

const fieldOrder = (field: string) => {
  const index = IMPORT_COLUMNS.findIndex((c) => c.field === field);
  return index === -1 ? -1 : index;
};
