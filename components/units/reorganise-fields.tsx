'use client';
// Pieces shared by the transfer, merge and dissolve forms: the decision (number and effective date),
// the confirmation box of an irreversible step, and a submit button that shows its progress.
import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import { InputField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';

export function PendingButton({ label, busy, variant = 'primary' }: { label: string; busy: string; variant?: 'primary' | 'secondary' }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-busy={pending}>
      {pending ? busy : label}
    </Button>
  );
}

export function DecisionFields({ values, errorsOf }: { values: Record<string, string>; errorsOf: (field: string) => string[] }) {
  const t = useTranslations();
  return (
    <>
      <InputField name="decisionNumber" label={t('units.field.decisionNumber')} required maxLength={60} placeholder="123/QĐ-LĐLĐ" defaultValue={values.decisionNumber ?? ''} errors={errorsOf('decisionNumber')} />
      <InputField name="effectiveOn" label={t('units.field.effectiveOn')} required inputMode="numeric" placeholder="dd/mm/yyyy" hint={t('units.establish.dateHint')} defaultValue={values.effectiveOn ?? ''} errors={errorsOf('effectiveOn')} />
    </>
  );
}

export function ConfirmBox({ label, errors }: { label: string; errors: string[] }) {
  return (
    <div className="flex flex-col gap-1">
      <label className="flex min-h-11 items-center gap-3 text-sm font-semibold">
        <input type="checkbox" name="confirm" value="on" className="size-5" aria-invalid={errors.length ? true : undefined} aria-describedby={errors.length ? 'confirm-error' : undefined} />
        {label}
      </label>
      {errors.length ? <p id="confirm-error" className="text-sm text-red-700">{errors.join(' ')}</p> : null}
    </div>
  );
}
