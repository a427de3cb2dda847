/** A multiple person picker that searches the directory on the server; values carry their labels so chosen people stay named. */
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../../app/use-debounced';
import { usePeople } from '../api';
import { personLabel } from './PersonSelect';

/** A chosen person with the label shown for them. */
export type PersonOption = { value: string; label: string };

/** Props as antd Form.Item passes them. */
export type PeopleMultiSelectProps = { id?: string; value?: PersonOption[]; onChange?: (value: PersonOption[]) => void; placeholder?: string };

/** Searchable multiple select of people. */
export function PeopleMultiSelect({ id, value, onChange, placeholder }: PeopleMultiSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const { data, isFetching } = usePeople({ q: q || undefined, limit: 20, offset: 0 });
  const options = (data?.items ?? []).map((p) => ({ value: p.id, label: personLabel(p) }));

  return (
    <Select<PersonOption[]>
      id={id}
      mode="multiple"
      labelInValue
      value={value ?? []}
      onChange={(v) => onChange?.(v.map((o) => ({ value: o.value, label: String(o.label) })))}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={isFetching}
      placeholder={placeholder ?? t('people.searchPlaceholder')}
      notFoundContent={isFetching ? t('common.loading') : t('common.noMatch')}
      options={options}
      onOpenChange={(open) => !open && setSearch('')}
      maxTagCount="responsive"
    />
  );
}
