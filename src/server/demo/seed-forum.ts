/** Demo forum attendees: the 800-person sample list imported the way a secretariat would (through the list import), so the on-site pages have a crowd. */
import fs from 'node:fs';
import path from 'node:path';
import type { Ctx } from '../platform/context';
import { importParticipantList } from '../modules/meetings';

/** The sample list (UTF-8 CSV with BOM, as Excel writes it). */
export const FORUM_ATTENDEES_CSV = path.join(import.meta.dirname, 'samples', 'forum-attendees-800.csv');

/** Imports the sample attendees into the forum; returns how many joined. */
export async function seedForumAttendees(ctx: Ctx, forumId: string): Promise<number> {
  const result = await importParticipantList(ctx, forumId, fs.readFileSync(FORUM_ATTENDEES_CSV), false);
  return result.created;
}
