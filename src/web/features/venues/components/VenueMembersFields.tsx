/** Who manages a venue (approves its bookings) and who serves it (tea, AV, layout); accounts come from the admin-only user list. */
import { Alert, Form, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../app/auth';
import { useUsers } from '../../users/api';

/** The two user pickers; without `user.manage` they are shown disabled (the user list is admin-only). */
export function VenueMembersFields() {
  const { t } = useTranslation();
  const canList = useCan('user.manage');
  const users = useUsers(canList);
  const options = useMemo(
    () => (users.data ?? []).filter((u) => u.isActive).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` })),
    [users.data],
  );

  const picker = (name: 'managerUserIds' | 'serviceUserIds') => (
    <Form.Item shouldUpdate={(a, b) => a[name] !== b[name]} noStyle>
      {({ getFieldValue }) => {
        const ids = (getFieldValue(name) as string[] | undefined) ?? [];
        return (
          <Form.Item label={t(`venues.field.${name}`)} name={name} extra={canList ? t(`venues.${name}Hint`) : undefined}>
            <Select
              mode="multiple"
              allowClear
              disabled={!canList}
              loading={users.isFetching}
              showSearch={{ optionFilterProp: 'label' }}
              options={canList ? options : ids.map((id) => ({ value: id, label: t('venues.assignedUser') }))}
              placeholder={canList ? t('venues.pickUsers') : t('venues.assignedCount', { count: ids.length })}
              maxTagCount={canList ? undefined : 0}
              maxTagPlaceholder={() => t('venues.assignedCount', { count: ids.length })}
            />
          </Form.Item>
        );
      }}
    </Form.Item>
  );

  return (
    <>
      {!canList && <Alert type="info" showIcon title={t('venues.membersAdminOnly')} style={{ marginBottom: 12 }} />}
      {picker('managerUserIds')}
      {picker('serviceUserIds')}
    </>
  );
}
