/** The organisation's notice templates: the built-in wording until an admin or organiser replaces it. */
import type { z } from 'zod';
import { DEFAULT_TEMPLATES } from '../../../shared/notice-templates';
import { NOTICE_KINDS, unknownVariables, type NoticeKind, type templateInputSchema, type templateSchema } from '../../../shared/notices';
import { authorize } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import * as q from './notice.queries';

type Template = z.infer<typeof templateSchema>;
type Locale = 'zh-CN' | 'en';

/** Every kind in both languages, the organisation's own where it has one. */
export async function listTemplates(ctx: Ctx): Promise<Template[]> {
  authorize(ctx, 'meeting.read');
  const own = await q.listTemplates(ctx.db, ctx.actor.orgId);
  return NOTICE_KINDS.flatMap((kind) => (['zh-CN', 'en'] as const).map((locale) => {
    const o = own.find((t) => t.kind === kind && t.locale === locale);
    return { kind, locale, subject: o?.subject ?? DEFAULT_TEMPLATES[kind][locale].subject, body: o?.body ?? DEFAULT_TEMPLATES[kind][locale].body, custom: !!o };
  }));
}

/** Replaces the wording of a kind in a language. */
export async function saveTemplate(ctx: Ctx, kind: NoticeKind, locale: Locale, input: z.infer<typeof templateInputSchema>): Promise<Template> {
  authorize(ctx, 'notice.write');
  for (const field of ['subject', 'body'] as const) {
    const bad = unknownVariables(input[field]);
    if (bad.length) throw invalid(field, 'unknown_variable', { names: bad.join(', ') });
  }
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await q.upsertTemplate(trx, { id: newId(), org_id: ctx.actor.orgId, kind, locale, subject: input.subject, body: input.body, created_at: now, updated_at: now });
    await recordAudit(trx, ctx, { action: 'notice_template.save', entityType: 'notice_template', entityId: `${kind}:${locale}`, after: input });
  });
  return { kind, locale, ...input, custom: true };
}

/** Goes back to the built-in wording. */
export async function resetTemplate(ctx: Ctx, kind: NoticeKind, locale: Locale): Promise<Template> {
  authorize(ctx, 'notice.write');
  await ctx.db.transaction().execute(async (trx) => {
    await q.deleteTemplate(trx, ctx.actor.orgId, kind, locale);
    await recordAudit(trx, ctx, { action: 'notice_template.reset', entityType: 'notice_template', entityId: `${kind}:${locale}` });
  });
  return { kind, locale, ...DEFAULT_TEMPLATES[kind][locale], custom: false };
}
