import { addDays, localDate } from '@app/domain';
import {
  FIXTURE_IDS,
  fixtureDates,
  http,
  startCore,
  writeStatisticsFixture,
  type CoreHarness,
  type FixtureDates,
} from '@test/support';
import { SqlClient } from '../../apps/booking-core/src/database/sql-client';
import { RollupJob } from '../../apps/booking-core/src/statistics';

/**
 * R16, R17: every figure of every report, by every grouping, against answers computed by hand from
 * the fixture (test/support/statistics-fixture.ts; definitions in docs/statistics.md), in JSON and
 * in CSV. Decision 021.
 */

type Grouping = 'total' | 'month' | 'department' | 'doctor' | 'channel' | 'weekday';
type Expected = Partial<Record<Grouping, Record<string, Record<string, number | null>>>>;

const { D1, D2 } = FIXTURE_IDS.departments;
const { A, B, C } = FIXTURE_IDS.doctors;

/** The hand-computed answers of the month M0 (rows keyed by department/doctor id, channel, ISO weekday). */
const EXPECTED: Record<string, Expected> = {
  'appointment-rate': {
    total: { '': { rate: 79.41 } },
    department: { [D1]: { rate: 82.14 }, [D2]: { rate: 66.67 } },
    doctor: { [A]: { rate: 90.48 }, [B]: { rate: 57.14 }, [C]: { rate: 66.67 } },
    channel: { PHONE: { rate: 100 }, WECHAT: { rate: 100 }, APP: { rate: 100 }, ON_SITE: { rate: 0 } },
    weekday: { 1: { rate: 78.26 }, 2: { rate: 81.82 } },
  },
  'waiting-time': {
    total: { '': { mean: 21.67, p50: 20, p90: 60 } },
    department: { [D1]: { mean: 15, p50: 10, p90: 30 }, [D2]: { mean: 60, p50: 60, p90: 60 } },
    doctor: {
      [A]: { mean: 11.84, p50: 10, p90: 20 },
      [B]: { mean: 30, p50: 30, p90: 30 },
      [C]: { mean: 60, p50: 60, p90: 60 },
    },
    channel: {
      PHONE: { mean: 8.08, p50: 10, p90: 10 },
      WECHAT: { mean: 36, p50: 20, p90: 60 },
      APP: { mean: 30, p50: 30, p90: 30 },
      ON_SITE: { mean: null, p50: null, p90: null },
    },
    weekday: { 1: { mean: 17.78, p50: 20, p90: 30 }, 2: { mean: 29.44, p50: 5, p90: 60 } },
  },
  'no-show': {
    total: { '': { rate: 12.9 } },
    department: { [D1]: { rate: 14.81 }, [D2]: { rate: 0 } },
    doctor: { [A]: { rate: 13.64 }, [B]: { rate: 20 }, [C]: { rate: 0 } },
    channel: { PHONE: { rate: 7.14 }, WECHAT: { rate: 16.67 }, APP: { rate: 20 }, ON_SITE: { rate: null } },
    weekday: { 1: { rate: 14.29 }, 2: { rate: 10 } },
  },
  punctuality: {
    total: { '': { meanDelay: 5.25, onTimeShare: 50 } },
    department: { [D1]: { meanDelay: 5, onTimeShare: 66.67 }, [D2]: { meanDelay: 6, onTimeShare: 0 } },
    doctor: {
      [A]: { meanDelay: 1.5, onTimeShare: 100 },
      [B]: { meanDelay: 12, onTimeShare: 0 },
      [C]: { meanDelay: 6, onTimeShare: 0 },
    },
    weekday: { 1: { meanDelay: 7.5, onTimeShare: 50 }, 2: { meanDelay: 3, onTimeShare: 50 } },
  },
  utilisation: {
    total: { '': { rate: 76 } },
    department: { [D1]: { rate: 80 }, [D2]: { rate: 60 } },
    doctor: { [A]: { rate: 80 }, [B]: { rate: 80 }, [C]: { rate: 60 } },
    weekday: { 1: { rate: 86.67 }, 2: { rate: 60 } },
  },
  cancellation: {
    total: { '': { rate: 5.41 } },
    department: { [D1]: { rate: 6.9 }, [D2]: { rate: 0 } },
    doctor: { [A]: { rate: 8.33 }, [B]: { rate: 0 }, [C]: { rate: 0 } },
    channel: { PHONE: { rate: 10 }, WECHAT: { rate: 0 }, APP: { rate: 0 }, ON_SITE: { rate: null } },
    weekday: { 1: { rate: 7.41 }, 2: { rate: 0 } },
  },
  'lead-time': {
    total: { '': { meanDays: 4.19 } },
    department: { [D1]: { meanDays: 3.69 }, [D2]: { meanDays: 6 } },
    doctor: { [A]: { meanDays: 4.25 }, [B]: { meanDays: 1 }, [C]: { meanDays: 6 } },
    channel: {
      PHONE: { meanDays: 2.7 },
      WECHAT: { meanDays: 8 },
      APP: { meanDays: 1 },
      ON_SITE: { meanDays: null },
    },
    weekday: { 1: { meanDays: 3.81 }, 2: { meanDays: 5.2 } },
  },
  suspensions: {
    total: { '': { sessions: 1, patientsAffected: 20 } },
    department: { [D1]: { sessions: 0, patientsAffected: 0 }, [D2]: { sessions: 1, patientsAffected: 20 } },
    doctor: {
      [A]: { sessions: 0, patientsAffected: 0 },
      [B]: { sessions: 0, patientsAffected: 0 },
      [C]: { sessions: 1, patientsAffected: 20 },
    },
    weekday: { 1: { sessions: 1, patientsAffected: 20 }, 2: { sessions: 0, patientsAffected: 0 } },
  },
  notifications: {
    total: { '': { sent: 5, dead: 1, medianDelay: 3 } },
    channel: { SMS: { sent: 3, dead: 1, medianDelay: 4 }, WECHAT: { sent: 2, dead: 0, medianDelay: 1 } },
    weekday: { 1: { sent: 5, dead: 1, medianDelay: 3 } },
  },
  'channel-mix': {
    channel: {
      PHONE: { share: 45.45 },
      WECHAT: { share: 27.27 },
      APP: { share: 11.36 },
      ON_SITE: { share: 15.91 },
    },
  },
};

