/** Services asked for with a booking (tea/water, AV, banner, seating layout): the list, asking for one, and staff moving them on. */
import { App, Button, Flex, Form, Input, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { SERVICE_KINDS, SERVICE_STATUSES, serviceInputSchema } from '../../../../shared/bookings';
import { formatInstant } from '../../../app/datetime';
import { applyFieldErrors, clearEditedErrors, useFormErrorHandler, useShowError, validateWith } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { ItemList } from '../../../app/ItemList';
import { useRequestService, useUpdateService, type BookingDetail, type ServiceStatus } from '../api';
import type { BookingAbilities } from '../permissions';

const STATUS_COLORS: Record<ServiceStatus, string> = { requested: 'gold', acknowledged: 'blue', done: 'green', cancelled: 'default' };

type ServiceValues = { kind?: (typeof SERVICE_KINDS)[number]; details?: string };

/** The services block of a booking. */
export function BookingServices({ booking, can, zone }: { booking: BookingDetail; can: BookingAbilities; zone: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ServiceValues>();
  const request = useRequestService();
  const update = useUpdateService();
  const onError = useFormErrorHandler(form);
  const showError = useShowError();

  const submit = (v: ServiceValues) => {
    const input = { kind: v.kind, details: v.details?.trim() || null };
    const errors = validateWith(serviceInputSchema, input, currentLang(), 'booking');
    if (errors.length) return void applyFieldErrors(form, errors);
    request.mutate({ id: booking.id, input: { ...input, kind: input.kind! } }, {
      onSuccess: () => {
        form.resetFields();
        void message.success(t('bookings.services.requested'));
      },
      onError,
    });
  };

  const setStatus = (serviceId: string, status: ServiceStatus) =>
    update.mutate({ id: booking.id, serviceId, status }, { onSuccess: () => void message.success(t('common.saved')), onError: showError });

  return (
    <>
      <ItemList
        items={booking.services}
        rowKey={(s) => s.id}
        empty={t('bookings.services.none')}
        render={(s) => ({
          title: <Flex gap={8} align="center" wrap>{t(`bookings.services.kinds.${s.kind}`)}<Tag color={STATUS_COLORS[s.status]}>{t(`bookings.services.statuses.${s.status}`)}</Tag></Flex>,
          description: <>{s.details && <div>{s.details}</div>}<div style={{ fontSize: 12 }}>{formatInstant(s.createdAt, zone)}</div></>,
          actions: can.handleServices
            ? [
                <Select<ServiceStatus>
                  key="status"
                  size="small"
                  value={s.status}
                  style={{ width: 120 }}
                  aria-label={t('bookings.services.status')}
                  onChange={(status) => setStatus(s.id, status)}
                  options={SERVICE_STATUSES.map((x) => ({ value: x, label: t(`bookings.services.statuses.${x}`) }))}
                />,
              ]
            : can.mine && s.status === 'requested'
              ? [<Button key="c" size="small" type="link" danger onClick={() => setStatus(s.id, 'cancelled')}>{t('bookings.services.withdraw')}</Button>]
              : undefined,
        })}
      />
      {can.requestService && (
        <Form<ServiceValues> name="service" form={form} layout="vertical" onFinish={submit} onValuesChange={(c) => clearEditedErrors(form, c)} style={{ marginTop: 12 }} initialValues={{ kind: 'tea_water' }}>
          <Flex gap={8} wrap align="flex-start">
            <Form.Item name="kind" label={t('bookings.services.kind')} style={{ flex: '0 0 150px', marginBottom: 8 }}>
              <Select options={SERVICE_KINDS.map((k) => ({ value: k, label: t(`bookings.services.kinds.${k}`) }))} />
            </Form.Item>
            <Form.Item name="details" label={t('bookings.services.details')} style={{ flex: '1 1 200px', marginBottom: 8 }}>
              <Input maxLength={1000} placeholder={t('bookings.services.detailsPlaceholder')} />
            </Form.Item>
          </Flex>
          <Button htmlType="submit" loading={request.isPending}>{t('bookings.services.request')}</Button>
        </Form>
      )}
    </>
  );
}
