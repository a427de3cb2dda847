/** Loads the demo organisation into an empty database, through the same services the API uses. */
import { DateTime } from 'luxon';
import type { TransitionAction } from '../../shared/meetings';
import type { Role } from '../../shared/roles';
import type { Database } from '../db/database';
import type { Actor, Ctx } from '../platform/context';
import { newId } from '../platform/ids';
import { createMeeting, transitionMeeting } from '../modules/meetings';
import { createDepartment, createOrg, setOrgLogo } from '../modules/org';
import { insertPersonRow } from '../modules/people';
import { insertAccount } from '../modules/users';
import { ALL_HANDS_AGENDA, DEMO_DEPARTMENTS, DEMO_LOGO_SVG, DEMO_PASSWORD, DEMO_PEOPLE } from './demo-data';
import { applyPlaybook, listPlaybooks } from '../modules/tasks/task.playbooks';
import { seedAgenda } from './seed-agenda';
import { seedCheckin } from './seed-checkin';
import { seedForumAttendees } from './seed-forum';
import { seedMaterialOpens, seedMaterials } from './seed-materials';
import { seedNotices } from './seed-notices';
import { seedRooms } from './seed-rooms';

const ZONE = 'Asia/Shanghai';

/** The logins the console prints after loading. */
export type DemoLogin = { username: string; roles: Role[]; name: string };

