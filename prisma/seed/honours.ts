// Demo emulation and commendation data: initiatives registers and commendation decisions drawn from
// the seed reports. Runs inside the demo seed's transaction after the tree and members exist; it
// finds units and members by code and path, so it does not depend on how the tree was planned.
import type pg from 'pg';
import { Rng } from './random';

export interface InitiativeSet {
  /** Code of the unit whose grassroots unions own the initiatives. */
  underCode: string;
  kind: 'initiative' | 'technical_improvement' | 'scientific_topic' | 'work_product';
  count: number;
  /** Exact total recognised value in VND of the set. */
  totalVnd: bigint;
  years: readonly [from: number, to: number];
  recognitionLevel: 'grassroots' | 'ward' | 'federation';
  titles: readonly string[];
  fields: readonly string[];
}

export interface AwardSet {
  issuingCode: string;
  /** Recipients are drawn from this unit's subtree. */
  underCode: string;
  awardTypeCode: string;
  decisionNumber: string;
  signedOn: string;
  signer: string;
  year: number;
  collectives: number;
  individuals: number;
}

async function unitByCode(client: pg.Client, code: string) {
  const { rows } = await client.query<{ id: number; path: string }>('SELECT id, path FROM units WHERE code = $1', [code]);
  if (!rows[0]) throw new Error(`honours seed: no unit with code ${code}`);
  return rows[0];
}

async function grassrootsUnder(client: pg.Client, path: string) {
  const { rows } = await client.query<{ id: number; path: string }>(
    "SELECT id, path FROM units WHERE path LIKE $1 || '%' AND kind = 'grassroots' AND status = 'active' ORDER BY id",
    [path],
  );
  if (rows.length === 0) throw new Error(`honours seed: no grassroots unions under ${path}`);
  return rows;
}

/** Splits `total` into `count` positive parts of uneven size that add up exactly. */
export function splitTotal(rng: Rng, total: bigint, count: number): bigint[] {
  const weights = Array.from({ length: count }, () => 1 + rng.int(0, 1000) ** 2 / 1000);
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => (total * BigInt(Math.round((w / sum) * 1e9))) / 1_000_000_000n);
  parts[parts.length - 1] += total - parts.reduce((a, b) => a + b, 0n);
  return parts;
}

