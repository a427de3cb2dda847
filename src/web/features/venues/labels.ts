/** Words and numbers every venue screen shares: money in yuan, layouts, equipment, capacity. */
import type { TFunction } from 'i18next';
import { EQUIPMENT, LAYOUTS, type Layout, type Venue } from '../../../shared/venues';

/** Fen as yuan with two decimals, e.g. `1,200.00`; the API stores integer fen. */
export function formatYuan(fen: number): string {
  return (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Yuan typed in a form as integer fen (never a float on the wire). */
export function yuanToFen(yuan: number | null | undefined): number | null {
  return typeof yuan === 'number' && Number.isFinite(yuan) ? Math.round(yuan * 100) : null;
}

/** Fen from the API as yuan for an input. */
export function fenToYuan(fen: number | null | undefined): number | null {
  return typeof fen === 'number' ? fen / 100 : null;
}

/** A layout's name. */
export function layoutLabel(t: TFunction, layout: string): string {
  return (LAYOUTS as readonly string[]).includes(layout) ? t(`venues.layout.${layout}`) : layout;
}

/** An equipment item's name; free-text items are shown as typed. */
export function equipmentLabel(t: TFunction, item: string): string {
  return (EQUIPMENT as readonly string[]).includes(item) ? t(`venues.equipmentItem.${item}`) : item;
}

/** Select options of the common equipment plus any extra items already in use. */
export function equipmentOptions(t: TFunction, extra: readonly string[] = []): { value: string; label: string }[] {
  const items = [...new Set([...EQUIPMENT, ...extra])];
  return items.map((e) => ({ value: e, label: equipmentLabel(t, e) }));
}

/** The layouts a venue has, in the standard order, with their capacity. */
export function venueLayouts(v: Pick<Venue, 'capacities'>): { layout: Layout; capacity: number }[] {
  return LAYOUTS.filter((l) => typeof v.capacities[l] === 'number').map((l) => ({ layout: l, capacity: v.capacities[l] }));
}

/** The most people a venue holds in any layout. */
export function maxCapacity(v: Pick<Venue, 'capacities'>): number {
  return Math.max(0, ...Object.values(v.capacities));
}

/** Where a venue is: building and floor, or the address of an external one. */
export function venuePlace(v: Pick<Venue, 'building' | 'floor' | 'address'>): string {
  const parts = [v.building, v.floor].filter(Boolean);
  return parts.length ? parts.join(' · ') : (v.address ?? '');
}
