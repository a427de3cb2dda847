/** The agenda as a deck, a Word document or a printable page: the published version (or the draft before the first publication). */
import type { AgendaItem } from '../../../shared/agenda';
import { authorize, ownRow } from '../../platform/access';
import type { Ctx } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { renderAgendaDocx } from './agenda.docx';
import { renderAgendaHtml } from './agenda.print';
import { renderAgendaPptx, type AgendaExport } from './agenda.pptx';
import { toItems } from './agenda.dto';
import * as q from './agenda.queries';
import { parsePolicy } from '../org';

/** Export formats. */
export type AgendaFormat = 'pptx' | 'docx' | 'html';

async function exportData(ctx: Ctx, meetingId: string): Promise<AgendaExport> {
  const meeting = ownRow(ctx, await q.findMeeting(ctx.db, meetingId));
  const [published] = await q.listVersions(ctx.db, meetingId);
  const items: AgendaItem[] = published ? JSON.parse(published.items_json) : await toItems(ctx.db, ctx.actor.orgId, meetingId, await q.listItems(ctx.db, meetingId));
  if (items.length === 0) throw invalid('items', 'agenda_empty');
  const org = await q.orgRow(ctx.db, ctx.actor.orgId);
  const policy = parsePolicy(org.policy_json);
  return {
    orgName: org.name, title: meeting.title, theme: meeting.theme, place: meeting.place, timeZone: meeting.time_zone, lang: ctx.lang,
    startAt: meeting.start_at, endAt: meeting.end_at, colours: { primary: policy.brandPrimary, accent: policy.brandAccent },
    items: items.map((i) => ({ kind: i.kind, title: i.title, startAt: i.startAt, endAt: i.endAt, place: i.venueName ?? i.place, presenters: i.presenterNames })),
  };
}

/** The file of a format, with its name and type. */
export async function exportAgenda(ctx: Ctx, meetingId: string, format: AgendaFormat): Promise<{ body: Buffer | string; type: string; fileName: string }> {
  authorize(ctx, 'meeting.read');
  const data = await exportData(ctx, meetingId);
  const name = `${data.title}${ctx.lang === 'zh-CN' ? '议程' : ' agenda'}`;
  if (format === 'pptx') return { body: await renderAgendaPptx(data), type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', fileName: `${name}.pptx` };
  if (format === 'docx') return { body: await renderAgendaDocx(data), type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', fileName: `${name}.docx` };
  return { body: renderAgendaHtml(data), type: 'text/html; charset=utf-8', fileName: `${name}.html` };
}
