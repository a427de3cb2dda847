/** The rooms page keeps its date, view and room in the URL (shareable; notification links carry `date`). */
import type { Dayjs } from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { msToPicker, toDateParam, todayIn } from '../../app/datetime';
import { parseDateParam } from './grid-model';

/** Day grid or week grid. */
export type RoomsView = 'day' | 'week';

/** The page's state. */
export type RoomsParams = { date: Dayjs; view: RoomsView; venueId?: string };

/** Reads and writes the rooms page state in the URL. */
export function useRoomsParams(zone: string) {
  const [sp, setSp] = useSearchParams();
  const params = useMemo<RoomsParams>(
    () => ({
      date: parseDateParam(sp.get('date'), zone, msToPicker) ?? todayIn(zone),
      view: sp.get('view') === 'week' ? 'week' : 'day',
      venueId: sp.get('venue') ?? undefined,
    }),
    [sp, zone],
  );
  const update = useCallback(
    (patch: Partial<RoomsParams>) =>
      setSp((prev) => {
        const next = new URLSearchParams(prev);
        if (patch.date) next.set('date', toDateParam(patch.date));
        if (patch.view) next.set('view', patch.view);
        if (patch.venueId) next.set('venue', patch.venueId);
        return next;
      }, { replace: true }),
    [setSp],
  );
  return { params, update };
}
