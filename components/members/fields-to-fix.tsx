'use client';
// Below a refusal's message: the fields to correct, by their label, each a link to the field. Errors
// sit beside their fields, but on a phone the first one may be far below; this names them all.
import { useTranslations } from 'next-intl';

export function FieldsToFix({ fields, labelOf }: { fields: string[]; labelOf: (field: string) => string }) {
  const t = useTranslations('member');
  if (fields.length === 0) return null;
  return (
    <p className="mt-2 text-sm text-red-900" data-testid="fields-to-fix">
      {t('fieldsToFix')}{' '}
      {fields.map((field, i) => (
        <span key={field}>
          {i > 0 ? ', ' : null}
          <a href={`#field-${field}`} className="underline">
            {labelOf(field)}
          </a>
        </span>
      ))}
    </p>
  );
}
