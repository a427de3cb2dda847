import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { agendaWarnings, type CheckedItem, type CheckedMeeting } from './agenda-checks';
import { DEFAULT_POLICY } from './policy';

const at = (iso: string, zone = 'Asia/Shanghai') => DateTime.fromISO(iso, { zone }).toMillis();

/** An item on 2026-12-07 in Shanghai, from `HH:mm` to `HH:mm`. */
const item = (id: string, from: string, to: string, more: Partial<CheckedItem> = {}): CheckedItem => ({
  id, title: id, startAt: at(`2026-12-07T${from}`), endAt: at(`2026-12-07T${to}`), venueId: null, presenterIds: [], kind: 'report', ...more,
});

const meeting: CheckedMeeting = {
  startAt: at('2026-12-07T08:00'), endAt: at('2026-12-07T18:00'), timeZone: 'Asia/Shanghai', multiDepartment: false, startTimes: DEFAULT_POLICY.multiDepartmentStartTimes,
};

const codes = (items: CheckedItem[], m: CheckedMeeting = meeting) => agendaWarnings(items, m).map((w) => w.code);

describe('room_overlap', () => {
  it('reports two overlapping items in one room once, earlier first', () => {
    const w = agendaWarnings([item('B', '09:30', '10:30', { venueId: 'r1' }), item('A', '09:10', '10:00', { venueId: 'r1' })], meeting);
    expect(w).toEqual([{ code: 'room_overlap', itemIds: ['A', 'B'], params: { a: 'A', b: 'B' } }]);
  });

  it('reports every pair of three items sharing a slot', () => {
    const w = agendaWarnings([item('C', '09:20', '09:50'), item('A', '09:10', '10:00'), item('B', '09:15', '09:40')], meeting);
    expect(w.filter((x) => x.code === 'room_overlap').map((x) => x.itemIds)).toEqual([['A', 'B'], ['A', 'C'], ['B', 'C']]);
  });

  it('accepts touching items and overlaps in different rooms', () => {
    expect(codes([item('A', '09:10', '10:00', { venueId: 'r1' }), item('B', '10:00', '11:00', { venueId: 'r1' })])).toEqual([]);
    expect(codes([item('A', '09:10', '10:00', { venueId: 'r1' }), item('B', '09:30', '10:30', { venueId: 'r2' })])).toEqual([]);
  });

  it('counts null (the main room) as one room, distinct from every venue', () => {
    expect(codes([item('A', '09:10', '10:00'), item('B', '09:30', '10:30')])).toEqual(['room_overlap']);
    expect(codes([item('A', '09:10', '10:00'), item('B', '09:30', '10:30', { venueId: 'r1' })])).toEqual([]);
  });
});

describe('outside_meeting', () => {
  it('reports an item starting before or ending after the meeting', () => {
    const w = agendaWarnings([item('late', '17:30', '18:30', { venueId: 'r2' }), item('early', '07:30', '08:30', { venueId: 'r1' })], meeting);
    expect(w).toEqual([
      { code: 'outside_meeting', itemIds: ['early'], params: { title: 'early' } },
      { code: 'outside_meeting', itemIds: ['late'], params: { title: 'late' } },
    ]);
  });

  it('accepts items exactly at the meeting bounds', () => {
    expect(codes([item('A', '08:00', '12:00'), item('B', '12:00', '18:00')])).toEqual([]);
  });
});

describe('presenter_clash', () => {
  it('reports one presenter in two overlapping items across two rooms', () => {
    const w = agendaWarnings(
      [item('A', '09:10', '10:00', { venueId: 'r1', presenterIds: ['p1', 'p2'] }), item('B', '09:30', '10:30', { venueId: 'r2', presenterIds: ['p1'] })],
      meeting,
    );
    expect(w).toEqual([{ code: 'presenter_clash', itemIds: ['A', 'B'], params: { presenterId: 'p1', a: 'A', b: 'B' } }]);
  });

  it('accepts back-to-back talks, different presenters, and a presenter listed twice in one item', () => {
    expect(codes([item('A', '09:10', '10:00', { venueId: 'r1', presenterIds: ['p1'] }), item('B', '10:00', '11:00', { venueId: 'r2', presenterIds: ['p1'] })])).toEqual([]);
    expect(codes([item('A', '09:10', '10:00', { venueId: 'r1', presenterIds: ['p1'] }), item('B', '09:30', '11:00', { venueId: 'r2', presenterIds: ['p2'] })])).toEqual([]);
    expect(codes([item('A', '09:10', '10:00', { presenterIds: ['p1', 'p1'] })])).toEqual([]);
  });
});

