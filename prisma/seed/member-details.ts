// The optional parts of the demo members' records (ethnicity, education, union officials, app use,
// Party introduction…). Drawn from their own seeded stream AFTER the plan is built, so adding or
// changing them never moves a person, a date or any figure that tests and the README quote.
import { fromDay, toDay } from './dates';
import type { DemoPlan, MemberRow } from './plan';
import { Rng, type Weighted } from './random';

const DETAILS_SEED = 20_261_125;
const LAST_DAY = '2026-10-31';
// The union app was launched nationally in 2023; nobody activated it earlier.
const APP_LAUNCH = '2023-01-01';

// Northern mountain provinces by the CCCD's birth-registration code: Lao Cai 010, Lai Chau 012,
// Dien Bien 011, Son La 014, Yen Bai 015, Phu Tho 025. Elsewhere in these demo wards, mostly Kinh.
const MOUNTAIN_PROVINCES = new Set(['010', '011', '012', '014', '015', '025']);
// Ethnicity codes (ethnicities table): 1 Kinh, 2 Tày, 3 Thái, 4 Hoa, 6 Mường, 7 Nùng, 8 Mông, 9 Dao, 35 Hà Nhì, 40 Phù Lá.
export const ETHNICITY_MOUNTAIN: Weighted<number> = [[1, 45], [3, 30], [6, 8], [2, 5], [9, 5], [8, 4], [7, 1], [35, 1], [40, 1]];
export const ETHNICITY_LOWLAND: Weighted<number> = [[1, 985], [2, 4], [6, 4], [4, 3], [7, 2], [3, 2]];
export const EDUCATION: Weighted<string> = [['upper_secondary', 78], ['lower_secondary', 18], ['primary', 3], ['none', 1]];
export const QUALIFICATION: Weighted<string> = [
  ['none', 30], ['elementary', 14], ['intermediate', 16], ['college', 12], ['university', 24], ['master', 3], ['doctorate', 1],
];
export const POSITIONS: Weighted<string> = [
  ['Ủy viên Ban Chấp hành', 45], ['Tổ trưởng công đoàn', 30], ['Phó Chủ tịch', 10], ['Ủy viên Ủy ban Kiểm tra', 10], ['Chủ tịch', 5],
];
const EMAIL_DOMAINS: Weighted<string> = [['gmail.com', 80], ['yahoo.com', 8], ['outlook.com', 7], ['congdoan.vn', 5]];

export interface MemberDetails {
  ethnicityCode: number | null;
  nationality: string;
  email: string | null;
  educationLevel: string | null;
  qualification: string | null;
  officialPosition: string | null;
  officialTrainedOn: string | null;
  appActivatedOn: string | null;
  partyIntroducedOn: string | null;
}

/** "nguyen van an" + n → "annv" + n: how Vietnamese mailbox names are often made. */
function mailbox(member: MemberRow, rng: Rng): string {
  const words = member.nameSearch.replace(/[^a-z ]/g, '').split(' ').filter(Boolean);
  const given = words.at(-1) ?? 'doanvien';
  const initials = words.slice(0, -1).map((w) => w[0]).join('');
  return `${given}${initials}${rng.int(1, 99)}@${rng.weighted(EMAIL_DOMAINS)}`;
}

function dayBetween(rng: Rng, from: string, to: string): string | null {
  const a = toDay(from);
  const b = toDay(to);
  return a > b ? null : fromDay(rng.int(a, b));
}

/** One details row per plan member, in the order of plan.members. */
export function buildMemberDetails(plan: DemoPlan): MemberDetails[] {
  const rng = new Rng(DETAILS_SEED);
  // The latest admission of each person: their current (or last) period.
  const admitted = new Map<number, string>();
  for (const m of plan.memberships) if ((admitted.get(m.memberId) ?? '') < m.admittedOn) admitted.set(m.memberId, m.admittedOn);
  return plan.members.map((member) => {
    const since = admitted.get(member.id) ?? LAST_DAY;
    const isActive = member.unitId !== null;
    const mountain = MOUNTAIN_PROVINCES.has(member.cccd.slice(0, 3));
    const isOfficial = isActive && rng.chance(0.06);
    return {
      // Older records often lack ethnicity and schooling: the form never required them.
      ethnicityCode: rng.chance(0.9) ? rng.weighted(mountain ? ETHNICITY_MOUNTAIN : ETHNICITY_LOWLAND) : null,
      nationality: 'VN', // a CCCD is issued only to Vietnamese citizens, and every demo person has one
      email: rng.chance(0.35) ? mailbox(member, rng) : null,
      educationLevel: rng.chance(0.85) ? rng.weighted(EDUCATION) : null,
      qualification: rng.chance(0.8) ? rng.weighted(QUALIFICATION) : null,
      officialPosition: isOfficial ? rng.weighted(POSITIONS) : null,
      officialTrainedOn: isOfficial && rng.chance(0.7) ? dayBetween(rng, since, LAST_DAY) : null,
      appActivatedOn: isActive && rng.chance(0.6) ? dayBetween(rng, since > APP_LAUNCH ? since : APP_LAUNCH, LAST_DAY) : null,
      partyIntroducedOn: isActive && rng.chance(0.006) ? dayBetween(rng, since, LAST_DAY) : null,
    };
  });
}
