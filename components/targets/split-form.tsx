'use client';
// A parent's count target split among its children: suggested in proportion to members, editable,
// with the running total so the person sees at once when the shares do not add up.
import Link from 'next/link';
import { useState } from 'react';
import { splitTargetAction } from '@/lib/targets/actions';
import { parseTargetNumber } from '@/lib/targets/schema';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';
import { DataTable } from '@/components/ui/table';

interface Child {
  id: number;
  name: string;
  members: number;
  suggested: number;
  current: number | null;
}

export function SplitForm({ targetId, total, units, backHref }: { targetId: number; total: number; units: Child[]; backHref: string }) {
  const { t, state, formAction, pending, tr, errorsOf, values, formKey } = useFormAction(splitTargetAction);
  const s = (key: string, params?: Record<string, string | number>) => t(`targets.splitForm.${key}`, params);
  const initial = Object.fromEntries(units.map((c) => [c.id, values[`share_${c.id}`] ?? String(c.current ?? c.suggested)]));
  const [shares, setShares] = useState<Record<number, string>>(initial);
  const sum = Object.values(shares).reduce((acc, v) => acc + (parseTargetNumber(v) ?? 0), 0);
  return (
    <form action={formAction} key={formKey} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="targetId" value={targetId} />
      <FormStatus error={state.status === 'error' ? tr(state.message) : null} success={state.status === 'ok' ? <>{s('saved')} <Link href={backHref} className="font-semibold underline">{t('targets.form.back')}</Link></> : null} />
      <DataTable labelledBy="split-heading" columns={[s('unit'), s('members'), s('suggested'), s('share')].map((label) => ({ label }))}>
            {units.map((child) => {
              const errors = errorsOf(`share_${child.id}`);
              return (
                <tr key={child.id} className="border-t border-slate-200">
                  <th scope="row" className="px-3 py-2 text-left font-normal">{child.name}</th>
                  <td className="px-3 py-2">{child.members}</td>
                  <td className="px-3 py-2">{child.suggested}</td>
                  <td className="px-3 py-2">
                    <label className="sr-only" htmlFor={`share-${child.id}`}>{s('shareLabel', { unit: child.name })}</label>
                    <input
                      id={`share-${child.id}`}
                      name={`share_${child.id}`}
                      inputMode="numeric"
                      value={shares[child.id] ?? ''}
                      onChange={(event) => setShares({ ...shares, [child.id]: event.target.value })}
                      aria-invalid={errors.length ? true : undefined}
                      aria-describedby={errors.length ? `share-${child.id}-error` : undefined}
                      className="w-24 rounded-md border border-slate-300 px-2 py-1 aria-[invalid=true]:border-red-600"
                    />
                    {errors.length ? <p id={`share-${child.id}-error`} className="text-sm text-red-700">{errors.join(' ')}</p> : null}
                  </td>
                </tr>
              );
            })}
      </DataTable>
      <p aria-live="polite" className={sum === total ? 'text-sm text-green-800' : 'text-sm font-semibold text-amber-800'} data-testid="split-total">
        {s('total', { sum, total })}
      </p>
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>{s('submit')}</Button>
      </div>
    </form>
  );
}
