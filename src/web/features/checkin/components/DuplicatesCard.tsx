/** Flagged duplicates (two desks let the same pass in while offline): one attendance was kept, staff confirm what happened with a note. */
import { App, Button, Card, Empty, Form, Input, Modal, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clockTime } from '../../../../shared/time';
import { useFormErrorHandler } from '../../../app/form-errors';
import { useCheckinDuplicates, useReviewDuplicate, type CheckinDuplicate } from '../api';
import { listName } from '../list-name';

/** The card. */
export function DuplicatesCard({ meetingId, zone }: { meetingId: string; zone: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const dups = useCheckinDuplicates(meetingId);
  const review = useReviewDuplicate(meetingId);
  const [reviewing, setReviewing] = useState<CheckinDuplicate | null>(null);
  const [form] = Form.useForm<{ note: string }>();
  const onError = useFormErrorHandler(form);
  const rows = dups.data ?? [];
  const open = rows.filter((d) => d.reviewedAt === null).length;

  const submit = async () => {
    const { note } = await form.validateFields();
    review.mutate({ scanId: reviewing!.id, note }, {
      onSuccess: () => {
        void message.success(t('checkin.dup.done'));
        setReviewing(null);
        form.resetFields();
      },
      onError,
    });
  };

  return (
    <Card size="small" title={<>{t('checkin.dup.title')} {open > 0 && <Tag color="red">{open}</Tag>}</>} style={{ marginBottom: 16 }} loading={dups.isPending} data-testid="checkin-duplicates">
      {!rows.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('checkin.dup.none')} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {rows.map((d) => (
            <li key={d.id} style={{ display: 'flex', gap: 8, alignItems: 'center', padding: '8px 0', borderTop: '1px solid rgba(0,0,0,.06)' }} data-testid="duplicate-row">
              <div style={{ flex: 1, minWidth: 0 }}>
                <div><b>{d.participant?.name ?? '—'}</b> {d.participant?.unit ?? ''} <Tag>{listName(d.listName)}</Tag></div>
                <div style={{ fontSize: 13, color: 'rgba(0,0,0,.55)' }}>
                  {d.first && <span>{t('checkin.dup.first', { time: clockTime(d.first.at, zone), device: d.first.deviceId })} · </span>}
                  <span>{t('checkin.dup.second', { time: clockTime(d.scannedAt, zone), device: d.deviceId })}</span>
                </div>
                {d.reviewNote && <div style={{ fontSize: 13 }}>{t('checkin.dup.reviewedNote', { note: d.reviewNote })}</div>}
              </div>
              {d.reviewedAt === null ? (
                <Button size="small" onClick={() => setReviewing(d)}>{t('checkin.dup.review')}</Button>
              ) : (
                <Tag color="green">{t('checkin.dup.reviewed')}</Tag>
              )}
            </li>
          ))}
        </ul>
      )}
      <Modal open={reviewing !== null} title={t('checkin.dup.review')} onCancel={() => setReviewing(null)} onOk={() => void submit()} confirmLoading={review.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="note" label={t('checkin.dup.note')} rules={[{ required: true, whitespace: true, message: t('checkin.dup.noteRequired') }, { max: 500 }]}>
            <Input.TextArea rows={3} maxLength={500} placeholder={t('checkin.dup.notePlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
