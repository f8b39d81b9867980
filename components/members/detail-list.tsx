// A definition list of label/value pairs that stacks on a phone and makes two columns on a wider
// screen. Missing values show a dash, so a reader can tell "not recorded" from a layout glitch.
import type { ReactNode } from 'react';

export function DetailList({ items }: { items: { label: string; value: ReactNode; testId?: string }[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
      {items.map((item) => (
        <div key={item.label} className="min-w-0" data-testid={item.testId}>
          <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600">{item.label}</dt>
          <dd className="break-words text-base text-slate-900">{item.value === null || item.value === undefined || item.value === '' ? '—' : item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
