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
import { LineBatch, copyField, type BulkWriter } from './bulk';
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

// Both tables are written as COPY lines built here, in these columns' order (LineBatch).
const MEMBER_COLUMNS = [
  'id', 'cccd', 'full_name', 'name_search', 'gender', 'birth_date', 'phone', 'job_title', 'card_number', 'unit_id', 'unit_path',
  'ethnicity_code', 'email', 'education_level', 'qualification', 'official_position', 'official_trained_on', 'app_activated_on',
  'party_introduced_on',
];
const MEMBERSHIP_COLUMNS = ['member_id', 'unit_id', 'admitted_on', 'left_on', 'leave_reason', 'admission_kind'];
const text = (value: string | number | null) => copyField(value, false);
const day = (value: number | null) => copyField(value, true);

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
  const members = new LineBatch(writer, 'members', MEMBER_COLUMNS, 25_000);
  const memberships = new LineBatch(writer, 'memberships', MEMBERSHIP_COLUMNS, 50_000);
  const summary: PeopleSummary = { active: 0, left: 0, transfers: 0, rejoins: 0, memberships: 0, firstMember: new Map() };
  let id = 0;
  const mountain = (u: GenUnit) => u.region === 'northwest';
  // Rows are pushed without waiting; the loop below sends full batches.
  const period = (memberId: number, unitId: number, admitted: number, left: number | null, reason: string | null, kind: string) => {
    summary.memberships += 1;
    memberships.push(`${memberId}\t${unitId}\t${day(admitted)}\t${day(left)}\t${text(reason)}\t${kind}`);
  };

  const person = (unit: GenUnit, gender: Gender, active: boolean) => {
    id += 1;
    const profile = PROFILES[unit.type!];
    const birthYear = rng.triangular(...profile.birthYears);
    const birth = rng.int(...yearDays(birthYear));
    const fullName = storedName(rng, personName(rng, gender, unit.region, birthYear));
    const earliest = Math.max(unit.foundedOn, birth + ADULT_DAYS, FIRST);
    const admitted = rng.int(earliest, active ? LAST : LAST - 200);
    const isOfficial = active && rng.chance(SHARES.officials);
    // The fields in MEMBER_COLUMNS' order; the random draws in the order they always had (same data).
    members.push([
      id,
      cccds.take(rng.chance(0.8) ? unit.province : rng.pick(PROVINCE_CODES), gender, birthYear),
      text(fullName),
      text(cachedSearchKey(fullName)),
      gender,
      day(birth),
      text(rng.chance(0.9) ? rng.pick(MOBILE) + rng.digits(7) : null),
      text(rng.weighted(profile.jobs)),
      `TV${String(id).padStart(9, '0')}`,
      text(active ? unit.id : null),
      text(active ? unit.path : null),
      text(rng.chance(0.9) ? rng.weighted(mountain(unit) ? ETHNICITY_MOUNTAIN : ETHNICITY_LOWLAND) : null),
      text(rng.chance(0.15) ? `dv${id}@gmail.com` : null),
      text(rng.chance(0.85) ? rng.weighted(EDUCATION) : null),
      text(rng.chance(0.8) ? rng.weighted(QUALIFICATION) : null),
      text(isOfficial ? rng.weighted(POSITIONS) : null),
      day(isOfficial && rng.chance(0.7) ? rng.int(admitted, LAST) : null),
      day(active && rng.chance(SHARES.appActivated) ? rng.int(Math.max(admitted, APP_LAUNCH), LAST) : null),
      day(active && rng.chance(0.006) ? rng.int(admitted, LAST) : null),
    ].join('\t'));
    if (!active) {
      summary.left += 1;
      period(id, unit.id, admitted, rng.int(admitted + 180, LAST), rng.weighted(LEAVE_REASONS), 'new');
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
        period(id, from.id, rng.int(start, admitted - 180), admitted, 'transferred', 'new');
        period(id, unit.id, admitted, null, null, 'transfer');
        return;
      }
    }
    if (rng.chance(SHARES.rejoins) && admitted - 545 > earliest) {
      summary.rejoins += 1;
      const first = rng.int(earliest, admitted - 545);
      period(id, unit.id, first, rng.int(first + 180, admitted - 1), rng.chance(0.5) ? 'voluntary' : 'moved', 'new');
      period(id, unit.id, admitted, null, null, 'rejoin');
      return;
    }
    period(id, unit.id, admitted, null, null, 'new');
  };
  // Between full batches the loop runs without a pause, and the COPY of a batch already sent only
  // moves while the event loop runs (a socket takes a few hundred kB at a time): without a pause every
  // few thousand people, PostgreSQL waited for its data and both processes idled about 20 % of the load.
  let sinceYield = 0;
  /** Called once a person: a batch is full, or it is time to let the sockets move. */
  const due = () => ++sinceYield >= 2_000 || members.full || memberships.full;
  const sendFull = async () => {
    if (members.full) await members.send();
    if (memberships.full) await memberships.send();
    if (sinceYield >= 2_000) {
      sinceYield = 0;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
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
      person(unit, female ? 'female' : 'male', true);
      if (due()) await sendFull();
    }
    const leavers = Math.round(unit.size * SHARES.leavers);
    for (let n = 0; n < leavers; n++) {
      person(unit, rng.chance(unit.women / unit.size) ? 'female' : 'male', false);
      if (due()) await sendFull();
    }
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