/** The total's change from M−1 (previous period) and from M0 a year earlier, by hand. */
const COMPARED: Record<
  string,
  Record<string, [number | null, number | null, number | null, number | null]>
> = {
  // figure: [previous, change from previous, year ago, change from year ago]
  'appointment-rate': { rate: [75, 4.41, 33.33, 46.08] },
  'waiting-time': { mean: [10, 11.67, 20, 1.67], p50: [10, 10, 20, 0], p90: [10, 50, 20, 40] },
  'no-show': { rate: [25, -12.1, 25, -12.1] },
  punctuality: { meanDelay: [0, 5.25, 20, -14.75], onTimeShare: [100, -50, 0, 50] },
  utilisation: { rate: [100, -24, 83.33, -7.33] },
  cancellation: { rate: [0, 5.41, 0, 5.41] },
  'lead-time': { meanDays: [4, 0.19, 6, -1.81] },
  suspensions: { sessions: [0, 1, 0, 1], patientsAffected: [0, 20, 0, 20] },
  // No notification at all a year earlier: nothing to compare with (null, not zero).
  notifications: { sent: [1, 4, null, null], dead: [0, 1, null, null], medianDelay: [5, -2, null, null] },
};

function rowKey(grouping: Grouping, key: Record<string, string | number>): string {
  switch (grouping) {
    case 'department':
      return String(key.departmentId);
    case 'doctor':
      return String(key.doctorId);
    case 'channel':
      return String(key.channel);
    case 'weekday':
      return String(key.weekday);
    case 'month':
      return String(key.month);
    default:
      return '';
  }
}

/** Parses the CSV the API writes (no quoted commas in these reports' cells). */
function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.replace(/\r\n$/, '').split('\r\n');
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
}