describe('gap', () => {
  it('reports any hole between consecutive items of one room on one day, by default', () => {
    const w = agendaWarnings([item('A', '09:10', '10:00'), item('B', '10:01', '11:00')], meeting);
    expect(w).toEqual([{ code: 'gap', itemIds: ['A', 'B'], params: { after: 'A', minutes: 1 } }]);
  });

  it('honours minGapMinutes', () => {
    const items = [item('A', '09:10', '10:00'), item('B', '10:10', '11:00'), item('C', '11:15', '12:00')];
    const w = agendaWarnings(items, meeting, { minGapMinutes: 15 });
    expect(w).toEqual([{ code: 'gap', itemIds: ['B', 'C'], params: { after: 'B', minutes: 15 } }]);
  });

  it('ignores holes between different rooms and a short item inside a long one', () => {
    expect(codes([item('A', '09:10', '10:00', { venueId: 'r1' }), item('B', '10:30', '11:00', { venueId: 'r2' })])).toEqual([]);
    const w = agendaWarnings([item('long', '09:10', '12:00', { venueId: 'r1' }), item('short', '09:30', '10:00', { venueId: 'r1' }), item('next', '12:00', '13:00', { venueId: 'r1' })], meeting);
    expect(w.map((x) => x.code)).toEqual(['room_overlap']);
  });

  it('sees no overnight gap in a three-day meeting in Asia/Shanghai, but a hole within a day', () => {
    const m: CheckedMeeting = { ...meeting, endAt: at('2026-12-09T18:00'), multiDepartment: true };
    const day = (d: string, afternoon = '12:00') => [
      { ...item(`am-${d}`, '09:10', '12:00', { venueId: 'r1' }), startAt: at(`${d}T09:10`), endAt: at(`${d}T12:00`) },
      { ...item(`pm-${d}`, '12:00', '17:00', { venueId: 'r1' }), startAt: at(`${d}T${afternoon}`), endAt: at(`${d}T17:00`) },
    ];
    const days = ['2026-12-07', '2026-12-08', '2026-12-09'];
    expect(agendaWarnings(days.flatMap((d) => day(d)), m)).toEqual([]);
    const w = agendaWarnings([...day(days[0]), ...day(days[1], '13:00'), ...day(days[2])], m);
    expect(w).toEqual([{ code: 'gap', itemIds: ['am-2026-12-08', 'pm-2026-12-08'], params: { after: 'am-2026-12-08', minutes: 60 } }]);
  });
});

describe('start_time_rule', () => {
  const multi = { ...meeting, multiDepartment: true };

  it('warns when the first item of a multi-department day starts off the allowed times', () => {
    const w = agendaWarnings([item('A', '09:00', '10:00'), item('B', '10:00', '11:00')], multi);
    expect(w).toEqual([{ code: 'start_time_rule', itemIds: ['A'], params: { title: 'A', time: '09:00', allowed: '09:10 / 14:10' } }]);
  });

  it('accepts 09:10 or 14:10, skips sign-in, checks only the first item of the day, and does not apply to one department', () => {
    expect(codes([item('A', '09:10', '10:00'), item('B', '10:00', '10:20')], multi)).toEqual([]);
    expect(codes([item('A', '14:10', '15:00')], multi)).toEqual([]);
    expect(codes([item('in', '08:30', '09:10', { kind: 'sign_in' }), item('A', '09:10', '10:00')], multi)).toEqual([]);
    expect(codes([item('A', '09:00', '10:00')], meeting)).toEqual([]);
  });

  it('follows the meeting start times', () => {
    const w = agendaWarnings([item('A', '09:10', '10:00')], { ...multi, startTimes: ['08:30'] });
    expect(w[0].params).toEqual({ title: 'A', time: '09:10', allowed: '08:30' });
  });
});

describe("the seed's all-hands agenda", () => {
  const seed: [string, string, string, string][] = [
    ['08:30', '09:00', '签到', 'sign_in'], ['09:00', '09:30', '领导致辞', 'opening'], ['09:30', '10:30', '各部门汇报', 'report'], ['10:30', '10:45', '茶歇', 'break'],
    ['10:45', '11:45', '发展规划', 'speech'], ['11:45', '12:00', '发展目标', 'speech'], ['12:00', '13:30', '午餐', 'meal'], ['13:30', '15:30', '团队建设', 'activity'],
    ['15:30', '16:30', '互动交流', 'discussion'], ['16:30', '17:00', '总结表彰', 'summary'],
  ];
  const items = seed.map(([from, to, title, kind], i) => item(`s${i}`, from, to, { title, kind }));
  const allHands: CheckedMeeting = { ...meeting, startAt: at('2026-12-07T08:30'), endAt: at('2026-12-07T17:00'), multiDepartment: true };

  it('gives exactly one warning: 领导致辞 starts at 09:00, not 09:10 / 14:10; no gap', () => {
    expect(agendaWarnings(items, allHands)).toEqual([
      { code: 'start_time_rule', itemIds: ['s1'], params: { title: '领导致辞', time: '09:00', allowed: '09:10 / 14:10' } },
    ]);
  });
});

