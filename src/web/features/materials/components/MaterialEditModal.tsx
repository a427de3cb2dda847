/** 编辑材料: rename a material, move it to another agenda item (or the whole meeting), change who may see it. */
import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaterialVisibility } from '../../../../shared/materials';
import { useFormErrorHandler } from '../../../app/form-errors';
import { useUpdateMaterial, type Material } from '../api';
import { useVisibilityOptions } from './MaterialUpload';

type Values = { title: string; visibility: MaterialVisibility; agendaItemId?: string | null };

/** The dialog; `material` undefined means closed. */
export function MaterialEditModal({ meetingId, material, agendaItems, onClose }: { meetingId: string; material?: Material; agendaItems: { id: string; title: string }[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateMaterial(meetingId);
  const onError = useFormErrorHandler(form);
  const visibilityOptions = useVisibilityOptions();
  const visibility = Form.useWatch('visibility', form);

  useEffect(() => {
    if (material) form.setFieldsValue({ title: material.title, visibility: material.visibility, agendaItemId: material.agendaItemId ?? undefined });
  }, [material, form]);

  const save = (v: Values) =>
    material && update.mutate({ id: material.id, input: { title: v.title, visibility: v.visibility, agendaItemId: v.agendaItemId ?? null } }, {
      onSuccess: () => {
        void message.success(t('materials.saved'));
        onClose();
      },
      onError,
    });

  return (
    <Modal open={!!material} title={t('materials.editTitle')} onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')}
      confirmLoading={update.isPending} destroyOnHidden forceRender>
      <Form form={form} layout="vertical" onFinish={save} requiredMark={false}>
        <Form.Item name="title" label={t('materials.field.title')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="agendaItemId" label={t('materials.upload.agendaItem')}>
          <Select allowClear placeholder={t('materials.wholeMeeting')} options={agendaItems.map((i) => ({ value: i.id, label: i.title }))} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="visibility" label={t('materials.upload.visibility')} extra={visibility ? t(`materials.visibilityHint.${visibility}`) : undefined}>
          <Select options={visibilityOptions} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
