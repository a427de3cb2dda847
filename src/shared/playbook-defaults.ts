/**
 * The playbooks an organisation starts with: the handbook's 「会前 / 会中 / 会后工作（按次序）」 for a meeting held
 * inside the organisation, one held outside it, and a forum (the 会务工作手册's 论坛 flow on top of the outside one).
 * Titles follow the handbook's step names; descriptions quote or closely paraphrase the seed texts.
 */

/** Where a step's due date is counted from. */
export type Anchor = 'start' | 'end';

/** Evidence that closes a task by itself when the system sees it. */
export const EVIDENCE_KINDS = ['venue_booked', 'notice_sent', 'agenda_published', 'materials_uploaded'] as const;
/** One of the evidence kinds. */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** What each evidence means, in the words a secretariat uses (备注 of the 会务分工明细表, task lists). */
export const EVIDENCE_LABELS: Record<EvidenceKind, { 'zh-CN': string; en: string }> = {
  venue_booked: { 'zh-CN': '会场已预订', en: 'Venue booked' },
  notice_sent: { 'zh-CN': '会议通知已发出', en: 'Notice sent' },
  agenda_published: { 'zh-CN': '议程已发布', en: 'Agenda published' },
  materials_uploaded: { 'zh-CN': '会议材料已上传', en: 'Materials uploaded' },
};

/** One template step. `key` is stable within a playbook (dependencies refer to keys). */
export type PlaybookStepDef = {
  key: string;
  phase: 'before' | 'during' | 'after';
  /** 会务分工 group, e.g. 会务组, 接待组, 后勤保障组, 宣传组, 财务组. */
  group: string;
  title: string;
  description: string;
  ownerRole: 'organiser' | 'staff' | 'finance' | 'leader' | 'admin';
  anchor: Anchor;
  /** Negative = before the anchor. */
  offsetDays: number;
  /** `HH:mm` local, e.g. `17:00`. */
  dueTime: string;
  evidence: EvidenceKind | null;
  dependsOn: string[];
  /** Days of work ending at the due date (the timeline's bars and the critical path). */
  durationDays: number;
};

/** A playbook: the steps for one kind of meeting. */
export type PlaybookDef = { key: 'internal' | 'external' | 'forum'; name: { 'zh-CN': string; en: string }; steps: PlaybookStepDef[] };

type Kind = PlaybookDef['key'];
type Override = Partial<Pick<PlaybookStepDef, 'title' | 'description' | 'offsetDays' | 'dueTime' | 'dependsOn'>>;
/**
 * A step as written below: `only` limits it to some playbooks (all three by default); `outside` applies to the external
 * and forum playbooks, `forum` to the forum on top of that. A dependency ending in `?` is kept only where that step exists.
 */
type Spec = Omit<PlaybookStepDef, 'evidence' | 'dependsOn' | 'durationDays'> & { evidence?: EvidenceKind; dependsOn?: string[]; only?: readonly Kind[]; outside?: Override; forum?: Override };

const OUTSIDE: readonly Kind[] = ['external', 'forum'];
const FORUM: readonly Kind[] = ['forum'];

const G = { affairs: '会务组', reception: '接待组', logistics: '后勤保障组', publicity: '宣传组', finance: '财务组' } as const;

