/** Asks for a reason (rejecting needs one, cancelling may give one); server field errors land on the text box. */
import { Form, Input, Modal } from 'antd';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { reasonMessage } from '../../../../shared/errors';
import { isApiError } from '../../../app/api-client';
import { applyFieldErrors, clearEditedErrors } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';

/** Props: open, the title and button, whether the reason is required, and the action (a promise, so errors come back here). */
export type ReasonModalProps = {
  open: boolean;
  title: string;
  okText: string;
  required?: boolean;
  danger?: boolean;
  loading?: boolean;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
};

/** The dialog. */
export function ReasonModal({ open, title, okText, required, danger, loading, onSubmit, onClose }: ReasonModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  // Several of these may be mounted at once (reject and cancel): each form needs its own ids for its label.
  const name = `reason${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const finish = async ({ reason }: { reason?: string }) => {
    const text = (reason ?? '').trim();
    if (required && !text) return form.setFields([{ name: 'reason', errors: [reasonMessage('reason', 'reason_required', currentLang())] }]);
    try {
      await onSubmit(text);
      onClose();
    } catch (err) {
      if (isApiError(err)) applyFieldErrors(form, err.fields);
    }
  };

  return (
    <Modal open={open} title={title} okText={okText} cancelText={t('common.back')} okButtonProps={{ danger, loading }} onOk={() => form.submit()} onCancel={onClose} forceRender>
      <Form name={name} form={form} layout="vertical" onFinish={finish} onValuesChange={(c) => clearEditedErrors(form, c)}>
        <Form.Item label={t('bookings.reason')} name="reason" required={required}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
