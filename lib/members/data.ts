// Member reads, scoped: callers pass a unit they have already resolved through the actor's scope.
import 'server-only';
import { db, prepared } from '@/lib/db';
import { can, scopeRoots, type Action, type Actor } from '@/lib/auth/policy';
import { Prisma } from '@/lib/generated/prisma/client';
import { isoDate, todayInVietnam } from '@/lib/i18n/dates';
import { searchKey } from '@/lib/text/search-key';
import { countActiveMembersUnder } from '@/lib/units/data';
import type { MemberSearch } from './schema';
import type { ImportFacts, ImportRow } from './import-rows';

export const MEMBER_PAGE_SIZE = 50;

export interface MemberCursor {
  nameSearch: string;
  id: number;
}

export function encodeCursor(cursor: MemberCursor): string {
  return Buffer.from(JSON.stringify([cursor.nameSearch, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string | undefined): MemberCursor | null {
  if (!text) return null;
  try {
    const [nameSearch, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    return typeof nameSearch === 'string' && Number.isInteger(id) ? { nameSearch, id } : null;
  } catch {
    return null;
  }
}

/**
 * One page of a union's active members in name order. Keyset pagination on (name_search, id):
 * every page costs the same index range scan, however deep (OFFSET would re-read skipped rows).
 */
export async function listUnitMembers(unitId: number, after: MemberCursor | null) {
  const rows = await db.member.findMany({
    where: {
      unitId,
      ...(after
        ? { OR: [{ nameSearch: { gt: after.nameSearch } }, { nameSearch: after.nameSearch, id: { gt: after.id } }] }
        : {}),
    },
    orderBy: [{ nameSearch: 'asc' }, { id: 'asc' }],
    take: MEMBER_PAGE_SIZE + 1,
    select: { id: true, fullName: true, nameSearch: true, gender: true, birthDate: true, jobTitle: true, cardNumber: true, phone: true },
  });
  const hasMore = rows.length > MEMBER_PAGE_SIZE;
  const page = rows.slice(0, MEMBER_PAGE_SIZE);
  const last = page.at(-1);
  return { members: page, next: hasMore && last ? encodeCursor({ nameSearch: last.nameSearch, id: last.id }) : null };
}

/** The 54 ethnic groups, in the official order (code), for the member forms. */
export async function listEthnicities() {
  return db.ethnicity.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true } });
}

export interface MemberScope {
  /** The unit that decides who may see the member: their open membership's, else their last one's. */
  unitId: number;
  path: string;
}

/**
 * A member and their whole membership history, if the actor may `action` on them; otherwise null,
 * exactly as for a member that does not exist. A member belongs to the unit of their open
 * membership (members.unit_path); a former member to the unit they last left, so their old union
 * can still find them (to rejoin, or to answer a question about the past).
 * Sensitive fields are not read here: see revealSensitive in mutations.ts, which audits each view.
 */
export async function getMember(actor: Actor | null, id: number, action: Action = 'member.view') {
  if (!actor || !Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const member = await db.member.findUnique({
    where: { id },
    select: {
      id: true, cccd: true, fullName: true, gender: true, birthDate: true, phone: true, jobTitle: true, cardNumber: true,
      unitId: true, unitPath: true, nationality: true, email: true, educationLevel: true, qualification: true,
      officialPosition: true, officialTrainedOn: true, appActivatedOn: true, version: true,
      unit: { select: { id: true, name: true } },
      memberships: {
        orderBy: [{ admittedOn: 'desc' }, { id: 'desc' }],
        select: { id: true, admittedOn: true, leftOn: true, leaveReason: true, leaveNote: true, unit: { select: { id: true, name: true, path: true } } },
      },
    },
  });
  if (!member) return null;
  const last = member.memberships[0];
  const scope: MemberScope | null = member.unitId && member.unitPath
    ? { unitId: member.unitId, path: member.unitPath }
    : last ? { unitId: last.unit.id, path: last.unit.path } : null;
  if (!scope || !can(actor, action, scope)) return null;
  return {
    ...member,
    scope,
    memberships: member.memberships.map((m) => ({ ...m, unit: { id: m.unit.id, name: m.unit.name, isInScope: can(actor, 'unit.view', m.unit) } })),
  };
}

export type MemberProfile = NonNullable<Awaited<ReturnType<typeof getMember>>>;

/** What a search text is: a CCCD, a phone number, or a name (which may also be a card number). */
export function classifyQuery(q: string): { kind: 'cccd' | 'phone'; value: string } | { kind: 'name'; words: string[]; key: string; card: string } {
  const compact = q.replace(/[\s.()-]/g, '');
  if (/^\d{12}$/.test(compact)) return { kind: 'cccd', value: compact };
  if (/^(0|\+?84)[1-9]\d{8}$/.test(compact)) return { kind: 'phone', value: compact.replace(/^\+?84/, '0') };
  const key = searchKey(q);
  return { kind: 'name', words: key.split(' ').filter(Boolean), key, card: q.replace(/\s/g, '').toUpperCase() };
}

/** The least text after every text that starts with `key` (its last character incremented). */
export const prefixEnd = (key: string) => key.slice(0, -1) + String.fromCodePoint(key.codePointAt(key.length - 1)! + 1);

/** Escapes LIKE's wildcards in user text. */
const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function ageBandDates(band: MemberSearch['age']): { from?: Date; to?: Date } {
  if (!band) return {};
  const today = todayInVietnam();
  const yearsAgo = (years: number) => new Date(Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate()));
  const [min, max] = band === '61+' ? [61, 200] : band.split('-').map(Number);
  // Aged min..max today: born after (today − (max+1) years) and on or before (today − min years).
  return { from: new Date(yearsAgo(max + 1).getTime() + 86_400_000), to: yearsAgo(min) };
}

/** A search's total is counted up to this many; beyond it the page says "more than 10,000". */
export const MEMBER_TOTAL_CAP = 10_000;

/**
 * How many entries of the name-ordered index an every-word search reads (index only: name and id)
 * before it turns to the full-text candidates instead. A common pair of words ("thi lan", 69,000
 * names in 12 million) fills a page within about 125,000 entries (130 ms on a busy 2-core box,
 * BENCHMARKS.md), where fetching its full-text candidates costs seconds; a rare one would make the
 * walk read the whole index, and its few GIN candidates are fetched at once.
 */
export const NAME_WALK_BUDGET = 200_000;

/**
 * The share of members whose name holds every word, as the planner estimates it from the GIN
 * index's statistics (an EXPLAIN, no rows read): the walk is worth starting only when a page of
 * matches is expected within NAME_WALK_BUDGET entries.
 */
async function estimatedShare(tsquery: string): Promise<number> {
  const [[explained], [table]] = await Promise.all([
    db.$queryRaw<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[]>`
      EXPLAIN (FORMAT JSON) SELECT 1 FROM members p WHERE to_tsvector('simple', p.name_search) @@ to_tsquery('simple', ${tsquery})`,
    db.$queryRaw<{ n: number }[]>`SELECT reltuples::float8 AS n FROM pg_class WHERE oid = 'members'::regclass`,
  ]);
  return table.n > 0 ? explained['QUERY PLAN'][0].Plan['Plan Rows'] / table.n : 1;
}

const tsqueryOf = (words: string[]) => (words.every((w) => /^[a-z]+$/.test(w)) ? words.map((w) => `${w}:*`).join(' & ') : null);

// Each word starts the name or follows a space in it. Two LIKEs rather than one on ' ' || name:
// the concatenation builds a new text for every row a walk reads, a third of the walk's time
// (22 ms to read 151,000 names in order, 54–57 ms with the concatenated LIKEs, 36–41 without).
const wordLikes = (words: string[], column: Prisma.Sql) =>
  Prisma.join(words.map((w) => Prisma.sql`(${column} LIKE ${`${likeEscape(w)}%`} OR ${column} LIKE ${`% ${likeEscape(w)}%`})`), ' AND ');

/**
 * The name condition of every-word search: each word starts some word of the name. For plain
 * letter words a prefix full-text query (`thi:* & lan:*`) on the GIN index of migration
 * 20261130510000 finds the candidates, and the LIKEs, the definition, re-check them: the simple
 * parser makes a token start at every word start, so the index never drops a LIKE match. Other
 * words (digits, punctuation), and scopes below a federation, keep the LIKEs alone.
 */
function allWordsCondition(words: string[], wideScope: boolean): Prisma.Sql {
  const likes = wordLikes(words, Prisma.sql`p.name_search`);
  // Below a federation the path index finds the scope's few thousand rows faster than the national
  // GIN index finds a common word's candidates (BENCHMARKS.md: "hung" in a ward union).
  const tsquery = tsqueryOf(words);
  if (!wideScope || !tsquery) return likes;
  return Prisma.sql`to_tsvector('simple', p.name_search) @@ to_tsquery('simple', ${tsquery}) AND ${likes}`;
}

const depth = (path: string) => path.split('/').filter(Boolean).length;

interface FoundRow { id: number; full_name: string; name_search: string; gender: 'male' | 'female'; birth_date: Date; card_number: string; unit_name: string; unit_path: string }

/** Name order as PostgreSQL sorts name_search (code points: search keys are unaccented letters). */
const byNameKey = (a: FoundRow, b: FoundRow) => (a.name_search < b.name_search ? -1 : a.name_search > b.name_search ? 1 : a.id - b.id);

/**
 * Members matching `search` inside the actor's scope, one keyset page in name order with the total.
 * Scope is a prefix range on the materialised path (members.unit_path for active members; the last
 * union's path for former ones), never a walk of the tree. Names match accent-insensitively on the
 * stored name_search: the whole text as a prefix when that alone fills more than a page (an index
 * range, however many members), else every word as the start of some word of the name ("van an"
 * finds "Nguyễn Văn An"; every prefix match is also such a match). A card number or passport
 * number is an exact match of its own, each through its unique index; the branches are separate
 * pages of one UNION ALL statement, merged here, because one OR over them defeats every index (BENCHMARKS.md).
 * Every-word search over the whole tree walks the name-ordered index (NAME_WALK_BUDGET entries at
 * most) when the words are common enough to fill a page that way, and checks scope and filters
 * only on the names that match; rare words, or a walk that does not fill a page, are answered from
 * the GIN candidates.
 * Totals: an unfiltered list reads its scope roots' member rollups (exact). A search or filter is counted
 * only when asked (`search.count`), up to MEMBER_TOTAL_CAP + 1 (`totalCapped` when there are more):
 * counting 10,001 national matches costs hundreds of milliseconds where the page costs one. Unasked,
 * a search whose first page holds every match has that page's length as its total, and any other
 * has none (`total` null: the page says "more than 50" and offers to count).
 */
export async function findMembers(actor: Actor, search: MemberSearch, options: { pageSize?: number; /** false: never count (export). */ total?: boolean } = {}) {
  const pageSize = options.pageSize ?? MEMBER_PAGE_SIZE;
  let roots = scopeRoots(actor, 'member.view');
  if (search.unit) {
    // Raw: a model query costs the client about 0.5 ms more than the statement (BENCHMARKS.md).
    const [unit] = await db.$queryRaw<{ path: string }[]>`${prepared} SELECT path FROM units WHERE id = ${search.unit}`;
    roots = unit && can(actor, 'member.view', unit) ? [unit.path] : [];
  }
  if (roots.length === 0) return { members: [], total: 0, totalCapped: false, next: null };
  const former = search.status === 'former';
  const pathColumn = former ? Prisma.sql`last.path` : Prisma.sql`p.unit_path`;
  const conditions: Prisma.Sql[] = [
    Prisma.sql`(${Prisma.join(roots.map((root) => Prisma.sql`(${pathColumn} ~>=~ ${root} AND ${pathColumn} ~<~ ${`${root}:`})`), ' OR ')})`,
    former ? Prisma.sql`p.unit_id IS NULL` : Prisma.sql`p.unit_id IS NOT NULL`,
  ];
  if (search.gender) conditions.push(Prisma.sql`p.gender = ${search.gender}::gender`);
  if (search.official) conditions.push(search.official === 'yes' ? Prisma.sql`p.official_position IS NOT NULL` : Prisma.sql`p.official_position IS NULL`);
  if (search.app) conditions.push(search.app === 'yes' ? Prisma.sql`p.app_activated_on IS NOT NULL` : Prisma.sql`p.app_activated_on IS NULL`);
  if (search.joinYear) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM memberships j WHERE j.member_id = p.id AND j.admitted_on >= ${`${search.joinYear}-01-01`}::date AND j.admitted_on < ${`${search.joinYear + 1}-01-01`}::date)`);
  }
  const { from, to } = ageBandDates(search.age);
  if (from) conditions.push(Prisma.sql`p.birth_date >= ${isoDate(from)}::date`);
  if (to) conditions.push(Prisma.sql`p.birth_date <= ${isoDate(to)}::date`);
  // A federation's members share the path's second segment, a ward union's its third: the name
  // orders led by those segments (migration 20261201100000) hold such a scope as one range, in name
  // order. Deeper scopes (a grassroots union) are small enough for the path index.
  const ledPart = !former && roots.length === 1 && [2, 3].includes(depth(roots[0])) ? depth(roots[0]) + 1 : null;
  const led = (alias: Prisma.Sql) =>
    ledPart ? Prisma.sql`AND split_part(${alias}.unit_path, '/', ${Prisma.raw(String(ledPart))}) = ${roots[0].split('/')[ledPart - 1]}` : Prisma.empty;
  if (ledPart) conditions.push(Prisma.sql`true ${led(Prisma.sql`p`)}`);

  const lastJoin = former
    ? Prisma.sql`JOIN LATERAL (SELECT u.path, u.name FROM memberships m JOIN units u ON u.id = m.unit_id WHERE m.member_id = p.id ORDER BY m.admitted_on DESC, m.id DESC LIMIT 1) last ON true`
    : Prisma.sql`JOIN units cu ON cu.id = p.unit_id`;
  const where = Prisma.join(conditions, ' AND ');
  const cursor = decodeCursor(search.after);
  const keysetOf = (alias: Prisma.Sql) => (cursor ? Prisma.sql`AND (${alias}.name_search, ${alias}.id) > (${cursor.nameSearch}, ${cursor.id})` : Prisma.empty);
  const keyset = keysetOf(Prisma.sql`p`);
  const columns = former
    ? Prisma.sql`p.id, p.full_name, p.name_search, p.gender, p.birth_date, p.card_number, last.name AS unit_name, last.path AS unit_path`
    : Prisma.sql`p.id, p.full_name, p.name_search, p.gender, p.birth_date, p.card_number, cu.name AS unit_name, cu.path AS unit_path`;
  const pageOf = (branch: Prisma.Sql) => Prisma.sql`
      SELECT ${columns} FROM members p ${lastJoin}
      WHERE ${where} AND ${branch} ${keyset}
      ORDER BY p.name_search, p.id
      LIMIT ${pageSize + 1}`;

  const hitsPage = (hits: Prisma.Sql) => Prisma.sql`
      SELECT ${columns} FROM (${hits}) hit
      -- By primary key, one row per hit: the planner, misjudging a scope's size, would else
      -- scan the scope again for every hit.
      CROSS JOIN LATERAL (SELECT * FROM members r WHERE r.id = hit.id OFFSET 0) p ${lastJoin}
      WHERE ${where}
      ORDER BY hit.name_search, hit.id
      LIMIT ${pageSize + 1}`;
  // The walk: the scope's name order, reading only (name_search, id), keeping the names that match.
  const walkSql = (budget: number | null, names: Prisma.Sql, range: Prisma.Sql = Prisma.empty) => hitsPage(Prisma.sql`
      SELECT w.id, w.name_search FROM (
        SELECT m.id, m.name_search FROM members m
        WHERE m.unit_id IS NOT NULL ${led(Prisma.sql`m`)} ${range} ${keysetOf(Prisma.sql`m`)}
        ORDER BY m.name_search, m.id
        ${budget ? Prisma.sql`LIMIT ${budget}` : Prisma.empty}) w
      WHERE ${names}`);

  // Counting active members needs no unit row (unit_id is a foreign key); former ones need their last union's path.
  const idsOf = (branch: Prisma.Sql) => Prisma.sql`(SELECT p.id FROM members p ${former ? lastJoin : Prisma.empty} WHERE ${where} AND ${branch} LIMIT ${MEMBER_TOTAL_CAP + 1})`;
  // Unfiltered active members: the total is read from each scope root's rollup row (exact: rollups
  // plus pending deltas) instead of counting member rows or summing a province's counter rows.
  const unfiltered = !former && !search.q && !search.gender && !search.official && !search.app && !search.joinYear && !search.age;
  const counting = options.total !== false && (unfiltered || search.count === '1');

  // The text conditions, one per branch; with no text, the scope and filters alone.
  let branches: Prisma.Sql[] = [Prisma.sql`true`];
  let walked: Promise<FoundRow[]> | null = null;
  // A ward union's list: its own name order, whatever the planner guesses of its size.
  let wardPage: Prisma.Sql | null = !search.q && ledPart === 4 ? walkSql(null, Prisma.sql`true`) : null;
  if (search.q) {
    const query = classifyQuery(search.q);
    if (query.kind !== 'name') branches = [query.kind === 'cccd' ? Prisma.sql`p.cccd = ${query.value}::bpchar` : Prisma.sql`p.phone = ${query.value}`];
    else {
      // The prefix as a range of the name-ordered indexes. name_search is compared by code point
      // (COLLATE "C", migration 20261201100100), in which the range holds exactly the names that
      // start with the text, on any server; a LIKE beside it would only mislead the planner's
      // estimate (a bitmap of every match and a sort, where the index range reads one page).
      const prefix = Prisma.sql`p.name_search >= ${query.key} AND p.name_search < ${prefixEnd(query.key)}`;
      // The whole tree, a federation or a ward union: walk its name order and read the rows of the
      // first matching names by id. A ward's walk ends with its members (56,000 at most nationally),
      // so it answers whatever the words (and a prefix is a range of it); a wider walk only when the
      // words are common enough.
      const tsquery = tsqueryOf(query.words);
      const likes = wordLikes(query.words, Prisma.sql`w.name_search`);
      const root = roots.length === 1 && !former ? roots[0] : null;
      const wardPrefix = ledPart === 4 ? walkSql(null, Prisma.sql`true`, Prisma.sql`AND m.name_search >= ${query.key} AND m.name_search < ${prefixEnd(query.key)}`) : null;
      let byPrefix = false;
      if (wardPrefix && !counting) {
        // A ward union, uncounted: its prefix page, or its every-word page when the prefix holds a
        // page or less, in the statement that reads the page (a gate PostgreSQL decides once, so the
        // branch not taken is never run) instead of counting the prefix first.
        wardPage = Prisma.sql`
          WITH by_prefix AS MATERIALIZED (${wardPrefix})
          SELECT * FROM by_prefix WHERE (SELECT count(*) FROM by_prefix) > ${pageSize}
          UNION ALL
          SELECT * FROM (${walkSql(null, likes)}) by_words WHERE (SELECT count(*) FROM by_prefix) <= ${pageSize}`;
      } else {
        const [{ n }] = await db.$queryRaw<{ n: bigint }[]>`
          SELECT count(*) AS n FROM (SELECT 1 FROM members p ${lastJoin} WHERE ${where} AND ${prefix} LIMIT ${pageSize + 1}) x`;
        byPrefix = Number(n) > pageSize;
        if (wardPrefix) wardPage = byPrefix ? wardPrefix : walkSql(null, likes);
        else if (!byPrefix && root && depth(root) <= 2 && (!tsquery || (await estimatedShare(tsquery)) * NAME_WALK_BUDGET >= pageSize + 1)) {
          walked = db.$queryRaw<FoundRow[]>`${walkSql(NAME_WALK_BUDGET, likes)}`;
        }
      }
      // The count's condition (the ward's page above never needs it uncounted).
      const byName = byPrefix ? prefix : allWordsCondition(query.words, roots.some((root) => depth(root) <= 2));
      // A card number, or a foreign worker's passport number, is matched exactly (both unique indexes).
      // cccd is CHAR(12): compared as bpchar so its unique index serves (a longer text cannot match).
      // Each a scalar subquery, so the unique index answers first and the scope only checks that row.
      branches = [
        byName,
        Prisma.sql`p.id = (SELECT c.id FROM members c WHERE c.card_number = ${query.card})`,
        ...(query.card.length <= 12 ? [Prisma.sql`p.id = (SELECT c.id FROM members c WHERE c.cccd = ${query.card}::bpchar)`] : []),
      ];
    }
  }
  // A walk that filled a page stands for the name branch; otherwise its budget ran out first (or
  // the names ran out), and the name condition itself answers.
  const walkPage = walked ? await walked : null;
  const namePage = walkPage && walkPage.length > pageSize ? walkPage : null;
  // Every branch's page in one statement, a UNION ALL of them: one round trip however many branches
  // (a name, a card number and a passport number are three), merged below. A ward union's walk of its
  // own name order has one plan whatever the ward, and the card branches are key lookups: prepared.
  // The first branch's page: the ward's walk, else none when a national walk already filled it.
  const firstPage = wardPage ?? (namePage ? null : pageOf(branches[0]));
  const pageSqls = [...(firstPage ? [firstPage] : []), ...branches.slice(1).map(pageOf)];
  const union = () => Prisma.join(pageSqls.map((page, i) => Prisma.sql`SELECT * FROM (${page}) ${Prisma.raw(`branch${i}`)}`), ' UNION ALL ');
  const [pages, [count]] = await Promise.all([
    (pageSqls.length === 0 ? Promise.resolve([]) : db.$queryRaw<FoundRow[]>`${wardPage ? prepared : Prisma.empty}${union()}`).then((rows) => [namePage ?? [], rows]),
    !counting
      ? [null]
      : unfiltered
        ? countActiveMembersUnder(roots).then((total) => [{ total: BigInt(total) }])
        : db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM (${Prisma.join(branches.map(idsOf), ' UNION ')}) x`,
  ]);
  // The branches' pages merged: a member found by name and by card number is listed once.
  const seen = new Set<number>();
  const rows = pages.flat().filter((r) => !seen.has(r.id) && seen.add(r.id)).sort(byNameKey).slice(0, pageSize + 1);
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const counted = count ? Number(count.total) : !cursor && rows.length <= pageSize ? rows.length : null;
  const totalCapped = counted !== null && !unfiltered && counted > MEMBER_TOTAL_CAP;
  return {
    members: page.map((r) => ({ id: r.id, fullName: r.full_name, gender: r.gender, birthDate: r.birth_date, cardNumber: r.card_number, unitName: r.unit_name, unitPath: r.unit_path })),
    /** Exact; MEMBER_TOTAL_CAP when `totalCapped` (there are more); null when not counted (more than a page). */
    total: totalCapped ? MEMBER_TOTAL_CAP : counted,
    totalCapped,
    next: rows.length > pageSize && last ? encodeCursor({ nameSearch: last.name_search, id: last.id }) : null,
  };
}

