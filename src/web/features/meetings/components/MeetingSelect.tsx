/** A meeting picker that searches upcoming meetings on the server as you type (`/api/meetings?q=`). */
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/meetings';
import { formatInstant } from '../../../app/datetime';
import { useDebounced } from '../../../app/use-debounced';
import { useMeeting, useMeetings } from '../api';

/** Props as antd Form.Item passes them; `onPick` also gets the meeting (to copy its title, size or time). */
export type MeetingSelectProps = {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  onPick?: (meeting: Meeting | undefined) => void;
  zone: string;
  placeholder?: string;
};

/** Searchable single select of meetings from yesterday on. */
export function MeetingSelect({ id, value, onChange, onPick, zone, placeholder }: MeetingSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const [from] = useState(() => Date.now() - 86_400_000);
  const { data, isFetching } = useMeetings({ q: q || undefined, from, limit: 20, offset: 0 });
  const items = data?.items ?? [];
  const needsLookup = !!value && !items.some((m) => m.id === value);
  const current = useMeeting(needsLookup ? value! : undefined);

  const all = useMemo(() => {
    const list: Meeting[] = [...items];
    if (current.data && !list.some((m) => m.id === current.data.id)) list.unshift(current.data);
    return list;
  }, [items, current.data]);
  const options = all.map((m) => ({ value: m.id, label: `${m.title} · ${formatInstant(m.startAt, zone)}` }));
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: '…' });

  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      onChange={(v) => {
        onChange?.(v ?? null);
        onPick?.(all.find((m) => m.id === v));
      }}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={isFetching}
      placeholder={placeholder ?? t('bookings.meetingPlaceholder')}
      notFoundContent={isFetching ? t('common.loading') : t('common.noMatch')}
      options={options}
      onOpenChange={(open) => !open && setSearch('')}
    />
  );
}
