import type { ExamModality, Period } from '@app/contracts';

/**
 * R19 医技预约 in the demo hospital: an imaging and endoscopy department, its exam types with
 * their preparation (检查前准备) and contraindication questions, the devices that perform them
 * and their weekly templates, and two rules between examinations. Names are fictional.
 */
export const DEMO_EXAM_DEPARTMENT = {
  code: 'IMAG',
  name: '医学影像与内镜中心',
  description: '超声、CT、磁共振、放射造影与胃肠镜检查（凭医生申请单预约）',
};

export interface DemoExamType {
  code: string;
  name: string;
  modality: ExamModality;
  minutesPerNumber: number;
  preparation: string;
  contraindications: string[];
}

export const DEMO_EXAM_TYPES: DemoExamType[] = [
  {
    code: 'US-ABD',
    name: '腹部彩超（肝胆胰脾）',
    modality: 'ULTRASOUND',
    minutesPerNumber: 15,
    preparation: '检查前禁食8小时（空腹），前一晚清淡饮食，检查当日早晨勿进食、勿饮水。',
    contraindications: ['近三日内是否做过钡餐或胃肠造影检查？'],
  },
  {
    code: 'US-URO',
    name: '泌尿系彩超（膀胱、前列腺）',
    modality: 'ULTRASOUND',
    minutesPerNumber: 15,
    preparation: '检查前1小时饮水500–800毫升，憋尿至膀胱充盈后检查。',
    contraindications: [],
  },
  {
    code: 'CT-CHEST',
    name: '胸部CT平扫',
    modality: 'CT',
    minutesPerNumber: 10,
    preparation: '检查前取下项链、带金属的内衣等金属物品。',
    contraindications: ['是否怀孕或可能怀孕？'],
  },
  {
    code: 'CT-ABD-ENH',
    name: '腹部增强CT',
    modality: 'CT',
    minutesPerNumber: 15,
    preparation: '检查前禁食4小时；需注射碘造影剂，请携带近期肾功能化验单，检查后多饮水。',
    contraindications: ['是否对碘造影剂过敏？', '是否有肾功能不全？', '是否怀孕或可能怀孕？'],
  },
  {
    code: 'MRI-HEAD',
    name: '头颅磁共振',
    modality: 'MRI',
    minutesPerNumber: 30,
    preparation: '检查前取下所有金属物品、磁卡、手机；体内有心脏起搏器或金属植入物者须提前告知。',
    contraindications: ['体内是否有心脏起搏器、人工耳蜗或金属植入物？', '是否有幽闭恐惧症？'],
  },
  {
    code: 'GASTRO',
    name: '无痛胃镜',
    modality: 'ENDOSCOPY',
    minutesPerNumber: 20,
    preparation: '检查前禁食8小时、禁水2小时；须有成人家属陪同，检查当日不能驾车。',
    contraindications: ['是否正在服用抗凝药（如阿司匹林、华法林）？', '是否有严重心肺疾病？'],
  },
  {
    code: 'BARIUM',
    name: '上消化道钡餐造影',
    modality: 'XRAY',
    minutesPerNumber: 15,
    preparation: '检查前禁食6小时；检查后多饮水以利钡剂排出。',
    contraindications: ['是否怀孕或可能怀孕？', '是否怀疑消化道穿孔？'],
  },
];

export interface DemoExamResource {
  code: string;
  name: string;
  device: string;
  room: string;
  technicians: string;
  types: string[];
  /** Weekdays (ISO) and periods of its template; numbers per half-day from the longest type. */
  weekdays: number[];
  periods: Period[];
  numberCount: number;
  reserveCount: number;
}

export const DEMO_EXAM_RESOURCES: DemoExamResource[] = [
  {
    code: 'US1',
    name: '彩超1号机',
    device: 'GE LOGIQ E10',
    room: '医技楼1层 超声1室',
    technicians: '孙技师, 钱技师',
    types: ['US-ABD', 'US-URO'],
    weekdays: [1, 2, 3, 4, 5, 6],
    periods: ['AM', 'PM'],
    numberCount: 14,
    reserveCount: 2,
  },
  {
    code: 'CT1',
    name: 'CT 1号机',
    device: 'Siemens SOMATOM Force',
    room: '医技楼1层 CT室',
    technicians: '郑技师',
    types: ['CT-CHEST', 'CT-ABD-ENH'],
    weekdays: [1, 2, 3, 4, 5],
    periods: ['AM', 'PM'],
    numberCount: 14,
    reserveCount: 2,
  },
  {
    code: 'MR1',
    name: '磁共振1号机',
    device: 'GE SIGNA Premier 3.0T',
    room: '医技楼2层 磁共振室',
    technicians: '冯技师',
    types: ['MRI-HEAD'],
    weekdays: [1, 3, 5],
    periods: ['AM', 'PM'],
    numberCount: 7,
    reserveCount: 1,
  },
  {
    code: 'ENDO1',
    name: '内镜1室',
    device: 'Olympus EVIS X1',
    room: '医技楼3层 内镜中心1室',
    technicians: '褚护士',
    types: ['GASTRO'],
    weekdays: [2, 4],
    periods: ['AM'],
    numberCount: 10,
    reserveCount: 0,
  },
  {
    code: 'DR1',
    name: '数字胃肠机',
    device: 'Siemens Luminos dRF Max',
    room: '医技楼1层 放射2室',
    technicians: '卫技师',
    types: ['BARIUM'],
    weekdays: [1, 3, 5],
    periods: ['AM'],
    numberCount: 14,
    reserveCount: 0,
  },
];

/** Rules between a patient's examinations (exam_rule): the later not within the gap of the earlier. */
export const DEMO_EXAM_RULES = [
  {
    code: 'BARIUM-BEFORE-US-ABD',
    earlier: 'BARIUM',
    later: 'US-ABD',
    minGapMinutes: 720,
    description: '钡餐造影后钡剂残留且已破坏空腹，12小时内不宜做腹部彩超（应先做彩超）',
  },
  {
    code: 'GASTRO-BEFORE-US-ABD',
    earlier: 'GASTRO',
    later: 'US-ABD',
    minGapMinutes: 240,
    description: '胃镜检查注气后4小时内不宜做腹部彩超',
  },
  {
    code: 'CONTRAST-CT-BEFORE-CT',
    earlier: 'CT-ABD-ENH',
    later: 'CT-ABD-ENH',
    minGapMinutes: 2880,
    description: '碘造影剂检查后48小时内不宜再次注射造影剂',
  },
];
