// A labelled form field whose hint and errors are tied to the control for screen readers.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  /** Shown after the label of a field that is not required, e.g. "(optional)". */
  optionalLabel?: string;
}

/** The attributes every control of a field carries: its id, its state and what describes it. */
interface ControlProps {
  id: string;
  name: string;
  required?: boolean;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  className: string;
}

const controlClass =
  'w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50';

function Field({ name, label, hint, errors = [], required, optionalLabel, id = `field-${name}`, children }: FieldProps & { id?: string; children: (control: ControlProps) => ReactNode }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const control: ControlProps = {
    id,
    name,
    required,
    'aria-invalid': errors.length ? true : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
    className: controlClass,
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {label}
        {required ? <span aria-hidden="true" className="text-red-700"> *</span> : null}
        {!required && optionalLabel ? <span className="font-normal text-slate-500"> ({optionalLabel})</span> : null}
      </label>
      {children(control)}
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

export function InputField({ name, label, hint, errors, required, optionalLabel, id, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field {...{ name, label, hint, errors, required, optionalLabel, id }}>{(control) => <input {...input} {...control} />}</Field>
  );
}

export function SelectField({
  name, label, hint, errors, required, optionalLabel, id, options, placeholder, ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[]; placeholder?: string }) {
  return (
    <Field {...{ name, label, hint, errors, required, optionalLabel, id }}>
      {(control) => (
        <select {...select} {...control}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function TextAreaField({ name, label, hint, errors, required, optionalLabel, id, ...textarea }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field {...{ name, label, hint, errors, required, optionalLabel, id }}>{(control) => <textarea {...textarea} {...control} />}</Field>
  );
}
