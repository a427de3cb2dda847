import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../shared/participants';
import { mealTickets, meetingDays, parseWho, printPeople, qrModules, sheetsOf, whoText } from './print-data';

const participant = (id: string, over: Partial<Participant> = {}): Participant => ({
  id, personId: `p-${id}`, personName: `Name ${id}`, unit: 'U', departmentName: null, title: null, phone: null, email: null, role: 'participant', required: true,
  groupName: null, attendance: 'confirmed', reply: null, answeredAt: null, answeredOnBehalf: false, canVote: true, ...over,
});

describe('print data', () => {
  it('chooses who to print, leaving out people who declined or are on leave, with pass tokens and dietary marks', () => {
    const list = [
      participant('a', { groupName: 'VIP', reply: { attendance: 'confirmed', dietary: { halal: true } } }), participant('b', { role: 'media' }),
      participant('c', { attendance: 'leave' }), participant('d', { attendance: 'declined' }),
    ];
    expect(printPeople(list, null, parseWho(null)).map((p) => p.participantId)).toEqual(['a', 'b']);
    expect(printPeople(list, [{ participantId: 'a', token: 'T' }], parseWho('group:VIP'))).toEqual([expect.objectContaining({ participantId: 'a', token: 'T', dietary: { halal: true, vegetarian: false } })]);
    expect(printPeople(list, null, parseWho('role:media')).map((p) => p.participantId)).toEqual(['b']);
    expect(whoText(parseWho('group:VIP嘉宾'))).toBe('group:VIP嘉宾');
  });

  it('meal days are the meeting’s local days; tickets go person by person, day by day, meal by meal', () => {
    // 2027-03-16 09:00 to 2027-03-17 17:30 in Shanghai.
    const days = meetingDays(Date.UTC(2027, 2, 16, 1), Date.UTC(2027, 2, 17, 9, 30), 'Asia/Shanghai');
    expect(days).toEqual(['2027-03-16', '2027-03-17']);
    expect(meetingDays(Date.UTC(2027, 2, 16, 1), Date.UTC(2027, 2, 16, 3), 'Asia/Shanghai')).toEqual(['2027-03-16']);
    const people = printPeople([participant('a'), participant('b')], null, { kind: 'all' });
    const tickets = mealTickets(people, days, ['dinner', 'lunch']);
    expect(tickets.map((t) => `${t.person.participantId} ${t.day.slice(8)} ${t.meal} ${t.no}`)).toEqual([
      'a 16 lunch 1', 'a 16 dinner 2', 'a 17 lunch 3', 'a 17 dinner 4', 'b 16 lunch 5', 'b 16 dinner 6', 'b 17 lunch 7', 'b 17 dinner 8',
    ]);
    expect(sheetsOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('draws a QR code as one path of dark runs', () => {
    const qr = qrModules('HW1.test');
    expect(qr.size).toBe(21);
    expect(qr.path).toMatch(/^M0 0h7v1h-7z/);
  });
});
