// A plain GET form, so the chosen year is in the URL (shareable, printable, works without JavaScript).
export function YearPicker({ action, year, years, label, submit, hidden = {} }: {
  action: string; year: number; years: number[]; label: string; submit: string; hidden?: Record<string, string>;
}) {
  return (
    <form method="get" action={action} className="no-print flex items-end gap-2">
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <div className="flex flex-col gap-1">
        <label htmlFor="year-picker" className="text-sm font-semibold text-slate-800">{label}</label>
        <select id="year-picker" name="year" defaultValue={year} className="rounded-md border border-slate-300 bg-white px-3 py-2">
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-100">{submit}</button>
    </form>
  );
}

/** The years offered: a few back (past reports) and the next one (targets set ahead). */
export function selectableYears(today: Date, chosen: number): number[] {
  const current = today.getUTCFullYear();
  const years = new Set([current + 1, current, current - 1, current - 2, current - 3, chosen]);
  return [...years].sort((a, b) => b - a);
}
