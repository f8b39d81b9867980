// Writes the generated tree: units with their profiles (sector, employer, CBA dates from the demo
// seed's profile builder), counter rows (exact: the planned sizes are what people.ts generates),
// parent links, the dated path history and the founded/transferred timeline events. A union moved
// once has a closed path-history row under its former parent and an open one under today's.
import { LAST_DAY } from './profiles';
import { fromDay } from '../seed/dates';
import { buildUnitProfiles, type UnitProfileRow } from '../seed/unit-profiles';
import type { BulkWriter, Column } from './bulk';
import type { GenTree, GenUnit } from './tree';

const CHUNK = 50_000;

async function writeChunks<T>(writer: BulkWriter, table: string, rows: T[], columns: (chunk: T[]) => Column[]) {
  for (let from = 0; from < rows.length; from += CHUNK) await writer.write(table, columns(rows.slice(from, from + CHUNK)));
}

const decisionNumber = (u: GenUnit) => `${(u.id % 900) + 10}/QĐ-LĐLĐ`;

export async function loadTree(tree: GenTree, writer: BulkWriter): Promise<void> {
  const { units, grassroots } = tree;
  const profiles = buildUnitProfiles(
    grassroots.map((g, index) => ({
      unitId: g.id, foundedOn: fromDay(g.foundedOn), employer: g.employer!, type: g.type!,
      members: g.size, women: g.women, locality: g.locality, index,
    })),
    LAST_DAY,
  );
  const profileOf = new Map(profiles.map((p) => [p.unitId, p]));
  const p = <K extends keyof UnitProfileRow>(rows: GenUnit[], key: K) => rows.map((u) => profileOf.get(u.id)?.[key] ?? null);
  await writeChunks(writer, 'units', units, (rows) => [
    ['id', 'int', rows.map((u) => u.id)], ['kind', 'unit_kind', rows.map((u) => u.kind)], ['parent_id', 'int', rows.map((u) => u.parentId)],
    ['path', 'text', rows.map((u) => u.path)], ['depth', 'int', rows.map((u) => u.depth)], ['code', 'text', rows.map((u) => u.code)],
    ['name', 'text', rows.map((u) => u.name)], ['name_search', 'text', rows.map((u) => u.nameSearch)],
    ['founded_on', 'day', rows.map((u) => u.foundedOn)], ['sector', 'unit_sector', p(rows, 'sector')],
    ['employer_name', 'text', p(rows, 'employerName')], ['employer_tax_code', 'text', p(rows, 'employerTaxCode')],
    ['employer_address', 'text', p(rows, 'employerAddress')], ['workforce_total', 'int', p(rows, 'workforceTotal')],
    ['workforce_women', 'int', p(rows, 'workforceWomen')], ['founding_decision_number', 'text', p(rows, 'foundingDecisionNumber')],
    ['founding_decision_on', 'date', p(rows, 'foundingDecisionOn')], ['cba_signed_on', 'date', p(rows, 'cbaSignedOn')],
    ['cba_expires_on', 'date', p(rows, 'cbaExpiresOn')], ['cba_note', 'text', p(rows, 'cbaNote')],
  ]);
  // Units must exist before rows that reference them when foreign keys are checked.
  await writer.flush();
  await writeChunks(writer, 'unit_counters', units, (rows) => [
    ['unit_id', 'int', rows.map((u) => u.id)], ['active_members', 'int', rows.map((u) => u.size)], ['active_women', 'int', rows.map((u) => u.women)],
  ]);

  // Parent links and path history: one open period per unit; a moved union also has its earlier one.
  const links = units.filter((u) => u.parentId !== null).flatMap((u) =>
    u.formerParent
      ? [
          { unitId: u.id, from: null as number | null, to: u.formerParent.id, on: u.foundedOn, decision: null as string | null },
          { unitId: u.id, from: u.formerParent.id, to: u.parentId!, on: u.movedOn!, decision: decisionNumber(u) },
        ]
      : [{ unitId: u.id, from: null, to: u.parentId!, on: u.foundedOn, decision: null }],
  );
  await writeChunks(writer, 'unit_parent_links', links, (rows) => [
    ['unit_id', 'int', rows.map((l) => l.unitId)], ['from_parent_id', 'int', rows.map((l) => l.from)], ['to_parent_id', 'int', rows.map((l) => l.to)],
    ['effective_on', 'day', rows.map((l) => l.on)], ['decision_number', 'text', rows.map((l) => l.decision)],
  ]);
  const history = units.flatMap((u) =>
    u.formerParent
      ? [{ unitId: u.id, path: `${u.formerParent.path}${u.id}/`, from: u.foundedOn, to: u.movedOn! as number | null }, { unitId: u.id, path: u.path, from: u.movedOn!, to: null }]
      : [{ unitId: u.id, path: u.path, from: u.foundedOn, to: null }],
  );
  await writeChunks(writer, 'unit_path_history', history, (rows) => [
    ['unit_id', 'int', rows.map((h) => h.unitId)], ['path', 'text', rows.map((h) => h.path)], ['valid_from', 'day', rows.map((h) => h.from)], ['valid_to', 'day', rows.map((h) => h.to)],
  ]);
  const events = grassroots.flatMap((g) => {
    const founded = { unitId: g.id, kind: 'founded', on: g.foundedOn, decision: profileOf.get(g.id)!.foundingDecisionNumber, from: null as number | null, to: g.formerParent?.id ?? g.parentId! };
    return g.formerParent ? [founded, { unitId: g.id, kind: 'transferred', on: g.movedOn!, decision: decisionNumber(g), from: g.formerParent.id, to: g.parentId! }] : [founded];
  });
  await writeChunks(writer, 'unit_events', events, (rows) => [
    ['unit_id', 'int', rows.map((e) => e.unitId)], ['kind', 'unit_event_kind', rows.map((e) => e.kind)], ['occurred_on', 'day', rows.map((e) => e.on)],
    ['decision_number', 'text', rows.map((e) => e.decision)], ['from_parent_id', 'int', rows.map((e) => e.from)], ['to_parent_id', 'int', rows.map((e) => e.to)],
  ]);
}
