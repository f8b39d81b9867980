'use client';
import { saveAwardTypeAction } from '@/lib/awards/type-actions';
import { AWARD_RECIPIENTS, ISSUING_LEVELS } from '@/lib/awards/schema';
import { InputField, SelectField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';

export interface AwardTypeValues {
  id: number;
  version: number;
  code: string;
  name: string;
  recipient: string;
  issuingLevel: string;
  note: string | null;
  isActive: boolean;
}

/** Adds an award type (no `type`) or edits one; an edit carries the version it was opened at. */
export function AwardTypeForm({ type }: { type?: AwardTypeValues }) {
  const { t, state, formAction, pending, tr, errorsOf, values, formKey } = useFormAction(saveAwardTypeAction);
  const prefix = type ? `type-${type.id}` : 'type-new';
  const value = (field: 'code' | 'name' | 'recipient' | 'issuingLevel' | 'note') => values[field] ?? (type?.[field] ?? '');
  const f = (key: string) => t(`awardTypes.${key}`);
  return (
    <form action={formAction} key={formKey} noValidate className="grid gap-3 sm:grid-cols-2">
      {type ? <input type="hidden" name="awardTypeId" value={type.id} /> : null}
      {type ? <input type="hidden" name="version" value={type.version} /> : null}
      <div className="sm:col-span-2">
        <FormStatus error={state.status === 'error' ? tr(state.message) : null} success={state.status === 'ok' ? t('awardTypes.saved', { name: state.data.name }) : null} testId={`${prefix}-status`} />
      </div>
      <InputField id={`${prefix}-code`} name="code" label={f('code')} hint={f('codeHint')} required defaultValue={value('code')} errors={errorsOf('code')} />
      <InputField id={`${prefix}-name`} name="name" label={f('name')} required defaultValue={value('name')} errors={errorsOf('name')} />
      <SelectField id={`${prefix}-recipient`} name="recipient" label={f('recipient')} required options={AWARD_RECIPIENTS.map((r) => ({ value: r, label: t(`awardTypes.recipients.${r}`) }))} defaultValue={value('recipient') || 'both'} errors={errorsOf('recipient')} />
      <SelectField id={`${prefix}-level`} name="issuingLevel" label={f('issuingLevel')} required options={ISSUING_LEVELS.map((l) => ({ value: l, label: t(`initiatives.levels.${l}`) }))} defaultValue={value('issuingLevel') || 'ward'} errors={errorsOf('issuingLevel')} />
      <div className="sm:col-span-2">
        <InputField id={`${prefix}-note`} name="note" label={f('note')} optionalLabel={t('member.optional')} defaultValue={value('note')} errors={errorsOf('note')} />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="isActive" defaultChecked={values.isActive !== undefined ? values.isActive === 'on' : (type?.isActive ?? true)} className="h-5 w-5" />
        {f('isActive')}
      </label>
      <div className="sm:justify-self-end">
        <Button type="submit" variant={type ? 'secondary' : 'primary'} disabled={pending}>
          {type ? f('save') : f('add')}
        </Button>
      </div>
    </form>
  );
}
