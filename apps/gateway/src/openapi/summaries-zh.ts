import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * Chinese summaries of the partner API's operations, by operationId (decision 032). The published
 * document carries each as `x-summary-zh` beside the English `summary`; /docs/zh shows a copy with
 * the Chinese in front. A test fails when an operation has none.
 */
export const SUMMARIES_ZH: Record<string, string> = {
  health: '网关存活检查（无需签名），同 /v1/health/live',
  healthLive: '存活检查：网关进程在应答（不检查依赖）',
  healthReady: '就绪检查：预约核心已就绪且共享存储可用，一秒内应答',
  listDepartments: '科室列表',
  listDoctors: '医生列表（含职称与专长）',
  listSessions: '开放的出诊（医生、替诊医生、诊室、时间、费用及本合作方可约号数）',
  listSlots: '某出诊的号源：每个号的时段及本合作方能否预约',
  bookAppointment: '预约挂号：从统一号源池取号（R5）',
  getAppointment: '查询一条预约（仅限本合作方所约）',
  cancelAppointment: '退号：号源先提供给候补患者，无人候补时随机延迟后回到号池（R9）',
  holdNumber: '锁号：为患者保留一个号几分钟，待其确认或支付（R5）',
  getHold: '查询一条锁号（仅限本合作方所锁）',
  confirmHold: '确认锁号：再次校验全部预约规则后生成预约',
  releaseHold: '提前释放锁号：号源先提供给候补患者，否则随机延迟后回到号池',
  searchPatientAppointments: '按实名与证件查询患者在各渠道的预约',
  listTriageBodyParts: '自助导诊：按性别年龄返回人体部位图（成年男性、成年女性或儿童）',
  listTriageSymptoms: '自助导诊：某部位下的症状，或按中文名、同义词、拼音首字母搜索',
  getTriageQuestions: '自助导诊：下一步要问的问题（持续时间、是否怀孕、危险信号清单）',
  assessTriage: '自助导诊评估：紧急程度、危险信号、最多三个推荐科室及其医生和近期出诊',
  joinWaitlist: '候补：登记已约满出诊的候补（实名，同样校验黑名单与限约规则）（R5）',
  getWaitlistEntry: '查询候补：排队位置及为其保留的号（仅限本合作方登记的）',
  leaveWaitlist: '退出候补：若有保留的号，转给下一位',
  acceptWaitlistOffer: '接受候补号：生成预约（同预约应答，含取号验证码）',
  declineWaitlistOffer: '放弃候补号：该号转给排在下一位的候补患者',
  listExamTypes: '医技检查项目及检查前准备（R19）',
  lookupExamOrder: '按申请单号及患者实名与证件查询检查申请单',
  listExamSessions: '可做某检查项目的设备排班',
  listExamSlots: '某设备排班的时段及能否预约',
  bookExamination: '按医院已开的申请单预约检查时间（R19）',
  getExamination: '查询一条检查预约（仅限本合作方所约）',
  cancelExamination: '取消检查预约；申请单可重新预约',
  getSandboxClock: '沙箱：读取沙箱的时钟',
  setSandboxClock: '沙箱：设置沙箱的时钟（仅沙箱合作方）',
  resetSandbox: '沙箱：时钟恢复为真实时间',
};

/** Chinese descriptions of the tags, for /docs/zh. */
export const TAGS_ZH: Record<string, string> = {
  catalog: '科室、医生、出诊及号源',
  appointments: '预约、查询与退号',
  holds: '锁号几分钟，然后确认或释放（R5）',
  patients: '患者在各渠道的预约',
  triage: '自助导诊：部位 → 症状 → 危险信号 → 合适的科室（是导航，不是诊断）',
  health: '存活与就绪检查（无需签名）',
  sandbox: '沙箱：测试时钟与重置（仅沙箱部署）',
};

export const GATEWAY_API_DESCRIPTION_ZH = `
门诊预约挂号平台的合作方接口（前置接口服务器）：网站、App、微信、第三方平台与社区平台共用的一套
签名、限流、幂等的预约接口。所有渠道从同一号源池预约，预约的渠道即合作方自己的渠道。

完整的中文接入指南（签名步骤与测试向量、幂等、全部错误码、限流、回调、个人信息规则、就诊日流程、
沙箱、变更策略）见仓库中的 \`docs/partner-guide.zh-CN.md\`；英文版为 \`docs/partner-guide.en.md\`。

签名测试向量：密钥 \`s3cret\`，\`POST\`，\`/v1/appointments?x=1\`，时间戳 \`1700000000\`，
随机串 \`abcdef0123456789\`，请求体 \`{"a":1}\` → \`PjtTjxI4k0FVLB9bjReUYyZuxLhevNrmwFtGEJ6OPPc=\`。

每个接口的摘要为中文，英文原文在 \`x-summary-en\`；英文版文档见 \`/docs\`。
`.trim();

type Operation = { operationId?: string; summary?: string; 'x-summary-zh'?: string; 'x-summary-en'?: string };

function operations(document: OpenAPIObject): Operation[] {
  return Object.values(document.paths).flatMap((item) =>
    Object.values(item as Record<string, unknown>).filter(
      (op): op is Operation => typeof op === 'object' && op !== null && 'responses' in op,
    ),
  );
}

/** Adds `x-summary-zh` to every operation that has a Chinese summary. */
export function addChineseSummaries(document: OpenAPIObject): OpenAPIObject {
  for (const op of operations(document)) {
    const zh = op.operationId ? SUMMARIES_ZH[op.operationId] : undefined;
    if (zh) op['x-summary-zh'] = zh;
  }
  return document;
}

/** The document /docs/zh serves: Chinese summaries, tags and introduction in front, English kept. */
export function chineseDocument(document: OpenAPIObject): OpenAPIObject {
  const copy = JSON.parse(JSON.stringify(document)) as OpenAPIObject;
  copy.info = { ...copy.info, title: '门诊预约挂号 — 合作方接口', description: GATEWAY_API_DESCRIPTION_ZH };
  for (const op of operations(copy))
    if (op['x-summary-zh']) {
      op['x-summary-en'] = op.summary;
      op.summary = op['x-summary-zh'];
    }
  copy.tags = copy.tags?.map((t) => ({ ...t, description: TAGS_ZH[t.name] ?? t.description }));
  return copy;
}
