/** Meeting materials (会议材料): accepted formats, who may see each file, and the schemas server and web share. */
import { z } from 'zod';
import { MATERIAL_HARD_CAP_MB } from './policy';

/** The hard cap (MB) on any upload, re-exported for the materials code. */
export { MATERIAL_HARD_CAP_MB };

/** Who may see a material: everyone of the organisation and every link of the meeting, the meeting's participants, or its hosts and presenters. */
export const MATERIAL_VISIBILITIES = ['everyone', 'participants', 'presenters'] as const;
/** One visibility. */
export type MaterialVisibility = (typeof MATERIAL_VISIBILITIES)[number];

/** Participant roles that count as hosts and presenters (主持人, 汇报人, 演讲嘉宾); presenters of agenda items count too. */
export const PRESENTER_ROLES: readonly string[] = ['host', 'presenter', 'guest_speaker'];

/**
 * Formats accepted, by file extension: the issue's PPT, PDF and Word, and Excel as well (报名表, 数据表 are routinely handed out with
 * the papers, and refusing them only makes people convert to PDF). Each is checked by its bytes, not its name.
 */
export const MATERIAL_FORMATS = {
  pdf: { family: 'pdf', mime: 'application/pdf' },
  docx: { family: 'word', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  doc: { family: 'word', mime: 'application/msword' },
  pptx: { family: 'powerpoint', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  ppsx: { family: 'powerpoint', mime: 'application/vnd.openxmlformats-officedocument.presentationml.slideshow' },
  ppt: { family: 'powerpoint', mime: 'application/vnd.ms-powerpoint' },
  xlsx: { family: 'excel', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  xls: { family: 'excel', mime: 'application/vnd.ms-excel' },
} as const;
/** A stored format: the file's extension as verified against its content. */
export type MaterialFormat = keyof typeof MATERIAL_FORMATS;
/** What a format is, for icons and messages. */
export type MaterialFamily = (typeof MATERIAL_FORMATS)[MaterialFormat]['family'];

/** The `accept` list of the upload box. */
export const MATERIAL_ACCEPT = Object.keys(MATERIAL_FORMATS).map((ext) => `.${ext}`).join(',');

/** The extension of a file name, lower case, or '' without one. */
export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(fileName.trim());
  return m ? m[1].toLowerCase() : '';
}

/** The accepted format a file name claims, if any. */
export function formatOfName(fileName: string): MaterialFormat | null {
  const ext = extensionOf(fileName);
  return ext in MATERIAL_FORMATS ? (ext as MaterialFormat) : null;
}

const id = z.string().min(1).max(64);
const title = z.string().trim().min(1).max(200);

/** Query string of the upload (the body is the file's bytes); the file name is checked by the service, after the meeting. */
export const uploadQuerySchema = z.object({
  fileName: z.string().trim().min(1).max(255).optional(),
  /** Defaults to the file name without its extension. */
  title: title.optional(),
  visibility: z.enum(MATERIAL_VISIBILITIES).default('participants'),
  agendaItemId: id.optional(),
});
/** Upload parameters. */
export type UploadQuery = z.infer<typeof uploadQuerySchema>;

/** Body of `PATCH /api/materials/:id`: any of title, visibility and agenda item (null unbinds it). */
export const updateMaterialSchema = z.object({
  title: title.optional(),
  visibility: z.enum(MATERIAL_VISIBILITIES).optional(),
  agendaItemId: id.nullable().optional(),
});
/** Changes to a material. */
export type UpdateMaterial = z.infer<typeof updateMaterialSchema>;

/** A material as a personal link lists it. */
export const publicMaterialSchema = z.object({
  id: z.string(), title: z.string(), fileName: z.string(), format: z.enum(Object.keys(MATERIAL_FORMATS) as [MaterialFormat, ...MaterialFormat[]]),
  sizeBytes: z.number(), agendaItemId: z.string().nullable(), agendaItemTitle: z.string().nullable(), createdAt: z.number(),
});
/** A material behind a personal link. */
export type PublicMaterial = z.infer<typeof publicMaterialSchema>;

/** A material as the meeting's tab lists it; `opens` only for those who manage materials. */
export const materialSchema = publicMaterialSchema.extend({
  meetingId: z.string(), mime: z.string(), sha256: z.string(), visibility: z.enum(MATERIAL_VISIBILITIES),
  uploadedBy: z.string().nullable(), uploaderName: z.string().nullable(),
  /** Distinct people who opened it and how many times it was opened. */
  opens: z.object({ people: z.number(), times: z.number() }).nullable(),
});
/** A material. */
export type Material = z.infer<typeof materialSchema>;

/** Who opened a material and who of those meant to see it has not (the list the secretariat chases). */
export const materialOpensSchema = z.object({
  materialId: z.string(),
  opened: z.array(z.object({
    participantId: z.string().nullable(), userId: z.string().nullable(), name: z.string(), unit: z.string().nullable(),
    /** How they opened it: their personal link, their account, or both. */
    via: z.enum(['link', 'account', 'both']), firstAt: z.number(), lastAt: z.number(), times: z.number(),
  })),
  notOpened: z.array(z.object({
    participantId: z.string(), name: z.string(), unit: z.string().nullable(), phone: z.string().nullable(), role: z.string(), groupName: z.string().nullable(), attendance: z.string(),
  })),
});
/** The opens report. */
export type MaterialOpens = z.infer<typeof materialOpensSchema>;

/** The `{{materials}}` text of a notice: the titles participants may see and where to get them, or 无 / none. */
export function materialsNoticeText(titles: readonly string[], locale: 'zh-CN' | 'en'): string {
  if (titles.length === 0) return locale === 'zh-CN' ? '无' : 'none';
  return locale === 'zh-CN'
    ? `${titles.map((t) => `《${t}》`).join('')}，请通过回执链接查看下载`
    : `${titles.map((t) => `"${t}"`).join(', ')}; view and download them through your personal link`;
}
