// Writes the demo data set (plan.ts) into an empty, migrated database: the union tree, ~16,000
// members, demo accounts and their role grants. One pg.Client and one transaction, so a failure
// leaves the database exactly as it was; bulk rows go through unnest() so each table is one INSERT.
import pg from 'pg';
import { hashPassword } from '../../lib/auth/password';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './demo-accounts';
import { buildDemoPlan, type DemoPlan, type Reorganisation } from './plan';
import { THUY_NGUYEN_EMPLOYERS } from './tree';
import { searchKey } from '../../lib/text/search-key';
import { insertDemoHonours } from './honours';
import { isoDate, todayInVietnam } from '../../lib/i18n/dates';
import type { UnitProfileRow } from './unit-profiles';
import { buildMemberDetails } from './member-details';

/** A locked account for trying the "account disabled" sign-in path; deliberately not in DEMO_ACCOUNTS. */
const INACTIVE_ACCOUNT: Omit<DemoAccount, 'description'> = {
  email: 'ngungkichhoat@congdoan.demo',
  username: 'ngungkichhoat',
  displayName: 'Tài khoản đã khóa',
  role: 'staff',
  unitCode: 'HP-TN',
};

type Column = readonly [name: string, pgType: string, values: readonly unknown[]];

/**
 * INSERT … SELECT * FROM unnest($1::type[], …): one statement and one parameter per column however
 * many rows, instead of thousands of round trips or a statement with 100,000 placeholders.
 */
async function insertColumns(client: pg.Client, table: string, columns: Column[]): Promise<void> {
  const names = columns.map(([name]) => name).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  await client.query(
    `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`,
    columns.map(([, , values]) => values),
  );
}

