/** Agenda rows as the API returns them: room and presenter names resolved. */
import type { AgendaItem, AgendaKind } from '../../../shared/agenda';
import type { Db } from '../../db/database';
import type { AgendaItemRow } from '../../db/tables';
import * as q from './agenda.queries';

/** The presenters of a row. */
export function presentersOf(r: Pick<AgendaItemRow, 'presenter_ids_json'>): string[] {
  return JSON.parse(r.presenter_ids_json) as string[];
}

/** Rows as DTOs. */
export async function toItems(db: Db, orgId: string, meetingId: string, rows: readonly AgendaItemRow[]): Promise<AgendaItem[]> {
  const venues = await q.venueNames(db, orgId, [...new Set(rows.map((r) => r.venue_id).filter((v): v is string => !!v))]);
  const people = new Map((await q.participantsOf(db, meetingId)).map((p) => [p.id, p.name]));
  return rows.map((r) => ({
    id: r.id, kind: r.kind as AgendaKind, title: r.title, startAt: Number(r.start_at), endAt: Number(r.end_at), venueId: r.venue_id, venueName: r.venue_id ? venues.get(r.venue_id) ?? null : null,
    place: r.place, presenterIds: presentersOf(r), presenterNames: presentersOf(r).map((id) => people.get(id) ?? '?'), materials: r.materials, notes: r.notes,
    actualStartAt: r.actual_start_at === null ? null : Number(r.actual_start_at), actualEndAt: r.actual_end_at === null ? null : Number(r.actual_end_at), sortOrder: r.sort_order,
  }));
}
