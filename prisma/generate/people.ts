// Members and their membership periods, generated union by union and streamed to the database in
// batches (12 million people never sit in memory at once). Each grassroots union gets exactly its
// planned active members and women, so unit_counters are exact by construction; then about 8 % more
// people who have left it. Some active members came by transfer from a sibling union, some left once
// and rejoined. Names come from the demo seed's generator; a few are stored NFD-encoded or with stray
// spaces, as imported data often is, and name_search is normalised from them as the app does.
import { searchKey } from '../../lib/text/search-key';
import { toDay } from '../seed/dates';
import { personName, type Gender } from '../seed/names';
import { EDUCATION, ETHNICITY_LOWLAND, ETHNICITY_MOUNTAIN, POSITIONS, QUALIFICATION } from '../seed/member-details';
import { PROFILES } from '../seed/profiles';
import { Rng, type Weighted } from '../seed/random';
import { Batch, type BulkWriter } from './bulk';
import { FIRST_ADMISSION, LAST_DAY, SHARES } from './profiles';
import type { GenTree, GenUnit } from './tree';

const LAST = toDay(LAST_DAY);
const FIRST = toDay(FIRST_ADMISSION);
const APP_LAUNCH = toDay('2023-01-01');
const ADULT_DAYS = 6_575; // 18 years
const MOBILE = ['096', '097', '098', '091', '094', '090', '093', '032', '033', '034', '035', '036', '037', '038', '039', '086', '088', '083', '084', '089', '070', '077', '079'];
const LEAVE_REASONS: Weighted<string> = [['changed_job', 35], ['retired', 20], ['moved', 20], ['voluntary', 12], ['deceased', 2], ['other', 11]];
const PROVINCE_CODES = ['001', '031', '079', '048', '092', '046', '038', '040', '042', '027', '033', '037', '019', '022', '025', '075', '072', '066', '089', '096'];

/** Unique CCCDs without remembering 12 million of them: a counter per 6-digit head, spread by a bijection mod 10^6. */
class CccdSequence {
  private readonly next = new Map<string, number>();

  take(province: string, gender: Gender, birthYear: number): string {
    const head = `${province}${(birthYear >= 2000 ? 2 : 0) + (gender === 'female' ? 1 : 0)}${String(birthYear % 100).padStart(2, '0')}`;
    const n = this.next.get(head) ?? 0;
    if (n >= 1_000_000) throw new Error(`CCCD space exhausted for ${head}`);
    this.next.set(head, n + 1);
    // 7919 is prime to 10^6, so n ↦ n·7919 + c (mod 10^6) never repeats within a head.
    return head + String((n * 7919 + 271_828) % 1_000_000).padStart(6, '0');
  }
}

const MEMBER_COLUMNS = {
  id: 'int', cccd: 'text', full_name: 'text', name_search: 'text', gender: 'gender', birth_date: 'day', phone: 'text',
  job_title: 'text', card_number: 'text', unit_id: 'int', unit_path: 'text', ethnicity_code: 'smallint', email: 'text',
  education_level: 'education_level', qualification: 'qualification', official_position: 'text', official_trained_on: 'day',
  app_activated_on: 'day', party_introduced_on: 'day',
} as const;
const MEMBERSHIP_COLUMNS = {
  member_id: 'int', unit_id: 'int', admitted_on: 'day', left_on: 'day', leave_reason: 'leave_reason', admission_kind: 'admission_kind',
} as const;

export interface PeopleSummary {
  active: number;
  left: number;
  transfers: number;
  rejoins: number;
  memberships: number;
  /** First member id of each grassroots union (its active members are a contiguous id range). */
  firstMember: Map<number, number>;
}

// Days of 1 January and 31 December by year, and search keys by name: both repeat millions of times.
const yearBounds = new Map<number, [number, number]>();
function yearDays(year: number): [number, number] {
  let bounds = yearBounds.get(year);
  if (!bounds) yearBounds.set(year, (bounds = [toDay(`${year}-01-01`), toDay(`${year}-12-31`)]));
  return bounds;
}
const keys = new Map<string, string>();
function cachedSearchKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) keys.set(name, (key = searchKey(name)));
  return key;
}

/** A name as imported data has it: mostly clean NFC, sometimes decomposed, sometimes with stray spaces. */
function storedName(rng: Rng, name: string): string {
  if (rng.chance(SHARES.nfdNames)) return name.normalize('NFD');
  if (rng.chance(SHARES.straySpaces)) return rng.chance(0.5) ? name.replace(' ', '  ') : `${name} `;
  return name;
}

