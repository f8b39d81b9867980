'use client';
// Choosing a unit among the ones a person manages, at any scale: a national admin's scope holds
// 130,000 units, so nothing lists them all. Without JavaScript (and before hydration) it is a plain
// GET search (a search box belonging to a separate form the page renders outside the action form,
// through the `form` attribute) and a select of the matches, with a link to the next matches. With
// JavaScript it becomes an ARIA 1.2 combobox: type to search (accents optional, name or code),
// arrows to move, Enter to choose, Escape to close, and a polite live region that says how many
// units matched. Either way the form posts the chosen id under `name`; the action checks it again.
import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { UnitPickerRow } from '@/lib/units/data';
import type { UnitKind } from '@/lib/generated/prisma/enums';
import { SelectField } from '@/components/ui/field';

export interface UnitPickerPage {
  rows: UnitPickerRow[];
  next: string | null;
}

interface UnitPickerProps {
  name: string;
  label: string;
  placeholder: string;
  kinds: readonly UnitKind[];
  exclude?: number;
  /** The first page the server found for the page's own search (`q`), shown before any typing. */
  initial: UnitPickerPage;
  q?: string;
  /** The id of the GET form the page renders outside the action form. */
  searchFormId: string;
  /** The id and label chosen before a refused submission, kept. */
  selected?: { id: string; label: string } | null;
  errors: string[];
  required?: boolean;
}

export const unitLabel = (unit: UnitPickerRow) => `${unit.name} (${unit.code})${unit.parentName ? ` — ${unit.parentName}` : ''}`;

const subscribeNothing = () => () => {};

export function UnitPicker(props: UnitPickerProps) {
  // False while rendering on the server and hydrating, true after: the plain form until JavaScript runs.
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  return hydrated ? <UnitCombobox {...props} /> : <PlainUnitPicker {...props} />;
}

function PlainUnitPicker({ name, label, placeholder, initial, q, searchFormId, selected, errors, required }: UnitPickerProps) {
  const t = useTranslations('units.picker');
  const options = initial.rows.map((unit) => ({ value: String(unit.id), label: unitLabel(unit) }));
  if (selected?.id && !options.some((option) => option.value === selected.id)) options.unshift({ value: selected.id, label: selected.label || selected.id });
  const nextHref = initial.next ? `?${new URLSearchParams({ ...(q ? { q } : {}), after: initial.next })}` : null;
  return (
    <div className="flex flex-col gap-2 rounded-md border border-slate-200 p-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${name}-search`} className="text-sm font-semibold text-slate-800">{t('search', { field: label })}</label>
        <div className="flex gap-2">
          <input id={`${name}-search`} type="search" name="q" form={searchFormId} defaultValue={q ?? ''} className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2 text-base" aria-describedby={`${name}-search-hint`} />
          <button type="submit" form={searchFormId} className="min-h-11 rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold">{t('searchButton')}</button>
        </div>
        <p id={`${name}-search-hint`} className="text-xs text-slate-600">{t('hint')}</p>
      </div>
      <SelectField name={name} label={label} required={required} placeholder={placeholder} defaultValue={selected?.id ?? ''} errors={errors} options={options}
        hint={initial.rows.length === 0 ? t('none') : t('found', { count: initial.rows.length, more: initial.next ? 'yes' : 'no' })} />
      <input type="hidden" name={`${name}Label`} value={selected?.label ?? ''} />
      {nextHref ? <a href={nextHref} className="text-sm font-semibold underline">{t('next')}</a> : null}
    </div>
  );
}

