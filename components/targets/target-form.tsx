'use client';
// Set or edit one target. The metric decides the shape (count, share of units, share of people);
// only a self-assessed ("manual") target takes a shape and the resolution's wording.
import Link from 'next/link';
import { useState } from 'react';
import { saveTargetAction } from '@/lib/targets/actions';
import { TARGET_METRICS, METRICS, type TargetMetric } from '@/lib/targets/metrics';
import { InputField, SelectField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';

interface Props {
  unitId: number;
  year: number;
  /** Metrics the unit already has (a new target cannot repeat them, except manual ones). */
  taken: TargetMetric[];
  existing?: { id: number; version: number; metric: TargetMetric; shape: string; valueMin: string; valueMax: string; label: string; denominatorNote: string };
  backHref: string;
}

export function TargetForm({ unitId, year, taken, existing, backHref }: Props) {
  const { t, state, formAction, pending, tr, errorsOf, values, formKey } = useFormAction(saveTargetAction);
  const f = (key: string) => t(`targets.form.${key}`);
  const [metric, setMetric] = useState<string>(values.metric ?? existing?.metric ?? '');
  const metricOptions = TARGET_METRICS.filter((m) => m === existing?.metric || m === 'manual' || !taken.includes(m));
  const shape = metric ? (metric === 'manual' ? null : METRICS[metric as TargetMetric]?.shape) : null;
  return (
    <form action={formAction} key={existing ? formKey : state.status === 'ok' ? formKey : JSON.stringify(values)} noValidate className="flex max-w-xl flex-col gap-4" data-testid="target-form">
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="year" value={year} />
      {existing ? (
        <>
          <input type="hidden" name="targetId" value={existing.id} />
          <input type="hidden" name="version" value={existing.version} />
          <input type="hidden" name="metric" value={existing.metric} />
        </>
      ) : null}
      <FormStatus
        error={state.status === 'error' ? tr(state.message) : null}
        success={state.status === 'ok' ? <>{f('saved')} <Link href={backHref} className="font-semibold underline">{f('back')}</Link></> : null}
      />
      {existing ? (
        <p className="text-sm"><span className="font-semibold">{f('metric')}: </span>{t(`targets.metrics.${existing.metric}`)}</p>
      ) : (
        <SelectField
          name="metric"
          label={f('metric')}
          required
          placeholder={f('chooseMetric')}
          options={metricOptions.map((m) => ({ value: m, label: t(`targets.metrics.${m}`) }))}
          defaultValue={metric}
          onChange={(event) => setMetric(event.target.value)}
          errors={errorsOf('metric')}
        />
      )}
      {metric && metric !== 'manual' ? (
        <p className="text-sm text-slate-700" data-testid="metric-denominator">
          {shape ? `${t(`targets.shapes.${shape}`)} · ` : ''}{t(`targets.denominators.${metric}`)}
        </p>
      ) : null}
      {metric === 'manual' ? (
        <>
          <InputField name="label" label={f('label')} hint={f('labelHint')} required defaultValue={values.label ?? existing?.label ?? ''} errors={errorsOf('label')} />
          <SelectField
            name="shape"
            label={f('shape')}
            options={(['share_people', 'count'] as const).map((s) => ({ value: s, label: t(`targets.shapes.${s}`) }))}
            defaultValue={values.shape ?? existing?.shape ?? 'share_people'}
            errors={errorsOf('shape')}
          />
        </>
      ) : null}
      <InputField name="valueMin" label={f('valueMin')} hint={f('valueMinHint')} required inputMode="decimal" defaultValue={values.valueMin ?? existing?.valueMin ?? ''} errors={errorsOf('valueMin')} />
      <InputField name="valueMax" label={f('valueMax')} hint={f('valueMaxHint')} optionalLabel={f('optional')} inputMode="decimal" defaultValue={values.valueMax ?? existing?.valueMax ?? ''} errors={errorsOf('valueMax')} />
      <InputField name="denominatorNote" label={f('denominatorNote')} optionalLabel={f('optional')} defaultValue={values.denominatorNote ?? existing?.denominatorNote ?? ''} errors={errorsOf('denominatorNote')} />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>{f('submit')}</Button>
      </div>
    </form>
  );
}
