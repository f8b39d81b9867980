// A status in colour and in words (colour alone would fail colour-blind readers and print).
import type { Status } from '@/lib/targets/metrics';

const STYLES: Record<Status, string> = {
  achieved: 'border-green-700 bg-green-50 text-green-900',
  on_track: 'border-emerald-600 bg-emerald-50 text-emerald-900',
  behind: 'border-amber-600 bg-amber-50 text-amber-900',
  at_risk: 'border-red-700 bg-red-50 text-red-900',
  no_data: 'border-slate-400 bg-slate-50 text-slate-700',
};
const MARKS: Record<Status, string> = { achieved: '✔', on_track: '●', behind: '▲', at_risk: '■', no_data: '○' };

export function StatusBadge({ status, label }: { status: Status; label: string }) {
  return (
    <span data-status={status} className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`}>
      <span aria-hidden="true">{MARKS[status]}</span>
      {label}
    </span>
  );
}
