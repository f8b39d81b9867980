'use client';
// The actual of a self-assessed target, with the evidence that backs it.
import Link from 'next/link';
import { reportManualAction } from '@/lib/targets/actions';
import { InputField, TextAreaField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';

export function ReportForm({ target, backHref }: { target: { id: number; version: number; manualActual: string; evidenceNote: string }; backHref: string }) {
  const { t, state, formAction, pending, tr, errorsOf, values, formKey } = useFormAction(reportManualAction);
  const r = (key: string) => t(`targets.reportForm.${key}`);
  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-xl flex-col gap-4">
      <input type="hidden" name="targetId" value={target.id} />
      <input type="hidden" name="version" value={target.version} />
      <FormStatus error={state.status === 'error' ? tr(state.message) : null} success={state.status === 'ok' ? <>{r('saved')} <Link href={backHref} className="font-semibold underline">{t('targets.form.back')}</Link></> : null} />
      <InputField name="manualActual" label={r('manualActual')} hint={r('manualActualHint')} required inputMode="decimal" defaultValue={values.manualActual ?? target.manualActual} errors={errorsOf('manualActual')} />
      <TextAreaField name="evidenceNote" label={r('evidenceNote')} hint={r('evidenceHint')} required rows={4} defaultValue={values.evidenceNote ?? target.evidenceNote} errors={errorsOf('evidenceNote')} />
      <div>
        <Button type="submit" disabled={pending || state.status === 'ok'} aria-busy={pending}>{r('submit')}</Button>
      </div>
    </form>
  );
}