/** Units offered by the search page's unit filter: the actor's scope roots and their children. */
export async function listSearchUnits(actor: Actor) {
  const roots = scopeRoots(actor, 'member.view');
  if (roots.length === 0) return [];
  // One statement (the member list sends it on every page): the roots, then their active children by name.
  const units = await db.$queryRaw<{ id: number; name: string; depth: number }[]>`${prepared}
    SELECT id, name, depth FROM (
      SELECT r.id, r.name, 0 AS depth FROM units r WHERE r.path = ANY(${roots}::text[])
      UNION ALL
      SELECT c.id, c.name, 1 FROM units r JOIN units c ON c.parent_id = r.id WHERE r.path = ANY(${roots}::text[]) AND c.status = 'active'
    ) x
    ORDER BY depth, name, id`;
  return units.map((u) => ({ id: u.id, name: u.name, depth: Number(u.depth) }));
}

// ── Transfers ─────────────────────────────────────────────────────────────────────────────────────

/**
 * The union a transfer is addressed to, by its code: any active grassroots union of the tree, since
 * a member may move anywhere. Callers show only its name when it lies outside the actor's scope.
 */
export async function findTransferTarget(code: string) {
  return db.unit.findFirst({
    where: { code: code.trim().toUpperCase(), kind: 'grassroots', status: 'active' },
    select: { id: true, name: true, path: true, code: true },
  });
}

