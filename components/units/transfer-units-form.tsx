'use client';
// Transferring grassroots unions (or a union's groups): tick the units moved by one decision, find
// the receiving unit among those the person manages with the picker, give the decision's number and
// effective date. Works without JavaScript; a refused form keeps the ticks, the chosen unit and what
// was typed.
import Link from 'next/link';
import { transferUnitsAction } from '@/lib/units/reorganise-actions';
import type { UnitChoice } from '@/lib/units/data';
import type { UnitKind } from '@/lib/generated/prisma/enums';
import { PICKER_SEARCH_FORM } from '@/lib/units/schema';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';
import { DecisionFields, PendingButton } from './reorganise-fields';
import { UnitPicker, type UnitPickerPage } from './unit-picker';

interface TransferUnitsFormProps {
  moved: 'grassroots' | 'group';
  units: UnitChoice[];
  targetKinds: readonly UnitKind[];
  sourceId: number;
  targets: UnitPickerPage;
  q?: string;
}

export function TransferUnitsForm({ moved, units, targetKinds, sourceId, targets, q }: TransferUnitsFormProps) {
  const { t, state, formAction, tr, errorsOf, values, formKey } = useFormAction(transferUnitsAction);
  const ticked = new Set((values.unitIds ?? '').split(',').filter(Boolean));
  const unitErrors = errorsOf('unitIds');
  const groups = moved === 'group';
  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-2xl flex-col gap-4">
      <FormStatus
        error={state.status === 'error' ? tr(state.message) : null}
        success={state.status === 'ok' ? (
          <>
            {t(groups ? 'units.transfer.groupsDone' : 'units.transfer.done', { count: state.data.moved, name: state.data.targetName })}{' '}
            <Link href={`/units/${state.data.targetId}`} className="font-semibold underline">{t('units.transfer.open')}</Link>
          </>
        ) : null}
      />
      <fieldset className="flex flex-col gap-1" aria-describedby={unitErrors.length ? 'unitIds-error' : undefined}>
        <legend className="mb-1 text-sm font-semibold text-slate-800">{t(groups ? 'units.field.groupIds' : 'units.field.unitIds')} <span aria-hidden="true" className="text-red-700">*</span></legend>
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
      <UnitPicker name="targetParentId" label={t('units.field.targetParentId')} placeholder={t('units.transfer.choose')} required
        kinds={targetKinds} exclude={sourceId} initial={targets} q={q} searchFormId={PICKER_SEARCH_FORM}
        selected={values.targetParentId ? { id: values.targetParentId, label: values.targetParentIdLabel ?? '' } : null} errors={errorsOf('targetParentId')} />
      <DecisionFields values={values} errorsOf={errorsOf} />
      <div>
        <PendingButton label={t('units.transfer.submit')} busy={t('units.transfer.submitting')} />
      </div>
    </form>
  );
}