async function insertPlan(client: pg.Client, plan: DemoPlan): Promise<void> {
  const { units, links, counters, members, memberships } = plan;
  // Profile columns travel in the same INSERT (null for the upper levels).
  const profileOf = new Map(plan.profiles.map((p) => [p.unitId, p]));
  const profile = <K extends keyof UnitProfileRow>(key: K) => units.map((u) => profileOf.get(u.id)?.[key] ?? null);
  const details = buildMemberDetails(plan);
  // Explicit ids (the paths already contain them), then the sequences moved past them.
  await insertColumns(client, 'units', [
    ['id', 'int', units.map((u) => u.id)],
    ['kind', 'unit_kind', units.map((u) => u.kind)],
    ['parent_id', 'int', units.map((u) => u.parentId)],
    ['path', 'text', units.map((u) => u.path)],
    ['depth', 'int', units.map((u) => u.depth)],
    ['code', 'text', units.map((u) => u.code)],
    ['name', 'text', units.map((u) => u.name)],
    ['short_name', 'text', units.map((u) => u.shortName)],
    ['name_search', 'text', units.map((u) => u.nameSearch)],
    ['founded_on', 'date', units.map((u) => u.foundedOn)],
    ['sector', 'unit_sector', profile('sector')],
    ['employer_name', 'text', profile('employerName')],
    ['employer_tax_code', 'text', profile('employerTaxCode')],
    ['employer_address', 'text', profile('employerAddress')],
    ['workforce_total', 'int', profile('workforceTotal')],
    ['workforce_women', 'int', profile('workforceWomen')],
    ['founding_decision_number', 'text', profile('foundingDecisionNumber')],
    ['founding_decision_on', 'date', profile('foundingDecisionOn')],
    ['cba_signed_on', 'date', profile('cbaSignedOn')],
    ['cba_expires_on', 'date', profile('cbaExpiresOn')],
    ['cba_note', 'text', profile('cbaNote')],
  ]);
  await insertColumns(client, 'unit_parent_links', [
    ['unit_id', 'int', links.map((l) => l.unitId)],
    ['from_parent_id', 'int', links.map(() => null)],
    ['to_parent_id', 'int', links.map((l) => l.toParentId)],
    ['effective_on', 'date', links.map((l) => l.effectiveOn)],
    ['decision_number', 'text', links.map((l) => l.decisionNumber)],
  ]);
  await insertColumns(client, 'unit_counters', [
    ['unit_id', 'int', counters.map((c) => c.unitId)],
    ['active_members', 'int', counters.map((c) => c.activeMembers)],
    ['active_women', 'int', counters.map((c) => c.activeWomen)],
  ]);
  await insertColumns(client, 'members', [
    ['id', 'int', members.map((m) => m.id)],
    ['cccd', 'text', members.map((m) => m.cccd)],
    ['full_name', 'text', members.map((m) => m.fullName)],
    ['name_search', 'text', members.map((m) => m.nameSearch)],
    ['gender', 'gender', members.map((m) => m.gender)],
    ['birth_date', 'date', members.map((m) => m.birthDate)],
    ['phone', 'text', members.map((m) => m.phone)],
    ['job_title', 'text', members.map((m) => m.jobTitle)],
    ['card_number', 'text', members.map((m) => m.cardNumber)],
    ['unit_id', 'int', members.map((m) => m.unitId)],
    ['unit_path', 'text', members.map((m) => m.unitPath)],
    ['ethnicity_code', 'smallint', details.map((d) => d.ethnicityCode)],
    ['nationality', 'text', details.map((d) => d.nationality)],
    ['email', 'text', details.map((d) => d.email)],
    ['education_level', 'education_level', details.map((d) => d.educationLevel)],
    ['qualification', 'qualification', details.map((d) => d.qualification)],
    ['official_position', 'text', details.map((d) => d.officialPosition)],
    ['official_trained_on', 'date', details.map((d) => d.officialTrainedOn)],
    ['app_activated_on', 'date', details.map((d) => d.appActivatedOn)],
    ['party_introduced_on', 'date', details.map((d) => d.partyIntroducedOn)],
  ]);
  await insertColumns(client, 'memberships', [
    ['member_id', 'int', memberships.map((m) => m.memberId)],
    ['unit_id', 'int', memberships.map((m) => m.unitId)],
    ['admitted_on', 'date', memberships.map((m) => m.admittedOn)],
    ['left_on', 'date', memberships.map((m) => m.leftOn)],
    ['leave_reason', 'leave_reason', memberships.map((m) => m.leaveReason)],
  ]);
  await insertFoundedEvents(client, plan);
  // Every demo unit has had today's path since it was founded (reorganisations add their own rows).
  await client.query(`INSERT INTO unit_path_history (unit_id, path, valid_from) SELECT id, path, COALESCE(founded_on, DATE '1900-01-01') FROM units`);
  for (const table of ['units', 'members']) {
    await client.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
  }
}

/**
 * The "founded" event that opens each timeline: every grassroots union with its founding decision,
 * and every ward-level union with the decision that created it (if the demo knows one).
 */
async function insertFoundedEvents(client: pg.Client, plan: DemoPlan): Promise<void> {
  const parentOf = new Map(plan.units.map((u) => [u.id, u.parentId]));
  const wards = plan.units.filter((u) => u.kind === 'ward_union');
  const rows = [
    ...plan.profiles.map((r) => ({ unitId: r.unitId, on: r.foundingDecisionOn, decision: r.foundingDecisionNumber })),
    ...wards.map((u) => ({ unitId: u.id, on: u.foundedOn, decision: plan.decisions.get(u.id) ?? null })),
  ];
  await insertColumns(client, 'unit_events', [
    ['unit_id', 'int', rows.map((r) => r.unitId)],
    ['kind', 'unit_event_kind', rows.map(() => 'founded')],
    ['occurred_on', 'date', rows.map((r) => r.on)],
    ['decision_number', 'text', rows.map((r) => r.decision)],
    ['to_parent_id', 'int', rows.map((r) => parentOf.get(r.unitId) ?? null)],
  ]);
}