/** Grassroots unions in the actor's scope whose name or code matches `q`: the transfer form's search. */
export async function searchTransferTargets(actor: Actor, q: string) {
  const roots = scopeRoots(actor, 'member.view');
  const key = searchKey(q);
  if (roots.length === 0 || key.length < 2) return [];
  return db.unit.findMany({
    where: {
      kind: 'grassroots',
      status: 'active',
      OR: roots.map((root) => ({ path: { startsWith: root } })),
      AND: [{ OR: [{ nameSearch: { contains: key } }, { code: { startsWith: q.trim().toUpperCase() } }] }],
    },
    select: { id: true, name: true, code: true },
    orderBy: { name: 'asc' },
    take: 10,
  });
}

const transferSelect = {
  id: true, memberId: true, fromUnitId: true, toUnitId: true, effectiveOn: true, note: true, status: true,
  requestedBy: true, requestedAt: true, decidedBy: true, decidedAt: true, decisionNote: true,
} as const;

/** Names of the members, unions and users a list of transfers mentions, in three queries. */
async function withNames<T extends { memberId: number; fromUnitId: number; toUnitId: number; requestedBy: number; decidedBy: number | null }>(rows: T[]) {
  const [members, units, users] = await Promise.all([
    db.member.findMany({ where: { id: { in: rows.map((r) => r.memberId) } }, select: { id: true, fullName: true, birthDate: true, gender: true, cardNumber: true } }),
    db.unit.findMany({ where: { id: { in: rows.flatMap((r) => [r.fromUnitId, r.toUnitId]) } }, select: { id: true, name: true, path: true } }),
    db.user.findMany({ where: { id: { in: rows.flatMap((r) => [r.requestedBy, r.decidedBy ?? r.requestedBy]) } }, select: { id: true, displayName: true } }),
  ]);
  const member = new Map(members.map((m) => [m.id, m]));
  const unit = new Map(units.map((u) => [u.id, u]));
  const user = new Map(users.map((u) => [u.id, u.displayName]));
  return rows.map((r) => ({
    ...r,
    member: member.get(r.memberId)!,
    fromUnit: unit.get(r.fromUnitId)!,
    toUnit: unit.get(r.toUnitId)!,
    requestedByName: user.get(r.requestedBy) ?? '',
    decidedByName: r.decidedBy ? (user.get(r.decidedBy) ?? '') : null,
  }));
}

