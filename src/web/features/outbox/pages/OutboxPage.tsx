/** 发件箱 (`/admin/outbox`): mail that stayed on the server because no SMTP server is set, each downloadable as .eml. */
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth';
import { formatInstant } from '../../../app/datetime';
import { errorMessage } from '../../../app/form-errors';
import { emlUrl, useOutbox, type OutboxMail } from '../api';

/** The outbox page. */
export function OutboxPage() {
  const { t } = useTranslation();
  const zone = useMe().org.timeZone;
  const [page, setPage] = useState({ current: 1, size: 20 });
  const outbox = useOutbox(page.size, (page.current - 1) * page.size);

  const columns: TableColumnsType<OutboxMail> = [
    { key: 'time', title: t('outbox.time'), width: 150, render: (_, m) => formatInstant(m.createdAt, zone) },
    { key: 'to', title: t('outbox.to'), width: 240, ellipsis: true, render: (_, m) => m.to },
    { key: 'subject', title: t('outbox.subject'), render: (_, m) => <span style={{ wordBreak: 'break-word' }}>{m.subject}</span> },
    {
      key: 'eml', title: t('outbox.file'), width: 170,
      render: (_, m) => <Button size="small" icon={<DownloadOutlined />} href={emlUrl(m.id)} download={`${m.deliveryId}.eml`}>{t('outbox.download')}</Button>,
    },
  ];

  return (
    <>
      <div className="hw-page-head">
        <Typography.Title level={3}>{t('outbox.pageTitle')}</Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={() => void outbox.refetch()} loading={outbox.isFetching}>{t('outbox.refresh')}</Button>
      </div>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('outbox.whyTitle')}
        description={<Trans i18nKey="outbox.why" components={{ code: <Typography.Text code /> }} />}
      />
      {outbox.error && <Alert type="error" showIcon title={errorMessage(outbox.error)} style={{ marginBottom: 12 }} />}
      <Card size="small">
        <Table<OutboxMail>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={outbox.data?.items ?? []}
          loading={outbox.isFetching}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('outbox.empty') }}
          pagination={{
            current: page.current,
            pageSize: page.size,
            total: outbox.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (n) => t('common.total', { count: n }),
            onChange: (current, size) => setPage({ current, size }),
          }}
          data-testid="outbox-table"
        />
      </Card>
    </>
  );
}