describe('local days across a DST change (America/New_York, 2027-03-14)', () => {
  const ny = (iso: string) => at(iso, 'America/New_York');
  const m: CheckedMeeting = { startAt: ny('2027-03-13T08:00'), endAt: ny('2027-03-15T18:00'), timeZone: 'America/New_York', multiDepartment: true, startTimes: ['09:10', '14:10'] };
  const nyItem = (id: string, from: string, to: string): CheckedItem => ({ id, title: id, startAt: ny(from), endAt: ny(to), venueId: null, presenterIds: [], kind: 'report' });
  // 19:00–20:00 EST on 03-13 is 00:00–01:00 UTC on 03-14: the same UTC day as 09:10 EDT on 03-14, a different local day.
  const items = [
    nyItem('sat-pm', '2027-03-13T14:10', '2027-03-13T19:00'),
    nyItem('sat-eve', '2027-03-13T19:00', '2027-03-13T20:00'),
    nyItem('sun-am', '2027-03-14T09:10', '2027-03-14T12:00'),
    nyItem('mon-pm', '2027-03-15T14:10', '2027-03-15T17:00'),
  ];

  it('keeps 03-13 and 03-14 apart, reads 14:10 on 03-15 in daylight time, and reports nothing', () => {
    expect(agendaWarnings(items, m)).toEqual([]);
  });

  it('still reads a wrong start after the change in local time', () => {
    const w = agendaWarnings([...items.slice(0, 2), nyItem('sun-am', '2027-03-14T09:00', '2027-03-14T12:00'), items[3]], m);
    expect(w).toEqual([{ code: 'start_time_rule', itemIds: ['sun-am'], params: { title: 'sun-am', time: '09:00', allowed: '09:10 / 14:10' } }]);
  });
});

describe('order of results', () => {
  it('lists by code order, then by item start', () => {
    const items = [
      item('Z', '07:00', '08:10', { venueId: 'r2', presenterIds: ['p'] }),
      item('A', '09:00', '10:00', { venueId: 'r1', presenterIds: ['p'] }),
      item('B', '09:30', '10:30', { venueId: 'r1' }),
      item('C', '11:00', '12:00', { venueId: 'r1', presenterIds: ['p'] }),
      item('D', '11:30', '12:30', { venueId: 'r3', presenterIds: ['p'] }),
    ];
    const w = agendaWarnings(items, { ...meeting, multiDepartment: true });
    expect(w.map((x) => [x.code, ...x.itemIds])).toEqual([
      ['room_overlap', 'A', 'B'],
      ['outside_meeting', 'Z'],
      ['presenter_clash', 'C', 'D'],
      ['gap', 'B', 'C'],
      ['start_time_rule', 'Z'],
    ]);
  });
});

describe('property', () => {
  const day0 = at('2026-12-07T00:00');
  const SLOT = 30 * 60_000;
  const arbItem = fc.record({
    slot: fc.integer({ min: 0, max: 3 * 48 }),
    length: fc.integer({ min: 1, max: 6 }),
    title: fc.constantFrom('a', 'b', 'c'),
    venueId: fc.constantFrom(null, 'r1', 'r2'),
    presenterIds: fc.subarray(['p1', 'p2', 'p3']),
    kind: fc.constantFrom('sign_in', 'report', 'break'),
  });
  const arbItems = fc
    .array(arbItem, { maxLength: 12 })
    .map((list) => list.map((r, i): CheckedItem => ({ id: `i${i}`, title: r.title, startAt: day0 + r.slot * SLOT, endAt: day0 + (r.slot + r.length) * SLOT, venueId: r.venueId, presenterIds: r.presenterIds, kind: r.kind })))
    .chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })));

  it('shuffling the input never changes the result', () => {
    fc.assert(
      fc.property(arbItems, fc.boolean(), fc.integer({ min: 1, max: 90 }), ([list, shuffled], multiDepartment, minGapMinutes) => {
        const m: CheckedMeeting = { ...meeting, startAt: day0 + 16 * SLOT, endAt: day0 + 2 * 48 * SLOT, multiDepartment };
        expect(agendaWarnings(shuffled, m, { minGapMinutes })).toEqual(agendaWarnings(list, m, { minGapMinutes }));
      }),
      { numRuns: 300 },
    );
  });
});
