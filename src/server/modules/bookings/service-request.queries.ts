/** SQL for service requests. */
import type { Db } from '../../db/database';
import type { BookingServiceRow } from '../../db/tables';

/** Stores a request. */
export async function insertService(db: Db, row: BookingServiceRow): Promise<void> {
  await db.insertInto('booking_services').values(row).execute();
}

/** Requests of a booking, oldest first. */
export async function servicesOf(db: Db, bookingId: string): Promise<BookingServiceRow[]> {
  return db.selectFrom('booking_services').selectAll().where('booking_id', '=', bookingId).orderBy('created_at').execute();
}

/** One request. */
export async function findService(db: Db, id: string): Promise<BookingServiceRow | undefined> {
  return db.selectFrom('booking_services').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Changes a request's status. */
export async function setServiceStatus(db: Db, id: string, status: string, now: number): Promise<void> {
  await db.updateTable('booking_services').set({ status, updated_at: now }).where('id', '=', id).execute();
}
