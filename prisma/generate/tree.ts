// The union tree of a generated data set, built in memory (130,000 grassroots unions fit easily):
// the confederation, provincial federations and industry unions, ward unions of log-normal sizes,
// and grassroots unions of every kind in profiles.ts, with member counts that add up exactly to the
// profile's total. Ids are assigned here so paths are written in the same INSERT as the rows.
import { searchKey } from '../../lib/text/search-key';
import { toDay } from '../seed/dates';
import type { Region } from '../seed/names';
import { PROFILES, type UnionType } from '../seed/profiles';
import { Rng, type Weighted } from '../seed/random';
import { SHARES, LAST_DAY, type GenerateProfile } from './profiles';

export type GenKind = 'confederation' | 'federation' | 'ward_union' | 'grassroots';

export interface GenUnit {
  id: number;
  kind: GenKind;
  parentId: number | null;
  path: string;
  depth: number;
  code: string;
  name: string;
  nameSearch: string;
  /** Days since 1970-01-01. */
  foundedOn: number;
  /** Birth-registration code of the province (first three CCCD digits) most members come from. */
  province: string;
  region: Region;
  locality: string;
  /** Grassroots only. */
  type?: UnionType;
  employer?: string;
  size: number;
  women: number;
  /** Grassroots moved once between ward unions: the former parent and the day of the move. */
  formerParent?: GenUnit;
  movedOn?: number;
}

export interface GenTree {
  units: GenUnit[];
  grassroots: GenUnit[];
  /** Grassroots unions by parent id: the unions a member can transfer between. */
  siblings: Map<number, GenUnit[]>;
}

// The 34 provincial units of 2025, with the birth-registration code most of their people carry.
const PROVINCES: readonly (readonly [name: string, code: string, cccd: string, region: Region])[] = [
  ['thành phố Hà Nội', 'HN', '001', 'delta'], ['thành phố Hải Phòng', 'HP', '031', 'delta'], ['thành phố Hồ Chí Minh', 'HCM', '079', 'delta'],
  ['thành phố Đà Nẵng', 'DN', '048', 'delta'], ['thành phố Cần Thơ', 'CT', '092', 'delta'], ['thành phố Huế', 'HUE', '046', 'delta'],
  ['tỉnh Lai Châu', 'LCH', '012', 'northwest'], ['tỉnh Điện Biên', 'DB', '011', 'northwest'], ['tỉnh Sơn La', 'SL', '014', 'northwest'],
  ['tỉnh Lạng Sơn', 'LS', '020', 'delta'], ['tỉnh Quảng Ninh', 'QN', '022', 'delta'], ['tỉnh Thanh Hóa', 'TH', '038', 'delta'],
  ['tỉnh Nghệ An', 'NA', '040', 'delta'], ['tỉnh Hà Tĩnh', 'HT', '042', 'delta'], ['tỉnh Cao Bằng', 'CB', '004', 'northwest'],
  ['tỉnh Tuyên Quang', 'TQ', '008', 'northwest'], ['tỉnh Lào Cai', 'LC', '010', 'northwest'], ['tỉnh Thái Nguyên', 'TN', '019', 'delta'],
  ['tỉnh Phú Thọ', 'PT', '025', 'delta'], ['tỉnh Bắc Ninh', 'BN', '027', 'delta'], ['tỉnh Hưng Yên', 'HY', '033', 'delta'],
  ['tỉnh Ninh Bình', 'NB', '037', 'delta'], ['tỉnh Quảng Trị', 'QT', '045', 'delta'], ['tỉnh Quảng Ngãi', 'QNG', '051', 'delta'],
  ['tỉnh Gia Lai', 'GL', '064', 'delta'], ['tỉnh Khánh Hòa', 'KH', '056', 'delta'], ['tỉnh Lâm Đồng', 'LD', '068', 'delta'],
  ['tỉnh Đắk Lắk', 'DL', '066', 'delta'], ['tỉnh Đồng Nai', 'DNA', '075', 'delta'], ['tỉnh Tây Ninh', 'TNI', '072', 'delta'],
  ['tỉnh Vĩnh Long', 'VL', '086', 'delta'], ['tỉnh Đồng Tháp', 'DT', '087', 'delta'], ['tỉnh Cà Mau', 'CM', '096', 'delta'],
  ['tỉnh An Giang', 'AG', '089', 'delta'],
];
// Province order for the ward and province profiles: Hải Phòng first (as in the demo data).
const PROVINCE_ORDER = [1, 0, ...PROVINCES.keys()].filter((v, i, all) => all.indexOf(v) === i).map((i) => PROVINCES[i]);

