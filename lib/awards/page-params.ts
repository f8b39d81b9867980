// The awards pages' filters as they arrive in the URL, checked: anything unknown is dropped.
type Raw = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);
const positiveInt = (value: string | undefined) => (value && /^\d{1,9}$/.test(value) ? Number(value) : undefined);

export function readAwardParams(raw: Raw) {
  const year = positiveInt(one(raw.year));
  const recipient = one(raw.recipient);
  return {
    unitId: positiveInt(one(raw.unit)),
    year: year && year >= 1945 && year <= 2200 ? year : undefined,
    awardTypeId: positiveInt(one(raw.type)),
    recipientKind: recipient === 'member' || recipient === 'unit' ? recipient : undefined,
  } as const;
}
