import type { DoctorTitle, NotificationJob } from '@app/contracts';

const TITLES: Record<DoctorTitle, string> = {
  CHIEF: '主任医师',
  ASSOCIATE_CHIEF: '副主任医师',
  ATTENDING: '主治医师',
  RESIDENT: '住院医师',
};

export interface RenderedMessage {
  /** Short title (push, WeChat first line). */
  title: string;
  /** The message as the patient reads it. */
  text: string;
}

/** 2026-11-27T08:30:00+08:00 → 2026-11-27 08:30 (already in hospital time). */
function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/**
 * R8 / R14: the Chinese texts patients receive, one template per kind. Data comes from the job
 * booking-core built (times already in hospital time); nothing here looks anything up.
 */
export function renderMessage(job: NotificationJob, hospital: string): RenderedMessage {
  const a = job.appointment;
  const name = job.patientName;
  const sign = `【${hospital}】`;
  if (typeof job.data.exam === 'string') return renderExamMessage(job, sign);
  const doctor = a ? `${a.doctor}(${TITLES[a.doctorTitle] ?? a.doctorTitle})` : '';
  const acting = a ? `${a.actingDoctor}(${TITLES[a.actingDoctorTitle] ?? a.actingDoctorTitle})` : '';
  const visit = a ? `${when(a.startsAt)} ${a.department} ${doctor}` : '';
  const reason = typeof job.data.reason === 'string' && job.data.reason ? `因${job.data.reason}，` : '';
  const text = (key: string) => (typeof job.data[key] === 'string' ? job.data[key] : '');
  // Decision 029: an offered number (a waitlist offer, or R14's priority rebooking after a suspension).
  const offerTitle = TITLES[text('offerDoctorTitle') as DoctorTitle] ?? text('offerDoctorTitle');
  const offer = job.data.offerHoldId
    ? `已为您保留${when(text('offerStartsAt'))} ${text('offerDepartment')} ${text('offerDoctor')}(${offerTitle})` +
      `就诊序号${String(job.data.offerVisitNo)}号，请于${when(text('offerExpiresAt'))}前确认，逾期自动释放。`
    : '';
  switch (job.kind) {
    case 'BOOKING_CONFIRMED':
      return {
        title: '预约成功',
        text:
          `${sign}${name}您好，您已预约${visit}，就诊序号${a?.visitNo}号，预约码${a?.code}` +
          `${a?.verificationCode ? `，取号验证码${a.verificationCode}` : ''}。请于就诊当天凭本人证件到自助机或窗口取号，` +
          `超过预约时间10分钟未取号预约作废。如需退号请在就诊前办理。`,
      };
    case 'REMINDER':
      return {
        title: '就诊提醒',
        text:
          `${sign}${name}您好，提醒您明天${visit}就诊，就诊序号${a?.visitNo}号` +
          `${a?.verificationCode ? `，取号验证码${a.verificationCode}` : ''}，地点${a?.roomLocation ?? ''}${a?.room ?? ''}。请提前取号。`,
      };
    case 'CANCELLED':
      return { title: '退号成功', text: `${sign}${name}您好，您${visit}的预约已取消，号源已释放。` };
    case 'VOIDED_LATE':
      return {
        title: '预约作废',
        text: `${sign}${name}您好，您${visit}的预约因超过预约时间10分钟未取号已作废，爽约将计入信用记录。`,
      };
    case 'SUBSTITUTED':
      return {
        title: '出诊医生变更',
        text:
          `${sign}${name}您好，${reason}您${when(a?.startsAt ?? '')}${a?.department ?? ''}的门诊改由同级别${acting}出诊，` +
          `就诊序号${a?.visitNo}号与时间不变，请按时就诊。`,
      };
    case 'SUSPENDED':
      return {
        title: '医生停诊',
        text:
          `${sign}${name}您好，${reason}${visit}停诊，您的预约已由医院取消，不计爽约。` +
          (offer || `请通过各预约渠道改约其他医生，`) +
          `给您带来不便敬请谅解。`,
      };
    case 'WAITLIST_OFFER':
      return {
        title: '候补号源',
        text: `${sign}${name}您好，您候补的号源已释放，${offer}`,
      };
    case 'BLACKLISTED': {
      const until = typeof job.data.until === 'string' ? job.data.until.slice(0, 10) : '';
      return {
        title: '预约服务暂停',
        text: `${sign}${name}您好，您30天内多次预约未就诊，根据医院预约管理规定，${until}前暂停您的预约挂号服务，现场挂号不受影响。`,
      };
    }
  }
}

/**
 * R19: the texts of an examination (医技预约). booking-core puts the exam's name, time, room and
 * preparation (检查前准备) into the event's data; the confirmation and the day-before reminder
 * repeat the preparation, since a patient who did not fast or fill the bladder cannot be examined.
 */
function renderExamMessage(job: NotificationJob, sign: string): RenderedMessage {
  const d = job.data;
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  const name = job.patientName;
  const visit = `${typeof d.examStartsAt === 'string' ? when(d.examStartsAt) : ''} ${text(d.exam)}`;
  const place = `地点${text(d.examRoom)}，序号${text(d.examVisitNo)}号，预约码${text(d.examCode)}`;
  const preparation = text(d.preparation) ? `检查前准备：${text(d.preparation)}` : '';
  switch (job.kind) {
    case 'BOOKING_CONFIRMED':
      return {
        title: '检查预约成功',
        text: `${sign}${name}您好，您已预约${visit}，${place}。${preparation}请于检查当天凭本人证件签到，超过预约时间10分钟未签到预约作废。`,
      };
    case 'REMINDER':
      return {
        title: '检查提醒',
        text: `${sign}${name}您好，提醒您明天${visit}，${place}。${preparation}`,
      };
    case 'CANCELLED':
      return {
        title: '检查预约已取消',
        text: `${sign}${name}您好，您${visit}的预约已取消，可凭申请单重新预约。`,
      };
    case 'VOIDED_LATE':
      return {
        title: '检查预约作废',
        text: `${sign}${name}您好，您${visit}的预约因超过预约时间10分钟未签到已作废，爽约将计入信用记录。`,
      };
    default:
      return { title: '检查通知', text: `${sign}${name}您好，您${visit}的预约有变更，请留意医院通知。` };
  }
}
