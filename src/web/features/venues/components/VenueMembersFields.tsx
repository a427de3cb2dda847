/** Who manages a venue (approves its bookings) and who serves it (tea, AV, layout). */
import { Form, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserOptions } from '../../users/api';

/** The two user pickers, from the accounts anyone who manages venues may list. */
export function VenueMembersFields() {
  const { t } = useTranslation();
  const users = useUserOptions();
  const options = useMemo(() => (users.data ?? []).map((u) => ({ value: u.id, label: u.displayName })), [users.data]);
  const picker = (name: 'managerUserIds' | 'serviceUserIds') => (
    <Form.Item label={t(`venues.field.${name}`)} name={name} extra={t(`venues.${name}Hint`)}>
      <Select mode="multiple" allowClear loading={users.isFetching} showSearch={{ optionFilterProp: 'label' }} options={options} placeholder={t('venues.pickUsers')} />
    </Form.Item>
  );
  return (
    <>
      {picker('managerUserIds')}
      {picker('serviceUserIds')}
    </>
  );
}
