import { addDays } from '@app/domain';
import type { SqlClient } from '../../apps/booking-core/src/database/sql-client';

/**
 * R16, R17: a small hospital history written straight into the tables (the visit day's own rows,
 * as the procedures leave them), so that every statistic has a hand-computed answer
 * (test/integration/statistics.spec.ts; docs/statistics.md). Dates are relative to the real date:
 * M0 is the month two months before this one, M−1 the month before it, Y the month a year before M0.
 *
 * Sessions (doctor, department, start, numbers released, first call):
 * - M0, 2nd Monday: S1 A/D1 08:00 ×100 08:03 · S2 B/D1 08:00 ×50 08:12 · S3 C/D2 14:00 ×50 suspended
 * - M0, the Tuesday after: S4 A/D1 08:00 ×50 07:58 · S5 C/D2 08:00 ×50 08:06
 * - M−1, 2nd Monday: S6 A/D1 08:00 ×10 08:00 · Y, 2nd Monday of M0 a year earlier: S7 A/D1 ×12 08:20
 */
export interface FixtureDates {
  m0: string; // YYYY-MM
  m0From: string;
  m0To: string;
  monday: string;
  tuesday: string;
  mPrev: string;
  prevMonday: string;
  yearAgo: string;
  yearAgoMonday: string;
}

interface Group {
  n: number;
  channel: string;
  status: 'REGISTERED' | 'NO_SHOW' | 'VOIDED_LATE' | 'CANCELLED' | 'CANCELLED_BY_HOSPITAL';
  lead: number;
  /** minutes from the number's start to the first call (REGISTERED only) */
  wait?: number;
}

interface SessionSpec {
  key: string;
  day: () => string;
  doctor: 'A' | 'B' | 'C';
  start: string;
  released: number;
  /** minutes after the start of the first call (negative: early); null: no call */
  firstCall: number | null;
  suspended?: boolean;
  groups: Group[];
}

const K = 5;

function monthOf(date: string, shift: number): string {
  const [y, m] = date.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + shift, 1));
  return d.toISOString().slice(0, 7);
}

function secondMonday(month: string): string {
  let day = `${month}-08`;
  while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 1) day = addDays(day, 1);
  return day;
}

export function fixtureDates(today: string): FixtureDates {
  const m0 = monthOf(today, -2);
  const mPrev = monthOf(today, -3);
  const yearAgo = monthOf(today, -14);
  const monday = secondMonday(m0);
  return {
    m0,
    m0From: `${m0}-01`,
    m0To: addDays(`${monthOf(today, -1)}-01`, -1),
    monday,
    tuesday: addDays(monday, 1),
    mPrev,
    prevMonday: secondMonday(mPrev),
    yearAgo,
    yearAgoMonday: secondMonday(yearAgo),
  };
}

export const FIXTURE_IDS = {
  departments: { D1: 900001, D2: 900002 },
  doctors: { A: 900011, B: 900012, C: 900013 },
};

const DEPARTMENT_OF = { A: 'D1', B: 'D1', C: 'D2' } as const;

