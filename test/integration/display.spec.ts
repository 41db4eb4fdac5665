import { randomBytes } from 'node:crypto';
import { maskName } from '@app/domain';
import {
  createClinic,
  displayCookie,
  generate,
  http,
  openDisplayStream,
  sessionOf,
  setClock,
  startCore,
  testPatient,
  type CoreHarness,
  TEST_NOW,
  TEST_FRIDAY,
  TEMPLATES_FROM,
} from '@test/support';
import { SqlClient } from '../../apps/booking-core/src/database/sql-client';
import { SqlEvents } from '../../apps/booking-core/src/database/sql-events';
import { DisplayService } from '../../apps/booking-core/src/display';

/**
 * R10, R12 — the waiting-room screens (decision 030): the snapshot shows the number called and
 * who is next with masked names only, in queue order, with the count waiting; the event stream
 * sends the whole board on connect and again after every call, recall, pass and check-in — on
 * PostgreSQL also to a screen connected to another worker (LISTEN/NOTIFY).
 */
describe('the waiting-room display (R10, R12)', () => {
  // Both "workers" share the database and the key the names and cookies depend on.
  const PII_KEY = randomBytes(32).toString('base64');
  let core: CoreHarness;
  let n = 0;
  const post = (token: Parameters<CoreHarness['auth']>[0], path: string, body: object = {}, on = core) =>
    http(on.url, 'POST', path, { auth: on.auth(token), body });
  const names = ['张三', '李四光', '欧阳娜娜', '王五', '赵六'];

  /** A Friday clinic in room `roomId`'s department with patients booked (numbers 1…) and named. */
  async function clinic(patients: number, departmentId?: number) {
    await setClock(core, TEST_NOW);
    const c = await createClinic(core, {
      weekday: 5,
      numberCount: 10,
      effectiveFrom: TEMPLATES_FROM,
      ...(departmentId ? { departmentId } : {}),
    });
    await generate(core);
    const session = await sessionOf(core, c.doctorId, TEST_FRIDAY);
    const booked = [];
    for (let i = 0; i < patients; i++) {
      const p = { ...testPatient(++n, 8), name: names[i % names.length] };
      const r = await post('agent', '/v1/appointments', {
        channel: 'PHONE',
        sessionId: session.id,
        patient: p,
      });
      expect(r.status).toBe(201);
      booked.push({ patient: p, appointment: r.body });
    }
    return { clinic: c, session, booked };
  }
  const checkIn = (b: { patient: any; appointment: any }, on = core) =>
    post(
      'nurse',
      '/v1/check-ins',
      {
        appointmentCode: b.appointment.code,
        document: { documentType: b.patient.documentType, documentNo: b.patient.documentNo },
      },
      on,
    );

  beforeAll(async () => {
    core = await startCore({ PII_KEY });
  });
  afterAll(async () => core?.close());

  it('lets a NURSE or ADMIN token switch a screen on, and nobody else', async () => {
    const page = await fetch(`${core.url}/display/rooms/1`, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/display/login?next=%2Fdisplay%2Frooms%2F1');
    const events = await fetch(`${core.url}/display/rooms/1/events`);
    expect(events.status).toBe(401);
    for (const [token, status] of [
      [core.tokens.agent, 403],
      [core.tokens.clinician, 403],
      ['no-such-token-xxxxxxxxxxxx', 401],
    ] as const) {
      const res = await fetch(`${core.url}/display/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token }).toString(),
        redirect: 'manual',
      });
      expect(res.status).toBe(status);
      expect(res.headers.get('set-cookie')).toBeNull();
    }
    const signedIn = await fetch(`${core.url}/display/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: core.tokens.nurse, next: '//elsewhere.example/x' }).toString(),
      redirect: 'manual',
    });
    expect(signedIn.status).toBe(303);
    // No open redirect: only a display page may follow the sign-in.
    expect(signedIn.headers.get('location')).toBe('/display/login');
    expect(signedIn.headers.get('set-cookie')).toMatch(
      /^display_session=.+; Path=\/display; HttpOnly; SameSite=Strict/,
    );
    await expect(displayCookie(core.url, core.tokens.admin)).resolves.toMatch(/^display_session=/);
  });

  it('shows the called number and the next with masked names only, in queue order, with the count', async () => {
    const { clinic: c, booked } = await clinic(4);
    const display = core.app.get(DisplayService);
    await setClock(core, '2026-12-04T07:40:00+08:00');
    // Checked in out of order: the queue is by visit number (R12), not by arrival.
    for (const i of [2, 0, 1]) expect((await checkIn(booked[i])).status).toBe(200);
    let board = await display.roomBoard(c.roomId);
    expect(board.rooms).toHaveLength(1);
    expect(board.rooms[0].calling).toEqual([]);
    expect(board.rooms[0].next).toEqual([
      { visitNo: 1, name: '张*' },
      { visitNo: 2, name: '李*光' },
      { visitNo: 3, name: '欧**娜' },
    ]);
    expect(board.rooms[0].waiting).toBe(3);

    await setClock(core, '2026-12-04T08:02:00+08:00');
    expect((await post('clinician', `/v1/queues/rooms/${c.roomId}/call-next`)).body.visitNo).toBe(1);
    board = await display.roomBoard(c.roomId);
    expect(board.rooms[0].calling).toEqual([{ visitNo: 1, name: '张*' }]);
    expect(board.rooms[0].next.map((e) => e.visitNo)).toEqual([2, 3]);
    expect(board.rooms[0].waiting).toBe(2);

    // The page itself: the same board, with nothing but masked names and numbers of patients.
    const cookie = await displayCookie(core.url, core.tokens.nurse);
    const res = await fetch(`${core.url}/display/rooms/${c.roomId}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toMatch(/<noscript><meta http-equiv="refresh" content="\d+"><\/noscript>/);
    expect(html).toContain('data-visit-no="1"');
    expect(html).toContain('张*');
    expect(html).toMatch(/候诊 <b data-waiting>2<\/b> 人/);
    for (const b of booked) {
      expect(html).not.toContain(b.patient.name);
      expect(html).not.toContain(b.patient.documentNo);
      expect(html).not.toContain(b.patient.mobile);
      expect(html).not.toContain(b.appointment.code);
    }
    expect(html).toContain(maskName('欧阳娜娜'));
  });

  it("shows every room of a department with a session now, and a room's screen without one", async () => {
    const first = await clinic(2);
    const second = await clinic(1, first.clinic.departmentId);
    await setClock(core, '2026-12-04T07:45:00+08:00');
    for (const b of [...first.booked, ...second.booked]) expect((await checkIn(b)).status).toBe(200);
    const display = core.app.get(DisplayService);
    const board = await display.departmentBoard(first.clinic.departmentId);
    expect(board.rooms.map((r) => r.roomId).sort()).toEqual(
      [first.clinic.roomId, second.clinic.roomId].sort(),
    );
    const waiting = Object.fromEntries(board.rooms.map((r) => [r.roomId, r.waiting]));
    expect(waiting).toEqual({ [first.clinic.roomId]: 2, [second.clinic.roomId]: 1 });
    // Only the next two per room on a department's screen.
    expect(board.rooms.every((r) => r.next.length <= 2)).toBe(true);

    // Friday evening: no session in the room any more.
    await setClock(core, '2026-12-04T20:00:00+08:00');
    expect((await display.roomBoard(first.clinic.roomId)).rooms).toEqual([]);
    const cookie = await displayCookie(core.url, core.tokens.nurse);
    const page = await fetch(`${core.url}/display/rooms/${first.clinic.roomId}`, { headers: { cookie } });
    expect(await page.text()).toContain('本诊室当前没有出诊');
    const unknown = await fetch(`${core.url}/display/rooms/999999`, { headers: { cookie } });
    expect(unknown.status).toBe(404);
  });

  it('streams the whole board on connect and after a call-next, recall, pass and check-in', async () => {
    const { clinic: c, booked } = await clinic(4);
    await setClock(core, '2026-12-04T07:40:00+08:00');
    for (const b of booked.slice(0, 3)) expect((await checkIn(b)).status).toBe(200);
    await setClock(core, '2026-12-04T08:01:00+08:00');
    const cookie = await displayCookie(core.url, core.tokens.nurse);
    const stream = await openDisplayStream(core.url, `/display/rooms/${c.roomId}/events`, cookie);
    try {
      expect(stream.status).toBe(200);
      expect(stream.contentType).toMatch(/^text\/event-stream/);
      const first = await stream.next();
      expect(stream.raw[0]).toMatch(/^retry: \d+$/);
      expect(first.event).toBe('board');
      expect(JSON.parse(first.data!).html).toMatch(/候诊 <b data-waiting>3<\/b> 人/);

      const html = async () => JSON.parse((await stream.next()).data!).html as string;
      const started = performance.now();
      const called = await post('clinician', `/v1/queues/rooms/${c.roomId}/call-next`);
      let board = await html();
      process.stdout.write(
        `display (${core.database.kind}): call-next reached the stream ${Math.round(performance.now() - started)} ms after it was sent\n`,
      );
      expect(board).toContain('class="called" data-visit-no="1"');
      expect(board).toMatch(/候诊 <b data-waiting>2<\/b> 人/);

      await setClock(core, '2026-12-04T08:03:00+08:00');
      expect((await post('clinician', `/v1/appointments/${called.body.id}/recall`)).status).toBe(200);
      board = await html();
      expect(board).toContain(`data-call="1@2026-12-04T08:03:00+08:00"`);

      expect((await post('clinician', `/v1/appointments/${called.body.id}/pass`)).status).toBe(200);
      board = await html();
      expect(board).not.toContain('class="called"');
      expect(board).toMatch(/候诊 <b data-waiting>3<\/b> 人/);

      expect((await checkIn(booked[3])).status).toBe(200);
      board = await html();
      expect(board).toMatch(/候诊 <b data-waiting>4<\/b> 人/);

      for (const block of stream.raw)
        for (const b of booked) {
          expect(block).not.toContain(b.patient.name);
          expect(block).not.toContain(b.patient.documentNo);
          expect(block).not.toContain(b.patient.mobile);
        }
    } finally {
      stream.close();
    }
  });

  it('reaches a screen connected to another worker on PostgreSQL (LISTEN/NOTIFY), in-process on PGlite', async () => {
    const events = core.app.get(SqlEvents);
    if (core.database.kind !== 'postgres') {
      // The embedded database has one process: signals stay in it (the stream test above).
      expect(events.shared).toBe(false);
      expect(events.listening).toBe(false);
      return;
    }
    expect(events.shared).toBe(true);
    const other = await startCore({ PII_KEY }, core.database);
    try {
      await setClock(other, '2026-12-04T08:01:00+08:00');
      const { clinic: c, booked } = await clinic(2);
      await setClock(core, '2026-12-04T07:40:00+08:00');
      for (const b of booked) expect((await checkIn(b)).status).toBe(200);
      await setClock(core, '2026-12-04T08:01:00+08:00');
      const cookie = await displayCookie(other.url, other.tokens.nurse);
      const stream = await openDisplayStream(other.url, `/display/rooms/${c.roomId}/events`, cookie);
      try {
        expect(JSON.parse((await stream.next()).data!).html).toMatch(/候诊 <b data-waiting>2<\/b> 人/);
        const started = performance.now();
        // The call is made on the first worker; the screen streams from the second.
        expect((await post('clinician', `/v1/queues/rooms/${c.roomId}/call-next`)).status).toBe(200);
        const board = JSON.parse((await stream.next(5000)).data!).html as string;
        process.stdout.write(
          `display: call on one worker reached a screen on another in ${Math.round(performance.now() - started)} ms\n`,
        );
        expect(board).toContain('class="called" data-visit-no="1"');

        // The listening connections are killed (a failover, a DBA): each worker opens its own again,
        // without crashing, and the next call still reaches the other worker's screen.
        const sql = core.app.get(SqlClient);
        const listenerPids = async () =>
          (
            await sql.query<{ pid: number }>(
              `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN queue_changed'`,
            )
          ).map((r) => Number(r.pid));
        const killed = await listenerPids();
        expect(killed.length).toBeGreaterThanOrEqual(2);
        await sql.query(
          'SELECT COUNT(pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE pid IN (:a, :b)',
          {
            a: killed[0],
            b: killed[1],
          },
        );
        // Bounded by attempts: both workers listen again on new connections.
        let fresh: number[] = [];
        for (let attempt = 0; attempt < 100; attempt++) {
          fresh = (await listenerPids()).filter((pid) => !killed.includes(pid));
          if (fresh.length >= 2) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        expect(fresh.length).toBeGreaterThanOrEqual(2);
        expect(events.listening && other.app.get(SqlEvents).listening).toBe(true);
        await setClock(core, '2026-12-04T08:12:00+08:00');
        expect((await post('clinician', `/v1/queues/rooms/${c.roomId}/call-next`)).status).toBe(200);
        let after = JSON.parse((await stream.next(5000)).data!).html as string;
        // A resync may come first (the reconnect re-reads every board); the call follows within the wait.
        if (!after.includes('data-visit-no="2"'))
          after = JSON.parse((await stream.next(5000)).data!).html as string;
        expect(after).toContain('class="called" data-visit-no="2"');
      } finally {
        stream.close();
      }
    } finally {
      await other.close();
    }
  });
});
