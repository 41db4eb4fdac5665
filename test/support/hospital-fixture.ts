import type { DoctorTitle, Period } from '@app/contracts';
import type { CoreEndpoint } from './core-harness';
import { http } from './http';

let seq = 0;

export interface FixtureSession {
  departmentId: number;
  doctorId: number;
  roomId: number;
  templateId: number;
}

/**
 * Builds what a test needs through the core's API (never behind its back): a department,
 * a doctor, a room and a template. Codes are unique per call, so tests do not collide.
 */
export async function createClinic(
  core: CoreEndpoint,
  t: {
    title?: DoctorTitle;
    weekday: number;
    period?: Period;
    firstStart?: string;
    minutesPerNumber?: number;
    numberCount?: number;
    reserveCount?: number;
    effectiveFrom: string;
    departmentId?: number;
  },
): Promise<FixtureSession> {
  const n = ++seq;
  const tag = `${process.pid % 10000}${n}`;
  const scheduler = core.auth('scheduler');
  let departmentId = t.departmentId;
  if (!departmentId) {
    const dep = await http(core.url, 'PUT', `/v1/departments/DEP${tag}`, {
      auth: scheduler,
      body: { name: `科室${tag}` },
    });
    expectOk(dep, 'department');
    departmentId = dep.body.id as number;
  }
  const doc = await http(core.url, 'PUT', `/v1/doctors/DOC${tag}`, {
    auth: scheduler,
    body: { departmentId, name: `医生${tag}`, title: t.title ?? 'CHIEF' },
  });
  expectOk(doc, 'doctor');
  const room = await http(core.url, 'PUT', `/v1/rooms/ROOM${tag}`, {
    auth: scheduler,
    body: { name: `诊室${tag}`, departmentId },
  });
  expectOk(room, 'room');
  const tpl = await http(core.url, 'POST', '/v1/schedule-templates', {
    auth: scheduler,
    body: {
      doctorId: doc.body.id,
      weekday: t.weekday,
      period: t.period ?? 'AM',
      roomId: room.body.id,
      firstStart: t.firstStart ?? '08:00',
      minutesPerNumber: t.minutesPerNumber ?? 10,
      numberCount: t.numberCount ?? 10,
      reserveCount: t.reserveCount ?? 0,
      effectiveFrom: t.effectiveFrom,
    },
  });
  expectOk(tpl, 'template');
  return { departmentId, doctorId: doc.body.id, roomId: room.body.id, templateId: tpl.body.id };
}

export async function setClock(core: CoreEndpoint, now: string): Promise<void> {
  const res = await http(core.url, 'PUT', '/v1/test/clock', { auth: core.auth('admin'), body: { now } });
  expectOk(res, 'clock');
}

export async function generate(core: CoreEndpoint, from?: string, to?: string) {
  const res = await http(core.url, 'POST', '/v1/sessions/generate', {
    auth: core.auth('scheduler'),
    body: { ...(from ? { from } : {}), ...(to ? { to } : {}) },
  });
  expectOk(res, 'generate');
  return res.body as {
    createdSessions: number;
    createdSlots: number;
    updatedSessions: number;
    withdrawnSlots: number;
    closedSessions: number;
    sessionsNeedingAttention: number;
  };
}

/** The session of a doctor on a date. */
export async function sessionOf(core: CoreEndpoint, doctorId: number, date: string): Promise<any> {
  const res = await http(
    core.url,
    'GET',
    `/v1/sessions?doctorId=${doctorId}&dateFrom=${date}&dateTo=${date}`,
    {
      auth: core.auth('agent'),
    },
  );
  expectOk(res, 'sessions');
  if (res.body.length !== 1)
    throw new Error(`expected one session for doctor ${doctorId} on ${date}, got ${res.body.length}`);
  return res.body[0];
}

function expectOk(res: { status: number; body: unknown }, what: string): void {
  if (res.status >= 300) throw new Error(`${what}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
}
