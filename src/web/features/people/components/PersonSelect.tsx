/** A person picker that searches the directory on the server as you type (`/api/people?q=`). */
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/directory';
import { useDebounced } from '../../../app/use-debounced';
import { usePeople, usePerson } from '../api';

/** Props as antd Form.Item passes them, plus a label to show for the current value before it is looked up. */
export type PersonSelectProps = {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  initialLabel?: string | null;
  placeholder?: string;
};

/** How a person is told apart in a list: name and department or unit. */
export function personLabel(p: Pick<Person, 'name' | 'departmentName' | 'unit'>): string {
  const where = p.departmentName ?? p.unit;
  return where ? `${p.name} · ${where}` : p.name;
}

/** Searchable single select of people. */
export function PersonSelect({ id, value, onChange, initialLabel, placeholder }: PersonSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const { data, isFetching } = usePeople({ q: q || undefined, limit: 20, offset: 0 });
  const needsLookup = !!value && !(data?.items ?? []).some((p) => p.id === value);
  const current = usePerson(needsLookup ? value : null);

  const options = useMemo(() => {
    const list = (data?.items ?? []).map((p) => ({ value: p.id, label: personLabel(p) }));
    if (value && !list.some((o) => o.value === value)) {
      list.unshift({ value, label: current.data ? personLabel(current.data) : (initialLabel ?? '…') });
    }
    return list;
  }, [data, value, current.data, initialLabel]);

  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={isFetching}
      placeholder={placeholder ?? t('people.searchPlaceholder')}
      notFoundContent={isFetching ? t('common.loading') : t('common.noMatch')}
      options={options}
      onOpenChange={(open) => !open && setSearch('')}
    />
  );
}
