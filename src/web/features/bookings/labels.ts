/** Colours of booking states (the grid, tags and the legend agree) and small shared predicates. */
import type { Booking, BookingStatus } from '../../../shared/bookings';
import { LIVE_STATUSES } from '../../../shared/bookings';

/** Tag colour of each state. */
export const BOOKING_STATUS_COLORS: Record<BookingStatus, string> = {
  confirmed: 'blue',
  tentative: 'cyan',
  pending: 'gold',
  held: 'purple',
  cancelled: 'default',
  rejected: 'red',
  released: 'default',
};

/** Block colours in the grid: background and border of each live state. */
export const GRID_COLORS: Record<BookingStatus, { bg: string; border: string; text: string }> = {
  confirmed: { bg: '#1677ff', border: '#0958d9', text: '#fff' },
  tentative: { bg: '#e6f4ff', border: '#4096ff', text: '#003eb3' },
  pending: { bg: '#fff7e6', border: '#fa8c16', text: '#873800' },
  held: { bg: '#f9f0ff', border: '#9254de', text: '#391085' },
  cancelled: { bg: '#f5f5f5', border: '#d9d9d9', text: '#8c8c8c' },
  rejected: { bg: '#fff1f0', border: '#ff7875', text: '#a8071a' },
  released: { bg: '#f5f5f5', border: '#d9d9d9', text: '#8c8c8c' },
};

/** True while a booking holds the room. */
export function isLive(b: Pick<Booking, 'status'>): boolean {
  return LIVE_STATUSES.includes(b.status);
}

/** Statuses shown in the grid legend, in order. */
export const LEGEND_STATUSES: readonly BookingStatus[] = ['confirmed', 'tentative', 'pending', 'held'];
