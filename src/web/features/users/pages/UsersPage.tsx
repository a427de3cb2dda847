/** Users (`/admin/users`): accounts with their roles, edit and (de)activate; open invitations, invite and revoke. */
import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/directory';
import { useMe } from '../../../app/auth';
import { formatInstant } from '../../../app/datetime';
import { useShowError } from '../../../app/form-errors';
import { useInvitations, useRevokeInvitation, useUpdateUser, useUsers, type Invitation } from '../api';
import { InviteModal } from '../components/InviteModal';
import { RoleTags } from '../components/RoleTags';
import { UserEditModal } from '../components/UserEditModal';

/** The users page. */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const zone = me.org.timeZone;
  const { message } = App.useApp();
  const showError = useShowError();
  const users = useUsers();
  const invitations = useInvitations();
  const update = useUpdateUser();
  const revoke = useRevokeInvitation();
  const [editing, setEditing] = useState<User>();
  const [inviting, setInviting] = useState(false);

  const setActive = (u: User, isActive: boolean) =>
    update.mutate({ id: u.id, patch: { isActive } }, { onSuccess: () => void message.success(t('common.saved')), onError: showError });

  const userColumns: TableColumnsType<User> = [
    { key: 'username', title: t('users.username'), render: (_, u) => <Typography.Text code>{u.username}</Typography.Text> },
    { key: 'displayName', title: t('users.displayName'), render: (_, u) => u.displayName },
    { key: 'email', title: t('users.email'), ellipsis: true, render: (_, u) => u.email ?? '—' },
    { key: 'roles', title: t('users.roles'), render: (_, u) => <RoleTags roles={u.roles} /> },
    { key: 'active', title: t('common.status'), width: 90, render: (_, u) => <Tag color={u.isActive ? 'green' : 'default'}>{u.isActive ? t('common.active') : t('common.inactive')}</Tag> },
    { key: 'lastLogin', title: t('users.lastLogin'), width: 150, render: (_, u) => (u.lastLoginAt ? formatInstant(u.lastLoginAt, zone) : '—') },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 160,
      render: (_, u) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(u)}>{t('common.edit')}</Button>
          {u.id !== me.user.id && (
            <Popconfirm
              title={u.isActive ? t('users.confirmDeactivate', { name: u.displayName }) : t('users.confirmActivate', { name: u.displayName })}
              okText={t('common.confirm')}
              cancelText={t('common.back')}
              onConfirm={() => setActive(u, !u.isActive)}
            >
              <Button type="link" size="small" danger={u.isActive}>{u.isActive ? t('users.deactivate') : t('users.activate')}</Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  const invitationColumns: TableColumnsType<Invitation> = [
    { key: 'name', title: t('users.displayName'), render: (_, i) => i.displayName },
    { key: 'email', title: t('users.email'), render: (_, i) => i.email ?? '—' },
    { key: 'roles', title: t('users.roles'), render: (_, i) => <RoleTags roles={i.roles} /> },
    { key: 'expires', title: t('users.expiresAt'), width: 150, render: (_, i) => formatInstant(i.expiresAt, zone) },
    {
      key: 'revoke',
      title: t('common.actions'),
      width: 100,
      render: (_, i) => (
        <Popconfirm
          title={t('users.confirmRevoke', { name: i.displayName })}
          okText={t('common.confirm')}
          cancelText={t('common.back')}
          onConfirm={() => revoke.mutate(i.id, { onSuccess: () => void message.success(t('users.revoked')), onError: showError })}
        >
          <Button type="link" size="small" danger>{t('users.revoke')}</Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <>
      <div className="hw-page-head">
        <Typography.Title level={3}>{t('users.pageTitle')}</Typography.Title>
        <Button type="primary" icon={<UserAddOutlined />} onClick={() => setInviting(true)}>{t('users.invite')}</Button>
      </div>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Table<User> rowKey="id" size="middle" columns={userColumns} dataSource={users.data ?? []} loading={users.isFetching} pagination={false} scroll={{ x: 960 }} />
      </Card>
      <Card size="small" title={t('users.openInvitations')}>
        <Table<Invitation>
          rowKey="id"
          size="middle"
          columns={invitationColumns}
          dataSource={invitations.data ?? []}
          loading={invitations.isFetching}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('users.noInvitations') }}
        />
      </Card>
      <UserEditModal user={editing} onClose={() => setEditing(undefined)} />
      <InviteModal open={inviting} onClose={() => setInviting(false)} />
    </>
  );
}