/**
 * Applies a reorganisation to the seeded tree with the same set-based statements as a transfer in
 * the portal (lib/units/mutations.ts): subtree paths and members' paths rewritten, path history
 * closed and reopened, a parent link and a "transferred" event per union; then the emptied unit
 * closes as dissolved. Runs after the honours, which keep the paths they were recorded under.
 */
async function applyReorganisation(client: pg.Client, plan: DemoPlan, reorganisation: Reorganisation): Promise<void> {
  const byId = new Map(plan.units.map((u) => [u.id, u]));
  const moves = reorganisation.moves.map(({ unitId, toParentId }) => {
    const unit = byId.get(unitId)!;
    const target = byId.get(toParentId)!;
    return { unit, target, newPath: `${target.path}${unit.id}/` };
  });
  const on = reorganisation.effectiveOn;
  const params = [moves.map((m) => m.unit.path), moves.map((m) => m.newPath), moves.map((m) => m.target.depth + 1 - m.unit.depth)];
  await client.query(
    `UPDATE units u SET path = m.new || substr(u.path, length(m.old) + 1), depth = u.depth + m.shift
     FROM unnest($1::text[], $2::text[], $3::int[]) AS m(old, new, shift)
     WHERE u.path ~>=~ m.old AND u.path ~<~ (m.old || ':')`, params);
  await client.query(
    `UPDATE members x SET unit_path = m.new || substr(x.unit_path, length(m.old) + 1)
     FROM unnest($1::text[], $2::text[]) AS m(old, new)
     WHERE x.unit_path ~>=~ m.old AND x.unit_path ~<~ (m.old || ':')`, params.slice(0, 2));
  await client.query('UPDATE units u SET parent_id = m.parent FROM unnest($1::int[], $2::int[]) AS m(id, parent) WHERE u.id = m.id',
    [moves.map((m) => m.unit.id), moves.map((m) => m.target.id)]);
  await client.query(
    `UPDATE unit_path_history h SET valid_to = $2::date FROM unnest($1::text[]) AS m(new), units u
     WHERE h.unit_id = u.id AND h.valid_to IS NULL AND u.path ~>=~ m.new AND u.path ~<~ (m.new || ':')`, [params[1], on]);
  await client.query(
    `INSERT INTO unit_path_history (unit_id, path, valid_from)
     SELECT u.id, u.path, $2::date FROM unnest($1::text[]) AS m(new) JOIN units u ON u.path ~>=~ m.new AND u.path ~<~ (m.new || ':')`, [params[1], on]);
  const link: Column[] = [
    ['unit_id', 'int', moves.map((m) => m.unit.id)],
    ['from_parent_id', 'int', moves.map((m) => m.unit.parentId)],
    ['to_parent_id', 'int', moves.map((m) => m.target.id)],
    ['decision_number', 'text', moves.map(() => reorganisation.transferDecision)],
  ];
  await insertColumns(client, 'unit_parent_links', [...link, ['effective_on', 'date', moves.map(() => on)]]);
  await insertColumns(client, 'unit_events', [...link, ['occurred_on', 'date', moves.map(() => on)], ['kind', 'unit_event_kind', moves.map(() => 'transferred')]]);

  const closed = reorganisation.closedUnitId;
  await client.query(
    `UPDATE units SET status = 'dissolved', closed_on = $2, closing_decision_number = $3, closing_reason = $4 WHERE id = $1`,
    [closed, on, reorganisation.closingDecision, reorganisation.closingReason]);
  await client.query('UPDATE unit_path_history SET valid_to = $2 WHERE unit_id = $1 AND valid_to IS NULL', [closed, on]);
  await client.query(
    `INSERT INTO unit_events (unit_id, kind, occurred_on, decision_number, changes) VALUES ($1, 'dissolved', $2, $3, $4)`,
    [closed, on, reorganisation.closingDecision, JSON.stringify({ closingReason: [null, reorganisation.closingReason] })]);
}

