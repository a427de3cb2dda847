/** A notice's deliveries, for the progress table. */
import { authorize } from '../../platform/access';
import type { Ctx } from '../../platform/context';
import * as q from './notice.queries';
import { loadNotice } from './notice.service';

/** A page of deliveries of a notice. */
export async function deliveriesOf(ctx: Ctx, id: string, f: { status?: string; channel?: string; limit: number; offset: number }) {
  authorize(ctx, 'notice.write');
  await loadNotice(ctx, id);
  const { rows, total } = await q.listDeliveries(ctx.db, id, f);
  return {
    total,
    items: rows.map((d) => ({
      id: d.id, participantId: d.participant_id, recipientName: d.recipient_name, channel: d.channel as 'email', address: d.channel === 'inapp' ? '' : d.address, status: d.status as 'queued',
      attempts: d.attempts, lastError: d.last_error, sentAt: d.sent_at, readAt: d.read_at, answeredAt: d.answered_at, updatedAt: d.updated_at,
    })),
  };
}
