/** 通知 tab: a meeting's notices with state and delivery progress, and what each may do next (edit, submit, approve, send, …). */
import { CheckOutlined, CloseOutlined, DownloadOutlined, EditOutlined, EyeOutlined, MoreOutlined, PlusOutlined, RedoOutlined, SendOutlined, StopOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Dropdown, Empty, Flex, Grid, Popconfirm, Space, Table, Tag, Tooltip, Typography, type MenuProps, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/meetings';
import { renderTemplate } from '../../../../shared/notices';
import { useCan, useMe } from '../../../app/auth';
import { formatInstant } from '../../../app/datetime';
import { currentLang } from '../../../app/i18n';
import { errorMessage } from '../../../app/form-errors';
import { ReasonModal } from '../../bookings/components/ReasonModal';
import { noticeDocumentUrl, useNoticeAction, useNotices, type Notice, type NoticeAction } from '../api';
import { itemKey, NOTICE_STATUS_COLORS } from '../labels';
import { useNoticeError } from '../use-notice-error';
import { ChangeSummary } from './ChangeSummary';
import { DeliveriesDrawer } from './DeliveriesDrawer';
import { NoticeFormDrawer } from './NoticeFormDrawer';
import { NoticeProgress } from './NoticeProgress';

const EDITABLE = ['draft', 'rejected'];
const CANCELLABLE = ['draft', 'pending_approval', 'approved', 'rejected', 'queued'];

/** The tab. */
export function NoticesTab({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const me = useMe();
  const canWrite = useCan('notice.write');
  const canApprove = useCan('notice.approve');
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const list = useNotices(meeting.id);
  const act = useNoticeAction(meeting.id);
  const onError = useNoticeError();
  const [drawer, setDrawer] = useState<{ notice?: Notice } | null>(null);
  const [deliveriesOf, setDeliveriesOf] = useState<string>();
  const [rejecting, setRejecting] = useState<Notice>();
  const notices = list.data ?? [];
  // Subjects are templates; the meeting-wide variables are filled in here as every recipient will read them.
  const subjectOf = (n: Notice) => renderTemplate(n.subject, { title: meeting.title, org: me.org.name, place: meeting.place ?? '' });
  const zone = meeting.timeZone;

  const run = (n: Notice, action: Exclude<NoticeAction, 'reject'>) =>
    act.mutate({ id: n.id, action }, {
      onSuccess: (r) => void message.success(action === 'submit' && r.status === 'approved' ? t('notices.action.approvedDirect') : t(`notices.action.${action}Done`)),
      onError,
    });

  const actionsOf = (n: Notice): ReactNode => {
    const main: ReactNode[] = [];
    const busy = act.isPending && act.variables?.id === n.id;
    if (canWrite && EDITABLE.includes(n.status)) {
      main.push(<Button key="edit" size="small" icon={<EditOutlined />} onClick={() => setDrawer({ notice: n })}>{t('common.edit')}</Button>);
      main.push(
        <Tooltip key="submit" title={n.missing.length ? t('notices.missingLine', { items: n.missing.map((m) => t(itemKey(m))).join(sep) }) : undefined}>
          <Button size="small" type="primary" icon={<CheckOutlined />} loading={busy && act.variables?.action === 'submit'} onClick={() => run(n, 'submit')}>{t('notices.action.submit')}</Button>
        </Tooltip>,
      );
    }
    if (canApprove && n.status === 'pending_approval') {
      main.push(<Button key="approve" size="small" type="primary" icon={<CheckOutlined />} loading={busy && act.variables?.action === 'approve'} onClick={() => run(n, 'approve')}>{t('notices.action.approve')}</Button>);
      main.push(<Button key="reject" size="small" danger icon={<CloseOutlined />} onClick={() => setRejecting(n)}>{t('notices.action.reject')}</Button>);
    }
    if (canWrite && n.status === 'approved') {
      main.push(
        <Popconfirm key="send" title={t('notices.action.confirmSend', { count: n.recipients })} okText={t('notices.action.send')} cancelText={t('common.back')} onConfirm={() => run(n, 'send')}>
          <Button size="small" type="primary" icon={<SendOutlined />} loading={busy && act.variables?.action === 'send'}>{t('notices.action.send')}</Button>
        </Popconfirm>,
      );
    }
    if (canWrite && ['queued', 'sent'].includes(n.status) && n.deliveries.failed > 0) {
      main.push(<Button key="retry" size="small" icon={<RedoOutlined />} loading={busy && act.variables?.action === 'retry'} onClick={() => run(n, 'retry')}>{t('notices.action.retry', { count: n.deliveries.failed })}</Button>);
    }
    // Opening the notice is always possible (so is clicking its subject); as a button only when nothing else is to be done.
    if (main.length === 0) main.push(<Button key="view" size="small" icon={<EyeOutlined />} onClick={() => setDrawer({ notice: n })}>{t('notices.action.view')}</Button>);
    const more: MenuProps['items'] = [
      { key: 'word', icon: <DownloadOutlined />, label: <a href={noticeDocumentUrl(n.id)} download>{t('notices.action.word')}</a> },
      ...(canWrite && n.deliveries.total > 0 ? [{ key: 'deliveries', icon: <UnorderedListOutlined />, label: t('notices.action.deliveries'), onClick: () => setDeliveriesOf(n.id) }] : []),
      ...(canWrite && CANCELLABLE.includes(n.status) ? [{ key: 'cancel', icon: <StopOutlined />, danger: true, label: t('notices.action.cancel'), onClick: () => confirmCancel(n) }] : []),
    ];
    return (
      <Flex gap={6} wrap align="center">
        {main}
        <Dropdown menu={{ items: more }} trigger={['click']}>
          <Button size="small" type="text" icon={<MoreOutlined />} aria-label={t('notices.action.more')} />
        </Dropdown>
      </Flex>
    );
  };

  const confirmCancel = (n: Notice) =>
    modal.confirm({
      title: t('notices.action.confirmCancel'),
      content: n.status === 'queued' ? t('notices.action.confirmCancelQueued', { count: n.deliveries.queued }) : undefined,
      okText: t('notices.action.cancel'),
      okButtonProps: { danger: true },
      cancelText: t('common.back'),
      onOk: () => run(n, 'cancel'),
    });

  const sep = currentLang() === 'zh-CN' ? '、' : ', ';
  const subjectCell = (n: Notice) => (
    <div style={{ minWidth: 0 }}>
      <Typography.Link onClick={() => setDrawer({ notice: n })} style={{ wordBreak: 'break-word' }}>{subjectOf(n)}</Typography.Link>
      {n.docNumber && <div className="hw-muted" style={{ fontSize: 12 }}>{n.docNumber}</div>}
      {n.kind === 'change' && <ChangeSummary change={n.change} zone={zone} inline />}
      {n.status === 'rejected' && n.rejectReason && <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>{t('notices.rejectedLine', { reason: n.rejectReason })}</Typography.Text>}
      {EDITABLE.includes(n.status) && n.missing.length > 0 && (
        <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }}>{t('notices.missingLine', { items: n.missing.map((m) => t(itemKey(m))).join(sep) })}</Typography.Text>
      )}
    </div>
  );
  const kindTag = (n: Notice) => (
    <Tag color={n.kind === 'change' ? 'orange' : n.kind === 'reminder' ? 'purple' : 'blue'} style={{ marginInlineEnd: 0 }}>{t(`notices.kind.${n.kind}`)}</Tag>
  );
  const statusTag = (n: Notice) => <Tag color={NOTICE_STATUS_COLORS[n.status]} data-status={n.status} style={{ marginInlineEnd: 0 }}>{t(`notices.status.${n.status}`)}</Tag>;

  const columns: TableColumnsType<Notice> = [
    {
      key: 'kind', title: t('notices.field.kind'), width: 110,
      render: (_, n) => (
        <Flex vertical gap={2} align="flex-start">
          {kindTag(n)}
          {n.round && <span className="hw-muted" style={{ fontSize: 12 }}>{t(`notices.round.${n.round}`)}</span>}
        </Flex>
      ),
    },
    {
      key: 'subject', title: t('notices.field.subject'),
      render: (_, n) => subjectCell(n),
    },
    {
      key: 'status', title: t('common.status'), width: 96,
      render: (_, n) => statusTag(n),
    },
    { key: 'progress', title: t('notices.progress.title'), width: 230, render: (_, n) => <NoticeProgress notice={n} /> },
    { key: 'created', title: t('notices.field.createdAt'), width: 140, render: (_, n) => formatInstant(n.createdAt, zone) },
    { key: 'actions', title: t('common.actions'), width: 250, render: (_, n) => actionsOf(n) },
  ];

  const deliveriesNotice = notices.find((n) => n.id === deliveriesOf);
  return (
    <>
      <Card size="small" title={t('notices.listTitle', { count: notices.length })}
        extra={canWrite && <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({})} data-testid="notice-new">{t('notices.new')}</Button>}>
        {list.error && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />}
        {notices.some((n) => n.status === 'queued') && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('notices.sendingHint')} />}
        {mobile ? (
          notices.length === 0 ? <Empty description={canWrite ? t('notices.emptyWriter') : t('notices.empty')} /> : (
            <ul className="hw-card-list" data-testid="notice-table">
              {notices.map((n) => (
                <li key={n.id}>
                  <Card size="small">
                    <Flex justify="space-between" align="center" gap={8} style={{ marginBottom: 6 }}>
                      <Space size={6} wrap>
                        {kindTag(n)}
                        {n.round && <span className="hw-muted" style={{ fontSize: 12 }}>{t(`notices.round.${n.round}`)}</span>}
                      </Space>
                      {statusTag(n)}
                    </Flex>
                    {subjectCell(n)}
                    <div style={{ margin: '8px 0' }}><NoticeProgress notice={n} /></div>
                    <Flex justify="space-between" align="center" wrap gap={8}>
                      <span className="hw-muted" style={{ fontSize: 12 }}>{formatInstant(n.createdAt, zone)}</span>
                      {actionsOf(n)}
                    </Flex>
                  </Card>
                </li>
              ))}
            </ul>
          )
        ) : (
          <Table<Notice>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={notices}
            loading={list.isPending}
            pagination={false}
            scroll={{ x: 1100 }}
            locale={{ emptyText: canWrite ? t('notices.emptyWriter') : t('notices.empty') }}
            data-testid="notice-table"
          />
        )}
      </Card>
      <NoticeFormDrawer open={drawer !== null} meeting={meeting} notice={drawer?.notice} onClose={() => setDrawer(null)} />
      <DeliveriesDrawer notice={deliveriesNotice} subject={deliveriesNotice ? subjectOf(deliveriesNotice) : ''} zone={zone} onClose={() => setDeliveriesOf(undefined)} />
      <ReasonModal open={!!rejecting} title={t('notices.action.rejectTitle', { subject: rejecting ? subjectOf(rejecting) : '' })} okText={t('notices.action.reject')} required danger
        loading={act.isPending}
        onSubmit={(reason) => act.mutateAsync({ id: rejecting!.id, action: 'reject', reason }).then(() => void message.success(t('notices.action.rejectDone')))}
        onClose={() => setRejecting(undefined)} />
    </>
  );
}
