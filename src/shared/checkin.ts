/**
 * On-site check-in: lists, scans (online or queued offline), results, and the offline bundle a scanner keeps. The contract between the
 * server (src/server/modules/checkin) and the scanner page (src/web/features/checkin); both import these schemas.
 */
import { z } from 'zod';
import { PARTICIPANT_ROLES } from './participants';

/** What a list is for. */
export const CHECKIN_LIST_KINDS = ['main', 'meal', 'session', 'shuttle', 'materials', 'other'] as const;
/** What a scan says happened, in the order a desk needs to read them. */
export const SCAN_RESULTS = ['ok', 'exit', 'already', 'not_on_list', 'revoked', 'unknown', 'closed'] as const;
/** One result. */
export type ScanResult = (typeof SCAN_RESULTS)[number];
/** How a person was checked in: their QR, found by name/phone/unit at the desk, or 补签 afterwards by staff with a reason. */
export const SCAN_METHODS = ['qr', 'manual', 'makeup'] as const;

/** Body of creating or changing a list. `allowedRoles`/`allowedGroups` null = everyone on the meeting's list. */
export const checkinListInputSchema = z.object({
  name: z.string().trim().min(1).max(60),
  kind: z.enum(CHECKIN_LIST_KINDS),
  agendaItemId: z.string().min(1).max(64).nullable().default(null),
  allowedRoles: z.array(z.enum(PARTICIPANT_ROLES)).min(1).nullable().default(null),
  allowedGroups: z.array(z.string().trim().min(1).max(40)).min(1).nullable().default(null),
  trackExit: z.boolean().default(false),
  allowReentry: z.boolean().default(false),
  opensAt: z.number().int().min(0).nullable().default(null),
  closesAt: z.number().int().min(0).nullable().default(null),
});
/** A list as the API returns it. */
export const checkinListSchema = checkinListInputSchema.extend({ id: z.string(), meetingId: z.string(), version: z.number() });
/** A check-in list. */
export type CheckinList = z.infer<typeof checkinListSchema>;

/** One scan as a device sends it; `nonce` is the device's own id for this scan (a replay adds nothing), `scannedAt` the device clock. */
export const scanInputSchema = z.object({
  nonce: z.string().min(8).max(64),
  listId: z.string().min(1).max(64),
  /** The QR text (a pass) for method `qr`; a participant id for `manual` and `makeup`. */
  pass: z.string().max(600).optional(),
  participantId: z.string().min(1).max(64).optional(),
  direction: z.enum(['in', 'out']).default('in'),
  method: z.enum(SCAN_METHODS).default('qr'),
  reason: z.string().trim().max(200).optional(),
  scannedAt: z.number().int().min(0),
  deviceId: z.string().trim().min(1).max(60),
  /** True when the device decided offline (it showed "ok" without asking the server). */
  offline: z.boolean().default(false),
});
/** Body of `POST /api/checkin/scans`: up to 5,000 scans (an offline queue), in any order. */
export const scanBatchSchema = z.object({ scans: z.array(scanInputSchema).min(1).max(5000) });

/** What the server made of one scan; `first` is the attendance it belongs to when the person was already in. */
export const scanOutcomeSchema = z.object({
  nonce: z.string(),
  result: z.enum(SCAN_RESULTS),
  /** True when this nonce had been received before (nothing was added). */
  replay: z.boolean(),
  /** True for an offline admission that lost to an earlier one on another device: kept for staff review, never a second attendance. */
  flagged: z.boolean(),
  participant: z.object({ id: z.string(), name: z.string(), unit: z.string().nullable(), role: z.string(), groupName: z.string().nullable(), hasPhoto: z.boolean() }).nullable(),
  first: z.object({ at: z.number(), deviceId: z.string() }).nullable(),
});
/** The answer to a batch, one outcome per scan in the order sent. */
export const scanBatchResultSchema = z.object({ outcomes: z.array(scanOutcomeSchema) });
/** One outcome. */
export type ScanOutcome = z.infer<typeof scanOutcomeSchema>;

/**
 * What a scanner keeps to work offline: the organisation's public key (passes verify without the server), the lists, and every participant
 * with the pass epoch in force (a lower epoch = revoked) and who is already in on each list.
 */
