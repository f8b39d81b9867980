// The definitions of every target metric, in one pure module: what each counts, its denominator,
// how a share is rounded, what is expected by a date in the year, and when a unit is on track.
// The dashboard, the children table, the print view and the export all read figures through here.

/** Codes of the rollup figures (the same list as the targets migration). */
export const FIGURE = {
  members: 1,
  women: 2,
  appUsers: 3,
  officials: 4,
  officialsTrained: 5,
  grassroots: 6,
  cbaEligible: 7,
  cbaValid: 8,
  admitted: 10,
  opened: 11,
  closed: 12,
  founded: 13,
  partyIntroduced: 14,
  awards: 15,
  clcAwards: 16,
  initiatives: 17,
  initiativeValue: 18,
} as const;
export type FigureName = keyof typeof FIGURE;
/** A stock is a value at a date (the sum of all changes up to it); a flow counts events in the year. */
export const isStock = (code: number) => code < 10;
export type Figures = Record<FigureName, number>;

const FIGURE_NAMES = Object.keys(FIGURE) as FigureName[];
/** Figure names by code (codes are small integers; 9 is unused). */
const NAME_BY_CODE: (FigureName | undefined)[] = [];
for (const name of FIGURE_NAMES) NAME_BY_CODE[FIGURE[name]] = name;

// These run twice for every child of a dashboard (2,963 under the largest federation). An object
// literal gets its shape at once; keyed writes over a list of names (the loop this replaced) grew it
// one property at a time: 1.2 µs an object, 7 ms of that federation's 25 in readDashboardChildren.
// Figures is a Record over every name, so a name added to FIGURE and missing here does not compile.
const at = (amounts: readonly (bigint | number)[], code: number) => Number(amounts[code - 1] ?? 0);

/** Figures from an array indexed by code (index 0 = code 1), as the current-figures rows hold them. */
export function figuresFromArray(amounts: readonly (bigint | number)[]): Figures {
  return {
    members: at(amounts, FIGURE.members),
    women: at(amounts, FIGURE.women),
    appUsers: at(amounts, FIGURE.appUsers),
    officials: at(amounts, FIGURE.officials),
    officialsTrained: at(amounts, FIGURE.officialsTrained),
    grassroots: at(amounts, FIGURE.grassroots),
    cbaEligible: at(amounts, FIGURE.cbaEligible),
    cbaValid: at(amounts, FIGURE.cbaValid),
    admitted: at(amounts, FIGURE.admitted),
    opened: at(amounts, FIGURE.opened),
    closed: at(amounts, FIGURE.closed),
    founded: at(amounts, FIGURE.founded),
    partyIntroduced: at(amounts, FIGURE.partyIntroduced),
    awards: at(amounts, FIGURE.awards),
    clcAwards: at(amounts, FIGURE.clcAwards),
    initiatives: at(amounts, FIGURE.initiatives),
    initiativeValue: at(amounts, FIGURE.initiativeValue),
  };
}

const NO_AMOUNTS: readonly number[] = [];
export function emptyFigures(): Figures {
  return figuresFromArray(NO_AMOUNTS);
}

/** Figures from (code, amount) rows as the SQL functions return them. */
export function figuresFrom(rows: { metric: number; amount: bigint | number }[]): Figures {
  const figures = emptyFigures();
  for (const row of rows) {
    const name = NAME_BY_CODE[Number(row.metric)];
    if (name) figures[name] += Number(row.amount);
  }
  return figures;
}

export const TARGET_METRICS = [
  'new_members', 'net_growth', 'new_grassroots', 'cba_coverage', 'app_adoption', 'officials_trained',
  'party_introduced', 'party_per_grassroots', 'clc_topics', 'initiatives', 'initiative_value', 'awards', 'manual',
] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];
export type TargetShape = 'count' | 'share_units' | 'share_people';