/**
 * A transfer, for someone on either side of it: the sending union's readers (member.view on it) or
 * the receiving union's (member.view on it). Anyone else gets null, as for a transfer that does not exist.
 */
export async function getTransfer(actor: Actor | null, id: number) {
  if (!actor || !Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const row = await db.memberTransfer.findUnique({ where: { id }, select: transferSelect });
  if (!row) return null;
  const [named] = await withNames([row]);
  const onFromSide = can(actor, 'member.view', named.fromUnit);
  const onToSide = can(actor, 'member.view', named.toUnit);
  return onFromSide || onToSide ? { ...named, onFromSide, onToSide } : null;
}

export type TransferView = NonNullable<Awaited<ReturnType<typeof getTransfer>>>;

export const TRANSFER_LIST_SIZE = 100;

/**
 * A union's transfers in one direction: pending ones first (oldest first, the queue to work through),
 * then the most recently decided. Both lists are bounded; a union's transfers are few.
 */
export async function listUnitTransfers(unitId: number, direction: 'incoming' | 'outgoing') {
  const side = direction === 'incoming' ? { toUnitId: unitId } : { fromUnitId: unitId };
  const [pending, decided] = await Promise.all([
    db.memberTransfer.findMany({ where: { ...side, status: 'pending' }, orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }], take: TRANSFER_LIST_SIZE, select: transferSelect }),
    db.memberTransfer.findMany({ where: { ...side, status: { not: 'pending' } }, orderBy: [{ decidedAt: 'desc' }, { id: 'desc' }], take: 20, select: transferSelect }),
  ]);
  return { pending: await withNames(pending), decided: await withNames(decided) };
}

