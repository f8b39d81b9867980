// Builds every row of the demo data in memory, with no database: the tree, its parent links and
// counters, the members and their membership periods. Pure and seeded, so two runs give identical
// rows; demo-data.ts only writes them. Figures that must be exact come from tree.ts.
import { cleanName, searchKey } from '../../lib/text/search-key';
import { allocateSizes, allocateWomen } from './allocate';
import { addYears, fromDay, toDay } from './dates';
import { personName, type Gender } from './names';
import { birthDateIn, IdentityRegistry } from './people';
import { PROFILES, type Profile } from './profiles';
import { Rng, type Weighted } from './random';
import { buildUnitProfiles, type UnitProfileRow } from './unit-profiles';
import {
  BAC_GIANG, EXPECTED_UNION_COUNTS, FEDERATIONS, ROOT, TAN_YEN, TAN_YEN_COMMUNES, TAN_YEN_REORGANISATION, WARDS,
  type GrassrootsSpec, type TopUnitSpec, type WardSpec,
} from './tree';

// Any fixed number; changing it changes every generated person.
const SEED = 20_261_124;
// The demo "today" is late 2026: admissions run up to the end of October 2026.
const LAST_ADMISSION = '2026-10-31';
const FOUNDED_FROM = '1995-01-01';
const FOUNDED_TO = '2024-12-31';
// About 3 % extra people who have left the union: they give leave reports and history something to show.
const LEFT_SHARE = 0.03;
const LEAVE_REASONS: Weighted<LeaveReason> = [
  ['changed_job', 35], ['retired', 25], ['moved', 20], ['voluntary', 12], ['other', 8],
];

type UnitKind = 'confederation' | 'federation' | 'ward_union' | 'grassroots';
type LeaveReason = 'retired' | 'changed_job' | 'moved' | 'voluntary' | 'other';

export interface UnitRow {
  id: number;
  kind: UnitKind;
  parentId: number | null;
  path: string;
  depth: number;
  code: string;
  name: string;
  shortName: string | null;
  nameSearch: string;
  foundedOn: string | null;
}
export interface LinkRow { unitId: number; toParentId: number; effectiveOn: string; decisionNumber: string | null }
export interface CounterRow { unitId: number; activeMembers: number; activeWomen: number }
export interface MemberRow {
  id: number;
  cccd: string;
  fullName: string;
  nameSearch: string;
  gender: Gender;
  birthDate: string;
  phone: string | null;
  jobTitle: string;
  cardNumber: string;
  unitId: number | null;
  unitPath: string | null;
}
export interface MembershipRow {
  memberId: number;
  unitId: number;
  admittedOn: string;
  leftOn: string | null;
  leaveReason: LeaveReason | null;
}
/**
 * A reorganisation applied after the honours are recorded (demo-data.ts), so honours of the years
 * before it carry the paths of that time: `moves` go under their new parents on `effectiveOn`, and
 * `closedUnitId` closes (dissolved) on the same day.
 */
export interface Reorganisation {
  effectiveOn: string;
  transferDecision: string;
  closingDecision: string;
  closingReason: string;
  closedUnitId: number;
  moves: { unitId: number; toParentId: number }[];
}
export interface DemoPlan {
  units: UnitRow[];
  reorganisations: Reorganisation[];
  /** Decision numbers that created upper-level units, for their "founded" events. */
  decisions: Map<number, string | null>;
  links: LinkRow[];
  counters: CounterRow[];
  members: MemberRow[];
  memberships: MembershipRow[];
  /** Profiles of the grassroots unions (unit-profiles.ts); their own random stream. */
  profiles: UnitProfileRow[];
  activeMembers: number;
  leftMembers: number;
}

interface Grassroots { unit: UnitRow; spec: GrassrootsSpec; size: number; women: number }

