/** 餐券 meal tickets (ten to a sheet) and 座位卡 seat cards (eight to a sheet), each with crop marks. */
import { DateTime } from 'luxon';
import { useTranslation } from 'react-i18next';
import { seatLabel, type SeatAssignment } from '../../../../shared/seating';
import { currentLang } from '../../../app/i18n';
import { sheetsOf, type MealTicket, type PrintPerson } from '../print-data';
import { GridSheet, Logo, Qr, type Brand } from './Sheet';

/** Meal ticket size in mm (2 × 5 on A4). */
export const TICKET = { w: 95, h: 52 };
/** Seat card size in mm (2 × 4 on A4). */
export const SEAT_CARD = { w: 95, h: 66 };

/** A day as a ticket says it: 3月16日 周一 / Mon 16 Mar. */
export function ticketDay(isoDate: string): string {
  const lang = currentLang();
  return DateTime.fromISO(isoDate).setLocale(lang === 'zh-CN' ? 'zh-CN' : 'en-GB').toFormat(lang === 'zh-CN' ? 'M月d日 ccc' : 'ccc d LLL');
}

function Ticket({ ticket, brand }: { ticket: MealTicket; brand: Brand }) {
  const { t } = useTranslation();
  const { person, day, meal, no } = ticket;
  return (
    <div className="hw-card hw-ticket" data-testid="ticket">
      <div className="hw-ticket-strip" style={{ background: brand.primary }}>{t('print.ticket.strip')}</div>
      <div className="hw-ticket-body">
        <div className="hw-ticket-head"><span className="hw-ticket-org"><Logo brand={brand} mm={4.5} chip={false} />{brand.orgName}</span><span>No. {String(no).padStart(4, '0')}</span></div>
        <div className="hw-ticket-meal" style={{ color: brand.primary }}>{ticketDay(day)} {t(`print.meal.${meal}`)}</div>
        <div className="hw-ticket-person">{person.name}<small>{person.unit ?? person.departmentName ?? ''}</small></div>
        <div className="hw-ticket-tags" style={{ color: brand.accent }}>
          {person.dietary?.halal && <span>{t('print.ticket.halal')}</span>}
          {person.dietary?.vegetarian && <span>{t('print.ticket.vegetarian')}</span>}
        </div>
        <div className="hw-ticket-head" style={{ marginTop: 'auto' }}><span>{brand.meetingTitle}</span></div>
      </div>
      {person.token && <div className="hw-ticket-qr"><Qr text={person.token} mm={20} /></div>}
    </div>
  );
}

/** Sheets of meal tickets. */
export function MealTickets({ tickets, brand }: { tickets: MealTicket[]; brand: Brand }) {
  return sheetsOf(tickets, 10).map((sheet, i) => (
    <GridSheet key={i} cols={2} rows={5} w={TICKET.w} h={TICKET.h} testId="sheet">
      {sheet.map((tk) => <Ticket key={`${tk.person.participantId}-${tk.day}-${tk.meal}`} ticket={tk} brand={brand} />)}
    </GridSheet>
  ));
}

/** Sheets of seat cards for the people who have a seat. */
export function SeatCards({ people, seats, brand, planName }: { people: PrintPerson[]; seats: Map<string, SeatAssignment>; brand: Brand; planName: string }) {
  const seated = people.filter((p) => seats.has(p.participantId));
  return sheetsOf(seated, 8).map((sheet, i) => (
    <GridSheet key={i} cols={2} rows={4} w={SEAT_CARD.w} h={SEAT_CARD.h} testId="sheet">
      {sheet.map((p) => (
        <div className="hw-card hw-seatcard" key={p.participantId} data-testid="seat-card" style={{ borderTop: `3mm solid ${brand.primary}` }}>
          <div className="hw-seatcard-meeting">{brand.meetingTitle}</div>
          <div className="hw-seatcard-name">{p.name}</div>
          <div className="hw-seatcard-unit">{p.unit ?? p.departmentName ?? ''}</div>
          <div className="hw-seatcard-seat" style={{ color: brand.accent }}>{seatLabel(seats.get(p.participantId)!, currentLang())}</div>
          <div className="hw-seatcard-plan">{planName}</div>
        </div>
      ))}
    </GridSheet>
  ));
}
