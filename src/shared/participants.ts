/** Meeting participants: roles and schemas shared by server and web. */
import { z } from 'zod';

/** Roles of the seed's 名词解说 (3.4–3.8) and the service roles, in the order forms offer them. */
export const PARTICIPANT_ROLES = ['host', 'presenter', 'participant', 'observer', 'recorder', 'guest_speaker', 'sponsor', 'media', 'staff'] as const;
/** One role. */
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Body of `POST /api/meetings/:id/participants`. */
export const addParticipantSchema = z.object({ personId: z.string().min(1).max(64), role: z.enum(PARTICIPANT_ROLES).default('participant'), required: z.boolean().default(true) });

/** A participant as the API returns it. */
export const participantSchema = z.object({
  id: z.string(), personId: z.string(), personName: z.string(), unit: z.string().nullable(), departmentName: z.string().nullable(),
  role: z.enum(PARTICIPANT_ROLES), required: z.boolean(),
});
/** A participant DTO. */
export type Participant = z.infer<typeof participantSchema>;
