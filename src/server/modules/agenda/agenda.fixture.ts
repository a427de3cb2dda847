/** Test fixture: the seed's all-hands agenda (「联想会议实施方案」四、会议议程) as export items, for the export tests. */
import { DateTime } from 'luxon';

/** The zone the fixture's times are read in. */
export const ZONE = 'Asia/Shanghai';

/** An instant from a local day and "H:mm". */
export const at = (day: string, time: string) => DateTime.fromISO(`${day}T${time.padStart(5, '0')}`, { zone: ZONE }).toMillis();

const SEED: [string, string, string, string, string[]][] = [
  ['8:30', '9:00', 'sign_in', '会议签到', []],
  ['9:00', '9:30', 'opening', '公司领导致辞', ['陈建国']],
  ['9:30', '10:30', 'report', '各部门负责人汇报工作情况', ['孙伟', '周涛', '吴刚']],
  ['10:30', '10:45', 'break', '茶歇', []],
  ['10:45', '11:45', 'speech', '公司发展规划和战略规划', ['王丽华']],
  ['11:45', '12:00', 'speech', '公司未来发展目标和策略', ['陈建国']],
  ['12:00', '13:30', 'meal', '午餐', []],
  ['13:30', '15:30', 'activity', '团队建设活动', ['李明']],
  ['15:30', '16:30', 'discussion', '员工互动交流环节', []],
  ['16:30', '17:00', 'summary', '会议总结和表彰', ['陈建国']],
];

/** The ten seed items on a day. */
export const seedItems = (day: string) => SEED.map(([s, e, kind, title, presenters]) => ({ kind, title, startAt: at(day, s), endAt: at(day, e), place: '总部一层多功能厅', presenters }));
