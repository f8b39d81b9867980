'use client';
// The monthly trend: cumulative admissions and net growth against the target's straight pace.
// recharts draws only after hydration, so the wrapper has a fixed height (STACK.md); a table with the
// same numbers follows for screen readers and print.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface TrendPoint {
  month: number;
  admitted: number | null;
  net: number | null;
  target: number | null;
}

export function TrendChart({ points, labels }: { points: TrendPoint[]; labels: { admitted: string; net: string; target: string; month: string } }) {
  const data = points.map((p) => ({ ...p, name: labels.month.replace('{month}', String(p.month)) }));
  return (
    <div className="h-72 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="month" tickFormatter={(m: number) => `T${m}`} />
          <YAxis allowDecimals={false} width={48} />
          <Tooltip trigger="hover" labelFormatter={(m) => labels.month.replace('{month}', String(m))} />
          <Legend />
          <Line type="monotone" dataKey="admitted" name={labels.admitted} stroke="#1e40af" strokeWidth={2} connectNulls={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="net" name={labels.net} stroke="#047857" strokeWidth={2} connectNulls={false} isAnimationActive={false} />
          <Line type="linear" dataKey="target" name={labels.target} stroke="#b91c1c" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