export async function insertInitiativeSet(client: pg.Client, rng: Rng, set: InitiativeSet) {
  const unions = await grassrootsUnder(client, (await unitByCode(client, set.underCode)).path);
  const values = splitTotal(rng, set.totalVnd, set.count);
  for (let i = 0; i < set.count; i++) {
    const union = rng.pick(unions);
    const year = rng.int(set.years[0], set.years[1]);
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO initiatives (unit_id, unit_path, title, kind, field, year, applied_on, value_vnd, recognition_level, status)
       VALUES ($1, $2, $3, $4, $5, $6, make_date($6, $7, $8), $9, $10, 'recognised') RETURNING id`,
      [union.id, union.path, `${rng.pick(set.titles)} (${i + 1})`, set.kind, rng.pick(set.fields), year, rng.int(1, 12), rng.int(1, 28), values[i].toString(), set.recognitionLevel],
    );
    // One to three authors from the union's members (a union without members gets an outside author).
    const { rows: authors } = await client.query<{ id: number }>(
      'SELECT id FROM members WHERE unit_id = $1 ORDER BY id OFFSET $2 LIMIT $3',
      [union.id, rng.int(0, 5), rng.int(1, 3)],
    );
    if (authors.length === 0) await client.query('INSERT INTO initiative_authors (initiative_id, outside_name) VALUES ($1, $2)', [rows[0].id, 'Tác giả ngoài công đoàn']);
    for (const author of authors) await client.query('INSERT INTO initiative_authors (initiative_id, member_id) VALUES ($1, $2)', [rows[0].id, author.id]);
  }
}

/** One issued decision granting `collectives` unit awards and `individuals` member awards. */
export async function insertAwardSet(client: pg.Client, rng: Rng, set: AwardSet) {
  const issuing = await unitByCode(client, set.issuingCode);
  const under = await unitByCode(client, set.underCode);
  const { rows: type } = await client.query<{ id: number }>('SELECT id FROM award_types WHERE code = $1', [set.awardTypeCode]);
  const { rows: decision } = await client.query<{ id: number }>(
    "INSERT INTO award_decisions (issuing_unit_id, number, signed_on, signer) VALUES ($1, $2, $3, $4) RETURNING id",
    [issuing.id, set.decisionNumber, set.signedOn, set.signer],
  );
  const unions = rng.shuffle(await grassrootsUnder(client, under.path)).slice(0, set.collectives);
  if (unions.length < set.collectives) throw new Error(`honours seed: only ${unions.length} unions under ${set.underCode}`);
  const { rows: people } = await client.query<{ id: number; unit_id: number; unit_path: string }>(
    "SELECT id, unit_id, unit_path FROM members WHERE unit_path LIKE $1 || '%' ORDER BY md5(id::text || $2) LIMIT $3",
    [under.path, set.decisionNumber, set.individuals],
  );
  if (people.length < set.individuals) throw new Error(`honours seed: only ${people.length} members under ${set.underCode}`);
  for (const union of unions) {
    await client.query(
      'INSERT INTO awards (decision_id, award_type_id, recipient_unit_id, unit_id, unit_path, year) VALUES ($1, $2, $3, $3, $4, $5)',
      [decision[0].id, type[0].id, union.id, union.path, set.year],
    );
  }
  for (const person of people) {
    await client.query(
      'INSERT INTO awards (decision_id, award_type_id, member_id, unit_id, unit_path, year) VALUES ($1, $2, $3, $4, $5, $6)',
      [decision[0].id, type[0].id, person.id, person.unit_id, person.unit_path, set.year],
    );
  }
}

const TITLES = [
  'Cải tiến quy trình đóng gói sản phẩm', 'Giải pháp tiết kiệm điện năng trong sản xuất', 'Cải tiến đồ gá gia công',
  'Ứng dụng phần mềm quản lý kho', 'Hợp lý hóa dây chuyền lắp ráp', 'Giảm tỷ lệ phế phẩm công đoạn hàn',
  'Đổi mới phương pháp giảng dạy', 'Số hóa hồ sơ một cửa', 'Cải tiến hệ thống xử lý nước thải',
] as const;
const FIELDS = ['Cơ khí', 'Điện', 'Công nghệ thông tin', 'Giáo dục', 'Hành chính', 'Môi trường', 'May mặc'] as const;

/** The sets the demo loads: Thuy Nguyen ward's 2025 summary-conference commendations and register. */
export const DEMO_INITIATIVE_SETS: InitiativeSet[] = [
  { underCode: 'HP-TN', kind: 'initiative', count: 46, totalVnd: 1_250_000_000n, years: [2024, 2026], recognitionLevel: 'ward', titles: TITLES, fields: FIELDS },
  { underCode: 'HP-TN', kind: 'technical_improvement', count: 18, totalVnd: 640_000_000n, years: [2024, 2026], recognitionLevel: 'grassroots', titles: TITLES, fields: FIELDS },
  // Tan Yen District Labour Federation, 2020–2025 (its congress report): 720 initiatives worth just
  // over 2 billion VND, 65 scientific topics worth over 105 million, 30 works and products. Recorded
  // before the 2025 reorganisation, so they carry the district's paths.
  { underCode: 'BG-TY', kind: 'initiative', count: 720, totalVnd: 2_014_500_000n, years: [2020, 2025], recognitionLevel: 'ward', titles: TITLES, fields: FIELDS },
  { underCode: 'BG-TY', kind: 'scientific_topic', count: 65, totalVnd: 105_300_000n, years: [2020, 2025], recognitionLevel: 'ward', titles: TITLES, fields: FIELDS },
  { underCode: 'BG-TY', kind: 'work_product', count: 30, totalVnd: 42_000_000n, years: [2020, 2025], recognitionLevel: 'grassroots', titles: TITLES, fields: FIELDS },
];

export const DEMO_AWARD_SETS: AwardSet[] = [
  {
    issuingCode: 'HP-TN', underCode: 'HP-TN', awardTypeCode: 'GIAY_KHEN', decisionNumber: '45/QĐ-CĐP', signedOn: '2025-12-26',
    signer: 'Chủ tịch Công đoàn phường Thủy Nguyên', year: 2025, collectives: 8, individuals: 27,
  },
  // Tan Yen's congress of 2025, before the district federation closed on 1 July 2025.
  {
    issuingCode: 'BG-TY', underCode: 'BG-TY', awardTypeCode: 'GIAY_KHEN', decisionNumber: '86/QĐ-LĐLĐ', signedOn: '2025-05-20',
    signer: 'Chủ tịch Liên đoàn Lao động huyện Tân Yên', year: 2025, collectives: 22, individuals: 80,
  },
];

export async function insertDemoHonours(client: pg.Client) {
  const rng = new Rng(20_251_226);
  for (const set of DEMO_INITIATIVE_SETS) await insertInitiativeSet(client, rng, set);
  for (const set of DEMO_AWARD_SETS) await insertAwardSet(client, rng, set);
}