interface MetricDefinition {
  /** The shape the resolutions use for this metric; a manual metric takes the shape it is given. */
  shape: TargetShape;
  /** Counts accumulate through the year (pro rata); levels (shares, averages) are held from a baseline. */
  accrues: boolean;
  /** Numerator and denominator from figures; denominator null: a plain count. */
  numerator?: (f: Figures) => number;
  denominator?: (f: Figures) => number;
  /** May a parent split it among children (counts that add up)? */
  cascades: boolean;
  /** Money in VND rather than a count of things. */
  money?: boolean;
}

export const METRICS: Record<TargetMetric, MetricDefinition> = {
  new_members: { shape: 'count', accrues: true, numerator: (f) => f.admitted, cascades: true },
  net_growth: { shape: 'count', accrues: true, numerator: (f) => f.opened - f.closed, cascades: true },
  new_grassroots: { shape: 'count', accrues: true, numerator: (f) => f.founded, cascades: true },
  cba_coverage: { shape: 'share_units', accrues: false, numerator: (f) => f.cbaValid, denominator: (f) => f.cbaEligible, cascades: false },
  app_adoption: { shape: 'share_people', accrues: false, numerator: (f) => f.appUsers, denominator: (f) => f.members, cascades: false },
  officials_trained: { shape: 'share_people', accrues: false, numerator: (f) => f.officialsTrained, denominator: (f) => f.officials, cascades: false },
  party_introduced: { shape: 'count', accrues: true, numerator: (f) => f.partyIntroduced, cascades: true },
  // "On average at least 1 per grassroots union": an average, so it is a count over a stated denominator.
  party_per_grassroots: { shape: 'count', accrues: true, numerator: (f) => f.partyIntroduced, denominator: (f) => f.grassroots, cascades: false },
  clc_topics: { shape: 'count', accrues: true, numerator: (f) => f.clcAwards, cascades: true },
  initiatives: { shape: 'count', accrues: true, numerator: (f) => f.initiatives, cascades: true },
  initiative_value: { shape: 'count', accrues: true, numerator: (f) => f.initiativeValue, cascades: true, money: true },
  awards: { shape: 'count', accrues: true, numerator: (f) => f.awards, cascades: true },
  manual: { shape: 'share_people', accrues: true, cascades: false },
};

export const isShare = (shape: TargetShape) => shape !== 'count';

/** Rounds half away from zero to `digits` decimals (reports print 50.7%, never 50.65%). */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  const scaled = Math.abs(value) * factor;
  // The epsilon absorbs binary noise (1.005 * 100 = 100.49999…).
  return (Math.sign(value) * Math.round(scaled + 1e-9)) / factor;
}

export interface Ratio {
  numerator: number;
  denominator: number | null;
  /** Percent for shares, the average for a per-unit count, the count itself otherwise; null when the denominator is 0. */
  value: number | null;
}

/** The actual of a metric from figures (a manual metric's actual is entered, not computed). */
export function actualOf(metric: TargetMetric, figures: Figures, shape?: TargetShape, manualActual?: number | null): Ratio {
  const definition = METRICS[metric];
  if (metric === 'manual' || !definition.numerator) {
    return { numerator: manualActual ?? 0, denominator: null, value: manualActual ?? null };
  }
  const numerator = definition.numerator(figures);
  if (!definition.denominator) return { numerator, denominator: null, value: numerator };
  const denominator = definition.denominator(figures);
  if (denominator === 0) return { numerator, denominator, value: null };
  const asShare = isShare(shape ?? definition.shape);
  return { numerator, denominator, value: asShare ? roundTo((100 * numerator) / denominator, 1) : roundTo(numerator / denominator, 2) };
}

/** Share of the year elapsed on `today` for `year`: 0 before it starts, 1 once it has ended. */
export function yearFraction(year: number, today: Date): number {
  const current = today.getUTCFullYear();
  if (year < current) return 1;
  if (year > current) return 0;
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  const elapsed = (today.getTime() - start) / 86_400_000 + 1; // today counts as a day done
  return Math.min(1, elapsed / days);
}