// Where each ward's employers are, for their addresses.
const LOCALITY: Record<string, string> = {
  'BG-TY': 'huyện Tân Yên, tỉnh Bắc Giang',
  'HP-TN': 'phường Thủy Nguyên, thành phố Hải Phòng',
  'LC-NL': 'phường Nghĩa Lộ, tỉnh Lào Cai',
  'HN-CCVC': 'thành phố Hà Nội',
};

/** `today` (yyyy-MM-dd) only places the collective agreements' dates; nothing else depends on it. */
export function buildDemoPlan(today: string): DemoPlan {
  const rng = new Rng(SEED);
  const identities = new IdentityRegistry(rng);
  const plan: DemoPlan = {
    units: [], reorganisations: [], decisions: new Map(), links: [], counters: [], members: [], memberships: [], profiles: [], activeMembers: 0, leftMembers: 0,
  };

  // Ids are assigned here (1..N in insertion order) so paths can be written in the same INSERT.
  const addUnit = (kind: UnitKind, spec: TopUnitSpec, parent: UnitRow | null) => {
    const id = plan.units.length + 1;
    const name = cleanName(spec.name);
    const unit: UnitRow = {
      id,
      kind,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      code: spec.code,
      name,
      shortName: cleanName(spec.shortName),
      nameSearch: searchKey(name),
      foundedOn: spec.foundedOn,
    };
    plan.units.push(unit);
    return unit;
  };

  // Upper levels first, so the ids read naturally: 1 TLD, 2–4 federations, 5–7 ward unions.
  const root = addUnit('confederation', ROOT, null);
  const federations = new Map(FEDERATIONS.map((spec) => [spec.code, addUnit('federation', spec, root)]));
  for (const federation of federations.values()) {
    plan.links.push({ unitId: federation.id, toParentId: root.id, effectiveOn: federation.foundedOn!, decisionNumber: null });
  }
  const wardUnits = WARDS.map((ward) => {
    const parent = federations.get(ward.federationCode);
    if (!parent) throw new Error(`${ward.code}: unknown federation ${ward.federationCode}`);
    const unit = addUnit('ward_union', ward, parent);
    plan.links.push({ unitId: unit.id, toParentId: parent.id, effectiveOn: ward.foundedOn, decisionNumber: ward.decisionNumber });
    plan.decisions.set(unit.id, ward.decisionNumber);
    return unit;
  });

  const grassroots: Grassroots[][] = WARDS.map((ward, w) => addGrassroots(rng, plan, ward, wardUnits[w]));
  WARDS.forEach((ward, w) => {
    for (const union of grassroots[w]) addActiveMembers(rng, identities, plan, ward, union);
  });
  WARDS.forEach((ward, w) => addLeftMembers(rng, identities, plan, ward, grassroots[w]));
  // Appended after everything above so that adding it moved no earlier id or person.
  const tanYen = addTanYen(rng, identities, plan, root);

  const own = new Map([...grassroots.flat(), ...tanYen].map((g) => [g.unit.id, g]));
  plan.counters = plan.units.map((unit) => ({
    unitId: unit.id,
    activeMembers: own.get(unit.id)?.size ?? 0,
    activeWomen: own.get(unit.id)?.women ?? 0,
  }));
  plan.profiles = buildUnitProfiles(
    [...WARDS, TAN_YEN].flatMap((ward, w) =>
      (w < WARDS.length ? grassroots[w] : tanYen).map((g, index) => ({
        unitId: g.unit.id, foundedOn: g.unit.foundedOn!, employer: g.spec.name, type: g.spec.type,
        members: g.size, women: g.women, locality: LOCALITY[ward.code] ?? ward.name, index,
      })),
    ),
    today,
  );
  return plan;
}

/**
 * Bac Giang's federation, the Tan Yen district federation with its unions and members as they stood
 * until 30 June 2025, the commune unions founded on 1 July 2025, and the reorganisation between them.
 */
