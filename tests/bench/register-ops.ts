// Registering one member: the whole server action posted as the browser posts it, its raw-SQL floor
// (the same rows in one transaction), then 8 concurrent clerks in the ward's unions.
import { actionId, postAction } from './client';
import { loadRun, summarise, timeRuns } from './measure';
import type { Bench } from './context';
import { appTierBound, timeRunsWithCpu, withServerCpu } from './cpu';

export async function benchRegister(b: Bench) {
  const { report, users, pool } = b;
  const registerId = actionId('lib/members/actions.ts', 'registerMemberAction');
  const unitId = users.chair.unit_id;
  const formPath = `/units/${unitId}/members/new`;
  // CCCDs of province code 099 are the benchmark's own (the generator never issues it); reruns continue after the last.
  const [{ n: already }] = await b.q<{ n: string }>(`SELECT COALESCE(max(substr(cccd, 5)::bigint), 0) AS n FROM members WHERE cccd LIKE '0990%'`);
  let serial = Number(already);
  const nextCccd = () => {
    serial += 1;
    return `0990${String(serial).padStart(8, '0')}`;
  };
  const register = () => postAction(b.baseUrl, b.cookie('bench.ward'), formPath, registerId, {
    unitId: String(unitId), fullName: `Nguyễn Văn Thử ${serial % 1000}`, gender: serial % 2 ? 'female' : 'male', birthDate: '1990-05-17',
    cccd: nextCccd(), phone: '', joinDate: '2026-01-15', jobTitle: 'Công nhân',
  });
  const deadlockCount = async () => Number((await b.q<{ d: string }>('SELECT deadlocks AS d FROM pg_stat_database WHERE datname = current_database()'))[0].d);
  const deadlocksBefore = await deadlockCount();
  let refusedSerial = 0;
  const registerPage = await timeRunsWithCpu(b.serverPid, b.runs, async () => {
    if ((await register()) !== 'ok') refusedSerial += 1;
  });
  const floorRegister = await timeRuns(b.runs, async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows: [m] } = await client.query<{ id: number }>(
        `INSERT INTO members (cccd, full_name, name_search, gender, birth_date, card_number, unit_id, unit_path)
         VALUES ($1, 'Trần Thị Sàn', 'tran thi san', 'female', '1991-02-03', $4, $2, $3) RETURNING id`, [nextCccd(), unitId, users.chair.path, `FL${serial}`]);
      await client.query(`INSERT INTO memberships (member_id, unit_id, admitted_on) VALUES ($1, $2, '2026-01-15')`, [m.id, unitId]);
      await client.query('UPDATE unit_counters SET active_members = active_members + 1, active_women = active_women + 1 WHERE unit_id = $1', [unitId]);
      await client.query(`INSERT INTO audit_log (action, entity, entity_id, unit_id) VALUES ('member.register', 'member', $1, $2)`, [String(m.id), unitId]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  });
  // Spread the concurrent registrations over the ward's unions, as many clerks would.
  const unions = (await b.q<{ id: number }>(`SELECT id FROM units WHERE parent_id = $1 AND kind = 'grassroots' AND status = 'active' ORDER BY id LIMIT 8`, [users.ward.unit_id])).map((r) => r.id);
  const registerLoad = await withServerCpu(b.serverPid, () => loadRun(8, b.loadSeconds, async (w) => {
    const union = unions[w % unions.length];
    const outcome = await postAction(b.baseUrl, b.cookie('bench.ward'), `/units/${union}/members/new`, registerId, {
      unitId: String(union), fullName: `Lê Thị Tải ${w}`, gender: 'female', birthDate: '1995-03-09', cccd: nextCccd(), phone: '', joinDate: '2026-02-01', jobTitle: '',
    });
    return outcome === 'ok';
  }));
  const deadlocks = (await deadlockCount()) - deadlocksBefore;
  report.operation('register one member (the whole server action)', {
    page: registerPage, floor: summarise(floorRegister), load: registerLoad,
    note: `floor: the same rows (member, membership, counter, audit) in one SQL transaction; ${refusedSerial} refused in the serial runs; ${deadlocks} deadlocks\n    ` +
      `serial: ${appTierBound(registerPage.cpuMs, {})}; under load: ${appTierBound(registerLoad.cpuMs, { perSecond: 200, framework: b.frameworkCpuMs })}`,
  });
  report.check('register: p95 ≤ 30 ms', registerPage.p95 <= 30 && refusedSerial === 0, `${registerPage.p95.toFixed(1)} ms, ${refusedSerial} refused`);
  report.check('register: ≥ 200 registrations/s at 8 concurrent, 0 deadlocks', registerLoad.perSecond >= 200 && deadlocks === 0 && registerLoad.errors === 0,
    `${registerLoad.perSecond.toFixed(1)} /s, ${deadlocks} deadlocks, ${registerLoad.errors} refused or failed`);
}
