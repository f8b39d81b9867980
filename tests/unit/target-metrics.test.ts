// The metric definitions: denominators, ranges, zero denominators, rounding, time in the year, status.
import { describe, expect, it } from 'vitest';
import {
  actualOf, emptyFigures, evaluate, expectedByToday, figuresFrom, roundTo, shareAchieved, statusOf, suggestSplit, yearFraction,
  FIGURE, aboveRange, type Figures,
} from '@/lib/targets/metrics';

const figures = (values: Partial<Figures>): Figures => ({ ...emptyFigures(), ...values });
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('actuals and their denominators', () => {
  it('counts gross admissions and net growth separately', () => {
    const f = figures({ admitted: 300, opened: 320, closed: 140 });
    expect(actualOf('new_members', f).value).toBe(300);
    expect(actualOf('net_growth', f).value).toBe(180);
    expect(actualOf('net_growth', figures({ opened: 5, closed: 9 })).value).toBe(-4);
  });
  it('states the denominator of each share', () => {
    expect(actualOf('cba_coverage', figures({ cbaValid: 17, cbaEligible: 20 }))).toEqual({ numerator: 17, denominator: 20, value: 85 });
    expect(actualOf('app_adoption', figures({ appUsers: 2, members: 3 }))).toEqual({ numerator: 2, denominator: 3, value: 66.7 });
    expect(actualOf('officials_trained', figures({ officialsTrained: 9, officials: 9 })).value).toBe(100);
  });
  it('gives no value, not zero and not infinity, when the denominator is zero', () => {
    expect(actualOf('cba_coverage', figures({ cbaValid: 0, cbaEligible: 0 })).value).toBeNull();
    expect(actualOf('party_per_grassroots', figures({ partyIntroduced: 3, grassroots: 0 })).value).toBeNull();
    expect(statusOf(null, { min: 85, max: null }, 80)).toBe('no_data');
  });
  it('averages Party introductions per grassroots union to two decimals', () => {
    expect(actualOf('party_per_grassroots', figures({ partyIntroduced: 40, grassroots: 52 })).value).toBe(0.77);
  });
  it('takes a manual actual as entered', () => {
    expect(actualOf('manual', emptyFigures(), 'share_people', 95).value).toBe(95);
    expect(actualOf('manual', emptyFigures(), 'share_people', null).value).toBeNull();
  });
  it('reads figures from SQL rows by code, ignoring unknown codes', () => {
    const f = figuresFrom([{ metric: FIGURE.members, amount: 10n }, { metric: FIGURE.members, amount: -2n }, { metric: 99, amount: 5n }]);
    expect(f.members).toBe(8);
  });
});

describe('rounding', () => {
  it('rounds half away from zero, without binary noise', () => {
    expect(roundTo(50.65, 1)).toBe(50.7);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(actualOf('app_adoption', figures({ appUsers: 1, members: 8 })).value).toBe(12.5);
  });
});

describe('time in the year', () => {
  it('is 0 before the year, 1 after it, and counts today as done', () => {
    expect(yearFraction(2027, utc(2026, 11, 30))).toBe(0);
    expect(yearFraction(2025, utc(2026, 1, 1))).toBe(1);
    expect(yearFraction(2026, utc(2026, 12, 31))).toBe(1);
    expect(yearFraction(2026, utc(2026, 1, 1))).toBeCloseTo(1 / 365, 6);
    expect(yearFraction(2024, utc(2024, 12, 31))).toBe(1); // leap year: 366 days
    expect(yearFraction(2024, utc(2024, 7, 1))).toBeCloseTo(183 / 366, 6);
  });
  it('expects counts pro rata and levels from their baseline', () => {
    expect(expectedByToday('new_members', { min: 300, max: null }, 0.5)).toBe(150);
    expect(expectedByToday('cba_coverage', { min: 85, max: null }, 0.5, 75)).toBe(80);
    expect(expectedByToday('cba_coverage', { min: 85, max: null }, 0.5, 90)).toBe(85);
    expect(expectedByToday('app_adoption', { min: 65, max: 70 }, 0.5, null)).toBe(32.5);
  });
});

describe('status', () => {
  const target = { min: 300, max: null };
  it('is achieved at the target, on track within 10% of the expected, behind within 30%, at risk beyond', () => {
    expect(statusOf(300, target, 150)).toBe('achieved');
    expect(statusOf(135, target, 150)).toBe('on_track');
    expect(statusOf(134, target, 150)).toBe('behind');
    expect(statusOf(105, target, 150)).toBe('behind');
    expect(statusOf(104, target, 150)).toBe('at_risk');
    expect(statusOf(0, target, 0)).toBe('on_track');
  });
  it('treats a range as met from its bottom and notes going past its top', () => {
    const range = { min: 65, max: 70 };
    expect(statusOf(66, range, 60)).toBe('achieved');
    expect(aboveRange(72, range)).toBe(true);
    expect(aboveRange(68, range)).toBe(false);
    expect(shareAchieved(52, range)).toBe(80);
    expect(shareAchieved(0, { min: 0, max: null })).toBe(100);
  });
  it('orders a lagging unit after a leading one by gap', () => {
    const lagging = evaluate('new_members', target, figures({ admitted: 50 }), { fraction: 0.5 });
    const leading = evaluate('new_members', target, figures({ admitted: 160 }), { fraction: 0.5 });
    expect(lagging.gap).toBeGreaterThan(leading.gap);
    expect(lagging.status).toBe('at_risk');
    expect(leading.status).toBe('on_track');
    expect(leading.expected).toBe(150);
  });
});

describe('cascade suggestion', () => {
  it('splits in proportion to members, in whole units that add up exactly', () => {
    expect(suggestSplit(300, [100, 200, 300])).toEqual([50, 100, 150]);
    const uneven = suggestSplit(5, [1, 1, 1]);
    expect(uneven.reduce((a, b) => a + b)).toBe(5);
    expect(uneven).toEqual([2, 2, 1]);
    expect(suggestSplit(10, [0, 0])).toEqual([5, 5]);
    expect(suggestSplit(7, [])).toEqual([]);
  });
});
