'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { recogniseInitiativeAction } from '@/lib/initiatives/actions';
import { RECOGNITION_LEVELS } from '@/lib/initiatives/schema';
import { idle, type ErrorMessage } from '@/lib/forms/action-state';
import { InputField, SelectField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';

type Result = Awaited<ReturnType<typeof recogniseInitiativeAction>>;

interface Props {
  initiative: { id: number; version: number; status: string; recognitionLevel: string | null; valueVnd: string };
  backHref: string;
}

export function RecogniseForm({ initiative, backHref }: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<Result, FormData>(recogniseInitiativeAction, idle as Result);
  const tr = (message: ErrorMessage) => t(message.key, message.params);
  const errorsOf = (field: string) => (state.status === 'error' ? (state.fieldErrors?.[field] ?? []).map(tr) : []);
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  const r = (key: string) => t(`initiatives.recogniseForm.${key}`);
  return (
    <form action={formAction} key={JSON.stringify(values)} noValidate className="flex max-w-xl flex-col gap-4">
      <input type="hidden" name="initiativeId" value={initiative.id} />
      <input type="hidden" name="version" value={initiative.version} />
      <div aria-live="polite">
        {state.status === 'error' ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
            {tr(state.message)}
          </p>
        ) : null}
        {state.status === 'ok' ? (
          <p className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">
            {r('saved')}{' '}
            <Link href={backHref} className="font-semibold underline">
              {t('initiatives.form.back')}
            </Link>
          </p>
        ) : null}
      </div>
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
