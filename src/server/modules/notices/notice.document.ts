/** The formal Word version (GB/T 9704) of a notice: rendered for all addressees, with the reply slip as its attachment. */
import { DateTime } from 'luxon';
import { renderTemplate } from '../../../shared/notices';
import { authorize } from '../../platform/access';
import type { Ctx } from '../../platform/context';
import { orgById } from '../org';
import { renderNoticeDocx, type FormalNotice } from './notice.docx';
import { materialsForNotice } from '../materials';
import { commonValues, publishedAgendaText } from './notice.render';
import { loadNotice } from './notice.service';

/** The seed's 参会回执 columns. */
const SLIP_COLUMNS = { 'zh-CN': ['姓名', '单位', '职务', '手机', '抵达时间', '车次/航班', '住宿', '饮食禁忌'], en: ['Name', 'Organisation', 'Title', 'Mobile', 'Arrival', 'Train/flight', 'Lodging', 'Dietary'] };

/** Builds the .docx and a file name for it. */
export async function noticeDocument(ctx: Ctx, id: string): Promise<{ fileName: string; buffer: Buffer }> {
  authorize(ctx, 'meeting.read');
  const { notice, meeting } = await loadNotice(ctx, id);
  const org = await orgById(ctx.db, ctx.actor.orgId);
  const zh = notice.locale === 'zh-CN';
  const addressee = notice.addressee ?? (zh ? '各有关部门、单位' : 'All concerned');
  const values = { ...commonValues(meeting, notice, org.name, await publishedAgendaText(ctx.db, meeting), await materialsForNotice(ctx.db, meeting.id, notice.locale as 'zh-CN' | 'en')), name: addressee, link: zh ? '（见个人通知中的回执链接或附件回执）' : '(see the personal link or the attached slip)' };
  const lines = renderTemplate(notice.body, values).split('\n').map((l) => l.trim()).filter(Boolean);
  // The template's salutation and signature lines are the document's addressee and 署名.
  const body = lines.filter((l) => l.replace(/[：:,，]$/, '') !== addressee.replace(/[：:]$/, '') && l !== org.name && !l.startsWith(`${addressee}`));
  const withSlip = notice.kind === 'meeting' && !!notice.rsvp_deadline;
  const slipTitle = zh ? `${meeting.title}参会回执` : `Reply slip: ${meeting.title}`;
  // Named as the slip's own title, so the slip page is labelled 附件N after its place in this list.
  const attachments = [...(JSON.parse(notice.attachments_json) as string[]), ...(withSlip ? [slipTitle] : [])];
  const dated = DateTime.fromMillis(notice.queued_at ?? notice.approved_at ?? ctx.now(), { zone: meeting.time_zone });
  const doc: FormalNotice = {
    issuer: org.name, docNumber: notice.doc_number, title: renderTemplate(notice.subject, values), addressee, body, attachments,
    signature: org.name, date: zh ? dated.toFormat('yyyy年M月d日') : dated.setLocale('en').toFormat('d LLLL yyyy'),
    note: notice.contact ? (zh ? `（联系人：${notice.contact}）` : `(Contact: ${notice.contact})`) : undefined,
    replySlip: withSlip ? {
      title: slipTitle, columns: SLIP_COLUMNS[zh ? 'zh-CN' : 'en'], blankRows: 8,
      footer: zh ? `请于${values.deadline}前回传。联系人：${notice.contact ?? ''}` : `Please return by ${values.deadline}. Contact: ${notice.contact ?? ''}`,
    } : undefined,
  };
  return { fileName: `${renderTemplate(notice.subject, values)}.docx`, buffer: await renderNoticeDocx(doc) };
}