function addTanYen(rng: Rng, identities: IdentityRegistry, plan: DemoPlan, root: UnitRow): Grassroots[] {
  const addTop = (kind: UnitKind, spec: TopUnitSpec, parent: UnitRow, decisionNumber: string | null) => {
    const id = plan.units.length + 1;
    const name = cleanName(spec.name);
    const unit: UnitRow = {
      id, kind, parentId: parent.id, path: `${parent.path}${id}/`, depth: parent.depth + 1, code: spec.code, name,
      shortName: cleanName(spec.shortName), nameSearch: searchKey(name), foundedOn: spec.foundedOn,
    };
    plan.units.push(unit);
    plan.links.push({ unitId: id, toParentId: parent.id, effectiveOn: spec.foundedOn, decisionNumber });
    plan.decisions.set(id, decisionNumber);
    return unit;
  };
  const federation = addTop('federation', BAC_GIANG, root, null);
  const district = addTop('ward_union', TAN_YEN, federation, TAN_YEN.decisionNumber);
  const communes = new Map(TAN_YEN_COMMUNES.map((spec) => [spec.code, addTop('ward_union', spec, federation, spec.decisionNumber)]));
  const unions = addGrassroots(rng, plan, TAN_YEN, district);
  for (const union of unions) addActiveMembers(rng, identities, plan, TAN_YEN, union);
  addLeftMembers(rng, identities, plan, TAN_YEN, unions);
  plan.reorganisations.push({
    ...TAN_YEN_REORGANISATION,
    closedUnitId: district.id,
    moves: unions.map((union) => {
      const commune = communes.get(union.spec.movesTo ?? '');
      if (!commune) throw new Error(`${union.unit.code}: unknown commune ${union.spec.movesTo}`);
      return { unitId: union.unit.id, toParentId: commune.id };
    }),
  });
  return unions;
}

/** The ward's grassroots unions, with sizes and women counts that hit the ward's exact totals. */
function addGrassroots(rng: Rng, plan: DemoPlan, ward: WardSpec, wardUnit: UnitRow): Grassroots[] {
  if (ward.unions.length !== EXPECTED_UNION_COUNTS[ward.code]) {
    throw new Error(`${ward.code}: ${ward.unions.length} grassroots unions listed, expected ${EXPECTED_UNION_COUNTS[ward.code]}`);
  }
  const names = new Set(ward.unions.map((spec) => spec.name));
  if (names.size !== ward.unions.length) throw new Error(`${ward.code}: duplicate grassroots union names`);

  const drafts = ward.unions.map((spec) => rng.int(...PROFILES[spec.type].size));
  const sizes = allocateSizes(drafts, ward.unions.map((spec) => spec.size), ward.members);
  // Each union's share wobbles a little around its profile so that no two schools look identical.
  const shares = ward.unions.map((spec) => PROFILES[spec.type].women + (rng.float() - 0.5) * 0.12);
  const women = allocateWomen(sizes, shares, ward.women);

  return ward.unions.map((spec, i) => {
    const id = plan.units.length + 1;
    const name = cleanName(`Công đoàn cơ sở ${spec.name}`);
    const foundedOn = spec.foundedOn ?? fromDay(rng.int(toDay(FOUNDED_FROM), toDay(FOUNDED_TO)));
    const unit: UnitRow = {
      id,
      kind: 'grassroots',
      parentId: wardUnit.id,
      path: `${wardUnit.path}${id}/`,
      depth: wardUnit.depth + 1,
      code: `${ward.code}-${String(i + 1).padStart(3, '0')}`,
      name,
      shortName: cleanName(`CĐCS ${spec.name}`),
      nameSearch: searchKey(name),
      foundedOn,
    };
    plan.units.push(unit);
    // The current parent link dates from the union's founding (there is no older parent in the demo).
    plan.links.push({ unitId: id, toParentId: wardUnit.id, effectiveOn: foundedOn, decisionNumber: null });
    return { unit, spec, size: sizes[i], women: women[i] };
  });
}

interface Person { member: MemberRow; birthDate: string }

