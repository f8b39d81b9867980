'use client';
import Link from 'next/link';
import { recogniseInitiativeAction } from '@/lib/initiatives/actions';
import { RECOGNITION_LEVELS } from '@/lib/initiatives/schema';
import { InputField, SelectField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';

interface Props {
  initiative: { id: number; version: number; status: string; recognitionLevel: string | null; valueVnd: string };
  backHref: string;
}

export function RecogniseForm({ initiative, backHref }: Props) {
  const { t, state, formAction, pending, tr, errorsOf, values } = useFormAction(recogniseInitiativeAction);
  const r = (key: string) => t(`initiatives.recogniseForm.${key}`);
  return (
    <form action={formAction} key={JSON.stringify(values)} noValidate className="flex max-w-xl flex-col gap-4">
      <input type="hidden" name="initiativeId" value={initiative.id} />
      <input type="hidden" name="version" value={initiative.version} />
      <FormStatus
        error={state.status === 'error' ? tr(state.message) : null}
        success={
          state.status === 'ok' ? (
            <>
              {r('saved')}{' '}
              <Link href={backHref} className="font-semibold underline">
                {t('initiatives.form.back')}
              </Link>
            </>
          ) : null
        }
      />
      <SelectField
        name="status"
        label={r('decision')}
        required
        options={(['recognised', 'not_recognised'] as const).map((s) => ({ value: s, label: t(`initiatives.statuses.${s}`) }))}
        defaultValue={values.status ?? (initiative.status === 'not_recognised' ? 'not_recognised' : 'recognised')}
        errors={errorsOf('status')}
      />
      <SelectField
        name="recognitionLevel"
        label={r('level')}
        required
        placeholder={r('chooseLevel')}
        options={RECOGNITION_LEVELS.map((level) => ({ value: level, label: t(`initiatives.levels.${level}`) }))}
        defaultValue={values.recognitionLevel ?? initiative.recognitionLevel ?? ''}
        errors={errorsOf('recognitionLevel')}
      />
      <InputField name="valueVnd" label={r('valueVnd')} inputMode="numeric" defaultValue={values.valueVnd ?? initiative.valueVnd} errors={errorsOf('valueVnd')} />
      <div>
        <Button type="submit" disabled={pending || state.status === 'ok'} aria-busy={pending}>
          {r('submit')}
        </Button>
      </div>
    </form>
  );
}
