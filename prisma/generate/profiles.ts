// The three data sets of the performance benchmark (issue 7). Sizes follow the issue: one ward,
// one province, the whole confederation. Everything else (shares of leavers, transfers, officials…)
// is the same for every profile, so figures scale and stay comparable between them.

export type ProfileName = 'ward' | 'province' | 'national';

export interface GenerateProfile {
  name: ProfileName;
  /** Provincial federations under the confederation. */
  federations: number;
  /** Industry unions (kind federation) whose grassroots unions sit directly under them. */
  industryUnions: number;
  wardUnions: number;
  /** Grassroots unions, wards' and industry unions' together. */
  grassroots: number;
  /** Active members, exactly. */
  members: number;
  /** Share of the grassroots unions that sit under an industry union rather than a ward union. */
  industryShare: number;
}

export const GENERATE_PROFILES: Record<ProfileName, GenerateProfile> = {
  ward: { name: 'ward', federations: 1, industryUnions: 0, wardUnions: 1, grassroots: 60, members: 4_000, industryShare: 0 },
  province: { name: 'province', federations: 1, industryUnions: 0, wardUnions: 100, grassroots: 5_500, members: 500_000, industryShare: 0 },
  national: { name: 'national', federations: 34, industryUnions: 20, wardUnions: 3_000, grassroots: 130_000, members: 12_000_000, industryShare: 0.08 },
};

// Shares drawn per person or per union (every profile).
export const SHARES = {
  /** People who left, on top of the active members (about 8 % of the active count). */
  leavers: 0.08,
  /** Active members whose current period began with a transfer from another union. */
  transfers: 0.03,
  /** Active members who left once and rejoined the same union. */
  rejoins: 0.01,
  /** Grassroots unions moved from one ward union to another once (path history, parent links). */
  unitTransfers: 0.015,
  officials: 0.05,
  appActivated: 0.55,
  nfdNames: 0.03,
  straySpaces: 0.02,
} as const;

/** The data's "today": admissions run to the end of October 2026, over 25 years. */
export const LAST_DAY = '2026-10-31';
export const FIRST_ADMISSION = '2001-11-01';

export function parseProfile(argv: string[]): GenerateProfile {
  const i = argv.indexOf('--profile');
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--profile='))?.slice('--profile='.length);
  if (!value || !(value in GENERATE_PROFILES)) {
    throw new Error(`Choose a profile: --profile ${Object.keys(GENERATE_PROFILES).join('|')}`);
  }
  return GENERATE_PROFILES[value as ProfileName];
}
