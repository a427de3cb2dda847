/** The print pages' one extra read: the pass tokens of a meeting's participants (for the QR codes), when the user may see them. */
import { useQuery } from '@tanstack/react-query';
import type { ParticipantPass } from '../../../shared/checkin';
import { api } from '../../app/api-client';

/** Query keys of this feature. */
export const printKeys = { passes: (meetingId: string) => ['print', 'passes', meetingId] as const };

/** Every participant's pass token; not asked for without the check-in permission (the prints then leave the QR out). */
export function usePasses(meetingId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: printKeys.passes(meetingId ?? ''),
    queryFn: () => api.get<ParticipantPass[]>(`/api/meetings/${encodeURIComponent(meetingId!)}/passes`),
    enabled: !!meetingId && enabled,
    retry: false,
  });
}
