/** Group robots (DingTalk, WeCom, Feishu) an organisation sends notices to; webhook and secret are sealed at rest and never returned. */
import { z } from 'zod';
import { BOT_PLATFORMS } from '../../../shared/notices';
import type { ChannelBotRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { decryptText, encryptText } from '../../platform/secrets';
import { sendBot } from '../delivery/channels/bots';
import { ChannelError } from '../delivery/channels/types';
import * as q from './bot.queries';

/** Body of create/update of a robot; an omitted secret or webhook on update keeps the stored one. */
export const botInputSchema = z.object({
  platform: z.enum(BOT_PLATFORMS),
  name: z.string().trim().min(1).max(50),
  webhookUrl: z.url().max(500).optional(),
  secret: z.string().trim().max(200).nullable().optional(),
  isActive: z.boolean().default(true),
});
/** A robot as the API returns it: the webhook only as its host, to recognise it. */
export const botSchema = z.object({ id: z.string(), platform: z.enum(BOT_PLATFORMS), name: z.string(), webhookHost: z.string(), signed: z.boolean(), isActive: z.boolean() });
type Bot = z.infer<typeof botSchema>;

function toBot(r: ChannelBotRow): Bot {
  let host = '';
  try { host = new URL(decryptText(r.webhook_cipher)).host; } catch { host = '?'; }
  return { id: r.id, platform: r.platform as Bot['platform'], name: r.name, webhookHost: host, signed: !!r.secret_cipher, isActive: r.is_active === 1 };
}

/** The organisation's robots (organisers pick them on a notice; approvers see their names). */
export async function listBots(ctx: Ctx): Promise<Bot[]> {
  authorize(ctx, 'meeting.read');
  return (await q.listBots(ctx.db, ctx.actor.orgId)).map(toBot);
}

/** Adds a robot. */
export async function createBot(ctx: Ctx, input: z.infer<typeof botInputSchema>): Promise<Bot> {
  authorize(ctx, 'bot.manage');
  if (!input.webhookUrl) throw invalid('webhookUrl', 'required');
  const now = ctx.now();
  const row: ChannelBotRow = {
    id: newId(), org_id: ctx.actor.orgId, platform: input.platform, name: input.name, webhook_cipher: encryptText(input.webhookUrl),
    secret_cipher: input.secret ? encryptText(input.secret) : null, is_active: input.isActive ? 1 : 0, created_at: now, updated_at: now,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await q.insertBot(trx, row);
    await recordAudit(trx, ctx, { action: 'bot.create', entityType: 'bot', entityId: row.id, after: { platform: row.platform, name: row.name } });
  });
  return toBot(row);
}

/** Changes a robot. */
export async function updateBot(ctx: Ctx, id: string, input: z.infer<typeof botInputSchema>): Promise<Bot> {
  authorize(ctx, 'bot.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const before = ownRow(ctx, await q.findBot(trx, id));
    await q.updateBot(trx, id, {
      platform: input.platform, name: input.name, is_active: input.isActive ? 1 : 0, updated_at: ctx.now(),
      ...(input.webhookUrl && { webhook_cipher: encryptText(input.webhookUrl) }),
      ...(input.secret !== undefined && { secret_cipher: input.secret ? encryptText(input.secret) : null }),
    });
    await recordAudit(trx, ctx, { action: 'bot.update', entityType: 'bot', entityId: id, before: toBot(before), after: { platform: input.platform, name: input.name, isActive: input.isActive } });
    return toBot((await q.findBot(trx, id))!);
  });
}

/** Removes a robot. */
export async function deleteBot(ctx: Ctx, id: string): Promise<void> {
  authorize(ctx, 'bot.manage');
  await ctx.db.transaction().execute(async (trx) => {
    const before = ownRow(ctx, await q.findBot(trx, id));
    await q.deleteBot(trx, id);
    await recordAudit(trx, ctx, { action: 'bot.delete', entityType: 'bot', entityId: id, before: toBot(before) });
  });
}

/** Sends a test message now and says whether the platform accepted it. */
export async function testBot(ctx: Ctx, id: string): Promise<{ ok: boolean; error: string | null }> {
  authorize(ctx, 'bot.manage');
  const bot = ownRow(ctx, await q.findBot(ctx.db, id));
  try {
    await sendBot({ platform: bot.platform as 'dingtalk', webhookUrl: decryptText(bot.webhook_cipher), secret: bot.secret_cipher ? decryptText(bot.secret_cipher) : null },
      { title: ctx.lang === 'zh-CN' ? '会务系统测试消息' : 'Huiwu test message', markdown: ctx.lang === 'zh-CN' ? '会务通知机器人已连通。' : 'The notice robot is connected.' });
    return { ok: true, error: null };
  } catch (err) {
    return { ok: false, error: err instanceof ChannelError ? err.reason : (err as Error).message };
  }
}
