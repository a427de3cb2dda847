/** 群机器人 (`/admin/bots`): the group robots notices can go to; admins add, change, test and remove them, organisers see the list. */
import { CheckCircleFilled, CloseCircleFilled, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../app/auth';
import { errorMessage, useShowError } from '../../../app/form-errors';
import { useBots, useDeleteBot, useTestBot, useUpdateBot, type Bot } from '../api';
import { BotFormModal } from '../components/BotFormModal';

const PLATFORM_COLORS = { dingtalk: 'blue', wecom: 'green', feishu: 'purple' } as const;

/** The robots page. */
export function BotsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const canManage = useCan('bot.manage');
  const bots = useBots();
  const update = useUpdateBot();
  const remove = useDeleteBot();
  const test = useTestBot();
  const [editing, setEditing] = useState<{ bot?: Bot } | null>(null);
  const [tests, setTests] = useState<Record<string, { ok: boolean; error: string | null }>>({});
  const [testing, setTesting] = useState<string>();

  const runTest = (b: Bot) => {
    setTesting(b.id);
    test.mutate(b.id, {
      onSuccess: (r) => {
        setTests((all) => ({ ...all, [b.id]: r }));
        if (r.ok) void message.success(t('bots.testOk'));
        else void message.error(t('bots.testFailed', { error: r.error ?? '' }));
      },
      onError: showError,
      onSettled: () => setTesting(undefined),
    });
  };

  const setActive = (b: Bot, isActive: boolean) =>
    update.mutate({ id: b.id, input: { platform: b.platform, name: b.name, isActive } }, { onSuccess: () => void message.success(t('common.saved')), onError: showError });

  const columns: TableColumnsType<Bot> = [
    { key: 'platform', title: t('bots.platform'), width: 110, render: (_, b) => <Tag color={PLATFORM_COLORS[b.platform]}>{t(`bots.platforms.${b.platform}`)}</Tag> },
    { key: 'name', title: t('bots.name'), render: (_, b) => <span style={{ fontWeight: 500 }}>{b.name}</span> },
    { key: 'host', title: t('bots.webhook'), ellipsis: true, render: (_, b) => <Typography.Text code>{b.webhookHost}</Typography.Text> },
    { key: 'secret', title: t('bots.secret'), width: 100, render: (_, b) => (b.signed ? <Tag color="green">{t('bots.secretSet')}</Tag> : b.platform === 'wecom' ? '—' : <Tag>{t('bots.secretNone')}</Tag>) },
    {
      key: 'active', title: t('bots.active'), width: 90,
      render: (_, b) => <Switch size="small" checked={b.isActive} disabled={!canManage} loading={update.isPending && update.variables?.id === b.id} onChange={(on) => setActive(b, on)} aria-label={t('bots.active')} />,
    },
    ...(canManage
      ? [{
          key: 'test', title: t('bots.test'), width: 220,
          render: (_: unknown, b: Bot) => {
            const r = tests[b.id];
            return (
              <Space vertical size={2}>
                <Button size="small" icon={<SendOutlined />} loading={testing === b.id} onClick={() => runTest(b)}>{t('bots.sendTest')}</Button>
                {r && (r.ok
                  ? <Typography.Text type="success" style={{ fontSize: 13 }}><CheckCircleFilled /> {t('bots.testOk')}</Typography.Text>
                  : <Typography.Text type="danger" style={{ fontSize: 13 }}><CloseCircleFilled /> {r.error ?? t('bots.testFailedShort')}</Typography.Text>)}
              </Space>
            );
          },
        }, {
          key: 'actions', title: t('common.actions'), width: 130,
          render: (_: unknown, b: Bot) => (
            <Space size={0}>
              <Button type="link" size="small" onClick={() => setEditing({ bot: b })}>{t('common.edit')}</Button>
              <Popconfirm title={t('bots.confirmDelete', { name: b.name })} okText={t('common.confirm')} cancelText={t('common.cancel')}
                onConfirm={() => remove.mutate(b.id, { onSuccess: () => void message.success(t('bots.deleted')), onError: showError })}>
                <Button type="link" size="small" danger>{t('bots.delete')}</Button>
              </Popconfirm>
            </Space>
          ),
        }]
      : []),
  ];

  return (
    <>
      <div className="hw-page-head">
        <Typography.Title level={3}>{t('bots.pageTitle')}</Typography.Title>
        {canManage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>{t('bots.add')}</Button>}
      </div>
      <Typography.Paragraph type="secondary">{t('bots.intro')}</Typography.Paragraph>
      {!canManage && <Alert type="info" showIcon title={t('bots.readOnly')} style={{ marginBottom: 12 }} />}
      {bots.error && <Alert type="error" showIcon title={errorMessage(bots.error)} style={{ marginBottom: 12 }} />}
      <Card size="small">
        <Table<Bot>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={bots.data ?? []}
          loading={bots.isFetching}
          pagination={false}
          scroll={{ x: canManage ? 960 : 640 }}
          locale={{ emptyText: t('bots.empty') }}
          data-testid="bots-table"
        />
      </Card>
      <BotFormModal open={editing !== null} bot={editing?.bot} onClose={() => setEditing(null)} />
    </>
  );
}