/** Every step in the handbook's order; the forum's own steps sit where they first fall due. */
const SPECS: Spec[] = [
  // —— 会前工作（按次序）——
  {
    key: 'plan', only: FORUM, phase: 'before', group: G.affairs, title: '策划方案', ownerRole: 'organiser', anchor: 'start', offsetDays: -90, dueTime: '17:00',
    description: '原则上，提前三个月以上进行大型会议的策划。会议方案包括会议名称主题、目的、时间、地点、演讲嘉宾、参会人员、主要议程、会议预算、会务工作任务及职责分工等，要简洁明了、具体清晰、可操作性强。',
  },
  {
    key: 'topic_scope', phase: 'before', group: G.affairs, title: '议题及参会人员范围确定', ownerRole: 'organiser', anchor: 'start', offsetDays: -21, dueTime: '17:00',
    description: '明确会议目的和议题（汇报、通报或研讨），确定参会人员范围：主持人、汇报人、参会人员、出席人及记录员，明确会议规模。',
    forum: { offsetDays: -85, dependsOn: ['plan'], description: '根据会议方案明确会议主题和议题，确定需要邀请的人员（演讲嘉宾、代表、参会人员等）及会议规模，提前制作名单。' },
  },
  {
    key: 'invitations', only: FORUM, phase: 'before', group: G.reception, title: '嘉宾与赞助商邀约', ownerRole: 'organiser', anchor: 'start', offsetDays: -75, dueTime: '17:00', dependsOn: ['plan'],
    description: '根据会议主题和目的邀请演讲嘉宾，确定讲课题目、讲课费、PPT和往返行程；对积累的赞助商资源进行邀约，到会确认回访：确认参会人员名单、赞助费用打款、住宿及交通方式。',
  },
  {
    key: 'venue', phase: 'before', group: G.affairs, title: '会议场所选定', ownerRole: 'organiser', anchor: 'start', offsetDays: -14, dueTime: '17:00', evidence: 'venue_booked', dependsOn: ['topic_scope'],
    description: '根据会议规模和形式选定并预订会议场所：会议室要足够大，能容纳所有与会人员，通风和照明良好，设备齐全。',
    outside: { description: '根据会议规模和形式选定并预订企业外的会议场所：会场能容纳所有与会人员、设备齐全，交通便利，住宿和用餐条件满足要求。' },
    forum: { offsetDays: -70 },
  },
  {
    key: 'meeting_notice', phase: 'before', group: G.affairs, title: '会议通知草拟', ownerRole: 'organiser', anchor: 'start', offsetDays: -10, dueTime: '17:00', evidence: 'notice_sent', dependsOn: ['venue'],
    description: '按会议通知底稿草拟并发出会议通知，写明会议目的、开始和结束时间、地点；多部门参加的会议上午 9:10、下午 14:10 开始；提前发出，使与会人员能够提早准备。',
    forum: { offsetDays: -60, dependsOn: ['plan', 'venue'], title: '会议通知草拟（一轮）', description: '会议方案确定后发布会议通知；根据会议筹备进度，可分为一轮、二轮、三轮通知。' },
  },
  {
    key: 'budget', phase: 'before', group: G.finance, title: '申报会议预算', ownerRole: 'finance', anchor: 'start', offsetDays: -10, dueTime: '17:00', dependsOn: ['venue'],
    description: '按会议预算底稿编制会场、设备、茶歇餐饮、物品等费用预算并申报审批。',
    outside: { description: '按会议预算底稿编制会场、住宿、餐饮、车辆、设备、物品等费用预算并申报审批。' },
    forum: { offsetDays: -60, description: '按会议方案编制会场、住宿、餐饮、车辆、设备、宣传、嘉宾讲课费等费用预算，列明赞助及参会费收入，申报审批。' },
  },
  {
    key: 'publicity', only: FORUM, phase: 'before', group: G.publicity, title: '宣传推广', ownerRole: 'organiser', anchor: 'start', offsetDays: -60, dueTime: '17:00', dependsOn: ['plan'],
    description: '主协承办方利用自身平台进行多渠道宣传，包括订阅号、视频号、抖音、微博、直播等；利用第三方宣传平台、媒体矩阵、网络推广等方式进行宣传。',
  },
  {
    key: 'coordination_1', only: FORUM, phase: 'before', group: G.affairs, title: '第一次会务协调会', ownerRole: 'organiser', anchor: 'start', offsetDays: -30, dueTime: '17:00', dependsOn: ['plan'],
    description: '召集各有关部门召开会务工作协调会，协调各部门按照方案要求落实各自职责。',
  },
  {
    key: 'attendee_confirm', phase: 'before', group: G.affairs, title: '人员确认', ownerRole: 'organiser', anchor: 'start', offsetDays: -7, dueTime: '17:00', dependsOn: ['meeting_notice'],
    description: '根据回执确认参会人员名单，与参会人员沟通，确认能否按时参会，提醒其准备好相关材料。',
    outside: { description: '根据回执确认参会人员名单，确认能否按时参会，并确认住宿需求及到达、返程的交通方式。' },
    forum: { offsetDays: -10, description: '到会确认回访：确认参会人员名单，确认缴费信息，确认住宿及交通方式。' },
  },
  {
    key: 'coordination_2', only: FORUM, phase: 'before', group: G.affairs, title: '第二次会务协调会', ownerRole: 'organiser', anchor: 'start', offsetDays: -7, dueTime: '10:00', dependsOn: ['coordination_1', 'attendee_confirm'],
    description: '会议由宣传邀约阶段转入筹备召开阶段，再次召开会务工作协调会，分解任务，协调分工，明确责任人，规定各任务完成时限。',
  },
  {
    key: 'equipment', phase: 'before', group: G.logistics, title: '设备准备', ownerRole: 'staff', anchor: 'start', offsetDays: -6, dueTime: '17:00', dependsOn: ['venue'],
    description: '根据会议需要准备投影仪、麦克风、音响、白板、笔记本电脑等设备，确保设备齐全且功能正常。',
    outside: { description: '根据会议需要准备投影仪、麦克风、音响、白板、笔记本电脑等设备，需带往会场或外借、租用的设备登记清单，确保设备齐全且功能正常。' },
  },
  {
    key: 'reservations', phase: 'before', group: G.reception, title: '预约', ownerRole: 'staff', anchor: 'start', offsetDays: -5, dueTime: '17:00', dependsOn: ['attendee_confirm'],
    description: '按确认的人数预约会议所需的用餐、茶歇及其他服务。',
    outside: { description: '按确认的人数预订酒店客房（可拼间）、用餐和会场，签订酒店协议，确认满足会议要求。' },
    forum: { dependsOn: ['attendee_confirm', 'coordination_2'], description: '酒店合作：根据回访信息确认住房（拼间）、用餐、会场满足要求，并预报数量。' },
  },
  {
    key: 'vehicles', only: OUTSIDE, phase: 'before', group: G.reception, title: '车辆安排', ownerRole: 'staff', anchor: 'start', offsetDays: -4, dueTime: '17:00', dependsOn: ['attendee_confirm'],
    description: '根据参会人员的到达和返程信息安排接送站及会议期间用车，明确车辆、司机、时间和乘车人员。',
  },
  {
    key: 'logistics_notice', phase: 'before', group: G.affairs, title: '会务通知草拟', ownerRole: 'organiser', anchor: 'start', offsetDays: -3, dueTime: '10:00', dependsOn: ['attendee_confirm', 'reservations', 'vehicles?'],
    description: '按会务通知底稿草拟会务通知，告知会场、签到、用餐安排及会务联系人。',
    outside: { description: '按会务通知底稿草拟会务通知，告知报到、住宿、用餐、乘车、会场安排及会务联系人。' },
  },
  {
    key: 'agenda_ppt', phase: 'before', group: G.affairs, title: '议程PPT制作', ownerRole: 'organiser', anchor: 'start', offsetDays: -3, dueTime: '12:00', evidence: 'agenda_published', dependsOn: ['topic_scope'],
    description: '根据议题制作议程PPT，列明各项议程的时间和汇报人，控制好时间和节奏；议程会前发给与会人员。',
  },
  {
    key: 'materials', only: FORUM, phase: 'before', group: G.affairs, title: '会议材料上传/分发', ownerRole: 'organiser', anchor: 'start', offsetDays: -3, dueTime: '17:00', evidence: 'materials_uploaded', dependsOn: ['agenda_ppt', 'invitations'],
    description: '提前准备会议资料（议程、讲稿、演讲嘉宾PPT等），上传并分发给与会人员，确保大家有足够时间了解会议内容。',
  },
  {
    key: 'food', phase: 'before', group: G.logistics, title: '食品采买', ownerRole: 'staff', anchor: 'start', offsetDays: -1, dueTime: '12:00', dependsOn: ['attendee_confirm'],
    description: '根据参会人数和饮食禁忌采买会议所需的茶水、水果、点心等食品。',
  },
  {
    key: 'brief_staff', phase: 'before', group: G.affairs, title: '指导服务员工作', ownerRole: 'organiser', anchor: 'start', offsetDays: -1, dueTime: '15:00', dependsOn: [],
    description: '向服务员交代会议流程、服务要求和分工（签到、引导、茶水、设备），责任到人。',
  },
  {
    key: 'venue_setup', phase: 'before', group: G.logistics, title: '会议场地布置与熟悉', ownerRole: 'staff', anchor: 'start', offsetDays: -1, dueTime: '17:00', dependsOn: ['equipment'],
    description: '按会议规模和形式布置会场（桌椅、座次、桌签），检查投影仪、音响等设备运行正常，熟悉会场和设备操作。',
  },
  // —— 会中工作（按次序）——
  {
    key: 'room_support', phase: 'during', group: G.logistics, title: '会议室保障', ownerRole: 'staff', anchor: 'start', offsetDays: 0, dueTime: '08:00', dependsOn: ['venue_setup'],
    description: '设置签到台，安排专人签到，发放会议资料，引导参会人员入场就座；保障设备正常运行、茶水服务和会场秩序，处理突发情况。',
  },
  {
    key: 'presenter_support', phase: 'during', group: G.affairs, title: '汇报人员保障', ownerRole: 'organiser', anchor: 'start', offsetDays: 0, dueTime: '08:30', dependsOn: ['agenda_ppt'],
    description: '按议程提醒汇报人员候场，确认PPT就绪，控制好时间；会议时间延长或缩短时提前通知与会人员。',
  },
  {
    key: 'meals', phase: 'during', group: G.logistics, title: '用餐保障', ownerRole: 'staff', anchor: 'start', offsetDays: 0, dueTime: '11:00', dependsOn: ['reservations'],
    description: '安排好会议期间的茶歇和用餐，考虑不同人员的口味和饮食禁忌，引导就餐。',
  },
  {
    key: 'entertainment', only: OUTSIDE, phase: 'during', group: G.reception, title: '娱乐保障', ownerRole: 'staff', anchor: 'start', offsetDays: 0, dueTime: '13:00', dependsOn: ['reservations'],
    description: '安排并保障会议期间的娱乐和团队建设活动，确保所需物品齐全。',
  },
  {
    key: 'lodging', only: OUTSIDE, phase: 'during', group: G.reception, title: '住宿保障', ownerRole: 'staff', anchor: 'start', offsetDays: 0, dueTime: '17:00', dependsOn: ['reservations'],
    description: '为外地参会人员办理入住、发放房卡，处理拼间及住宿中的问题。',
  },
  // —— 会后工作（按次序）——
  {
    key: 'departure_vehicles', only: OUTSIDE, phase: 'after', group: G.reception, title: '离会车辆安排', ownerRole: 'staff', anchor: 'end', offsetDays: 0, dueTime: '10:00', dependsOn: ['vehicles'],
    description: '根据返程信息安排离会车辆，送站送机。',
  },
  {
    key: 'checkout', only: OUTSIDE, phase: 'after', group: G.reception, title: '退房', ownerRole: 'staff', anchor: 'end', offsetDays: 0, dueTime: '12:00', dependsOn: [],
    description: '组织参会人员退房，核对房间及消费情况。',
  },
  {
    key: 'equipment_tidy', phase: 'after', group: G.logistics, title: '设备整理', ownerRole: 'staff', anchor: 'end', offsetDays: 1, dueTime: '17:00', dependsOn: ['equipment'],
    description: '会后清点、整理设备和会场物品，恢复会场。',
  },
  {
    key: 'settlement', only: OUTSIDE, phase: 'after', group: G.finance, title: '结帐', ownerRole: 'finance', anchor: 'end', offsetDays: 2, dueTime: '17:00', dependsOn: ['checkout'],
    description: '与酒店、会场、车辆等供应方核对账单并结帐。',
  },
  {
    key: 'equipment_return', only: OUTSIDE, phase: 'after', group: G.logistics, title: '设备归还', ownerRole: 'staff', anchor: 'end', offsetDays: 3, dueTime: '17:00', dependsOn: ['equipment_tidy'],
    description: '将借用、租用的设备归还并办理归还手续。',
  },
  {
    key: 'reimbursement', phase: 'after', group: G.finance, title: '费用报销', ownerRole: 'finance', anchor: 'end', offsetDays: 7, dueTime: '17:00', dependsOn: ['settlement?'],
    description: '整理票据，对照会议预算办理费用报销。',
  },
  {
    key: 'summary', phase: 'after', group: G.affairs, title: '会务总结', ownerRole: 'organiser', anchor: 'end', offsetDays: 10, dueTime: '17:00', dependsOn: ['reimbursement'],
    description: '整理会议记录和纪要并发送给与会人员，跟进和落实会议决议，收集分析反馈信息，总结会务工作的经验和教训。',
  },
];