export const checkinBundleSchema = z.object({
  meetingId: z.string(), meetingTitle: z.string(), timeZone: z.string(), publicKey: z.string(), generatedAt: z.number(),
  lists: z.array(checkinListSchema),
  participants: z.array(z.object({
    id: z.string(), name: z.string(), unit: z.string().nullable(), role: z.string(), groupName: z.string().nullable(), phoneTail: z.string().nullable(),
    passEpoch: z.number(), hasPhoto: z.boolean(), attendance: z.string(),
  })),
  /** listId → participantId → first check-in time. */
  checkedIn: z.record(z.string(), z.record(z.string(), z.number())),
  /**
   * Lists that track exits: listId → participantId → in or out now, and the time of that last move (any device's, as merged). Lets a
   * desk tell that someone who went out through another door may come back in. Optional: bundles saved before it existed lack it.
   */
  presence: z.record(z.string(), z.record(z.string(), z.object({ inside: z.boolean(), at: z.number() }))).optional(),
});
/** The offline bundle. */
export type CheckinBundle = z.infer<typeof checkinBundleSchema>;

/** The live dashboard (also what each Server-Sent Event carries). */
export const checkinStatsSchema = z.object({
  at: z.number(),
  lists: z.array(z.object({
    listId: z.string(), name: z.string(), expected: z.number(), arrived: z.number(), inside: z.number().nullable(),
    byGroup: z.array(z.object({ group: z.string(), expected: z.number(), arrived: z.number() })),
  })),
  /** Arrivals per minute on the main list (or the first list), last 60 minutes: [minute start ms, count]. */
  perMinute: z.array(z.tuple([z.number(), z.number()])),
  /** Expected on the main list but not arrived; `late` once the meeting has started. */
  absent: z.array(z.object({ id: z.string(), name: z.string(), unit: z.string().nullable(), groupName: z.string().nullable() })),
  late: z.boolean(),
  flaggedDuplicates: z.number(),
});
/** Dashboard figures. */
export type CheckinStats = z.infer<typeof checkinStatsSchema>;

/** Whether a participant may pass on a list (its roles and 人群类别; null = everyone): the server decides `not_on_list` with this, a scanner offline too. */
export function isOnList(list: Pick<CheckinList, 'allowedRoles' | 'allowedGroups'>, p: { role: string; groupName: string | null }): boolean {
  if (list.allowedRoles && !(list.allowedRoles as readonly string[]).includes(p.role)) return false;
  if (list.allowedGroups && !(p.groupName !== null && list.allowedGroups.includes(p.groupName))) return false;
  return true;
}

/** An offline admission that lost to an earlier one (two devices let the same pass in): what staff review. */
export const checkinDuplicateSchema = z.object({
  id: z.string(), listId: z.string(), listName: z.string(),
  participant: z.object({ id: z.string(), name: z.string(), unit: z.string().nullable(), groupName: z.string().nullable() }).nullable(),
  scannedAt: z.number(), deviceId: z.string(), method: z.enum(SCAN_METHODS),
  first: z.object({ scanId: z.string(), at: z.number(), deviceId: z.string() }).nullable(),
  reviewedAt: z.number().nullable(), reviewedBy: z.string().nullable(), reviewNote: z.string().nullable(),
});
/** One flagged duplicate. */
export type CheckinDuplicate = z.infer<typeof checkinDuplicateSchema>;
/** Body of `POST /api/checkin/scans/:id/review`. */
export const reviewDuplicateSchema = z.object({ note: z.string().trim().min(1).max(500) });

/** A participant's pass as the badge print pages use it. */
export const participantPassSchema = z.object({
  participantId: z.string(), name: z.string(), unit: z.string().nullable(), role: z.string(), groupName: z.string().nullable(), token: z.string(),
});
/** One pass. */
export type ParticipantPass = z.infer<typeof participantPassSchema>;
/** The attendee's own pass on the personal reply-slip page: the token, its QR as SVG, and the seat once 座次 is set. */
export const myPassSchema = z.object({ token: z.string(), qrSvg: z.string(), seat: z.string().nullable() });
