import type { ReactNode } from 'react';

const tones = {
  error: 'border-red-300 bg-red-50 text-red-900',
  success: 'border-green-300 bg-green-50 text-green-900',
  info: 'border-sky-300 bg-sky-50 text-sky-900',
} as const;

/** A message box; `live` regions are announced by screen readers when their text changes. */
export function Alert({ tone, children, live = false }: { tone: keyof typeof tones; children: ReactNode; live?: boolean }) {
  return (
    <div role={live ? (tone === 'error' ? 'alert' : 'status') : undefined} className={`rounded-md border px-4 py-3 text-sm ${tones[tone]}`}>
      {children}
    </div>
  );
}
