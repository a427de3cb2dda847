// The on-behalf reply form's conversion: what is sent for each attendance, and where server field errors land.
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { replySchema } from '../../../shared/rsvp';
import { replyFieldMap, replyToValues, valuesToReply } from './reply-values';

describe('reply form values', () => {
  it('sends travel, lodging, diet and companions only for someone coming, and the result passes the shared schema', () => {
    const body = valuesToReply({
      attendance: 'confirmed',
      arrival: { date: dayjs('2027-03-28'), time: dayjs('2000-01-01T15:30'), mode: 'train', number: ' G101 ', station: '北京南站' },
      departure: { date: null, time: null, mode: null, number: '', station: '' },
      lodging: { need: 'single', nights: [dayjs('2027-03-29'), dayjs('2027-03-28'), dayjs('2027-03-29')] },
      dietary: { halal: false, vegetarian: true, allergies: '', other: '' },
      companions: [{ name: '李四', phone: '', relation: '秘书' }, { name: '', phone: '', relation: '' }],
      payment: { status: 'paid', invoiceTitle: '某某公司' },
      note: '  ',
    }, false);
    expect(body).toEqual({
      attendance: 'confirmed', note: null,
      arrival: { date: '2027-03-28', time: '15:30', mode: 'train', number: 'G101', station: '北京南站' }, departure: null,
      lodging: { need: 'single', nights: ['2027-03-28', '2027-03-29'], shareWith: null },
      dietary: { halal: false, vegetarian: true, allergies: null, other: null },
      companions: [{ name: '李四', phone: null, relation: '秘书' }],
    });
    expect(replySchema.safeParse(body).success).toBe(true);
  });

  it('a declined answer carries nothing but the attendance and note; payment only for a paid meeting', () => {
    const v = { attendance: 'declined' as const, arrival: { date: dayjs('2027-03-28') }, payment: { status: 'paid' as const } };
    expect(valuesToReply(v, true)).toEqual({ attendance: 'declined', note: null });
    expect(valuesToReply({ ...v, attendance: 'tentative' }, true).payment).toEqual({ status: 'paid', invoiceTitle: null, taxId: null });
  });

  it('a substitute without a name and a leg without its date are sent so the shared check names the fields', () => {
    const body = valuesToReply({ attendance: 'substitute', substitute: { name: ' ' }, arrival: { mode: 'flight' } }, false);
    const r = replySchema.safeParse(body);
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('substitute.name');
    expect(paths).toContain('arrival.date');
  });

  it('reads a stored reply back into the form', () => {
    const v = replyToValues({ attendance: 'leave', leaveReason: '出差', lodging: { need: 'shared', nights: ['2027-03-28'], shareWith: '王五' } });
    expect(v.attendance).toBe('leave');
    expect(v.lodging?.nights?.map((d) => d.format('YYYY-MM-DD'))).toEqual(['2027-03-28']);
    expect(replyToValues(null).attendance).toBe('confirmed');
  });

  it('maps API fields to form paths, keeping list rows but not a trailing index', () => {
    expect(replyFieldMap('companions.1.phone')).toEqual(['companions', 1, 'phone']);
    expect(replyFieldMap('lodging.nights.0')).toEqual(['lodging', 'nights']);
    expect(replyFieldMap('departure.date')).toEqual(['departure', 'date']);
  });
});