/** How many transfers wait for a decision, into and out of a union (index-only on the status indexes). */
export async function countPendingTransfers(unitId: number) {
  const [incoming, outgoing] = await Promise.all([
    db.memberTransfer.count({ where: { toUnitId: unitId, status: 'pending' } }),
    db.memberTransfer.count({ where: { fromUnitId: unitId, status: 'pending' } }),
  ]);
  return { incoming, outgoing };
}

/** The member's pending transfer, if any, with the receiving union's name (all the profile shows). */
export async function pendingTransferOf(memberId: number) {
  const row = await db.memberTransfer.findFirst({ where: { memberId, status: 'pending' }, select: { id: true, toUnitId: true, effectiveOn: true } });
  if (!row) return null;
  const unit = await db.unit.findUniqueOrThrow({ where: { id: row.toUnitId }, select: { name: true } });
  return { ...row, toUnitName: unit.name };
}

// ── Imports ───────────────────────────────────────────────────────────────────────────────────────

/**
 * What the database knows about the unit codes, CCCDs and card numbers of an import file, in four
 * queries whatever the file's size (arrays, not one query per row). Which unions the importer may
 * write to, and which they may see, comes from the policy.
 */
export async function loadImportFacts(actor: Actor, rows: readonly ImportRow[]): Promise<ImportFacts> {
  const codes = [...new Set(rows.map((r) => r.unitCode))];
  const cccds = [...new Set(rows.map((r) => r.cccd))];
  const cards = [...new Set(rows.flatMap((r) => (r.cardNumber ? [r.cardNumber] : [])))];
  const [units, ethnicities, people, cardRows] = await Promise.all([
    db.unit.findMany({ where: { code: { in: codes } }, select: { id: true, code: true, name: true, path: true, kind: true, status: true } }),
    db.ethnicity.findMany({ select: { code: true, name: true } }),
    db.$queryRaw<{ id: number; cccd: string; unit_id: number | null; card_number: string; unit_name: string | null; unit_path: string | null; last_left_on: Date | null }[]>`
      SELECT p.id, p.cccd, p.unit_id, p.card_number, u.name AS unit_name, u.path AS unit_path,
             (SELECT max(m.left_on) FROM memberships m WHERE m.member_id = p.id) AS last_left_on
      FROM members p LEFT JOIN units u ON u.id = p.unit_id
      WHERE p.cccd = ANY(${cccds}::text[])`,
    cards.length ? db.member.findMany({ where: { cardNumber: { in: cards } }, select: { cardNumber: true, cccd: true } }) : [],
  ]);
  return {
    units: new Map(units.map((u) => [u.code, {
      id: u.id, path: u.path, name: u.name, takesMembers: u.kind === 'grassroots' && u.status === 'active', allowed: can(actor, 'member.register', u),
    }])),
    ethnicities: new Map(ethnicities.flatMap((e) => [[searchKey(e.name), e.code], [String(e.code), e.code]] as [string, number][])),
    people: new Map(people.map((p) => [p.cccd, {
      memberId: p.id, unitId: p.unit_id, unitName: p.unit_name, visible: !!p.unit_path && can(actor, 'unit.view', { path: p.unit_path }),
      lastLeftOn: p.last_left_on, cardNumber: p.card_number,
    }])),
    cards: new Map(cardRows.map((c) => [c.cardNumber, c.cccd])),
  };
}