const INDUSTRY = [
  'Công đoàn Công thương Việt Nam', 'Công đoàn Giáo dục Việt Nam', 'Công đoàn Y tế Việt Nam', 'Công đoàn Giao thông vận tải Việt Nam',
  'Công đoàn Xây dựng Việt Nam', 'Công đoàn Nông nghiệp và Môi trường Việt Nam', 'Công đoàn Ngân hàng Việt Nam',
  'Công đoàn Dệt may Việt Nam', 'Công đoàn Điện lực Việt Nam', 'Công đoàn Dầu khí Việt Nam', 'Công đoàn Than – Khoáng sản Việt Nam',
  'Công đoàn Bưu điện Việt Nam', 'Công đoàn Cao su Việt Nam', 'Công đoàn Hàng hải Việt Nam', 'Công đoàn Đường sắt Việt Nam',
  'Công đoàn Hàng không Việt Nam', 'Công đoàn Viên chức Việt Nam', 'Công đoàn Quốc phòng', 'Công đoàn Công an nhân dân',
  'Công đoàn Tài chính Việt Nam', 'Công đoàn Thông tin và Truyền thông', 'Công đoàn Du lịch Việt Nam',
];

// Syllables of Vietnamese place names ("An Phú", "Tân Hưng"); two make a ward or employer stem.
const PLACE = [
  'An', 'Bình', 'Hòa', 'Phú', 'Tân', 'Thạnh', 'Long', 'Phước', 'Hưng', 'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Mỹ', 'Thuận',
  'Quang', 'Vĩnh', 'Xuân', 'Hải', 'Thành', 'Lộc', 'Thịnh', 'Hiệp', 'Khánh', 'Lạc', 'Hồng', 'Minh', 'Phong', 'Sơn', 'Thủy',
  'Nghĩa', 'Đức', 'Cát', 'Kim', 'Ngọc', 'Lâm', 'Hà', 'Gia', 'Yên', 'Định', 'Thái', 'Việt', 'Quý', 'Phúc', 'Tường', 'Hạ', 'Lợi',
];

const TYPES: Weighted<UnionType> = [
  ['company', 40], ['garment', 4], ['footwear', 1.5], ['electronics', 2], ['heavy', 4], ['utility', 1], ['bank', 1],
  ['transport', 3], ['agri', 2], ['preschool', 8], ['school', 9], ['highschool', 3], ['university', 0.5],
  ['health_station', 4], ['health_center', 1], ['hospital', 1], ['office', 6], ['department', 1], ['center', 2],
  ['market', 2], ['coop', 3],
];

const EMPLOYER: Record<UnionType, string> = {
  footwear: 'Công ty TNHH Giày', garment: 'Công ty Cổ phần May', electronics: 'Công ty TNHH Điện tử', heavy: 'Công ty Cổ phần Cơ khí',
  company: 'Công ty TNHH', utility: 'Công ty Cấp nước', bank: 'Ngân hàng TMCP', transport: 'Công ty Cổ phần Vận tải',
  agri: 'Công ty Nông nghiệp', preschool: 'Trường Mầm non', school: 'Trường Tiểu học', highschool: 'Trường THPT',
  university: 'Trường Cao đẳng', health_station: 'Trạm Y tế', health_center: 'Trung tâm Y tế', hospital: 'Bệnh viện Đa khoa',
  office: 'Ủy ban nhân dân', department: 'Phòng Kinh tế', center: 'Trung tâm Dịch vụ công', market: 'Ban Quản lý chợ', coop: 'Hợp tác xã',
};

/** A normal draw (Box–Muller) for log-normal sizes. */
export function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.float())) * Math.cos(2 * Math.PI * rng.float());
}

/** Splits `total` into parts proportional to `weights`, each at least `minimum`, summing exactly. */
export function apportion(weights: number[], total: number, minimum: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.max(minimum, Math.floor((w / sum) * total)));
  let diff = total - parts.reduce((a, b) => a + b, 0);
  const order = parts.map((_, i) => i).sort((a, b) => parts[b] - parts[a] || a - b);
  for (let k = 0; diff !== 0; k = (k + 1) % order.length) {
    const i = order[k];
    const step = diff > 0 ? 1 : parts[i] > minimum ? -1 : 0;
    parts[i] += step;
    diff -= step;
  }
  return parts;
}

const logNormalWeights = (rng: Rng, n: number, sigma: number) => Array.from({ length: n }, () => Math.exp(sigma * normal(rng)));

