/** Closures of one venue (renovation, reserved for an event): the list from today on, add one, remove one. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Popconfirm, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closureInputSchema } from '../../../../shared/venues';
import { formatRange } from '../../../../shared/time';
import { useMe } from '../../../app/auth';
import { pickerToMs } from '../../../app/datetime';
import { applyFieldErrors, clearEditedErrors, useFormErrorHandler, useShowError, validateWith } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { ItemList } from '../../../app/ItemList';
import { useAddClosure, useClosures, useRemoveClosure } from '../api';

type ClosureValues = { range?: [Dayjs | null, Dayjs | null] | null; reason?: string };

const DAY = 86_400_000;

/** The closures block of the venue drawer; `canManage` shows add and remove. */
export function VenueClosures({ venueId, canManage }: { venueId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const zone = me.org.timeZone;
  const { message } = App.useApp();
  const [form] = Form.useForm<ClosureValues>();
  const [now] = useState(() => Date.now());
  const closures = useClosures(now - DAY, now + 3 * 365 * DAY, venueId);
  const add = useAddClosure(venueId);
  const remove = useRemoveClosure();
  const onError = useFormErrorHandler(form, (f) => (f === 'reason' ? ['reason'] : ['range']));
  const showError = useShowError();

  const onFinish = (v: ClosureValues) => {
    const [s, e] = v.range ?? [];
    const input = { startAt: s ? pickerToMs(s, zone) : undefined, endAt: e ? pickerToMs(e, zone) : undefined, reason: (v.reason ?? '').trim() };
    const errors = validateWith(closureInputSchema, input, currentLang(), 'venue');
    if (errors.length) return void applyFieldErrors(form, errors, (f) => (f === 'reason' ? ['reason'] : ['range']));
    add.mutate(input as { startAt: number; endAt: number; reason: string }, {
      onSuccess: () => {
        form.resetFields();
        void message.success(t('venues.closures.added'));
      },
      onError,
    });
  };

  return (
    <>
      <ItemList
        items={closures.data ?? []}
        rowKey={(c) => c.id}
        loading={closures.isFetching}
        empty={t('venues.closures.none')}
        render={(c) => ({
          title: formatRange(c.startAt, c.endAt, zone, currentLang()),
          description: c.reason,
          actions: canManage ? [
            <Popconfirm key="rm" title={t('venues.closures.confirmRemove')} okText={t('common.confirm')} cancelText={t('common.back')}
              onConfirm={() => remove.mutate(c.id, { onSuccess: () => void message.success(t('venues.closures.removed')), onError: showError })}>
              <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('venues.closures.remove')} />
            </Popconfirm>,
          ] : undefined,
        })}
      />
      {canManage && (
        <Form<ClosureValues> name="closure" form={form} component={false} layout="vertical" onValuesChange={(changed) => clearEditedErrors(form, changed)} onFinish={onFinish}>
          <Typography.Text strong style={{ display: 'block', margin: '12px 0 8px' }}>{t('venues.closures.add')}</Typography.Text>
          <Form.Item name="range" label={t('venues.closures.period')} required>
            <DatePicker.RangePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reason" label={t('venues.closures.reason')} required>
            <Input maxLength={200} placeholder={t('venues.closures.reasonPlaceholder')} />
          </Form.Item>
          <Button icon={<PlusOutlined />} loading={add.isPending} onClick={() => form.submit()}>{t('venues.closures.addButton')}</Button>
        </Form>
      )}
    </>
  );
}