/** Creates the demo organisation with meetings dated from `now`; returns the demo logins. */
export async function seedDemo(database: Database, now = Date.now(), publicUrl = 'http://localhost:3000'): Promise<DemoLogin[]> {
  const { db } = database;
  const org = await createOrg(db, { name: '华信科技集团', shortName: '华信集团', timeZone: ZONE }, now);
  const adminPerson = DEMO_PEOPLE.find((p) => p.login === 'admin')!;

  const people = new Map<string, string>();
  const logins: DemoLogin[] = [];
  const actors = new Map<string, Actor>();
  for (const p of DEMO_PEOPLE) people.set(p.key, newId());

  // Accounts first (departments are created through the service, which needs an admin actor).
  for (const p of DEMO_PEOPLE.filter((x) => x.login)) {
    const user = await insertAccount(db, { orgId: org.id, username: p.login!, displayName: p.name, email: p.email, password: DEMO_PASSWORD, roles: p.roles! }, now);
    actors.set(p.login!, { userId: user.id, orgId: org.id, name: p.name, roles: p.roles!, personId: null });
    logins.push({ username: p.login!, roles: p.roles!, name: p.name });
  }
  const ctxOf = (login: string, at = now): Ctx => ({ db, dialect: database.dialect, actor: actors.get(login)!, lang: 'zh-CN', now: () => at });

  const depts = new Map<string, string>();
  for (const [i, name] of DEMO_DEPARTMENTS.entries()) {
    depts.set(name, (await createDepartment(ctxOf(adminPerson.login!), { name, sortOrder: (i + 1) * 10 })).id);
  }
  await setOrgLogo(ctxOf(adminPerson.login!), Buffer.from(DEMO_LOGO_SVG));
  for (const p of DEMO_PEOPLE) {
    await insertPersonRow(db, {
      id: people.get(p.key)!, org_id: org.id, kind: p.kind ?? 'staff', name: p.name, department_id: p.dept ? depts.get(p.dept)! : null,
      unit: p.unit ?? (p.kind ? null : org.name), title: p.title, phone: p.phone, email: p.email, gender: null, category: null, id_number_cipher: null, id_number_masked: null, is_active: 1, created_at: now, updated_at: now,
    });
  }
  for (const p of DEMO_PEOPLE.filter((x) => x.login)) {
    await db.updateTable('users').set({ person_id: people.get(p.key)! }).where('username', '=', p.login!).execute();
    actors.get(p.login!)!.personId = people.get(p.key)!;
  }

  const local = DateTime.fromMillis(now, { zone: ZONE }).startOf('day');
  const at = (d: DateTime, hh: number, mm: number) => d.set({ hour: hh, minute: mm }).toMillis();
  const allDepts = [...depts.values()];
  const secretariat = depts.get('企划办（秘书处）')!;
  const base = { scope: 'internal' as const, timeZone: ZONE, departmentId: secretariat };

  const run = async (id: string, actions: [TransitionAction, string, string?][], at2: number) => {
    for (const [action, login, reason] of actions) await transitionMeeting(ctxOf(login, at2), id, action, { reason });
  };

  // 全员大会 (seed: 联想会议实施方案), about five weeks out, planning begun two weeks ago.
  const allHandsDay = nextWeekday(local.plus({ days: 35 }));
  const planning = now - 14 * 86_400_000;
  const allHands = await createMeeting(ctxOf('organiser', planning), {
    ...base, title: `${allHandsDay.year} 年度全员大会`, kind: 'all_hands',
    theme: '总结过去，规划未来', purpose: '总结过去一年的工作成绩，分析存在的问题和不足；规划未来一年的发展目标和策略，明确各部门的工作重点；加强员工之间的交流与合作，增进团队凝聚力。',
    startAt: at(allHandsDay, 8, 30), endAt: at(allHandsDay, 17, 0), place: '总部一层多功能厅', hostPersonId: people.get('vp')!,
    participatingDepartmentIds: allDepts, expectedSize: 600, notes: `议程（草案）：\n${ALL_HANDS_AGENDA}`,
  });
  await run(allHands.id, [['submit', 'organiser'], ['approve', 'leader']], planning + 86_400_000);

  // 总经理室会议: every Monday 09:10–11:00 for half a year.
  const monday = local.plus({ days: ((8 - local.weekday) % 7) || 7 });
  const weekly = await createMeeting(ctxOf('organiser'), {
    ...base, title: '总经理室会议', kind: 'regular', purpose: '听取各部门周工作汇报，协调跨部门事项，研究决定重要工作。',
    startAt: at(monday, 9, 10), endAt: at(monday, 11, 0), place: '总部 12 层第一会议室', hostPersonId: people.get('ceo')!,
    participatingDepartmentIds: allDepts.slice(0, 7), expectedSize: 12, recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=26' },
  });
  await transitionMeeting(ctxOf('organiser'), weekly.id, 'submit', { applyTo: 'following' });
  await transitionMeeting(ctxOf('leader'), weekly.id, 'approve', { applyTo: 'following' });

  // An external three-day forum in a hotel, four months out: awaiting the leader's approval.
  const forumDay = nextWeekday(local.plus({ months: 4 }));
  const forum = await createMeeting(ctxOf('organiser'), {
    ...base, scope: 'external', title: `${forumDay.year} 数字化转型高峰论坛`, kind: 'forum', theme: '数智融合 · 共创未来',
    purpose: '邀请行业专家与合作伙伴，交流数字化转型经验，发布集团年度解决方案，拓展客户与赞助商资源。',
    startAt: at(forumDay, 9, 0), endAt: at(forumDay.plus({ days: 2 }), 17, 30), place: '北京国际会议中心（酒店）二层宴会厅',
    hostPersonId: people.get('marketing')!, participatingDepartmentIds: [depts.get('市场部')!, depts.get('销售部')!, depts.get('研发中心')!],
    expectedSize: 800, notes: '一轮通知：提前三个月；嘉宾与赞助商邀约同步进行。',
  });
  await run(forum.id, [['submit', 'organiser']], now);
  await seedForumAttendees(ctxOf('organiser'), forum.id);

  // A kickoff still in draft, a coordination meeting that was cancelled, and a review already closed.
  const kickoffDay = nextWeekday(local.plus({ days: 10 }));
  const kickoff = await createMeeting(ctxOf('organiser'), {
    ...base, title: '销售季度誓师会', kind: 'kickoff', purpose: '统一思想、振奋精神，部署下季度销售目标。',
    startAt: at(kickoffDay, 14, 10), endAt: at(kickoffDay, 16, 0), place: '总部 3 层报告厅', hostPersonId: people.get('sales')!,
    participatingDepartmentIds: [depts.get('销售部')!, depts.get('市场部')!], expectedSize: 120,
  });
  const coordDay = nextWeekday(local.plus({ days: 3 }));
  const coord = await createMeeting(ctxOf('organiser'), {
    ...base, title: '论坛会务工作协调会', kind: 'coordination', purpose: '召集各有关部门，协调各部门按照方案要求落实各自职责。',
    startAt: at(coordDay, 9, 10), endAt: at(coordDay, 10, 30), place: '总部 12 层第二会议室', hostPersonId: people.get('head')!,
    participatingDepartmentIds: [secretariat, depts.get('市场部')!, depts.get('行政部')!], expectedSize: 10,
  });
  await run(coord.id, [['submit', 'organiser'], ['cancel', 'organiser', '论坛方案尚未批准，协调会延后召开']], now);

  const reviewDay = nextWeekday(local.minus({ days: 20 }));
  const reviewCreated = now - 40 * 86_400_000;
  const review = await createMeeting(ctxOf('organiser', reviewCreated), {
    ...base, title: '第三季度工作总结会', kind: 'review', purpose: '回顾过去、展望未来：总结第三季度工作，部署第四季度重点。',
    startAt: at(reviewDay, 14, 10), endAt: at(reviewDay, 17, 0), place: '总部 3 层报告厅', hostPersonId: people.get('ceo')!,
    participatingDepartmentIds: allDepts, expectedSize: 150,
  });
  await run(review.id, [['submit', 'organiser'], ['approve', 'leader'], ['notify', 'organiser']], reviewCreated);
  await run(review.id, [['start', 'organiser'], ['conclude', 'organiser']], at(reviewDay, 17, 0));
  await run(review.id, [['close', 'organiser']], at(reviewDay.plus({ days: 3 }), 10, 0));

  // The internal flow's tasks first, so publishing the agenda and sending the notice close theirs by evidence.
  const flows = await listPlaybooks(ctxOf('organiser', planning + 86_400_000));
  await applyPlaybook(ctxOf('organiser', planning + 86_400_000), allHands.id, flows.find((f) => f.key === 'internal')!.id);
  await seedAgenda(ctxOf('organiser', planning + 86_400_000), allHands);
  await seedMaterials(ctxOf('organiser', planning + 86_400_000), allHands.id);
  await db.updateTable('departments').set({ contact_person_id: people.get('secretary')! }).where('id', '=', secretariat).execute();
  const staffPeople = DEMO_PEOPLE.filter((p) => !p.kind).map((p) => ({ id: people.get(p.key)! }));
  await seedNotices({ organiser: ctxOf('organiser', planning + 2 * 86_400_000), leader: ctxOf('leader', planning + 2 * 86_400_000), staff: ctxOf('staff', planning + 3 * 86_400_000) },
    allHands, staffPeople, publicUrl);
  await seedMaterialOpens(database, allHands.id, planning + 4 * 86_400_000);
  await seedCheckin(ctxOf('organiser', planning + 4 * 86_400_000), (at) => ctxOf('staff', at), allHands);

  await seedRooms(ctxOf('admin'), ctxOf('organiser'), { allHands, weeklyFirst: weekly.id, kickoff, forum }, { leader: actors.get('leader')!.userId, staff: actors.get('staff')!.userId },
    ['vp', 'head', 'hr', 'marketing', 'rd', 'sales'].map((k) => people.get(k)!));
  return logins;
}

/** The same day, or the following Monday when it falls on a weekend. */
function nextWeekday(d: DateTime): DateTime {
  return d.weekday === 6 ? d.plus({ days: 2 }) : d.weekday === 7 ? d.plus({ days: 1 }) : d;
}