function UnitCombobox({ name, label, kinds, exclude, initial, q, selected: kept, errors, required }: UnitPickerProps) {
  const t = useTranslations('units.picker');
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState(kept?.label ?? q ?? '');
  const [page, setPage] = useState<UnitPickerPage>(initial);
  const [selected, setSelected] = useState(kept?.id ? kept : null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [loading, setLoading] = useState(false);
  const [announce, setAnnounce] = useState('');
  const request = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    request.current?.abort();
    if (timer.current) clearTimeout(timer.current);
  }, []);

  async function load(text: string, after?: string) {
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    const params = new URLSearchParams({ kinds: kinds.join(','), ...(text.trim() ? { q: text.trim() } : {}), ...(after ? { after } : {}), ...(exclude ? { exclude: String(exclude) } : {}) });
    setLoading(true);
    try {
      const response = await fetch(`/units/picker?${params}`, { signal: controller.signal, headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      const found = (await response.json()) as UnitPickerPage;
      const rows = after ? [...page.rows, ...found.rows] : found.rows;
      setPage({ rows, next: found.next });
      setOpen(true);
      setActive(after ? page.rows.length : -1);
      setAnnounce(rows.length === 0 ? t('none') : t('found', { count: rows.length, more: found.next ? 'yes' : 'no' }));
    } catch (error) {
      if (!controller.signal.aborted) setAnnounce(t('failed'));
      void error;
    } finally {
      if (request.current === controller) setLoading(false);
    }
  }

  function type(text: string) {
    setQuery(text);
    setSelected(null);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void load(text), 200);
  }

  function choose(unit: UnitPickerRow) {
    const chosen = { id: String(unit.id), label: unitLabel(unit) };
    setSelected(chosen);
    setQuery(chosen.label);
    setOpen(false);
    setActive(-1);
    setAnnounce(t('chosen', { name: chosen.label }));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = page.rows.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        if (count === 0) void load(query);
        return;
      }
      if (count === 0) return;
      setActive((current) => (event.key === 'ArrowDown' ? (current + 1) % count : (current <= 0 ? count - 1 : current - 1)));
    } else if (event.key === 'Enter') {
      // Enter in the box chooses; it never submits the whole form half-filled.
      event.preventDefault();
      if (open && active >= 0 && page.rows[active]) choose(page.rows[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const hintId = `${id}-hint`;
  const errorId = errors.length ? `${id}-error` : undefined;
  return (
    <div className="relative flex flex-col gap-1">
      <label htmlFor={`${id}-input`} className="text-sm font-semibold text-slate-800">
        {label}
        {required ? <span aria-hidden="true" className="text-red-700"> *</span> : null}
      </label>
      <input
        id={`${id}-input`} type="text" role="combobox" autoComplete="off" value={query}
        aria-autocomplete="list" aria-expanded={open} aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-invalid={errors.length ? true : undefined} aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
        aria-busy={loading || undefined}
        onChange={(event) => type(event.target.value)} onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={(event) => { if (!event.currentTarget.parentElement?.contains(event.relatedTarget)) setOpen(false); }}
        placeholder={t('placeholder')}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50"
      />
      <input type="hidden" name={name} value={selected?.id ?? ''} />
      <input type="hidden" name={`${name}Label`} value={selected?.label ?? ''} />
      <ul id={listId} role="listbox" aria-label={label} hidden={!open}
        className="absolute top-full z-10 mt-1 max-h-72 w-full overflow-y-auto rounded-md border border-slate-300 bg-white shadow-lg">
        {page.rows.map((unit, index) => (
          <li key={unit.id} id={`${id}-option-${index}`} role="option" aria-selected={selected?.id === String(unit.id)}
            onMouseDown={(event) => event.preventDefault()} onClick={() => choose(unit)}
            className={`flex min-h-11 cursor-pointer flex-col justify-center px-3 py-1 text-sm ${index === active ? 'bg-blue-100' : ''}`}>
            <span>{unit.name} <span className="text-xs text-slate-600">{unit.code}</span></span>
            {unit.parentName ? <span className="text-xs text-slate-600">{unit.parentName}</span> : null}
          </li>
        ))}
        {page.rows.length === 0 ? <li role="option" aria-disabled="true" aria-selected={false} className="px-3 py-2 text-sm text-slate-600">{loading ? t('loading') : t('none')}</li> : null}
      </ul>
      {open && page.next ? (
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => void load(query, page.next ?? undefined)}
          className="self-start text-sm font-semibold underline">{t('more')}</button>
      ) : null}
      <p id={hintId} className="text-xs text-slate-600">{selected ? t('chosen', { name: selected.label }) : t('hint')}</p>
      {errorId ? <p id={errorId} className="text-sm text-red-700">{errors.join(' ')}</p> : null}
      <p role="status" aria-live="polite" className="sr-only">{announce}</p>
    </div>
  );
}
