/** 座次 tab: the meeting's seating plans (pick, create, delete) and the editor of the one picked. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Form, Input, Modal, Popconfirm, Select, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Meeting } from '../../../../shared/meetings';
import { useCan } from '../../../app/auth';
import { useFormErrorHandler, useShowError } from '../../../app/form-errors';
import { useVenues } from '../../venues/api';
import { useCreatePlan, useDeletePlan, useSeatingPlan, useSeatingPlans } from '../api';
import '../seating.css';
import { PlanEditor } from './PlanEditor';

/** Meeting states in which the server lets seating change. */
const SEATING_EDITABLE = ['draft', 'planned', 'approved', 'notified', 'in_progress'];

function CreatePlanModal({ meetingId, open, onClose, onCreated }: { meetingId: string; open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; venueId?: string }>();
  const venues = useVenues(true);
  const create = useCreatePlan(meetingId);
  const onError = useFormErrorHandler(form);
  const submit = (v: { name: string; venueId?: string }) =>
    create.mutate({ name: v.name, venueId: v.venueId ?? null }, { onSuccess: (plan) => (form.resetFields(), onCreated(plan.id)), onError });
  return (
    <Modal open={open} title={t('seating.create.title')} onCancel={onClose} onOk={() => form.submit()} okText={t('seating.create.ok')} confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ name: t('seating.create.defaultName') }}>
        <Form.Item name="name" label={t('seating.create.name')} rules={[{ required: true, message: t('seating.create.nameRequired') }]}>
          <Input maxLength={60} data-testid="seating-plan-name" />
        </Form.Item>
        <Form.Item name="venueId" label={t('seating.create.venue')} extra={t('seating.create.venueHint')}>
          <Select allowClear showSearch optionFilterProp="label" loading={venues.isPending}
            options={(venues.data ?? []).map((v) => ({ value: v.id, label: `${v.name}${v.capacities.theatre ? ` · ${t('seating.create.seats', { n: v.capacities.theatre })}` : ''}` }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The tab. */
export function SeatingTab({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canEdit = useCan('meeting.write') && SEATING_EDITABLE.includes(meeting.status);
  const plans = useSeatingPlans(meeting.id);
  const [search, setSearch] = useSearchParams();
  const asked = search.get('plan');
  const selected = plans.data?.find((p) => p.id === asked)?.id ?? plans.data?.[0]?.id;
  const plan = useSeatingPlan(selected);
  const remove = useDeletePlan(meeting.id);
  const showError = useShowError();
  const [creating, setCreating] = useState(false);
  const pick = (id: string) => setSearch((prev) => {
    const next = new URLSearchParams(prev);
    next.set('plan', id);
    return next;
  }, { replace: true });
  useEffect(() => {
    if (asked && plans.data && !plans.data.some((p) => p.id === asked) && plans.data[0]) pick(plans.data[0].id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [asked, plans.data]);

  if (plans.isPending) return <Skeleton active />;
  const toolbar = (
    <Flex wrap gap={8} align="center">
      {(plans.data?.length ?? 0) > 0 && (
        <Select value={selected} onChange={pick} style={{ minWidth: 180 }} data-testid="seating-plan-select"
          options={plans.data!.map((p) => ({ value: p.id, label: `${p.name}${p.venueName ? ` · ${p.venueName}` : ''}` }))} />
      )}
      {canEdit && <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="seating-create">{t('seating.create.button')}</Button>}
      {canEdit && selected && (
        <Popconfirm title={t('seating.deleteConfirm')} onConfirm={() => remove.mutate(selected, { onSuccess: () => void message.success(t('seating.deleted')), onError: showError })}>
          <Button danger type="text" icon={<DeleteOutlined />}>{t('seating.delete')}</Button>
        </Popconfirm>
      )}
    </Flex>
  );

  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }} title={t('seating.title')} extra={toolbar} styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 8 } }}>
        {!selected && <Empty description={canEdit ? t('seating.emptyWriter') : t('seating.empty')} />}
        {selected && plan.isPending && <Skeleton active />}
        {plan.data && <PlanEditor key={plan.data.id} plan={plan.data} meeting={meeting} canEdit={canEdit} />}
      </Card>
      <CreatePlanModal meetingId={meeting.id} open={creating} onClose={() => setCreating(false)} onCreated={(id) => (setCreating(false), pick(id))} />
    </>
  );
}
