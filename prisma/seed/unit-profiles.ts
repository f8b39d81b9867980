// Profiles of the demo grassroots unions: sector, employer, workforce, founding decision and the
// collective agreement (CBA). Drawn from their own seeded stream so that adding them changed no
// member, and every figure the tests quote stays exact. CBA dates are placed relative to the day the
// demo data is loaded, so that every CBA status (none, valid, expiring within 90 days, expired) is on
// screen whenever someone starts the demo, not only in the week it was written.
import { addYears, fromDay, toDay } from './dates';
import { Rng } from './random';
import type { UnionType } from './profiles';

export type Sector =
  | 'state_enterprise' | 'non_state_enterprise' | 'foreign_invested' | 'administrative_agency'
  | 'public_service_unit' | 'cooperative' | 'informal' | 'non_public_education' | 'other';

export interface UnitProfileRow {
  unitId: number;
  sector: Sector;
  employerName: string;
  employerTaxCode: string | null;
  employerAddress: string;
  workforceTotal: number;
  workforceWomen: number;
  foundingDecisionNumber: string;
  foundingDecisionOn: string;
  cbaSignedOn: string | null;
  cbaExpiresOn: string | null;
  cbaNote: string | null;
}

export interface ProfileInput {
  unitId: number;
  foundedOn: string;
  /** The employer's name (the union's name without "Công đoàn cơ sở"). */
  employer: string;
  type: UnionType;
  members: number;
  women: number;
  /** e.g. "phường Thủy Nguyên, thành phố Hải Phòng", for addresses. */
  locality: string;
  /** Position of the union in its ward's list: CBA statuses are dealt in a fixed rotation by it. */
  index: number;
}

const SEED = 20_261_125;

const SECTOR_BY_TYPE: Record<UnionType, Sector> = {
  footwear: 'foreign_invested', garment: 'non_state_enterprise', electronics: 'foreign_invested',
  heavy: 'non_state_enterprise', company: 'non_state_enterprise', utility: 'state_enterprise', bank: 'state_enterprise',
  transport: 'non_state_enterprise', agri: 'non_state_enterprise', preschool: 'public_service_unit',
  school: 'public_service_unit', highschool: 'public_service_unit', university: 'public_service_unit',
  health_station: 'public_service_unit', health_center: 'public_service_unit', hospital: 'public_service_unit',
  office: 'administrative_agency', department: 'administrative_agency', center: 'public_service_unit',
  market: 'informal', coop: 'cooperative',
};

/** Sectors where a collective labour agreement is signed with an employer (not state bodies or markets). */
const CBA_SECTORS: ReadonlySet<Sector> = new Set(['state_enterprise', 'non_state_enterprise', 'foreign_invested', 'cooperative', 'public_service_unit', 'non_public_education']);

type CbaStatus = 'none' | 'valid' | 'expiring' | 'expired';
// One in ten without, one expired, one expiring, seven valid: Thuy Nguyen sits near its 85 % goal.
const ROTATION: CbaStatus[] = ['valid', 'valid', 'expiring', 'valid', 'none', 'valid', 'expired', 'valid', 'valid', 'valid'];

function sectorOf(input: ProfileInput): Sector {
  if (input.type === 'preschool' && /tư thục/i.test(input.employer)) return 'non_public_education';
  if (/^Hợp tác xã/.test(input.employer)) return 'cooperative';
  return SECTOR_BY_TYPE[input.type];
}

function cbaDates(rng: Rng, status: CbaStatus, foundedOn: string, today: number): [string | null, string | null] {
  // CBAs run for one to three years; the signing date is derived from the wanted expiry.
  const term = rng.int(1, 3);
  const expires =
    status === 'expiring' ? today + rng.int(10, 85)
      : status === 'expired' ? today - rng.int(20, 400)
        : status === 'valid' ? today + rng.int(120, 700)
          : null;
  if (expires === null) return [null, null];
  const signed = Math.max(toDay(addYears(fromDay(expires), -term)), toDay(foundedOn));
  return [fromDay(signed), fromDay(expires)];
}

export function buildUnitProfiles(inputs: ProfileInput[], today: string): UnitProfileRow[] {
  const rng = new Rng(SEED);
  const todayDay = toDay(today);
  return inputs.map((input) => {
    const sector = sectorOf(input);
    // Not every worker joins: coverage 70–100 % in enterprises, near-complete in public bodies.
    const coverage = sector === 'public_service_unit' || sector === 'administrative_agency' ? 0.95 + rng.float() * 0.05 : 0.7 + rng.float() * 0.3;
    const workforceTotal = Math.max(input.members, Math.round(input.members / coverage));
    const workforceWomen = Math.min(workforceTotal, Math.round((input.women / Math.max(1, input.members)) * workforceTotal));
    const wanted = CBA_SECTORS.has(sector) ? ROTATION[input.index % ROTATION.length] : 'none';
    const [cbaSignedOn, cbaExpiresOn] = cbaDates(rng, wanted, input.foundedOn, todayDay);
    const hasTaxCode = sector !== 'informal' && sector !== 'administrative_agency';
    return {
      unitId: input.unitId,
      sector,
      employerName: input.employer,
      employerTaxCode: hasTaxCode ? String(rng.int(200_000_000, 599_999_999)).padStart(10, '0') : null,
      employerAddress: `Số ${rng.int(1, 250)}, ${input.locality}`,
      workforceTotal,
      workforceWomen,
      foundingDecisionNumber: `${rng.int(10, 990)}/QĐ-CĐ`,
      foundingDecisionOn: input.foundedOn,
      cbaSignedOn,
      cbaExpiresOn,
      cbaNote: wanted === 'expired' ? 'Đang thương lượng thỏa ước mới' : null,
    };
  });
}
