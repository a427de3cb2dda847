/** 个人链接: a participant's personal reply link to read out or send by hand, with its expiry; revoking makes a new one. */
import { Alert, Button, Modal, Popconfirm, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/meetings';
import type { Participant } from '../../../../shared/participants';
import { formatInstant } from '../../../app/datetime';
import { errorMessage, useShowError } from '../../../app/form-errors';
import { usePersonalLink, useRevokeLink } from '../rsvp-api';

/** The dialog; `participant` undefined closes it. */
export function PersonalLinkModal({ participant: p, meeting, onClose }: { participant?: Participant; meeting: Meeting; onClose: () => void }) {
  const { t } = useTranslation();
  const link = usePersonalLink(meeting.id, p?.id);
  const revoke = useRevokeLink(meeting.id);
  const showError = useShowError();
  const { reset } = revoke;
  useEffect(() => reset(), [p?.id, reset]);

  return (
    <Modal
      open={!!p}
      onCancel={onClose}
      title={p ? t('participantList.link.title', { name: p.personName }) : ''}
      footer={[
        <Popconfirm key="revoke" title={t('participantList.link.confirmRevoke')} okText={t('common.confirm')} cancelText={t('common.back')}
          onConfirm={() => p && revoke.mutate(p.id, { onError: showError })}>
          <Button danger loading={revoke.isPending} disabled={!link.data}>{t('participantList.link.revoke')}</Button>
        </Popconfirm>,
        <Button key="close" type="primary" onClick={onClose}>{t('common.done')}</Button>,
      ]}
    >
      {link.isPending && p ? <Skeleton active paragraph={{ rows: 2 }} /> : link.error ? (
        <Alert type="error" showIcon title={errorMessage(link.error)} />
      ) : link.data ? (
        <>
          <Typography.Paragraph copyable={{ text: link.data.url, tooltips: [t('participantList.link.copy'), t('participantList.link.copied')] }}
            style={{ wordBreak: 'break-all', background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px' }} data-testid="personal-link">
            {link.data.url}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {t('participantList.link.expires', { at: formatInstant(link.data.expiresAt, meeting.timeZone) })}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>{t('participantList.link.hint')}</Typography.Text>
          {revoke.isSuccess && <Alert type="success" showIcon style={{ marginTop: 12 }} title={t('participantList.link.revoked')} />}
        </>
      ) : null}
    </Modal>
  );
}
