// The agenda item form: end time and duration kept in sync, the body it saves, and the live checks with the item being edited.
import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../shared/agenda';
import { agendaItemInputSchema } from '../../../shared/agenda';
import { msToPicker, pickerToMs } from '../../app/datetime';
import { MINUTE } from './agenda-time';
import { checkedMeeting, itemFieldMap, itemToValues, liveWarnings, NEW_ITEM_ID, newItemValues, syncTimes, valuesToBody, type ItemFormValues } from './item-values';

const ZONE = 'Asia/Shanghai';
const DAY = Date.UTC(2026, 11, 7) - 8 * 3600_000; // midnight of 7 Dec 2026 in Shanghai
const at = (h: number, m = 0) => DAY + (h * 60 + m) * MINUTE;
const hm = (d: { hour(): number; minute(): number } | null | undefined) => (d ? `${String(d.hour()).padStart(2, '0')}:${String(d.minute()).padStart(2, '0')}` : null);

const item = (id: string, title: string, start: number, end: number, extra: Partial<AgendaItem> = {}): AgendaItem => ({
  id, kind: 'speech', title, startAt: start, endAt: end, venueId: null, venueName: null, place: null, presenterIds: [], presenterNames: [],
  materials: null, notes: null, actualStartAt: null, actualEndAt: null, sortOrder: 0, ...extra,
});

const meeting = { startAt: at(8, 30), endAt: at(17), timeZone: ZONE, kind: 'all_hands' as const, departmentId: null, participatingDepartmentIds: [] };

describe('end time and duration in sync', () => {
  const base = (over: Partial<ItemFormValues> = {}): ItemFormValues => ({ ...newItemValues([], meeting, ZONE), start: msToPicker(at(9, 10), ZONE), ...over });

  it('a new duration moves the end', () => {
    const v = base({ duration: 45 });
    expect(hm(syncTimes({ duration: 45 }, v, ZONE).end)).toBe('09:55');
  });

  it('a new start keeps the duration and moves the end', () => {
    const v = base({ start: msToPicker(at(10, 0), ZONE), duration: 20 });
    expect(hm(syncTimes({ start: v.start }, v, ZONE).end)).toBe('10:20');
  });

  it('a new end changes the duration; an end not after the start clears it', () => {
    const end = msToPicker(at(11, 40), ZONE);
    expect(syncTimes({ end }, base({ end }), ZONE)).toEqual({ duration: 150 });
    const early = msToPicker(at(9, 0), ZONE);
    expect(syncTimes({ end: early }, base({ end: early }), ZONE)).toEqual({ duration: null });
  });

  it('the end is read on the start\'s day even when the picker holds another date', () => {
    const end = msToPicker(at(9, 40) + 3 * 86_400_000, ZONE);
    expect(syncTimes({ end }, base({ end }), ZONE)).toEqual({ duration: 30 });
  });

  it('nothing to sync without a start, or with an empty duration', () => {
    expect(syncTimes({ duration: 10 }, { ...base(), start: null }, ZONE)).toEqual({});
    expect(syncTimes({ duration: null }, base({ duration: null }), ZONE)).toEqual({});
  });
});

describe('form values and the API', () => {
  it('round-trips a stored item and saves the duration from its start (an evening item may pass midnight)', () => {
    const stored = item('x', '晚宴', at(18, 30), at(24, 30), { venueId: 'v1', venueName: '宴会厅', presenterIds: ['p1', 'p1', 'p2'], materials: ' 菜单 ', notes: '' });
    const v = itemToValues(stored, ZONE);
    expect(v).toMatchObject({ where: 'venue', venueId: 'v1', duration: 360, materials: ' 菜单 ' });
    expect(hm(v.end)).toBe('00:30');
    const body = valuesToBody(v, ZONE);
    expect(body).toEqual({ kind: 'speech', title: '晚宴', startAt: at(18, 30), endAt: at(24, 30), venueId: 'v1', place: null, presenterIds: ['p1', 'p2'], materials: '菜单', notes: null });
    expect(agendaItemInputSchema.safeParse(body).success).toBe(true);
  });

  it('keeps only the place that matches the choice', () => {
    const v = { ...itemToValues(item('x', '分组讨论', at(14), at(15)), ZONE), venueId: 'v9', place: ' 二层 A 厅 ' };
    expect(valuesToBody({ ...v, where: 'place' }, ZONE)).toMatchObject({ venueId: null, place: '二层 A 厅' });
    expect(valuesToBody({ ...v, where: 'main' }, ZONE)).toMatchObject({ venueId: null, place: null });
  });

  it('without a duration the end time counts, so an end before the start fails the shared schema on endAt', () => {
    const v: ItemFormValues = { ...itemToValues(item('x', '致辞', at(9, 10), at(9, 30)), ZONE), duration: null, end: msToPicker(at(9), ZONE) };
    const r = agendaItemInputSchema.safeParse(valuesToBody(v, ZONE));
    expect(r.success).toBe(false);
    expect(itemFieldMap(String(r.error!.issues[0].path[0]))).toEqual(['end']);
  });

  it('a new item is appended where the last one ends, else starts with the meeting', () => {
    expect(pickerToMs(newItemValues([], meeting, ZONE).start!, ZONE)).toBe(at(8, 30));
    const v = newItemValues([item('a', '签到', at(8, 30), at(9, 10))], meeting, ZONE);
    expect(pickerToMs(v.start!, ZONE)).toBe(at(9, 10));
    expect(hm(v.end)).toBe('09:40');
    // after the last item even at the meeting's end: the live checks then say it is outside the meeting
    expect(pickerToMs(newItemValues([item('z', '总结', at(16, 30), at(17))], meeting, ZONE).start!, ZONE)).toBe(at(17));
  });
});

describe('live checks', () => {
  const checks = checkedMeeting(meeting, ['09:10', '14:10']);
  const saved = [item('s', '会议签到', at(8, 30), at(9, 10), { kind: 'sign_in' }), item('o', '领导致辞', at(9, 10), at(9, 40)), item('r', '工作汇报', at(9, 40), at(10, 40))];

  it('an all-hands meeting is multi-department', () => {
    expect(checks.multiDepartment).toBe(true);
  });

  it('the saved agenda is clean; moving the opening to 09:00 breaks the start-time rule and overlaps the sign-in', () => {
    expect(liveWarnings(saved, undefined, undefined, checks)).toEqual([]);
    const edited = { ...valuesToBody(itemToValues(saved[1], ZONE), ZONE), startAt: at(9), endAt: at(9, 40) };
    const w = liveWarnings(saved, 'o', edited, checks);
    expect(w.map((x) => x.code)).toEqual(['room_overlap', 'start_time_rule']);
    expect(w[1].params).toMatchObject({ title: '领导致辞', time: '09:00', allowed: '09:10 / 14:10' });
  });

  it('a new item joins the checks under its own id', () => {
    const added = valuesToBody({ ...newItemValues(saved, meeting, ZONE), title: '茶歇', start: msToPicker(at(10, 30), ZONE), duration: 15 }, ZONE);
    const w = liveWarnings(saved, undefined, added, checks);
    expect(w).toEqual([{ code: 'room_overlap', itemIds: ['r', NEW_ITEM_ID], params: { a: '工作汇报', b: '茶歇' } }]);
  });

  it('a form with no valid span yet is checked as saved', () => {
    const bad = { ...valuesToBody(itemToValues(saved[1], ZONE), ZONE), endAt: at(9) };
    expect(liveWarnings(saved, 'o', bad, checks)).toEqual([]);
  });
});