export interface TargetValue {
  min: number;
  /** The top of a range (65–70%); null for "at least". */
  max: number | null;
}

/**
 * What should be reached by today: counts pro rata through the year; a level (share, average) moves
 * pro rata from where it stood at the start of the year (`baseline`) to the target, and a baseline
 * already at the target must simply hold.
 */
export function expectedByToday(metric: TargetMetric, target: TargetValue, fraction: number, baseline?: number | null): number {
  const goal = target.min;
  if (METRICS[metric].accrues || baseline === null || baseline === undefined) return roundTo(goal * fraction, 2);
  if (baseline >= goal) return goal;
  return roundTo(baseline + (goal - baseline) * fraction, 2);
}

export const STATUSES = ['achieved', 'on_track', 'behind', 'at_risk', 'no_data'] as const;
export type Status = (typeof STATUSES)[number];

/** Within 10% of what is expected by today is on track; within 30%, behind; further, at risk. */
export const ON_TRACK_RATIO = 0.9;
export const BEHIND_RATIO = 0.7;

export function statusOf(actual: number | null, target: TargetValue, expected: number): Status {
  if (actual === null) return 'no_data';
  if (actual >= target.min) return 'achieved';
  if (expected <= 0) return 'on_track';
  const ratio = actual / expected;
  if (ratio >= ON_TRACK_RATIO) return 'on_track';
  if (ratio >= BEHIND_RATIO) return 'behind';
  return 'at_risk';
}

/** How far along the target is (actual ÷ target), as a percent rounded to a whole number. */
export function shareAchieved(actual: number | null, target: TargetValue): number | null {
  if (actual === null) return null;
  if (target.min === 0) return actual >= 0 ? 100 : 0;
  return roundTo((100 * actual) / target.min, 0);
}

/** Is the actual above the top of a range (65–70% and 72% reached)? Shown as a note, not a failure. */
export function aboveRange(actual: number | null, target: TargetValue): boolean {
  return actual !== null && target.max !== null && actual > target.max;
}

export interface Evaluation {
  actual: Ratio;
  expected: number;
  status: Status;
  achieved: number | null;
  aboveRange: boolean;
  /** Expected minus actual relative to the target: how far behind, for sorting children (larger = worse). */
  gap: number;
}

export function evaluate(
  metric: TargetMetric,
  target: TargetValue,
  figures: Figures,
  options: { fraction: number; baseline?: Figures | null; shape?: TargetShape; manualActual?: number | null },
): Evaluation {
  const actual = actualOf(metric, figures, options.shape, options.manualActual);
  const baseline = options.baseline ? actualOf(metric, options.baseline, options.shape).value : null;
  const expected = expectedByToday(metric, target, options.fraction, baseline);
  const status = statusOf(actual.value, target, expected);
  const gap = actual.value === null ? Number.POSITIVE_INFINITY : target.min === 0 ? 0 : (expected - actual.value) / target.min;
  return { actual, expected, status, achieved: shareAchieved(actual.value, target), aboveRange: aboveRange(actual.value, target), gap };
}

/**
 * A parent's count split among children in proportion to their members, in whole units that add up
 * exactly (largest remainders; ties to the earlier child). No members anywhere: split evenly.
 */
export function suggestSplit(total: number, weights: number[]): number[] {
  if (weights.length === 0) return [];
  const whole = Math.max(0, Math.round(total));
  const sum = weights.reduce((a, b) => a + b, 0);
  const basis = sum > 0 ? weights : weights.map(() => 1);
  const basisSum = sum > 0 ? sum : weights.length;
  const raw = basis.map((w) => (whole * w) / basisSum);
  const shares = raw.map(Math.floor);
  let left = whole - shares.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, rest: r - Math.floor(r) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i] += 1;
    left -= 1;
  }
  return shares;
}
