// Choose which unit's targets to see: the scope's top units, the current unit and the units under it.
export function UnitPicker({ choices, unitId, year, label, submit }: { choices: { id: number; name: string }[]; unitId: number; year: number; label: string; submit: string }) {
  return (
    <form method="get" action="/targets" className="flex items-end gap-2">
      <input type="hidden" name="year" value={year} />
      <div className="flex flex-col gap-1">
        <label htmlFor="unit-picker" className="text-sm font-semibold text-slate-800">{label}</label>
        <select id="unit-picker" name="unit" defaultValue={unitId} className="max-w-[18rem] rounded-md border border-slate-300 bg-white px-3 py-2">
          {choices.map((choice) => <option key={choice.id} value={choice.id}>{choice.name}</option>)}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-100">{submit}</button>
    </form>
  );
}
