// Identity details of demo members: citizen ID (CCCD), phone, union card number, birth date. Each
// must look real (forms validate them) and the unique ones must never collide, so every generator
// remembers what it has handed out and draws again on a clash (rare, and still deterministic).
import { fromDay, toDay } from './dates';
import type { Gender } from './names';
import type { Rng, Weighted } from './random';

// Mobile prefixes of Viettel (03x, 086, 096–098), VinaPhone (08x, 091, 094) and MobiFone (07x, 089, 090, 093).
const MOBILE_PREFIXES: Weighted<string> = [
  ['096', 9], ['097', 9], ['098', 9], ['091', 7], ['094', 5], ['090', 5], ['093', 4], ['032', 4], ['033', 4],
  ['034', 4], ['035', 4], ['036', 4], ['037', 4], ['038', 4], ['039', 4], ['086', 3], ['088', 2], ['083', 2],
  ['084', 2], ['089', 2], ['070', 1], ['077', 1], ['079', 1],
];

export class IdentityRegistry {
  private readonly cccds = new Set<string>();
  private readonly phones = new Set<string>();
  private readonly cards = new Set<string>();

  constructor(private readonly rng: Rng) {}

  /**
   * CCCD: 3-digit province of birth registration, a digit for gender and century (0/1 male/female
   * born 1900s, 2/3 born 2000s), the last two digits of the birth year, then 6 random digits.
   */
  cccd(province: string, gender: Gender, birthYear: number): string {
    const centuryDigit = (birthYear >= 2000 ? 2 : 0) + (gender === 'female' ? 1 : 0);
    const head = `${province}${centuryDigit}${String(birthYear % 100).padStart(2, '0')}`;
    return this.unique(this.cccds, () => head + this.rng.digits(6));
  }

  /** A 10-digit Vietnamese mobile number. */
  phone(): string {
    return this.unique(this.phones, () => this.rng.weighted(MOBILE_PREFIXES) + this.rng.digits(7));
  }

  /** Union membership card number: 'TV' and 9 digits, the first not zero. */
  card(): string {
    return this.unique(this.cards, () => `TV${this.rng.int(1, 9)}${this.rng.digits(8)}`);
  }

  private unique(seen: Set<string>, draw: () => string): string {
    for (;;) {
      const value = draw();
      if (!seen.has(value)) {
        seen.add(value);
        return value;
      }
    }
  }
}

/** A birth date in `year`, any day of it. */
export function birthDateIn(rng: Rng, year: number): string {
  const first = toDay(`${year}-01-01`);
  const last = toDay(`${year}-12-31`);
  return fromDay(rng.int(first, last));
}
