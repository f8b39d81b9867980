'use client';
// The outcome line above a form, in a live region so screen readers announce it.
import type { ReactNode } from 'react';

export function FormStatus({ error, success, testId = 'form-status' }: { error?: string | null; success?: ReactNode; testId?: string }) {
  return (
    <div aria-live="polite" data-testid={testId}>
      {error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
          {error}
        </p>
      ) : null}
      {success ? <p className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">{success}</p> : null}
    </div>
  );
}
