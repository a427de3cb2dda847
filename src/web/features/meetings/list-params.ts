/** The meeting list's filters live in the URL (shareable, kept on back/forward); this turns them into the API's query. */
import type { Dayjs } from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { dayStartMs, fromDateParam, toDateParam, todayIn } from '../../app/datetime';
import type { MeetingListFilter } from './api';

/** `from=all` in the URL means the user cleared the start date (the default is today). */
const NO_START = 'all';
/** Page sizes offered. */
export const PAGE_SIZES = [10, 20, 50, 100] as const;

/** The filters as the page shows them. */
export type ListParams = {
  status?: string;
  kind?: string;
  departmentId?: string;
  q?: string;
  seriesId?: string;
  /** Start date; null when cleared by the user. */
  from: Dayjs | null;
  to?: Dayjs;
  page: number;
  pageSize: number;
};

/** What a filter change may set; dates are picker values, null clears. */
export type ListPatch = Partial<Omit<ListParams, 'from' | 'to'>> & { from?: Dayjs | null; to?: Dayjs | null };

function positiveInt(s: string | null, fallback: number): number {
  const n = Number(s);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Reads and writes the list filters in the URL; `filter` is ready for `useMeetings`. */
export function useMeetingListParams(zone: string) {
  const [sp, setSp] = useSearchParams();

  const params = useMemo<ListParams>(() => {
    const fromRaw = sp.get('from');
    return {
      status: sp.get('status') ?? undefined,
      kind: sp.get('kind') ?? undefined,
      departmentId: sp.get('departmentId') ?? undefined,
      q: sp.get('q') ?? undefined,
      seriesId: sp.get('seriesId') ?? undefined,
      from: fromRaw === NO_START ? null : (fromDateParam(fromRaw) ?? todayIn(zone)),
      to: fromDateParam(sp.get('to')),
      page: positiveInt(sp.get('page'), 1),
      pageSize: positiveInt(sp.get('pageSize'), 20),
    };
  }, [sp, zone]);

  const filter = useMemo<MeetingListFilter>(
    () => ({
      status: params.status,
      kind: params.kind,
      departmentId: params.departmentId,
      q: params.q,
      seriesId: params.seriesId,
      from: params.from ? dayStartMs(params.from, zone) : undefined,
      // The end date is inclusive on screen: meetings starting before the next midnight.
      to: params.to ? dayStartMs(params.to.add(1, 'day'), zone) : undefined,
      limit: params.pageSize,
      offset: (params.page - 1) * params.pageSize,
    }),
    [params, zone],
  );

  const update = useCallback(
    (patch: ListPatch) => {
      setSp((prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (k === 'from') next.set('from', v ? toDateParam(v as Dayjs) : NO_START);
          else if (k === 'to') {
            if (v) next.set('to', toDateParam(v as Dayjs));
            else next.delete('to');
          } else if (v === undefined || v === null || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        // Any change of filter starts again at page 1.
        if (!('page' in patch)) next.delete('page');
        return next;
      });
    },
    [setSp],
  );

  return { params, filter, update };
}
