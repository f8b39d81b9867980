'use client';
import Link from 'next/link';
import { useState } from 'react';
import { issueDecisionAction } from '@/lib/awards/decision-actions';
import { InputField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';

interface Props {
  issuingUnitId: number;
  nominations: { id: number; label: string }[];
}

/** Groups approved nominations into one decision; issuing asks for an explicit acknowledgement. */
export function DecisionForm({ issuingUnitId, nominations }: Props) {
  const { t, state, formAction, pending, tr, errorsOf, values, formKey } = useFormAction(issueDecisionAction);
  const [acknowledged, setAcknowledged] = useState(false);
  const f = (key: string) => t(`awards.decisionForm.${key}`);
  const chosen = new Set((values.nominationIds ?? '').split(','));
  if (state.status === 'ok') {
    return (
      <FormStatus
        success={
          <>
            {t('awards.decisionForm.saved', { number: state.data.number, count: state.data.awards })}{' '}
            <Link href={`/awards?unit=${issuingUnitId}`} className="font-semibold underline">
              {t('awards.title')}
            </Link>
          </>
        }
      />
    );
  }
  // After issuing, the page refreshes with no approved nominations left; the outcome above stays.
  if (nominations.length === 0) return <p className="text-slate-700">{f('noneApproved')}</p>;
  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="issuingUnitId" value={issuingUnitId} />
      <FormStatus error={state.status === 'error' ? tr(state.message) : null} />
      <fieldset className="rounded-lg border border-slate-200 bg-white p-4" aria-describedby={errorsOf('nominationIds').length ? 'nominations-error' : undefined}>
        <legend className="px-1 text-sm font-semibold">{f('nominations')}</legend>
        <ul className="flex flex-col gap-2">
          {nominations.map((n) => (
            <li key={n.id}>
              <label className="flex items-start gap-2">
                <input type="checkbox" name="nominationIds" value={n.id} defaultChecked={chosen.has(String(n.id))} className="mt-1 h-5 w-5" />
                <span>{n.label}</span>
              </label>
            </li>
          ))}
        </ul>
        {errorsOf('nominationIds').length ? (
          <p id="nominations-error" className="mt-2 text-sm text-red-700">
            {errorsOf('nominationIds').join(' ')}
          </p>
        ) : null}
      </fieldset>
      <InputField name="number" label={f('number')} required defaultValue={values.number} errors={errorsOf('number')} />
      <InputField name="signedOn" label={f('signedOn')} hint={t('member.dateHint')} required inputMode="numeric" placeholder="dd/mm/yyyy" defaultValue={values.signedOn} errors={errorsOf('signedOn')} />
      <InputField name="signer" label={f('signer')} required defaultValue={values.signer} errors={errorsOf('signer')} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} className="mt-0.5 h-5 w-5" />
        <span>{f('confirm')}</span>
      </label>
      <div>
        <Button type="submit" disabled={pending || !acknowledged}>
          {f('submit')}
        </Button>
      </div>
    </form>
  );
}
