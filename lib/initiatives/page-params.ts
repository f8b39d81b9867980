// The initiatives page's filters as they arrive in the URL, checked: anything unknown is dropped.
import { INITIATIVE_KINDS, INITIATIVE_STATUSES } from './schema';

type Raw = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);
const positiveInt = (value: string | undefined) => (value && /^\d{1,9}$/.test(value) ? Number(value) : undefined);

export function readInitiativeParams(raw: Raw) {
  const kind = one(raw.kind);
  const status = one(raw.status);
  const year = positiveInt(one(raw.year));
  return {
    unitId: positiveInt(one(raw.unit)),
    year: year && year >= 1945 && year <= 2200 ? year : undefined,
    kind: INITIATIVE_KINDS.find((k) => k === kind),
    status: INITIATIVE_STATUSES.find((s) => s === status),
    before: positiveInt(one(raw.before)),
  };
}
