// A data table that scrolls sideways inside its own box on a narrow screen (the page never does),
// named by a heading elsewhere on the page.
import type { ReactNode } from 'react';

export interface Column {
  label: string;
  /** Tailwind classes, e.g. to hide a column on phones or right-align numbers. */
  className?: string;
}

export function DataTable({ labelledBy, columns, children }: { labelledBy: string; columns: Column[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" aria-labelledby={labelledBy}>
        <thead className="bg-slate-100 text-left">
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={`px-3 py-2 ${column.className ?? ''}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
