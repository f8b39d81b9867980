'use client';
// Transferring grassroots unions: tick the unions moved by one decision, choose the receiving unit
// among those the person manages, give the decision's number and effective date. Works without
// JavaScript; a refused form keeps the ticks and what was typed.
import Link from 'next/link';
import { transferUnitsAction } from '@/lib/units/reorganise-actions';
import type { UnitChoice } from '@/lib/units/data';
import { SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';
import { DecisionFields, PendingButton } from './reorganise-fields';

export function TransferUnitsForm({ units, targets }: { units: UnitChoice[]; targets: UnitChoice[] }) {
  const { t, state, formAction, tr, errorsOf, values, formKey } = useFormAction(transferUnitsAction);
  const ticked = new Set((values.unitIds ?? '').split(',').filter(Boolean));
  const unitErrors = errorsOf('unitIds');
  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-2xl flex-col gap-4">
      <FormStatus
        error={state.status === 'error' ? tr(state.message) : null}
        success={state.status === 'ok' ? (
          <>
            {t('units.transfer.done', { count: state.data.moved, name: state.data.targetName })}{' '}
            <Link href={`/units/${state.data.targetId}`} className="font-semibold underline">{t('units.transfer.open')}</Link>
          </>
        ) : null}
      />
      <fieldset className="flex flex-col gap-1" aria-describedby={unitErrors.length ? 'unitIds-error' : undefined}>
        <legend className="mb-1 text-sm font-semibold text-slate-800">{t('units.field.unitIds')} <span aria-hidden="true" className="text-red-700">*</span></legend>
        <ul className="max-h-80 overflow-y-auto rounded-md border border-slate-200 bg-white p-2">
          {units.map((unit) => (
            <li key={unit.id}>
              <label className="flex min-h-11 items-center gap-3 px-1 text-sm">
                <input type="checkbox" name="unitIds" value={unit.id} defaultChecked={ticked.has(String(unit.id))} className="size-5" />
                <span>{unit.name} <span className="text-xs text-slate-500">{unit.code}</span></span>
              </label>
            </li>
          ))}
        </ul>
        {unitErrors.length ? <p id="unitIds-error" className="text-sm text-red-700">{unitErrors.join(' ')}</p> : null}
      </fieldset>
      <SelectField name="targetParentId" label={t('units.field.targetParentId')} required placeholder={t('units.transfer.choose')} defaultValue={values.targetParentId ?? ''}
        errors={errorsOf('targetParentId')} options={targets.map((unit) => ({ value: String(unit.id), label: `${unit.name} (${unit.code})` }))} />
      <DecisionFields values={values} errorsOf={errorsOf} />
      <div>
        <PendingButton label={t('units.transfer.submit')} busy={t('units.transfer.submitting')} />
      </div>
    </form>
  );
}