describe('statistics (R16, R17): a fixture with hand-computed answers', () => {
  let core: CoreHarness;
  let dates: FixtureDates;
  const get = (path: string, token: Parameters<CoreHarness['auth']>[0] = 'statistics') =>
    http(core.url, 'GET', path, { auth: core.auth(token) });
  const m0 = () => `from=${dates.m0From}&to=${dates.m0To}`;

  beforeAll(async () => {
    core = await startCore();
    dates = fixtureDates(localDate(new Date(), 'Asia/Shanghai'));
    await writeStatisticsFixture(core.app.get(SqlClient), dates);
    // The recurring job closes every finished day, at most 400 a run.
    const job = core.app.get(RollupJob);
    await job.run();
    await job.run();
  });
  afterAll(async () => core?.close());

  for (const [report, byGrouping] of Object.entries(EXPECTED)) {
    for (const [grouping, rows] of Object.entries(byGrouping) as [
      Grouping,
      Record<string, Record<string, number | null>>,
    ][]) {
      it(`${report} by ${grouping}: JSON and CSV give the hand-computed figures`, async () => {
        const groupBy = grouping === 'total' ? 'none' : grouping;
        const json = await get(`/v1/reports/${report}?${m0()}&groupBy=${groupBy}`);
        expect(json.status).toBe(200);
        const list: {
          key: Record<string, string | number>;
          figures: Record<string, { value: number | null }>;
        }[] = grouping === 'total' ? [json.body.total] : json.body.rows;
        const actual = Object.fromEntries(
          list.map((r) => [
            rowKey(grouping, r.key),
            Object.fromEntries(Object.entries(r.figures).map(([k, v]) => [k, v.value])),
          ]),
        );
        expect(actual).toEqual(rows);

        const csv = await get(`/v1/reports/${report}.csv?${m0()}&groupBy=${groupBy}`);
        expect(csv.status).toBe(200);
        expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
        const raw = Buffer.from(
          await (
            await fetch(`${core.url}/v1/reports/${report}?${m0()}&groupBy=${groupBy}`, {
              headers: { authorization: core.auth('statistics'), accept: 'text/csv' },
            })
          ).arrayBuffer(),
        );
        expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const table = parseCsv(String(csv.body).replace(/^\uFEFF/, ''));
        const keyColumn = {
          total: '',
          month: 'month',
          department: 'departmentId',
          doctor: 'doctorId',
          channel: 'channel',
          weekday: 'weekday',
        }[grouping];
        const fromCsv = Object.fromEntries(
          table
            .filter((r) => (grouping === 'total' ? true : r[keyColumn] !== 'TOTAL'))
            .map((r) => [
              grouping === 'total' ? '' : r[keyColumn],
              Object.fromEntries(
                Object.keys(Object.values(rows)[0]).map((f) => [f, r[f] === '' ? null : Number(r[f])]),
              ),
            ]),
        );
        expect(fromCsv).toEqual(rows);
      });
    }
  }

  for (const [report, figures] of Object.entries(COMPARED)) {
    it(`${report}: every figure with its change from the previous period and a year earlier (total and by month)`, async () => {
      for (const groupBy of ['none', 'month']) {
        const res = await get(`/v1/reports/${report}?${m0()}&groupBy=${groupBy}`);
        expect(res.status).toBe(200);
        const row = groupBy === 'none' ? res.body.total : res.body.rows[0];
        if (groupBy === 'month') {
          expect(res.body.rows).toHaveLength(1);
          expect(row.key.month).toBe(dates.m0);
        }
        for (const [figure, [previous, changeFromPrevious, yearAgo, changeFromYearAgo]] of Object.entries(
          figures,
        ))
          expect({ figure, ...row.figures[figure] }).toMatchObject({
            figure,
            previous,
            changeFromPrevious,
            yearAgo,
            changeFromYearAgo,
          });
      }
    });
  }

  it('compares a group with the same group in the previous period and a year earlier; counts are given', async () => {
    const res = await get(`/v1/reports/appointment-rate?${m0()}&groupBy=doctor`);
    const byDoctor = Object.fromEntries(
      res.body.rows.map((r: { key: { doctorId: number } }) => [r.key.doctorId, r]),
    );
    expect(byDoctor[A].figures.rate).toEqual({
      value: 90.48,
      previous: 75,
      changeFromPrevious: 15.48,
      yearAgo: 33.33,
      changeFromYearAgo: 57.15,
    });
    expect(byDoctor[B].figures.rate).toEqual({
      value: 57.14,
      previous: null,
      changeFromPrevious: null,
      yearAgo: null,
      changeFromYearAgo: null,
    });
    expect(byDoctor[A].key).toMatchObject({ doctorId: A, doctor: '统计医生A' });
    expect(res.body.total.counts).toEqual({ visits: 170, visitsBooked: 135, walkInVisits: 35 });
    expect(res.body.comparison.yearAgo.from).toBe(`${dates.yearAgo}-01`);
    expect(res.body.figures[0].definition).toBe('/dashboard/definitions#appointment-rate');

    const mix = await get(`/v1/reports/channel-mix?${m0()}&groupBy=channel`);
    const phone = mix.body.rows.find((r: { key: { channel: string } }) => r.key.channel === 'PHONE');
    expect(phone.figures.share).toEqual({
      value: 45.45,
      previous: 80,
      changeFromPrevious: -34.55,
      yearAgo: 40,
      changeFromYearAgo: 5.45,
    });
  });

  it('groups by doctor × weekday (the punctuality heatmap) and filters by department, doctor and channel', async () => {
    const heat = await get(`/v1/reports/punctuality?${m0()}&groupBy=doctor,weekday`);
    expect(heat.status).toBe(200);
    const cells = Object.fromEntries(
      heat.body.rows.map(
        (r: {
          key: { doctorId: number; weekday: number };
          figures: { meanDelay: { value: number | null }; onTimeShare: { value: number | null } };
        }) => [
          `${r.key.doctorId}/${r.key.weekday}`,
          [r.figures.meanDelay.value, r.figures.onTimeShare.value],
        ],
      ),
    );
    expect(cells).toEqual({
      [`${A}/1`]: [3, 100],
      [`${A}/2`]: [0, 100],
      [`${B}/1`]: [12, 0],
      [`${C}/1`]: [null, null],
      [`${C}/2`]: [6, 0],
    });
    const d2 = await get(`/v1/reports/appointment-rate?${m0()}&groupBy=none&department=${D2}`);
    expect(d2.body.total.figures.rate.value).toBe(66.67);
    const doctorB = await get(`/v1/reports/utilisation?${m0()}&groupBy=none&doctor=${B}`);
    expect(doctorB.body.total.figures.rate.value).toBe(80);
    const wechat = await get(`/v1/reports/waiting-time?${m0()}&groupBy=none&channel=WECHAT`);
    expect(wechat.body.total.figures.mean.value).toBe(36);
  });

  it('refuses bad parameters with stable codes, and callers without the role', async () => {
    const cases: [string, number, string][] = [
      [`/v1/reports/appointment-rate?from=2026-13-01&to=2026-12-31`, 400, 'REPORT_BAD_PERIOD'],
      [`/v1/reports/appointment-rate?from=${dates.m0To}&to=${dates.m0From}`, 400, 'REPORT_BAD_PERIOD'],
      [`/v1/reports/appointment-rate?from=2000-01-01&to=2020-01-01`, 400, 'REPORT_BAD_PERIOD'],
      [`/v1/reports/punctuality?${m0()}&groupBy=channel`, 400, 'REPORT_BAD_GROUP_BY'],
      [`/v1/reports/appointment-rate?${m0()}&groupBy=hour`, 400, 'REPORT_BAD_GROUP_BY'],
      [`/v1/reports/appointment-rate?${m0()}&groupBy=month,doctor,channel`, 400, 'REPORT_BAD_GROUP_BY'],
      [`/v1/reports/channel-mix?${m0()}&groupBy=month`, 400, 'REPORT_BAD_GROUP_BY'],
      [`/v1/reports/appointment-rate?${m0()}&department=abc`, 400, 'REPORT_BAD_FILTER'],
      [`/v1/reports/appointment-rate?${m0()}&channel=PIGEON`, 400, 'REPORT_BAD_FILTER'],
      [`/v1/reports/appointment-rate?${m0()}&format=xml`, 400, 'REPORT_BAD_FILTER'],
      [`/v1/reports/appointment-rate?${m0()}&colour=red`, 400, 'VALIDATION_FAILED'],
      [`/v1/reports/popularity?${m0()}`, 404, 'REPORT_NOT_FOUND'],
    ];
    for (const [path, status, code] of cases) {
      const res = await get(path);
      expect({ path, status: res.status, code: res.body?.code }).toEqual({ path, status, code });
    }
    expect((await get(`/v1/reports/appointment-rate?${m0()}`, 'agent')).status).toBe(403);
    expect((await get(`/v1/reports/appointment-rate?${m0()}`, 'admin')).status).toBe(200);
    expect((await http(core.url, 'GET', `/v1/reports/appointment-rate?${m0()}`)).status).toBe(401);
    // Form bodies are the dashboard's sign-in only (decision 022); the API stays JSON.
    const form = await fetch(`${core.url}/v1/statistics/policy-events`, {
      method: 'POST',
      headers: {
        authorization: core.auth('statistics'),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'date=2026-01-01&title=x',
    });
    expect(form.status).toBe(415);
  });

  it('keeps a closed day as it was until a rebuild, which is idempotent', async () => {
    const sql = core.app.get(SqlClient);
    const rate = async () =>
      (await get(`/v1/reports/appointment-rate?${m0()}&groupBy=none`)).body.total.figures.rate.value;
    const before = await get(`/v1/reports/waiting-time?${m0()}&groupBy=doctor`);
    // One WeChat visit of S1 becomes a walk-in behind the roll-up's back.
    const [row] = await sql.query<{ id: number }>(
      `SELECT MIN(a.id) AS id FROM appointment a JOIN clinic_session s ON s.id = a.session_id
        WHERE s.session_date = :day AND a.channel = 'WECHAT' AND a.status = 'REGISTERED'`,
      { day: dates.monday },
    );
    await sql.query(`UPDATE appointment SET channel = 'ON_SITE' WHERE id = :id`, { id: row.id });
    await sql.query(`UPDATE visit SET channel = 'ON_SITE' WHERE appointment_id = :id`, { id: row.id });
    await core.app.get(RollupJob).run();
    expect(await rate()).toBe(79.41);

    const rebuild = (from: string, to: string) =>
      http(core.url, 'POST', '/v1/statistics/rollups', { auth: core.auth('admin'), body: { from, to } });
    expect((await rebuild(dates.monday, dates.tuesday)).body).toEqual({ days: 2 });
    expect(await rate()).toBe(78.82); // 134 of 170
    await sql.query(`UPDATE appointment SET channel = 'WECHAT' WHERE id = :id`, { id: row.id });
    await sql.query(`UPDATE visit SET channel = 'WECHAT' WHERE appointment_id = :id`, { id: row.id });
    await rebuild(dates.monday, dates.tuesday);
    await rebuild(dates.monday, dates.tuesday);
    expect(await rate()).toBe(79.41);
    expect((await get(`/v1/reports/waiting-time?${m0()}&groupBy=doctor`)).body).toEqual(before.body);

    const refused = await http(core.url, 'POST', '/v1/statistics/rollups', {
      auth: core.auth('statistics'),
      body: { from: dates.monday, to: dates.monday },
    });
    expect(refused.status).toBe(403);
  });

  it('counts today live, without waiting for the day to close', async () => {
    // The core's clock at noon of today (hospital time), so the test never straddles midnight.
    const today = localDate(new Date(), 'Asia/Shanghai');
    const setNow = (now: string) =>
      http(core.url, 'PUT', '/v1/test/clock', { auth: core.auth('admin'), body: { now } });
    await setNow(`${today}T12:00:00+08:00`);
    const sql = core.app.get(SqlClient);
    const rateToday = async () =>
      (await get(`/v1/reports/appointment-rate?from=${today}&to=${today}&groupBy=none`)).body.total.counts;
    expect(await rateToday()).toEqual({ visits: 0, visitsBooked: 0, walkInVisits: 0 });
    const at = `${today}T11:00:00+08:00`;
    await sql.query(
      `INSERT INTO clinic_session (id, department_id, doctor_id, acting_doctor_id, room_id, session_date, period, starts_at,
                                   ends_at, release_at, fee_cents, status, created_at, updated_at)
       VALUES (909999, ${D1}, ${A}, ${A}, 900021, :today, 'AM', :at, :at, :at, 0, 'OPEN', :at, :at)`,
      { today, at },
    );
    await sql.query(
      `INSERT INTO slot (id, session_id, seq_no, starts_at, ends_at) VALUES (909999, 909999, 1, :at, :at)`,
      { at },
    );
    await sql.query(
      `INSERT INTO appointment (id, code, verification_code, patient_id, document_id, session_id, slot_id, visit_no, channel,
                                status, booked_at, updated_at)
       VALUES (909999, 'STTODAY', '123456', 900100, 900100, 909999, 909999, 1, 'ON_SITE', 'REGISTERED', :at, :at)`,
      { at },
    );
    await sql.query(
      `INSERT INTO visit (appointment_id, patient_id, session_id, visit_no, channel, fee_cents, registered_at, registered_by)
       VALUES (909999, 900100, 909999, 1, 'ON_SITE', 0, :at, 'fixture')`,
      { at },
    );
    // The live roll-up is kept for a minute of the core's clock: move it on.
    await setNow(`${today}T12:02:00+08:00`);
    expect(await rateToday()).toEqual({ visits: 1, visitsBooked: 0, walkInVisits: 1 });
    await http(core.url, 'DELETE', '/v1/test/clock', { auth: core.auth('admin') });
  });

  it('records policy events for the charts (STATISTICS or ADMIN), audited', async () => {
    const add = await http(core.url, 'POST', '/v1/statistics/policy-events', {
      auth: core.auth('statistics'),
      body: { date: dates.monday, title: '统一号源池上线' },
    });
    expect(add.status).toBe(201);
    expect(add.body).toMatchObject({ date: dates.monday, title: '统一号源池上线' });
    const bad = await http(core.url, 'POST', '/v1/statistics/policy-events', {
      auth: core.auth('statistics'),
      body: { date: '2026-02-30', title: 'x' },
    });
    expect(bad.status).toBe(400);
    const list = await get(`/v1/statistics/policy-events?from=${dates.m0From}&to=${dates.m0To}`);
    expect(list.body).toEqual([{ id: add.body.id, date: dates.monday, title: '统一号源池上线' }]);
  });

  it('waiting-time percentiles from the minute histogram: even counts, ties, whole minutes, the 240 overflow (hand-computed)', async () => {
    // Month E (eight months before this one) is otherwise empty. Doctor B, the 2nd Monday of E,
    // 08:00, numbers every minute. Each wait runs from the later of check-in and the number's start
    // to the first call (seconds):
    //   PHONE  5 min · 5 min 59 s · 12 min (checked in 7 min after the number's start) · 20 min
    //   APP    30 s · 30 min · 45 min · 300 min
    // Whole minutes, sorted: PHONE 5 5 12 20 · APP 0 30 45 240 (300 counts as 240: "240 or more")
    // · all 0 5 5 12 20 30 45 240. Nearest rank ⌈p × N⌉:
    //   all:   N = 8, P50 rank 4 → 12 (interpolation would say 16), P90 rank 8 → 240;
    //          mean (30 + 300 + 359 + 720 + 1200 + 1800 + 2700 + 18000) s ÷ 8 = 3138.625 s = 52.31 min
    //   PHONE: N = 4, P50 rank 2 → 5 (the tie 5 min and 5 min 59 s), P90 rank 4 → 20;
    //          mean 2579 s ÷ 4 = 644.75 s = 10.75 min
    //   APP:   N = 4, P50 rank 2 → 30, P90 rank 4 → 240; mean 22530 s ÷ 4 = 5632.5 s = 93.88 min
    const sql = core.app.get(SqlClient);
    const [y, m] = localDate(new Date(), 'Asia/Shanghai').split('-').map(Number);
    const month = new Date(Date.UTC(y, m - 1 - 8, 1)).toISOString().slice(0, 7);
    let day = `${month}-08`;
    while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 1) day = addDays(day, 1);
    const at = (seconds: number) =>
      new Date(Date.parse(`${day}T08:00:00+08:00`) + seconds * 1000).toISOString();
    const waits: [string, number, number][] = [
      // channel, check-in after the number's start (s), wait (s)
      ['PHONE', -600, 300],
      ['PHONE', -600, 359],
      ['PHONE', 420, 720],
      ['PHONE', -60, 1200],
      ['APP', -600, 30],
      ['APP', -600, 1800],
      ['APP', -600, 2700],
      ['APP', -600, 18000],
    ];
    await sql.query(
      `INSERT INTO clinic_session (id, department_id, doctor_id, acting_doctor_id, room_id, session_date, period, starts_at,
                                   ends_at, release_at, fee_cents, status, created_at, updated_at, first_call_at)
       VALUES (909900, ${D1}, ${B}, ${B}, 900021, :day, 'AM', :start, :end, :release, 0, 'OPEN', :release, :release, :start)`,
      { day, start: at(0), end: at(4 * 3600), release: at(-7 * 86_400) },
    );
    for (const [i, [channel, checkIn, wait]] of waits.entries()) {
      const id = 909901 + i;
      const slotStart = i * 60;
      const call = at(Math.max(slotStart, slotStart + checkIn) + wait);
      await sql.query(
        `INSERT INTO slot (id, session_id, seq_no, starts_at, ends_at) VALUES (:id, 909900, :seq, :s, :e)`,
        {
          id,
          seq: i + 1,
          s: at(slotStart),
          e: at(slotStart + 60),
        },
      );
      await sql.query(
        `INSERT INTO appointment (id, code, verification_code, patient_id, document_id, session_id, slot_id, visit_no,
                                  channel, status, booked_at, checked_in_at, called_at, registered_at, updated_at)
         VALUES (:id, :code, '123456', :patient, :patient, 909900, :id, :seq, :channel, 'REGISTERED', :booked, :checkIn,
                 :call, :call, :call)`,
        {
          id,
          code: `STEDGE${i}`,
          patient: 900100 + i,
          seq: i + 1,
          channel,
          booked: at(-86_400),
          checkIn: at(slotStart + checkIn),
          call,
        },
      );
      await sql.query(`UPDATE slot SET appointment_id = :id WHERE id = :id`, { id });
      await sql.query(
        `INSERT INTO visit (appointment_id, patient_id, session_id, visit_no, channel, fee_cents, registered_at, registered_by)
         VALUES (:id, :patient, 909900, :seq, :channel, 0, :call, 'fixture')`,
        { id, patient: 900100 + i, seq: i + 1, channel, call },
      );
      await sql.query(
        `INSERT INTO queue_call (session_id, appointment_id, visit_no, kind, room_id, called_by, at)
         VALUES (909900, :id, :seq, 'CALL', 900021, 'fixture', :call)`,
        { id, seq: i + 1, call },
      );
    }
    // The day was closed empty by the job: rebuild it (twice: idempotent).
    for (let i = 0; i < 2; i++)
      expect(
        (
          await http(core.url, 'POST', '/v1/statistics/rollups', {
            auth: core.auth('admin'),
            body: { from: day, to: day },
          })
        ).body,
      ).toEqual({ days: 1 });

    const all = { mean: 52.31, p50: 12, p90: 240 };
    const byChannel = { PHONE: { mean: 10.75, p50: 5, p90: 20 }, APP: { mean: 93.88, p50: 30, p90: 240 } };
    const figures = (r: { figures: Record<string, { value: number | null }> }) =>
      Object.fromEntries(Object.entries(r.figures).map(([k, v]) => [k, v.value]));
    const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0))
      .toISOString()
      .slice(0, 10);
    // The whole month (the month layer), the day alone and a period straddling two months (the day
    // layer), by weekday (the day layer throughout): the same figures.
    for (const period of [
      `from=${month}-01&to=${lastDay}`,
      `from=${day}&to=${day}`,
      `from=${addDays(`${month}-01`, -3)}&to=${addDays(lastDay, 2)}`,
    ]) {
      const total = await get(`/v1/reports/waiting-time?${period}&groupBy=none`);
      expect({ period, ...figures(total.body.total) }).toEqual({ period, ...all });
      expect(total.body.total.counts).toEqual({ called: 8 });
      const channels = await get(`/v1/reports/waiting-time?${period}&groupBy=channel`);
      expect(
        Object.fromEntries(
          channels.body.rows.map(
            (r: { key: { channel: string }; figures: Record<string, { value: number | null }> }) => [
              r.key.channel,
              figures(r),
            ],
          ),
        ),
      ).toEqual(byChannel);
      const weekday = await get(`/v1/reports/waiting-time?${period}&groupBy=weekday`);
      expect(weekday.body.rows.map(figures)).toEqual([all]);
      const monthRow = await get(`/v1/reports/waiting-time?${period}&groupBy=month,channel`);
      expect(monthRow.body.rows.map(figures)).toEqual([byChannel.APP, byChannel.PHONE]);
    }
    const csv = await get(`/v1/reports/waiting-time.csv?from=${month}-01&to=${lastDay}&groupBy=channel`);
    const table = parseCsv(String(csv.body).replace(/^\uFEFF/, ''));
    expect(table.map((r) => [r.channel, Number(r.mean), Number(r.p50), Number(r.p90)]).sort()).toEqual(
      [
        ['APP', 93.88, 30, 240],
        ['PHONE', 10.75, 5, 20],
        ['TOTAL', 52.31, 12, 240],
      ].sort(),
    );
  });

  it('keeps the month histogram of waiting times equal to the sum of its days (rebuilds and today live included)', async () => {
    const sql = core.app.get(SqlClient);
    const daily = await sql.query<Record<string, unknown>>(
      `SELECT stat_month, department_id, doctor_id, channel, wait_minute, SUM(n) AS n FROM stat_wait
        GROUP BY stat_month, department_id, doctor_id, channel, wait_minute`,
    );
    const monthly = await sql.query<Record<string, unknown>>(
      `SELECT stat_month, department_id, doctor_id, channel, wait_minute, n FROM stat_wait_month`,
    );
    const rows = (list: Record<string, unknown>[]) =>
      list
        .map((r) =>
          [r.stat_month, r.department_id, r.doctor_id, String(r.channel).trim(), r.wait_minute, r.n]
            .map(String)
            .join('|'),
        )
        .sort();
    expect(monthly.length).toBeGreaterThan(5);
    expect(rows(monthly)).toEqual(rows(daily));
  });

  /** The month layers of migration 042 = the sums of their days. */
  async function expectMonthLayersEqualDays(): Promise<void> {
    const sql = core.app.get(SqlClient);
    const columns = [
      'booked',
      'cancelled',
      'cancelled_by_hospital',
      'no_show',
      'voided_late',
      'walk_ins',
      'visits',
      'visits_booked',
      'lead_days_sum',
      'wait_count',
      'wait_seconds_sum',
    ];
    const keys = ['stat_month', 'department_id', 'doctor_id', 'channel'];
    const rows = (list: Record<string, unknown>[], names: string[]) =>
      list.map((r) => names.map((n) => String(r[n]).trim()).join('|')).sort();
    const daily = await sql.query<Record<string, unknown>>(
      `SELECT ${keys.join(', ')}, COUNT(*) AS day_rows, ${columns.map((c) => `SUM(${c}) AS ${c}`).join(', ')}
         FROM stat_day GROUP BY ${keys.join(', ')}`,
    );
    const monthly = await sql.query<Record<string, unknown>>(
      `SELECT ${keys.join(', ')}, day_rows, ${columns.join(', ')} FROM stat_day_month`,
    );
    expect(monthly.length).toBeGreaterThan(5);
    expect(rows(monthly, [...keys, 'day_rows', ...columns])).toEqual(
      rows(daily, [...keys, 'day_rows', ...columns]),
    );

    const weekdayKeys = ['stat_month', 'weekday', 'department_id', 'channel'];
    const weekdayDaily = await sql.query<Record<string, unknown>>(
      `SELECT ${weekdayKeys.join(', ')}, COUNT(*) AS day_rows, ${columns.map((c) => `SUM(${c}) AS ${c}`).join(', ')}
         FROM stat_day GROUP BY ${weekdayKeys.join(', ')}`,
    );
    const weekdayMonthly = await sql.query<Record<string, unknown>>(
      `SELECT ${weekdayKeys.join(', ')}, day_rows, ${columns.join(', ')} FROM stat_day_month_weekday`,
    );
    expect(weekdayMonthly.length).toBeGreaterThan(5);
    expect(rows(weekdayMonthly, [...weekdayKeys, 'day_rows', ...columns])).toEqual(
      rows(weekdayDaily, [...weekdayKeys, 'day_rows', ...columns]),
    );

    for (const [table, waitKeys] of [
      ['stat_wait_month_channel', ['stat_month', 'department_id', 'channel', 'wait_minute']],
      ['stat_wait_month_doctor', ['stat_month', 'department_id', 'doctor_id', 'wait_minute']],
      ['stat_wait_month_department', ['stat_month', 'department_id', 'wait_minute']],
      ['stat_wait_month_weekday', ['stat_month', 'weekday', 'department_id', 'wait_minute']],
    ] as const) {
      const waitDaily = await sql.query<Record<string, unknown>>(
        `SELECT ${waitKeys.join(', ')}, SUM(n) AS n FROM stat_wait GROUP BY ${waitKeys.join(', ')}`,
      );
      const waitMonthly = await sql.query<Record<string, unknown>>(
        `SELECT ${waitKeys.join(', ')}, n FROM ${table}`,
      );
      expect(waitMonthly.length).toBeGreaterThan(5);
      expect({ table, rows: rows(waitMonthly, [...waitKeys, 'n']) }).toEqual({
        table,
        rows: rows(waitDaily, [...waitKeys, 'n']),
      });
    }
  }

  it('keeps every month layer of counters and waiting times equal to the sums of its days (decision 037)', async () => {
    await expectMonthLayersEqualDays();
  });

  it('drops a month row whose days all left its group on a rebuild, and brings it back (decision 037)', async () => {
    const sql = core.app.get(SqlClient);
    const rebuild = async () =>
      expect(
        (
          await http(core.url, 'POST', '/v1/statistics/rollups', {
            auth: core.auth('admin'),
            body: { from: dates.m0From, to: dates.m0To },
          })
        ).status,
      ).toBe(200);
    const rowsOfA = async () =>
      (
        await sql.query<Record<string, unknown>>(
          `SELECT stat_month FROM stat_day_month WHERE doctor_id = ${A} AND stat_month = :month
           UNION ALL SELECT stat_month FROM stat_wait_month_doctor WHERE doctor_id = ${A} AND stat_month = :month`,
          { month: dates.m0 },
        )
      ).length;
    expect(await rowsOfA()).toBeGreaterThan(0);
    // A substitute takes over every session of doctor A in M0: rebuilt, A's month rows go.
    await sql.query(
      `UPDATE clinic_session SET acting_doctor_id = ${B}
        WHERE doctor_id = ${A} AND session_date BETWEEN :from AND :to`,
      { from: dates.m0From, to: dates.m0To },
    );
    await rebuild();
    expect(await rowsOfA()).toBe(0);
    await expectMonthLayersEqualDays();
    await sql.query(
      `UPDATE clinic_session SET acting_doctor_id = doctor_id
        WHERE doctor_id = ${A} AND session_date BETWEEN :from AND :to`,
      { from: dates.m0From, to: dates.m0To },
    );
    await rebuild();
    expect(await rowsOfA()).toBeGreaterThan(0);
    await expectMonthLayersEqualDays();
  });
});
