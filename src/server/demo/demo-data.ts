/** The demo organisation: departments, people and accounts, drawn from the seed's handbook. */
import type { Role } from '../../shared/roles';

/** Password of every demo account (printed on start). */
export const DEMO_PASSWORD = 'Huiwu@2026';

/** Departments in display order. */
export const DEMO_DEPARTMENTS = ['总经理室', '企划办（秘书处）', '人力资源部', '财务部', '市场部', '研发中心', '销售部', '行政部'];

/** Staff and external contacts; `login` and `roles` make them users. */
export const DEMO_PEOPLE: {
  key: string; name: string; dept?: string; title: string; phone: string; email: string; kind?: 'external'; unit?: string; login?: string; roles?: Role[];
}[] = [
  { key: 'ceo', name: '陈建国', dept: '总经理室', title: '总裁', phone: '13801000001', email: 'chen.jianguo@huaxin.example', login: 'leader', roles: ['leader'] },
  { key: 'vp', name: '王丽华', dept: '总经理室', title: '副总裁', phone: '13801000002', email: 'wang.lihua@huaxin.example' },
  { key: 'head', name: '李明', dept: '企划办（秘书处）', title: '企划办主任', phone: '13801000003', email: 'li.ming@huaxin.example', login: 'admin', roles: ['admin', 'organiser'] },
  { key: 'secretary', name: '张静', dept: '企划办（秘书处）', title: '秘书', phone: '13801000004', email: 'zhang.jing@huaxin.example', login: 'organiser', roles: ['organiser'] },
  { key: 'service', name: '刘洋', dept: '行政部', title: '行政专员', phone: '13801000005', email: 'liu.yang@huaxin.example', login: 'staff', roles: ['staff'] },
  { key: 'finance', name: '赵敏', dept: '财务部', title: '财务经理', phone: '13801000006', email: 'zhao.min@huaxin.example', login: 'finance', roles: ['finance'] },
  { key: 'hr', name: '孙伟', dept: '人力资源部', title: '人力资源总监', phone: '13801000007', email: 'sun.wei@huaxin.example' },
  { key: 'marketing', name: '周涛', dept: '市场部', title: '市场总监', phone: '13801000008', email: 'zhou.tao@huaxin.example' },
  { key: 'rd', name: '吴刚', dept: '研发中心', title: '研发总监', phone: '13801000009', email: 'wu.gang@huaxin.example' },
  { key: 'sales', name: '郑芳', dept: '销售部', title: '销售总监', phone: '13801000010', email: 'zheng.fang@huaxin.example' },
  { key: 'engineer', name: '钱晓东', dept: '研发中心', title: '工程师', phone: '13801000011', email: 'qian.xiaodong@huaxin.example', login: 'member', roles: ['member'] },
  { key: 'speaker', name: '黄志强', title: '教授', unit: '清华大学经济管理学院', phone: '13911000001', email: 'huang.zq@tsinghua.example', kind: 'external' },
  { key: 'sponsor', name: '林小燕', title: '市场总监', unit: '星辰云计算有限公司', phone: '13911000002', email: 'lin.xy@xingchen.example', kind: 'external' },
];

/** The seed's all-hands agenda (「联想会议实施方案」四、会议议程), kept as notes until the agenda exists. */
export const ALL_HANDS_AGENDA = [
  '8:30-9:00 会议签到',
  '9:00-9:30 公司领导致辞，总结过去一年的工作成绩',
  '9:30-10:30 各部门负责人汇报工作情况，分析问题和不足',
  '10:30-10:45 茶歇',
  '10:45-11:45 公司发展规划和战略规划',
  '11:45-12:00 公司未来发展目标和策略',
  '12:00-13:30 午餐',
  '13:30-15:30 团队建设活动',
  '15:30-16:30 员工互动交流环节',
  '16:30-17:00 会议总结和表彰',
].join('\n');

/** The demo 主要会议场所明细表. Money in fen. */
export const DEMO_VENUES = [
  { name: '总部一层多功能厅', building: '总部大楼', floor: '1F', kind: 'internal', capacities: { theatre: 600, banquet: 300, classroom: 320 }, equipment: ['projector', 'screen', 'microphone', 'sound_system', 'led_wall'], rules: { maxAdvanceDays: 365, maxMinutes: 720, setupMinutes: 60, cleanupMinutes: 30 }, contactName: '刘洋', contactPhone: '13801000005', notes: '大型会议需提前一天布场' },
  { name: '总部 3 层报告厅', building: '总部大楼', floor: '3F', kind: 'internal', capacities: { theatre: 150, classroom: 80 }, equipment: ['projector', 'screen', 'microphone', 'sound_system'], rules: { maxAdvanceDays: 60, setupMinutes: 30 } },
  { name: '总部 12 层第一会议室', building: '总部大楼', floor: '12F', kind: 'internal', capacities: { boardroom: 20 }, equipment: ['projector', 'video_conference', 'whiteboard', 'microphone'], rules: { maxAdvanceDays: 190 }, requiresApproval: true, notes: '总经理室会议专用，其他会议需审批' },
  { name: '总部 12 层第二会议室', building: '总部大楼', floor: '12F', kind: 'internal', capacities: { boardroom: 12, u_shape: 10 }, equipment: ['projector', 'whiteboard'] },
  { name: '8 层小会议室 A', building: '总部大楼', floor: '8F', kind: 'internal', capacities: { boardroom: 8 }, equipment: ['screen', 'video_conference'] },
  { name: '8 层小会议室 B', building: '总部大楼', floor: '8F', kind: 'internal', capacities: { boardroom: 6 }, equipment: ['whiteboard'] },
  { name: '北京国际会议中心（酒店）二层宴会厅', address: '北京市朝阳区北辰东路 8 号', kind: 'external', capacities: { theatre: 1000, banquet: 800, classroom: 500 }, equipment: ['projector', 'screen', 'microphone', 'sound_system', 'led_wall', 'interpretation'], costHalfDayFen: 3_800_000, costDayFen: 6_800_000, contactName: '酒店销售部 周经理', contactPhone: '010-84970000' },
] as const;

/** The demo organisation's logo (a red round seal with 华信), so the print pages show one from the first start. */
export const DEMO_LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="120" height="120">
  <circle cx="60" cy="60" r="56" fill="#c8161d"/>
  <circle cx="60" cy="60" r="48" fill="none" stroke="#fff" stroke-width="3"/>
  <text x="60" y="74" text-anchor="middle" font-family="'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif" font-size="40" font-weight="700" fill="#fff">华信</text>
</svg>
`;