export function buildTree(profile: GenerateProfile, seed: number): GenTree {
  const rng = new Rng(seed);
  const units: GenUnit[] = [];
  const founded = (from: string, to: string) => rng.int(toDay(from), toDay(to));
  const add = (u: Omit<GenUnit, 'id' | 'path' | 'depth' | 'nameSearch' | 'size' | 'women'>, parent: GenUnit | null) => {
    const id = units.length + 1;
    const unit: GenUnit = { ...u, id, path: `${parent?.path ?? '/'}${id}/`, depth: parent ? parent.depth + 1 : 0, nameSearch: searchKey(u.name), size: 0, women: 0 };
    units.push(unit);
    return unit;
  };
  const stem = () => `${rng.pick(PLACE)} ${rng.pick(PLACE)}`;

  const root = add({ kind: 'confederation', parentId: null, code: 'TLD', name: 'Tổng Liên đoàn Lao động Việt Nam', foundedOn: toDay('1929-07-28'), province: '001', region: 'delta', locality: 'thành phố Hà Nội' }, null);
  const federations = PROVINCE_ORDER.slice(0, profile.federations).map(([place, code, cccd, region]) =>
    add({ kind: 'federation', parentId: root.id, code, name: `Liên đoàn Lao động ${place}`, foundedOn: founded('1946-01-01', '1976-12-31'), province: cccd, region, locality: place }, root),
  );
  const industries = INDUSTRY.slice(0, profile.industryUnions).map((name, i) =>
    add({ kind: 'federation', parentId: root.id, code: `NG${String(i + 1).padStart(2, '0')}`, name, foundedOn: founded('1950-01-01', '1995-12-31'), province: '001', region: 'delta', locality: 'thành phố Hà Nội' }, root),
  );

  // Ward unions per federation: log-normal province sizes (Hà Nội and Hồ Chí Minh City are large).
  const wardsPer = apportion(logNormalWeights(rng, federations.length, 0.5), profile.wardUnions, 1);
  const wards: GenUnit[] = [];
  federations.forEach((federation, f) => {
    for (let n = 1; n <= wardsPer[f]; n++) {
      const kindWord = rng.chance(0.6) ? 'phường' : 'xã';
      wards.push(add({
        kind: 'ward_union', parentId: federation.id, code: `${federation.code}-${String(n).padStart(3, '0')}`,
        name: `Công đoàn ${kindWord} ${stem()}`, foundedOn: founded('1990-01-01', '2000-12-31'),
        province: federation.province, region: federation.region, locality: `${kindWord} ${stem()}, ${federation.locality}`,
      }, federation));
    }
  });

  // Grassroots unions: a share under the industry unions, the rest over the wards (log-normal sizes).
  const industryCount = industries.length ? Math.round(profile.grassroots * profile.industryShare) : 0;
  const parents = [...wards, ...industries];
  const perParent = [
    ...apportion(logNormalWeights(rng, wards.length, 0.8), profile.grassroots - industryCount, 1),
    ...(industries.length ? apportion(logNormalWeights(rng, industries.length, 0.8), industryCount, 1) : []),
  ];
  const grassroots: GenUnit[] = [];
  const siblings = new Map<number, GenUnit[]>();
  parents.forEach((parent, p) => {
    const list: GenUnit[] = [];
    for (let n = 1; n <= perParent[p]; n++) {
      const type = rng.weighted(TYPES);
      const employer = `${EMPLOYER[type]} ${stem()}${rng.chance(0.3) ? ` ${rng.int(1, 9)}` : ''}`;
      const unit = add({
        kind: 'grassroots', parentId: parent.id, code: `${parent.code}-${String(n).padStart(4, '0')}`,
        name: `Công đoàn cơ sở ${employer}`, foundedOn: rng.int(Math.max(parent.foundedOn, toDay('1985-01-01')), toDay('2024-06-30')),
        province: parent.province, region: parent.region, locality: parent.locality, type, employer,
      }, parent);
      list.push(unit);
      grassroots.push(unit);
    }
    siblings.set(parent.id, list);
  });

  // Members per union: the kind's usual size with log-normal spread, scaled to the exact total.
  const drafts = grassroots.map((g) => rng.int(...PROFILES[g.type!].size) * Math.exp(0.5 * normal(rng)));
  const sizes = apportion(drafts, profile.members, 5);
  grassroots.forEach((g, i) => {
    g.size = sizes[i];
    const share = Math.min(1, Math.max(0, PROFILES[g.type!].women + (rng.float() - 0.5) * 0.12));
    g.women = Math.round(g.size * share);
  });

  // A few unions were moved once from another ward union of the same federation.
  const wardsByFederation = new Map<number, GenUnit[]>();
  for (const w of wards) wardsByFederation.set(w.parentId!, [...(wardsByFederation.get(w.parentId!) ?? []), w]);
  const lastMove = toDay(LAST_DAY) - 30;
  for (const g of grassroots) {
    const parent = units[g.parentId! - 1];
    const others = parent.kind === 'ward_union' ? wardsByFederation.get(parent.parentId!)!.filter((w) => w.id !== parent.id) : [];
    if (others.length === 0 || !rng.chance(SHARES.unitTransfers)) continue;
    g.formerParent = rng.pick(others);
    g.movedOn = rng.int(Math.max(g.foundedOn + 365, toDay('2005-01-01')), lastMove);
  }
  return { units, grassroots, siblings };
}