/** An earlier import of the same content (by hash), to warn before it is applied twice. */
export async function findEarlierImport(sha256: string) {
  const row = await db.memberImport.findFirst({ where: { fileSha256: sha256 }, orderBy: { createdAt: 'desc' }, select: { createdAt: true, actorId: true } });
  if (!row) return null;
  const user = await db.user.findUnique({ where: { id: row.actorId }, select: { displayName: true } });
  return { at: row.createdAt, by: user?.displayName ?? '' };
}

export const IMPORT_HISTORY_SIZE = 100;

/**
 * The newest imports the actor may know of: their own, and those that wrote into a union of their
 * scope. Imports are few (one per file), so a bounded list newest first serves.
 */
export async function listImports(actor: Actor) {
  const roots = scopeRoots(actor, 'member.view');
  const inScope = roots.length
    ? Prisma.sql`EXISTS (SELECT 1 FROM member_import_units iu JOIN units u ON u.id = iu.unit_id WHERE iu.import_id = i.id AND (${Prisma.join(roots.map((root) => Prisma.sql`(u.path ~>=~ ${root} AND u.path ~<~ ${`${root}:`})`), ' OR ')}))`
    : Prisma.sql`false`;
  const rows = await db.$queryRaw<{ id: number; file_name: string; row_count: number; added_count: number; rejoined_count: number; unchanged_count: number; created_at: Date; actor_name: string; unit_count: bigint }[]>`
    SELECT i.id, i.file_name, i.row_count, i.added_count, i.rejoined_count, i.unchanged_count, i.created_at, a.display_name AS actor_name,
           (SELECT count(*) FROM member_import_units iu WHERE iu.import_id = i.id) AS unit_count
    FROM member_imports i JOIN users a ON a.id = i.actor_id
    WHERE i.actor_id = ${actor.userId} OR ${inScope}
    ORDER BY i.created_at DESC, i.id DESC
    LIMIT ${IMPORT_HISTORY_SIZE}`;
  return rows.map((r) => ({
    id: r.id, fileName: r.file_name, rowCount: r.row_count, added: r.added_count, rejoined: r.rejoined_count, unchanged: r.unchanged_count,
    createdAt: r.created_at, actorName: r.actor_name, unitCount: Number(r.unit_count),
  }));
}