export async function writeStatisticsFixture(sql: SqlClient, d: FixtureDates): Promise<void> {
  const sessions: SessionSpec[] = [
    {
      key: 'S1',
      day: () => d.monday,
      doctor: 'A',
      start: '08:00',
      released: 20 * K,
      firstCall: 3,
      groups: [
        { n: 8 * K, channel: 'PHONE', status: 'REGISTERED', lead: 3, wait: 10 },
        { n: 6 * K, channel: 'WECHAT', status: 'REGISTERED', lead: 7, wait: 20 },
        { n: 2 * K, channel: 'WECHAT', status: 'NO_SHOW', lead: 7 },
        { n: 2 * K, channel: 'PHONE', status: 'CANCELLED', lead: 5 },
        { n: 2 * K, channel: 'ON_SITE', status: 'REGISTERED', lead: 0, wait: 99 },
      ],
    },
    {
      key: 'S2',
      day: () => d.monday,
      doctor: 'B',
      start: '08:00',
      released: 10 * K,
      firstCall: 12,
      groups: [
        { n: 4 * K, channel: 'APP', status: 'REGISTERED', lead: 1, wait: 30 },
        { n: 1 * K, channel: 'APP', status: 'VOIDED_LATE', lead: 1 },
        { n: 3 * K, channel: 'ON_SITE', status: 'REGISTERED', lead: 0, wait: 99 },
      ],
    },
    {
      key: 'S3',
      day: () => d.monday,
      doctor: 'C',
      start: '14:00',
      released: 10 * K,
      firstCall: null,
      suspended: true,
      groups: [{ n: 4 * K, channel: 'PHONE', status: 'CANCELLED_BY_HOSPITAL', lead: 2 }],
    },
    {
      key: 'S4',
      day: () => d.tuesday,
      doctor: 'A',
      start: '08:00',
      released: 10 * K,
      firstCall: -2,
      groups: [
        { n: 5 * K, channel: 'PHONE', status: 'REGISTERED', lead: 2, wait: 5 },
        { n: 1 * K, channel: 'PHONE', status: 'NO_SHOW', lead: 2 },
      ],
    },
    {
      key: 'S5',
      day: () => d.tuesday,
      doctor: 'C',
      start: '08:00',
      released: 10 * K,
      firstCall: 6,
      groups: [
        { n: 4 * K, channel: 'WECHAT', status: 'REGISTERED', lead: 10, wait: 60 },
        { n: 2 * K, channel: 'ON_SITE', status: 'REGISTERED', lead: 0, wait: 99 },
      ],
    },
    {
      key: 'S6',
      day: () => d.prevMonday,
      doctor: 'A',
      start: '08:00',
      released: 10,
      firstCall: 0,
      groups: [
        { n: 6, channel: 'PHONE', status: 'REGISTERED', lead: 4, wait: 10 },
        { n: 2, channel: 'PHONE', status: 'NO_SHOW', lead: 4 },
        { n: 2, channel: 'ON_SITE', status: 'REGISTERED', lead: 0, wait: 99 },
      ],
    },
    {
      key: 'S7',
      day: () => d.yearAgoMonday,
      doctor: 'A',
      start: '08:00',
      released: 12,
      firstCall: 20,
      groups: [
        { n: 3, channel: 'PHONE', status: 'REGISTERED', lead: 6, wait: 20 },
        { n: 1, channel: 'PHONE', status: 'NO_SHOW', lead: 6 },
        { n: 6, channel: 'ON_SITE', status: 'REGISTERED', lead: 0, wait: 99 },
      ],
    },
  ];

  const q = (v: string | number | null | boolean) =>
    v === null
      ? 'NULL'
      : typeof v === 'number' || typeof v === 'boolean'
        ? String(v)
        : `'${v.replace(/'/g, "''")}'`;
  const at = (day: string, time: string, plusMinutes = 0) =>
    new Date(new Date(`${day}T${time}:00+08:00`).getTime() + plusMinutes * 60_000).toISOString();
  const insert = async (table: string, columns: string[], rows: (string | number | null | boolean)[][]) => {
    for (let i = 0; i < rows.length; i += 200) {
      const chunk = rows.slice(i, i + 200);
      await sql.query(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map((r) => `(${r.map(q).join(', ')})`).join(', ')}`,
      );
    }
  };

  await insert(
    'department',
    ['id', 'code', 'name'],
    [
      [FIXTURE_IDS.departments.D1, 'STATD1', '统计内科'],
      [FIXTURE_IDS.departments.D2, 'STATD2', '统计外科'],
    ],
  );
  await insert(
    'doctor',
    ['id', 'code', 'department_id', 'name', 'title'],
    (['A', 'B', 'C'] as const).map((k) => [
      FIXTURE_IDS.doctors[k],
      `STATDOC${k}`,
      FIXTURE_IDS.departments[DEPARTMENT_OF[k]],
      `统计医生${k}`,
      'CHIEF',
    ]),
  );
  await insert('room', ['id', 'code', 'name'], [[900021, 'STATROOM', '统计诊室']]);

  const patients = 120;
  const stamp = at(d.yearAgoMonday, '07:00', -30 * 24 * 60);
  await insert(
    'patient',
    ['id', 'name', 'created_at', 'updated_at'],
    Array.from({ length: patients }, (_v, i) => [900100 + i, `统计患者${i}`, stamp, stamp]),
  );
  await insert(
    'patient_document',
    ['id', 'patient_id', 'document_type', 'digest', 'masked', 'cipher', 'created_at'],
    Array.from({ length: patients }, (_v, i) => [
      900100 + i,
      900100 + i,
      'HOSPITAL_CARD',
      String(900100 + i).padStart(64, '0'),
      '****',
      'x',
      stamp,
    ]),
  );

  let sessionId = 900200;
  let slotId = 901000;
  let appointmentId = 910000;
  const sessionRows: (string | number | null | boolean)[][] = [];
  const slotRows: (string | number | null | boolean)[][] = [];
  const appointmentRows: (string | number | null | boolean)[][] = [];
  const slotHolder: [number, number][] = [];
  const visitRows: (string | number | null | boolean)[][] = [];
  const callRows: (string | number | null | boolean)[][] = [];

  for (const s of sessions) {
    const id = ++sessionId;
    const day = s.day();
    const doctor = FIXTURE_IDS.doctors[s.doctor];
    const department = FIXTURE_IDS.departments[DEPARTMENT_OF[s.doctor]];
    const startsAt = at(day, s.start);
    const endsAt = at(day, s.start, 240);
    const created = at(day, '00:00', -30 * 24 * 60);
    sessionRows.push([
      id,
      department,
      doctor,
      doctor,
      900021,
      day,
      s.start < '12:00' ? 'AM' : 'PM',
      startsAt,
      endsAt,
      created,
      0,
      s.suspended ? 'SUSPENDED' : 'OPEN',
      created,
      created,
      s.firstCall === null ? null : at(day, s.start, s.firstCall),
    ]);
    const firstSlot = slotId + 1;
    for (let seq = 1; seq <= s.released; seq++) {
      slotRows.push([++slotId, id, seq, at(day, s.start, seq - 1), at(day, s.start, seq)]);
    }
    let seq = 0;
    let patient = 0;
    for (const g of s.groups) {
      for (let i = 0; i < g.n; i++) {
        seq++;
        const aid = ++appointmentId;
        const slot = firstSlot + seq - 1;
        const slotStart = at(day, s.start, seq - 1);
        const bookedAt =
          g.channel === 'ON_SITE' ? at(day, s.start, seq - 6) : at(addDays(day, -g.lead), '10:00');
        const registered = g.status === 'REGISTERED';
        const checkedIn = registered ? at(day, s.start, seq - 11) : g.status === 'VOIDED_LATE' ? null : null;
        const call = registered && g.wait !== undefined ? at(day, s.start, seq - 1 + g.wait) : null;
        appointmentRows.push([
          aid,
          `ST${aid}`,
          '123456',
          900100 + patient,
          900100 + patient,
          id,
          slot,
          seq,
          g.channel,
          g.status,
          bookedAt,
          g.status === 'CANCELLED' || g.status === 'CANCELLED_BY_HOSPITAL'
            ? at(addDays(day, -1), '09:00')
            : null,
          checkedIn,
          call,
          registered ? at(day, s.start, seq + 200) : null,
          g.status === 'NO_SHOW' ? endsAt : g.status === 'VOIDED_LATE' ? at(day, s.start, seq + 14) : null,
          bookedAt,
        ]);
        patient++;
        if (g.status !== 'CANCELLED' && g.status !== 'CANCELLED_BY_HOSPITAL') slotHolder.push([slot, aid]);
        if (registered) {
          visitRows.push([
            aid,
            aid,
            900100 + patient - 1,
            id,
            seq,
            g.channel,
            0,
            at(day, s.start, seq + 200),
            'fixture',
          ]);
          if (call) {
            callRows.push([id, aid, seq, 'CALL', 900021, 'fixture', call]);
            // A recall later does not change the first call.
            callRows.push([id, aid, seq, 'RECALL', 900021, 'fixture', at(day, s.start, seq + 150)]);
          }
        }
        void slotStart;
      }
    }
  }
  await insert(
    'clinic_session',
    [
      'id',
      'department_id',
      'doctor_id',
      'acting_doctor_id',
      'room_id',
      'session_date',
      'period',
      'starts_at',
      'ends_at',
      'release_at',
      'fee_cents',
      'status',
      'created_at',
      'updated_at',
      'first_call_at',
    ],
    sessionRows,
  );
  await insert('slot', ['id', 'session_id', 'seq_no', 'starts_at', 'ends_at'], slotRows);
  await insert(
    'appointment',
    [
      'id',
      'code',
      'verification_code',
      'patient_id',
      'document_id',
      'session_id',
      'slot_id',
      'visit_no',
      'channel',
      'status',
      'booked_at',
      'cancelled_at',
      'checked_in_at',
      'called_at',
      'registered_at',
      'closed_at',
      'updated_at',
    ],
    appointmentRows,
  );
  for (const [slot, aid] of slotHolder)
    await sql.query(`UPDATE slot SET appointment_id = ${aid} WHERE id = ${slot}`);
  await insert(
    'visit',
    [
      'id',
      'appointment_id',
      'patient_id',
      'session_id',
      'visit_no',
      'channel',
      'fee_cents',
      'registered_at',
      'registered_by',
    ],
    visitRows,
  );
  await insert(
    'queue_call',
    ['session_id', 'appointment_id', 'visit_no', 'kind', 'room_id', 'called_by', 'at'],
    callRows,
  );

  // Notifications: M0 Monday 10:00 — SMS sent after 2, 4, 10 s, one DEAD, one WITHDRAWN;
  // WeChat sent after 1 and 3 s. M−1 Monday: one SMS sent after 5 s.
  const n = (day: string, channel: string, status: string, delay: number | null, i: number) => {
    const created = at(day, '10:00');
    return [
      'REMINDER',
      channel,
      900100,
      '{}',
      status,
      created,
      `stat-fixture-${i}`,
      created,
      created,
      delay === null ? null : new Date(new Date(created).getTime() + delay * 1000).toISOString(),
    ];
  };
  await insert(
    'notification',
    [
      'kind',
      'channel',
      'patient_id',
      'payload',
      'status',
      'next_attempt_at',
      'dedupe_key',
      'created_at',
      'updated_at',
      'sent_at',
    ],
    [
      n(d.monday, 'SMS', 'SENT', 2, 1),
      n(d.monday, 'SMS', 'SENT', 4, 2),
      n(d.monday, 'SMS', 'SENT', 10, 3),
      n(d.monday, 'SMS', 'DEAD', null, 4),
      n(d.monday, 'SMS', 'WITHDRAWN', null, 5),
      n(d.monday, 'WECHAT', 'SENT', 1, 6),
      n(d.monday, 'WECHAT', 'SENT', 3, 7),
      n(d.prevMonday, 'SMS', 'SENT', 5, 8),
    ],
  );
}