/** Working days a step takes, from the handbook's sense of the work (a forum's plan and invitations take weeks; most steps a day). */
const DURATION_DAYS: Record<string, number> = {
  plan: 14, topic_scope: 3, invitations: 30, venue: 3, meeting_notice: 2, budget: 2, publicity: 30, attendee_confirm: 3, equipment: 2, reservations: 2,
  agenda_ppt: 2, materials: 2, settlement: 2, reimbursement: 3, summary: 3,
};

function build(kind: Kind): PlaybookStepDef[] {
  const specs = SPECS.filter((s) => !s.only || s.only.includes(kind));
  const keys = new Set(specs.map((s) => s.key));
  return specs.map(({ only: _only, outside, forum, evidence, dependsOn, ...base }) => {
    const step: PlaybookStepDef = {
      ...base, evidence: evidence ?? null, dependsOn: dependsOn ?? [], durationDays: DURATION_DAYS[base.key] ?? 1,
      ...(kind !== 'internal' ? outside : undefined), ...(kind === 'forum' ? forum : undefined),
    };
    const deps = step.dependsOn.filter((d) => !d.endsWith('?') || keys.has(d.slice(0, -1))).map((d) => d.replace(/\?$/, ''));
    return { ...step, dependsOn: deps };
  });
}

/** The three playbooks the seed describes: 在企业内召开的会议, 在企业外召开的会议, 论坛. */
export const DEFAULT_PLAYBOOKS: PlaybookDef[] = [
  { key: 'internal', name: { 'zh-CN': '在企业内召开的会议', en: 'Meeting held inside the organisation' }, steps: build('internal') },
  { key: 'external', name: { 'zh-CN': '在企业外召开的会议', en: 'Meeting held outside the organisation' }, steps: build('external') },
  { key: 'forum', name: { 'zh-CN': '论坛（大型会议）', en: 'Forum or large conference' }, steps: build('forum') },
];