// ── Export ────────────────────────────────────────────────────────────────────────────────────────

/**
 * The record columns of a page of members found by findMembers, for the export. Sensitive columns
 * (ethnicity, Party introduction) are read only when `sensitive` is true; the caller decides per row
 * whether the actor may see them.
 */
export async function memberExportDetails(ids: number[], sensitive: boolean) {
  // One SQL statement per page: Prisma's relation loading cost 1.5 s for 5,000 members here.
  const rows = ids.length === 0 ? [] : await db.$queryRaw<{
    id: number; cccd: string; phone: string | null; email: string | null; nationality: string; job_title: string | null;
    education_level: string | null; qualification: string | null; official_position: string | null; official_trained_on: Date | null;
    app_activated_on: Date | null; admitted_on: Date | null; left_on: Date | null; ethnicity: string | null; party_introduced_on: Date | null;
  }[]>`
    SELECT p.id, p.cccd, p.phone, p.email, p.nationality, p.job_title, p.education_level::text, p.qualification::text, p.official_position,
           p.official_trained_on, p.app_activated_on, m.admitted_on, m.left_on,
           ${sensitive ? Prisma.sql`e.name` : Prisma.sql`NULL::text`} AS ethnicity,
           ${sensitive ? Prisma.sql`p.party_introduced_on` : Prisma.sql`NULL::date`} AS party_introduced_on
    FROM members p
    LEFT JOIN ethnicities e ON e.code = p.ethnicity_code
    LEFT JOIN LATERAL (SELECT admitted_on, left_on FROM memberships WHERE member_id = p.id ORDER BY admitted_on DESC, id DESC LIMIT 1) m ON true
    WHERE p.id = ANY(${ids}::int[])`;
  return new Map(rows.map((r) => [r.id, r]));
}
