import type { DoctorTitle, Period } from '@app/contracts';

/**
 * The demo hospital seeded into an empty embedded database on first `npm start`: twelve
 * departments, three doctors each (every title represented), a room per doctor, and a weekly
 * roster. Names are fictional.
 */
export interface DemoDepartment {
  code: string;
  name: string;
  description: string;
  doctors: { name: string; title: DoctorTitle; specialties: string[] }[];
}

export const DEMO_DEPARTMENTS: DemoDepartment[] = [
  {
    code: 'CARD',
    name: '心血管内科',
    description: '胸痛、胸闷、心悸、高血压、冠心病、心律失常',
    doctors: [
      { name: '王建国', title: 'CHIEF', specialties: ['冠心病介入', '复杂高血压'] },
      { name: '李慧', title: 'ASSOCIATE_CHIEF', specialties: ['心律失常', '心力衰竭'] },
      { name: '赵明', title: 'ATTENDING', specialties: ['高血压', '血脂异常'] },
    ],
  },
  {
    code: 'RESP',
    name: '呼吸内科',
    description: '咳嗽、咳痰、气喘、哮喘、慢阻肺、肺部结节',
    doctors: [
      { name: '陈立新', title: 'CHIEF', specialties: ['肺部结节', '慢阻肺'] },
      { name: '周雪', title: 'ATTENDING', specialties: ['哮喘', '呼吸道感染'] },
      { name: '吴磊', title: 'RESIDENT', specialties: ['咳嗽'] },
    ],
  },
  {
    code: 'GAST',
    name: '消化内科',
    description: '腹痛、腹泻、反酸、胃炎、消化道出血、肝病',
    doctors: [
      { name: '孙海涛', title: 'CHIEF', specialties: ['消化内镜', '炎症性肠病'] },
      { name: '郑丽', title: 'ASSOCIATE_CHIEF', specialties: ['胃食管反流', '幽门螺杆菌'] },
      { name: '冯晓东', title: 'ATTENDING', specialties: ['脂肪肝'] },
    ],
  },
  {
    code: 'NEUR',
    name: '神经内科',
    description: '头痛、头晕、肢体麻木无力、癫痫、脑卒中、失眠',
    doctors: [
      { name: '何志强', title: 'ASSOCIATE_CHIEF', specialties: ['脑血管病', '头痛'] },
      { name: '许静', title: 'ATTENDING', specialties: ['癫痫', '睡眠障碍'] },
      { name: '韩冰', title: 'RESIDENT', specialties: ['头晕'] },
    ],
  },
  {
    code: 'ENDO',
    name: '内分泌科',
    description: '糖尿病、甲状腺疾病、肥胖、骨质疏松',
    doctors: [
      { name: '曹文华', title: 'CHIEF', specialties: ['糖尿病', '甲状腺结节'] },
      { name: '彭悦', title: 'ATTENDING', specialties: ['甲亢', '肥胖'] },
      { name: '曾凡', title: 'RESIDENT', specialties: ['血糖管理'] },
    ],
  },
  {
    code: 'ORTH',
    name: '骨科',
    description: '关节痛、腰腿痛、颈椎病、骨折、运动损伤',
    doctors: [
      { name: '邓刚', title: 'CHIEF', specialties: ['关节置换', '运动医学'] },
      { name: '萧宇', title: 'ASSOCIATE_CHIEF', specialties: ['脊柱外科'] },
      { name: '田野', title: 'ATTENDING', specialties: ['骨折', '颈椎病'] },
    ],
  },
  {
    code: 'GSUR',
    name: '普通外科',
    description: '腹部包块、疝、胆囊结石、甲状腺及乳腺肿块',
    doctors: [
      { name: '潘振华', title: 'CHIEF', specialties: ['肝胆外科', '微创手术'] },
      { name: '袁媛', title: 'ATTENDING', specialties: ['乳腺', '甲状腺'] },
      { name: '蒋涛', title: 'RESIDENT', specialties: ['疝'] },
    ],
  },
  {
    code: 'GYNE',
    name: '妇科',
    description: '月经不调、下腹痛、妇科炎症、子宫肌瘤',
    doctors: [
      { name: '蔡红', title: 'CHIEF', specialties: ['妇科肿瘤', '宫腔镜'] },
      { name: '贾琳', title: 'ASSOCIATE_CHIEF', specialties: ['月经病', '不孕'] },
      { name: '夏雨', title: 'ATTENDING', specialties: ['妇科炎症'] },
    ],
  },
  {
    code: 'PAED',
    name: '儿科',
    description: '儿童发热、咳嗽、腹泻、生长发育',
    doctors: [
      { name: '钟敏', title: 'ASSOCIATE_CHIEF', specialties: ['小儿呼吸', '哮喘'] },
      { name: '汪洋', title: 'ATTENDING', specialties: ['生长发育'] },
      { name: '任佳', title: 'RESIDENT', specialties: ['发热'] },
    ],
  },
  {
    code: 'OPHT',
    name: '眼科',
    description: '视力下降、眼红眼痛、白内障、青光眼',
    doctors: [
      { name: '姜明远', title: 'CHIEF', specialties: ['白内障', '青光眼'] },
      { name: '范婷', title: 'ATTENDING', specialties: ['屈光', '干眼'] },
      { name: '石磊', title: 'RESIDENT', specialties: ['结膜炎'] },
    ],
  },
  {
    code: 'DERM',
    name: '皮肤科',
    description: '皮疹、瘙痒、痤疮、湿疹、银屑病',
    doctors: [
      { name: '廖凯', title: 'ASSOCIATE_CHIEF', specialties: ['银屑病', '白癜风'] },
      { name: '邹琪', title: 'ATTENDING', specialties: ['痤疮', '湿疹'] },
      { name: '熊伟', title: 'RESIDENT', specialties: ['皮肤过敏'] },
    ],
  },
  {
    code: 'ENT',
    name: '耳鼻咽喉科',
    description: '耳鸣、听力下降、鼻塞、咽痛、打鼾',
    doctors: [
      { name: '金鹏', title: 'CHIEF', specialties: ['鼻窦炎', '睡眠呼吸暂停'] },
      { name: '陆晨', title: 'ATTENDING', specialties: ['中耳炎', '耳鸣'] },
      { name: '白雪', title: 'RESIDENT', specialties: ['咽喉炎'] },
    ],
  },
];

/** Weekly roster shape by title: experts fewer, longer numbers; residents more. */
export const DEMO_ROSTER: Record<
  DoctorTitle,
  { minutesPerNumber: number; numberCount: number; reserveCount: number; halfDays: number }
> = {
  CHIEF: { minutesPerNumber: 15, numberCount: 16, reserveCount: 2, halfDays: 2 },
  ASSOCIATE_CHIEF: { minutesPerNumber: 10, numberCount: 24, reserveCount: 3, halfDays: 3 },
  ATTENDING: { minutesPerNumber: 8, numberCount: 30, reserveCount: 4, halfDays: 4 },
  RESIDENT: { minutesPerNumber: 6, numberCount: 40, reserveCount: 5, halfDays: 5 },
};

export const PERIOD_START: Record<Period, string> = { AM: '08:00', PM: '13:30', EVENING: '18:00' };
