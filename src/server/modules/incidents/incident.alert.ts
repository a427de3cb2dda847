/** Pushing a high-severity incident to a group robot (DingTalk, WeCom, Feishu), run by the jobs worker so a failed push is retried. */
import { DateTime } from 'luxon';
import { INCIDENT_KIND_LABELS } from '../../../shared/incidents';
import type { Database } from '../../db/database';
import { decryptText } from '../../platform/secrets';
import { ChannelError } from '../delivery/channels/types';
import { sendBot } from '../delivery/channels/bots';
import type { JobHandler } from '../jobs';
import * as q from './incident.queries';

/** The handler of `incident.alert`; an incident already resolved or a robot removed is skipped. */
export function incidentAlertHandler(database: Database): JobHandler {
  return async (job) => {
    const [incidentId, botId] = job.ref_id.split(':');
    const incident = await q.incidentWithMeeting(database.db, incidentId);
    const bot = await q.findBot(database.db, botId);
    if (!incident || incident.status === 'resolved' || !bot || !bot.is_active) return { ok: true };
    const kind = INCIDENT_KIND_LABELS[incident.kind as 'medical']?.['zh-CN'] ?? incident.kind;
    const at = DateTime.fromMillis(Number(incident.occurred_at), { zone: incident.time_zone }).toFormat('HH:mm');
    const title = `【紧急】${incident.meeting_title}：${kind}`;
    try {
      await sendBot(
        { platform: bot.platform as 'dingtalk', webhookUrl: decryptText(bot.webhook_cipher), secret: bot.secret_cipher ? decryptText(bot.secret_cipher) : null },
        { title, markdown: `### ${title}\n\n- 地点：${incident.place}\n- 时间：${at}\n- 情况：${incident.description}\n\n请值班会务人员立即处置。` },
      );
      return { ok: true };
    } catch (err) {
      const retryable = !(err instanceof ChannelError) || err.retryable;
      return { ok: false, error: err instanceof Error ? err.message : String(err), retryable };
    }
  };
}
