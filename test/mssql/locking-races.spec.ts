import { randomBytes } from 'node:crypto';
import {
  createClinic,
  generate,
  http,
  openMssqlSession,
  sessionOf,
  setClock,
  startCore,
  testPatient,
  type CoreHarness,
  type MssqlSession,
} from '@test/support';

/**
 * SQL Server only (this folder runs only when TEST_MSSQL_URL is set: `npm run test:mssql`,
 * .github/workflows/mssql.yml). The two locking races a reading of the T-SQL found (ADR 005,
 * ADR 018), each with the claim held open by a WAITFOR before COMMIT while the other side runs,
 * and the locks inspected through sys.dm_tran_locks / sys.dm_os_waiting_tasks:
 *  1. a suspension racing a booking in flight must wait for it (they serialise on the session
 *     row), so no BOOKED appointment is left in a SUSPENDED session (R14);
 *  2. a walk-in claims one number (index-ordered TOP 1), not every free number it read, so
 *     bookings running meanwhile still get the other numbers (R5, R13).
 */
const TZ = 'Asia/Shanghai';
const DAY_MS = 86_400_000;
const localDate = (t: number) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: TZ,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(t);
const isoWeekday = (ymd: string) => ((new Date(`${ymd}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
// Relative to the real date, so the test holds on any day.
const TODAY = localDate(Date.now());
const SESSION_DAY = localDate(Date.now() + 3 * DAY_MS);

interface LockRow {
  spid: number;
  object: string | null;
  index_id: number | null;
  resource_type: string;
  request_mode: string;
  request_status: string;
}

const LOCKS = `
  SELECT l.request_session_id AS spid,
         OBJECT_NAME(COALESCE(p.object_id, CASE WHEN l.resource_type = 'OBJECT' THEN l.resource_associated_entity_id END)) AS object,
         p.index_id, l.resource_type, l.request_mode, l.request_status
    FROM sys.dm_tran_locks l
    LEFT JOIN sys.partitions p ON p.hobt_id = l.resource_associated_entity_id
   WHERE l.resource_database_id = DB_ID() AND l.request_session_id = @spid`;

const BLOCKED_BY = `
  SELECT w.session_id AS spid FROM sys.dm_os_waiting_tasks w WHERE w.blocking_session_id = @spid`;

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The parameters booking-core passes for a patient's identity, with made-up digests. */
function identity(i: number) {
  const p = testPatient(i, 7);
  const hex = () => randomBytes(32).toString('hex');
  return {
    name: p.name,
    documentDigest: hex(),
    mobileDigest: hex(),
    code: `T${randomBytes(6).toString('hex')}`.slice(0, 16),
  };
}

describe('SQL Server locking races (ADR 005, ADR 018)', () => {
  let core: CoreHarness;
  let monitor: MssqlSession;
  let claimant: MssqlSession;
  const post = (who: 'agent' | 'scheduler', path: string, body: object) =>
    http(core.url, 'POST', path, { auth: core.auth(who), body });

  beforeAll(async () => {
    core = await startCore();
    await setClock(core, `${TODAY}T09:00:00+08:00`);
    monitor = await openMssqlSession(core.database.url);
    claimant = await openMssqlSession(core.database.url);
  });
  afterAll(async () => {
    await claimant?.close();
    await monitor?.close();
    await core?.close();
  });

  it('a suspension waits for a booking in flight on the session row, then cancels it: nothing stays BOOKED (R14)', async () => {
    const now = `${TODAY}T09:00:00+08:00`;
    await setClock(core, now);
    const c = await createClinic(core, {
      weekday: isoWeekday(SESSION_DAY),
      numberCount: 10,
      effectiveFrom: TODAY,
    });
    await generate(core);
    const session = await sessionOf(core, c.doctorId, SESSION_DAY);
    const [{ spid }] = await claimant.query<{ spid: number }>('SELECT @@SPID AS spid');
    const who = identity(1);

    // The booking: claim, then hold everything it locked for 8 s before committing.
    const booking = claimant.query<{ id: number; status: string }>(
      `SET XACT_ABORT ON;
       DECLARE @now datetimeoffset(3) = CAST(@nowText AS datetimeoffset(3));
       BEGIN TRANSACTION;
       EXEC dbo.book_appointment @p_session_id = @sessionId, @p_slot_id = NULL, @p_channel = 'PHONE',
         @p_partner_id = NULL, @p_patient_name = @name, @p_document_type = 'NATIONAL_ID',
         @p_document_digest = @documentDigest, @p_document_masked = '1101**********0011',
         @p_document_cipher = 'cipher', @p_mobile_digest = @mobileDigest, @p_mobile_masked = '139****0000',
         @p_mobile_cipher = 'cipher', @p_code = @code, @p_verification_code = '123456', @p_notify_to = NULL,
         @p_request_key = NULL, @p_actor = 'test', @p_operator = NULL, @p_now = @now;
       WAITFOR DELAY '00:00:08';
       COMMIT TRANSACTION;`,
      { nowText: now, sessionId: session.id, ...who },
    );
    // Claimed: the booking holds its new appointment row.
    const held = await until('the booking to claim a number', async () => {
      const rows = await monitor.query<LockRow>(LOCKS, { spid });
      return rows.some((r) => r.object === 'appointment' && r.request_mode === 'X') ? rows : undefined;
    });
    // It holds the session row (shared, so other bookings of the session still run).
    expect(
      held.filter(
        (r) =>
          r.object === 'clinic_session' &&
          r.request_status === 'GRANT' &&
          ['KEY', 'RID'].includes(r.resource_type) &&
          ['S', 'U', 'X', 'RangeS-S', 'RangeS-U'].includes(r.request_mode),
      ),
    ).not.toHaveLength(0);

    const suspension = post('scheduler', `/v1/sessions/${session.id}/suspend`, { reason: '停诊 race' });
    // The suspension waits for the booking, not the other way round.
    const waiting = await until('the suspension to wait for the booking', async () => {
      const rows = await monitor.query<{ spid: number }>(BLOCKED_BY, { spid });
      return rows.length > 0 ? rows : undefined;
    });
    const waits = await monitor.query<LockRow>(LOCKS, { spid: waiting[0].spid });
    expect(waits.filter((r) => r.request_status === 'WAIT').map((r) => r.object)).toContain('clinic_session');

    const [booked] = await booking;
    expect(booked.status).toBe('BOOKED');
    const suspended = await suspension;
    expect(suspended.status).toBe(200);
    expect(suspended.body.cancelled).toBe(1);

    const left = await monitor.query<{ n: number }>(
      `SELECT COUNT(*) AS n FROM dbo.appointment a JOIN dbo.clinic_session s ON s.id = a.session_id
        WHERE s.id = @sessionId AND s.status = 'SUSPENDED' AND a.status = 'BOOKED'`,
      { sessionId: session.id },
    );
    expect(left[0].n).toBe(0);
    const [mine] = await monitor.query<{ status: string }>(
      'SELECT status FROM dbo.appointment WHERE id = @id',
      {
        id: booked.id,
      },
    );
    expect(mine.status).toBe('CANCELLED_BY_HOSPITAL');
  }, 120_000);

  it('a walk-in in flight holds one number, and bookings meanwhile get the others (R13, R5)', async () => {
    await setClock(core, `${TODAY}T09:00:00+08:00`);
    const c = await createClinic(core, {
      weekday: isoWeekday(SESSION_DAY),
      numberCount: 10,
      reserveCount: 0,
      firstStart: '08:00',
      effectiveFrom: TODAY,
    });
    await generate(core);
    const session = await sessionOf(core, c.doctorId, SESSION_DAY);
    // The visit day, before its first number starts: every number is free and in the future.
    const now = `${SESSION_DAY}T07:00:00+08:00`;
    await setClock(core, now);
    const [{ spid }] = await claimant.query<{ spid: number }>('SELECT @@SPID AS spid');
    const who = identity(2);

    const walkIn = claimant.query<{ id: number; visit_no: number }>(
      `SET XACT_ABORT ON;
       DECLARE @now datetimeoffset(3) = CAST(@nowText AS datetimeoffset(3));
       BEGIN TRANSACTION;
       EXEC dbo.register_walk_in @p_session_id = @sessionId, @p_patient_name = @name,
         @p_document_type = 'NATIONAL_ID', @p_document_digest = @documentDigest,
         @p_document_masked = '1101**********0022', @p_document_cipher = 'cipher',
         @p_mobile_digest = @mobileDigest, @p_mobile_masked = '139****0000', @p_mobile_cipher = 'cipher',
         @p_code = @code, @p_verification_code = '654321', @p_tz = '${TZ}', @p_actor = 'test',
         @p_operator = NULL, @p_now = @now;
       WAITFOR DELAY '00:00:08';
       COMMIT TRANSACTION;`,
      { nowText: now, sessionId: session.id, ...who },
    );
    const held = await until('the walk-in to claim a number', async () => {
      const rows = await monitor.query<LockRow>(LOCKS, { spid });
      return rows.some((r) => r.object === 'appointment' && r.request_mode === 'X') ? rows : undefined;
    });
    // One number's row is locked (the claimed one), not every free number the claim read.
    const slotRows = held.filter(
      (r) =>
        r.object === 'slot' && r.index_id === 1 && r.resource_type === 'KEY' && r.request_status === 'GRANT',
    );
    expect(slotRows).toHaveLength(1);

    // Bookings while the walk-in is still in flight: each gets a number at once (READPAST skips
    // only the walk-in's), none is told SESSION_FULL.
    const bookings = await Promise.all(
      [3, 4, 5].map((i) =>
        post('agent', '/v1/appointments', {
          channel: 'PHONE',
          sessionId: session.id,
          patient: testPatient(i, 7),
        }),
      ),
    );
    expect(bookings.map((b) => b.status)).toEqual([201, 201, 201]);
    expect((await monitor.query<LockRow>(LOCKS, { spid })).some((r) => r.object === 'appointment')).toBe(
      true,
    );

    const [walked] = await walkIn;
    const numbers = [walked.visit_no, ...bookings.map((b) => b.body.visitNo as number)];
    expect(new Set(numbers).size).toBe(4);
  }, 120_000);
});