function makePerson(
  rng: Rng,
  identities: IdentityRegistry,
  plan: DemoPlan,
  ward: WardSpec,
  profile: Profile,
  gender: Gender,
  birthYear: number,
  unit: UnitRow | null,
): Person {
  const birthDate = birthDateIn(rng, birthYear);
  const fullName = cleanName(personName(rng, gender, ward.region, birthYear));
  const member: MemberRow = {
    id: plan.members.length + 1,
    cccd: identities.cccd(rng.weighted(ward.provinces), gender, birthYear),
    fullName,
    nameSearch: searchKey(fullName),
    gender,
    birthDate,
    // Some members never gave a phone number; the form allows it.
    phone: rng.chance(0.92) ? identities.phone() : null,
    jobTitle: rng.weighted(profile.jobs),
    cardNumber: identities.card(),
    unitId: unit?.id ?? null,
    unitPath: unit?.path ?? null,
  };
  plan.members.push(member);
  return { member, birthDate };
}

/** Exactly `union.size` active members, `union.women` of them women, admitted after the union was founded. */
function addActiveMembers(rng: Rng, identities: IdentityRegistry, plan: DemoPlan, ward: WardSpec, union: Grassroots) {
  const profile = PROFILES[union.spec.type];
  const foundedOn = union.unit.foundedOn!;
  const foundedIn2025 = foundedOn >= '2025-01-01';
  // Members of a union founded in 2025 were admitted in 2025; being adults by then needs birth ≤ 2006.
  const maxBirthYear = foundedIn2025 ? 2006 : 2007;
  const lastAdmission = toDay(foundedIn2025 ? '2025-12-31' : LAST_ADMISSION);
  const genders: Gender[] = rng.shuffle([
    ...Array<Gender>(union.women).fill('female'),
    ...Array<Gender>(union.size - union.women).fill('male'),
  ]);
  for (const gender of genders) {
    const birthYear = Math.min(rng.triangular(...profile.birthYears), maxBirthYear);
    const { member, birthDate } = makePerson(rng, identities, plan, ward, profile, gender, birthYear, union.unit);
    const earliest = Math.max(toDay(foundedOn), toDay(addYears(birthDate, 18)));
    plan.memberships.push({
      memberId: member.id,
      unitId: union.unit.id,
      admittedOn: fromDay(rng.int(earliest, lastAdmission)),
      leftOn: null,
      leaveReason: null,
    });
    plan.activeMembers += 1;
  }
}

/** People who left: a members row with no current unit and one closed membership in one of the ward's unions. */
function addLeftMembers(rng: Rng, identities: IdentityRegistry, plan: DemoPlan, ward: WardSpec, unions: Grassroots[]) {
  // Unions founded in 2025 are left out so their figures stay exactly as listed in tree.ts.
  const older: Weighted<Grassroots> = unions.filter((u) => u.unit.foundedOn! < '2025-01-01').map((u) => [u, u.size]);
  const count = Math.round(ward.members * LEFT_SHARE);
  for (let n = 0; n < count; n++) {
    const union = rng.weighted(older);
    const profile = PROFILES[union.spec.type];
    const gender: Gender = rng.chance(union.women / union.size) ? 'female' : 'male';
    const reason = rng.weighted(LEAVE_REASONS);
    // Retirees are the oldest members; everyone else is young enough to have joined by mid-2025.
    const birthYear = reason === 'retired' ? rng.int(1966, 1967) : Math.min(rng.triangular(...profile.birthYears), 2005);
    const { member, birthDate } = makePerson(rng, identities, plan, ward, profile, gender, birthYear, null);
    const admitted = rng.int(Math.max(toDay(union.unit.foundedOn!), toDay(addYears(birthDate, 18))), toDay('2025-06-30'));
    const earliestLeave = Math.max(admitted + 180, reason === 'retired' ? toDay('2023-01-01') : 0);
    plan.memberships.push({
      memberId: member.id,
      unitId: union.unit.id,
      admittedOn: fromDay(admitted),
      leftOn: fromDay(rng.int(earliestLeave, toDay(LAST_ADMISSION))),
      leaveReason: reason,
    });
    plan.leftMembers += 1;
  }
}
