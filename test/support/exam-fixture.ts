import type { CoreEndpoint } from './core-harness';
import { http } from './http';
import { TEST_FRIDAY } from './test-calendar';

let tagNo = 0;

/**
 * An examination department built through the core's API: two resources (an ultrasound and an
 * X-ray room) with Friday-morning templates of 15-minute numbers, three exam types, and the rule
 * "no fasting abdominal ultrasound within 12 hours after a barium meal".
 */
export async function createExamDepartment(core: CoreEndpoint) {
  const tag = `${process.pid % 10000}X${++tagNo}`;
  const scheduler = core.auth('scheduler');
  const put = async (path: string, body: object) => {
    const r = await http(core.url, 'PUT', path, { auth: scheduler, body });
    if (r.status >= 300) throw new Error(`${path}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const dep = await put(`/v1/departments/EXD${tag}`, { name: `医技科${tag}` });
  const roomUs = await put(`/v1/rooms/EXU${tag}`, { name: `超声室${tag}`, departmentId: dep.id });
  const roomXr = await put(`/v1/rooms/EXR${tag}`, { name: `放射室${tag}`, departmentId: dep.id });
  const us = await put(`/v1/exam-types/US${tag}`, {
    name: '腹部彩超',
    modality: 'ULTRASOUND',
    departmentId: dep.id,
    minutesPerNumber: 15,
    preparation: '检查前禁食8小时（空腹），检查当日早晨勿进食、勿饮水。',
    contraindications: ['近三日内是否做过钡餐检查？'],
  });
  const barium = await put(`/v1/exam-types/BA${tag}`, {
    name: '上消化道钡餐造影',
    modality: 'XRAY',
    departmentId: dep.id,
    minutesPerNumber: 15,
    preparation: '检查前禁食6小时。',
    contraindications: ['是否怀孕？'],
  });
  const chest = await put(`/v1/exam-types/CX${tag}`, {
    name: '胸部正位片',
    modality: 'XRAY',
    departmentId: dep.id,
    minutesPerNumber: 15,
    preparation: '检查前取下金属饰物。',
    contraindications: [],
  });
  const resUs = await put(`/v1/exam-resources/RU${tag}`, {
    name: `彩超1号机${tag}`,
    device: 'GE LOGIQ E10',
    roomId: roomUs.id,
    departmentId: dep.id,
    technicians: '王技师',
    examTypeIds: [us.id],
  });
  const resXr = await put(`/v1/exam-resources/RX${tag}`, {
    name: `数字胃肠机${tag}`,
    device: 'Siemens Luminos',
    roomId: roomXr.id,
    departmentId: dep.id,
    examTypeIds: [barium.id, chest.id],
  });
  await put(`/v1/exam-rules/RULE${tag}`, {
    earlierTypeId: barium.id,
    laterTypeId: us.id,
    minGapMinutes: 720,
    description: '钡餐造影后12小时内不宜做需空腹的腹部超声',
  });
  for (const res of [resUs, resXr]) {
    const t = await http(core.url, 'POST', '/v1/exam-templates', {
      auth: scheduler,
      body: {
        examResourceId: res.id,
        weekday: 5,
        period: 'AM',
        firstStart: '08:00',
        minutesPerNumber: 15,
        numberCount: 8,
        reserveCount: 0,
        feeCents: 0,
        effectiveFrom: '2026-11-01',
      },
    });
    if (t.status >= 300) throw new Error(`template: ${t.status} ${JSON.stringify(t.body)}`);
  }
  const gen = await http(core.url, 'POST', '/v1/sessions/generate', { auth: scheduler, body: {} });
  if (gen.status >= 300) throw new Error(`generate: ${gen.status}`);
  const sessionOfType = async (typeId: number, resourceId: number) => {
    const r = await http(
      core.url,
      'GET',
      `/v1/exam-sessions?examTypeId=${typeId}&dateFrom=${TEST_FRIDAY}&dateTo=${TEST_FRIDAY}`,
      { auth: core.auth('agent') },
    );
    const session = (r.body as any[]).find((x) => x.resource.id === resourceId);
    if (!session) throw new Error(`no session of resource ${resourceId}: ${JSON.stringify(r.body)}`);
    const slots = await http(core.url, 'GET', `/v1/exam-sessions/${session.id}/slots`, {
      auth: core.auth('agent'),
    });
    return {
      session,
      slots: slots.body as { id: number; visitNo: number; startsAt: string; bookable: boolean }[],
    };
  };
  return {
    tag,
    types: { us, barium, chest },
    resources: { us: resUs, xr: resXr },
    us: await sessionOfType(us.id, resUs.id),
    xr: await sessionOfType(barium.id, resXr.id),
  };
}
