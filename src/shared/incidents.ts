/** On-site incidents (紧急情况): kinds, severities, states and the schemas server and web share. */
import { z } from 'zod';

/** What happened. */
export const INCIDENT_KINDS = ['medical', 'equipment', 'security', 'lost_property', 'other'] as const;
/** How bad: a `high` one alerts the on-duty staff at once. */
export const INCIDENT_SEVERITIES = ['low', 'medium', 'high'] as const;
/** Where it stands. */
export const INCIDENT_STATUSES = ['open', 'handling', 'resolved'] as const;

/** Labels used in alerts (robots, in-app) and exports. */
export const INCIDENT_KIND_LABELS: Record<(typeof INCIDENT_KINDS)[number], { 'zh-CN': string; en: string }> = {
  medical: { 'zh-CN': '医疗急救', en: 'Medical' },
  equipment: { 'zh-CN': '设备故障', en: 'Equipment failure' },
  security: { 'zh-CN': '安全保卫', en: 'Security' },
  lost_property: { 'zh-CN': '失物招领', en: 'Lost property' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

/** Body of reporting an incident. */
export const incidentInputSchema = z.object({
  kind: z.enum(INCIDENT_KINDS),
  severity: z.enum(INCIDENT_SEVERITIES),
  place: z.string().trim().min(1).max(100),
  description: z.string().trim().min(1).max(2000),
  occurredAt: z.number().int().min(0).optional(),
  handlerUserId: z.string().min(1).max(64).nullable().optional(),
});

/** Body of changing an incident: who handles it, its state, how it was resolved. */
export const incidentUpdateSchema = z.object({
  version: z.number().int().min(1),
  status: z.enum(INCIDENT_STATUSES).optional(),
  severity: z.enum(INCIDENT_SEVERITIES).optional(),
  handlerUserId: z.string().min(1).max(64).nullable().optional(),
  resolution: z.string().trim().max(2000).nullable().optional(),
});

/** An incident as the API returns it. */
export const incidentSchema = z.object({
  id: z.string(), meetingId: z.string(), kind: z.enum(INCIDENT_KINDS), severity: z.enum(INCIDENT_SEVERITIES), place: z.string(), description: z.string(),
  reportedByName: z.string().nullable(), handlerUserId: z.string().nullable(), handlerName: z.string().nullable(), status: z.enum(INCIDENT_STATUSES),
  resolution: z.string().nullable(), occurredAt: z.number(), resolvedAt: z.number().nullable(), version: z.number(), createdAt: z.number(),
});
/** An incident. */
export type Incident = z.infer<typeof incidentSchema>;
