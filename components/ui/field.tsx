// A labelled form field whose hint and errors are tied to the input for screen readers.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  optionalLabel?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

function FieldShell({ id, label, hint, errors = [], required, optionalLabel, children }: FieldShellProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {label}
        {required ? <span aria-hidden="true" className="text-red-700"> *</span> : null}
        {!required && optionalLabel ? <span className="font-normal text-slate-500"> ({optionalLabel})</span> : null}
      </label>
      {children(describedBy, errors.length > 0)}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {errors.length ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

const controlClass =
  'w-full rounded-md border bg-white px-3 py-2 text-base shadow-sm aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50 border-slate-300';

type InputFieldProps = Omit<FieldShellProps, 'children' | 'id'> & InputHTMLAttributes<HTMLInputElement> & { name: string };

export function InputField({ label, hint, errors, required, optionalLabel, name, ...input }: InputFieldProps) {
  const id = input.id ?? `field-${name}`;
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required} optionalLabel={optionalLabel}>
      {(describedBy, invalid) => (
        <input
          {...input}
          id={id}
          name={name}
          required={required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className={controlClass}
        />
      )}
    </FieldShell>
  );
}

type SelectFieldProps = Omit<FieldShellProps, 'children' | 'id'> &
  SelectHTMLAttributes<HTMLSelectElement> & { name: string; options: { value: string; label: string }[]; placeholder?: string };

export function SelectField({ label, hint, errors, required, optionalLabel, name, options, placeholder, ...select }: SelectFieldProps) {
  const id = select.id ?? `field-${name}`;
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required} optionalLabel={optionalLabel}>
      {(describedBy, invalid) => (
        <select
          {...select}
          id={id}
          name={name}
          required={required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className={controlClass}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