export async function generatePeople(tree: GenTree, writer: BulkWriter, seed: number, log: (line: string) => void): Promise<PeopleSummary> {
  const rng = new Rng(seed);
  const cccds = new CccdSequence();
  const members = new Batch(writer, 'members', MEMBER_COLUMNS, 25_000);
  const memberships = new Batch(writer, 'memberships', MEMBERSHIP_COLUMNS, 50_000);
  const summary: PeopleSummary = { active: 0, left: 0, transfers: 0, rejoins: 0, memberships: 0, firstMember: new Map() };
  let id = 0;
  const mountain = (u: GenUnit) => u.region === 'northwest';
  const period = async (memberId: number, unitId: number, admitted: number, left: number | null, reason: string | null, kind: string) => {
    summary.memberships += 1;
    await memberships.add({ member_id: memberId, unit_id: unitId, admitted_on: admitted, left_on: left, leave_reason: reason, admission_kind: kind });
  };

  const person = async (unit: GenUnit, gender: Gender, active: boolean) => {
    id += 1;
    const profile = PROFILES[unit.type!];
    const birthYear = rng.triangular(...profile.birthYears);
    const birth = rng.int(...yearDays(birthYear));
    const fullName = storedName(rng, personName(rng, gender, unit.region, birthYear));
    const earliest = Math.max(unit.foundedOn, birth + ADULT_DAYS, FIRST);
    const admitted = rng.int(earliest, active ? LAST : LAST - 200);
    const isOfficial = active && rng.chance(SHARES.officials);
    await members.add({
      id,
      cccd: cccds.take(rng.chance(0.8) ? unit.province : rng.pick(PROVINCE_CODES), gender, birthYear),
      full_name: fullName,
      name_search: cachedSearchKey(fullName),
      gender,
      birth_date: birth,
      phone: rng.chance(0.9) ? rng.pick(MOBILE) + rng.digits(7) : null,
      job_title: rng.weighted(profile.jobs),
      card_number: `TV${String(id).padStart(9, '0')}`,
      unit_id: active ? unit.id : null,
      unit_path: active ? unit.path : null,
      ethnicity_code: rng.chance(0.9) ? rng.weighted(mountain(unit) ? ETHNICITY_MOUNTAIN : ETHNICITY_LOWLAND) : null,
      email: rng.chance(0.15) ? `dv${id}@gmail.com` : null,
      education_level: rng.chance(0.85) ? rng.weighted(EDUCATION) : null,
      qualification: rng.chance(0.8) ? rng.weighted(QUALIFICATION) : null,
      official_position: isOfficial ? rng.weighted(POSITIONS) : null,
      official_trained_on: isOfficial && rng.chance(0.7) ? rng.int(admitted, LAST) : null,
      app_activated_on: active && rng.chance(SHARES.appActivated) ? rng.int(Math.max(admitted, APP_LAUNCH), LAST) : null,
      party_introduced_on: active && rng.chance(0.006) ? rng.int(admitted, LAST) : null,
    });
    if (!active) {
      summary.left += 1;
      await period(id, unit.id, admitted, rng.int(admitted + 180, LAST), rng.weighted(LEAVE_REASONS), 'new');
      return;
    }
    summary.active += 1;
    // Came from a sibling union: the earlier period closes with 'transferred' the day this one opens.
    const siblings = tree.siblings.get(unit.parentId!)!;
    if (siblings.length > 1 && rng.chance(SHARES.transfers)) {
      const from = rng.pick(siblings);
      const start = Math.max(from.foundedOn, birth + ADULT_DAYS, FIRST);
      if (from.id !== unit.id && admitted - 180 > start) {
        summary.transfers += 1;
        await period(id, from.id, rng.int(start, admitted - 180), admitted, 'transferred', 'new');
        await period(id, unit.id, admitted, null, null, 'transfer');
        return;
      }
    }
    if (rng.chance(SHARES.rejoins) && admitted - 545 > earliest) {
      summary.rejoins += 1;
      const first = rng.int(earliest, admitted - 545);
      await period(id, unit.id, first, rng.int(first + 180, admitted - 1), rng.chance(0.5) ? 'voluntary' : 'moved', 'new');
      await period(id, unit.id, admitted, null, null, 'rejoin');
      return;
    }
    await period(id, unit.id, admitted, null, null, 'new');
  };

  const started = performance.now();
  let done = 0;
  let nextReport = 1_000_000;
  for (const unit of tree.grassroots) {
    summary.firstMember.set(unit.id, id + 1);
    // Exactly `women` of `size`: draw each gender from what is left, so no shuffle array is needed.
    let women = unit.women;
    for (let left = unit.size; left > 0; left--) {
      const female = rng.float() * left < women;
      if (female) women -= 1;
      await person(unit, female ? 'female' : 'male', true);
    }
    const leavers = Math.round(unit.size * SHARES.leavers);
    for (let n = 0; n < leavers; n++) await person(unit, rng.chance(unit.women / unit.size) ? 'female' : 'male', false);
    done += unit.size;
    if (done >= nextReport) {
      // Progress with the rates so far, so a run stopped early still says how fast it went.
      const seconds = (performance.now() - started) / 1000;
      const written = (table: string) => writer.stats.rows.get(table) ?? 0;
      log(`  … ${done.toLocaleString('en')} active members generated in ${seconds.toFixed(0)} s; written: ${written('members')} members (${Math.round(written('members') / seconds)}/s), ${written('memberships')} periods (${Math.round(written('memberships') / seconds)}/s)`);
      nextReport += 1_000_000;
    }
  }
  await members.send();
  await memberships.send();
  return summary;
}