/** Thuy Nguyen ward's employers without a union, with their mobilisation steps. */
async function insertEmployers(client: pg.Client, plan: DemoPlan): Promise<void> {
  const ward = plan.units.find((u) => u.code === 'HP-TN');
  if (!ward) throw new Error('demo employers: no HP-TN ward');
  const e = THUY_NGUYEN_EMPLOYERS;
  await insertColumns(client, 'unionless_employers', [
    ['ward_unit_id', 'int', e.map(() => ward.id)],
    ['name', 'text', e.map((x) => x.name)],
    ['name_search', 'text', e.map((x) => searchKey(x.name))],
    ['tax_code', 'text', e.map((x) => x.taxCode)],
    ['address', 'text', e.map((x) => x.address)],
    ['workforce_total', 'int', e.map((x) => x.workforce)],
    ['group_formed_on', 'date', e.map((x) => x.groupFormedOn)],
    ['applications_received', 'int', e.map((x) => x.applications)],
    ['founding_conference_on', 'date', e.map((x) => x.conferenceOn)],
    ['status', 'employer_status', e.map((x) => x.status)],
  ]);
}

async function insertAccounts(client: pg.Client, plan: DemoPlan, passwordHashes: string[]): Promise<void> {
  const unitIds = new Map(plan.units.map((u) => [u.code, u.id]));
  const accounts = [...DEMO_ACCOUNTS.map((a) => ({ ...a, isActive: true })), { ...INACTIVE_ACCOUNT, isActive: false }];
  for (const [i, account] of accounts.entries()) {
    const unitId = unitIds.get(account.unitCode);
    if (unitId === undefined) throw new Error(`demo account ${account.username}: no unit with code ${account.unitCode}`);
    // A handful of rows: plain INSERTs are clearer than unnest here.
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO users (email, username, display_name, password_hash, is_active)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [account.email.toLowerCase(), account.username.toLowerCase(), account.displayName, passwordHashes[i], account.isActive],
    );
    await client.query('INSERT INTO role_grants (user_id, unit_id, role) VALUES ($1, $2, $3)', [rows[0].id, unitId, account.role]);
  }
}

/**
 * Seeds the demo data into an empty migrated database, all or nothing. Throws if `units` already
 * has rows. Returns the number of units and of active members (people who left are not counted).
 */
export async function seedDemoData(
  connectionString: string,
  log: (line: string) => void = () => {},
): Promise<{ units: number; members: number }> {
  const started = performance.now();
  const plan = buildDemoPlan(isoDate(todayInVietnam()));
  // Hashed before BEGIN: argon2 is slow on purpose and need not hold the transaction open. Each
  // account gets its own salt, as a real sign-up would.
  const passwordHashes = await Promise.all([...DEMO_ACCOUNTS, INACTIVE_ACCOUNT].map(() => hashPassword(DEMO_PASSWORD)));

  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query('BEGIN');
    // Taken before the emptiness check so that two seeders started together cannot both pass it.
    await client.query('LOCK TABLE units IN SHARE ROW EXCLUSIVE MODE');
    const { rows } = await client.query<{ seeded: boolean }>('SELECT EXISTS (SELECT 1 FROM units) AS seeded');
    if (rows[0].seeded) {
      throw new Error('Refusing to seed demo data: the units table already has rows. Seed only an empty, freshly migrated database.');
    }
    log(`seeding ${plan.units.length} units, ${plan.activeMembers} active members and ${plan.leftMembers} former members`);
    await insertPlan(client, plan);
    await insertAccounts(client, plan, passwordHashes);
    await insertDemoHonours(client);
    for (const reorganisation of plan.reorganisations) await applyReorganisation(client, plan, reorganisation);
    await insertEmployers(client, plan);
    await (await import('./targets')).insertDemoTargets(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  log(`demo data seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { units: plan.units.length, members: plan.activeMembers };
}
