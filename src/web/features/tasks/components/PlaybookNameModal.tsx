/** Create a playbook (blank or a copy of another) or rename one: its Chinese and English names. */
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { createPlaybookSchema, renamePlaybookSchema } from '../../../../shared/playbook-steps';
import { applyFieldErrors, clearEditedErrors, useFormErrorHandler, validateWith } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { useCreatePlaybook, useRenamePlaybook, type Playbook } from '../playbook-api';

type Values = { nameZh: string; nameEn: string; source: 'blank' | 'copy'; copyFrom?: string };

/** Props: closed (undefined), a new playbook (optionally copying one), or the playbook to rename; `onDone` gets the saved playbook. */
export type PlaybookNameModalProps = {
  mode: { kind: 'create'; copyFrom?: string } | { kind: 'rename'; playbook: Playbook } | undefined;
  playbooks: readonly Playbook[]; onClose: () => void; onDone: (p: Playbook) => void;
};

/** The modal. */
export function PlaybookNameModal({ mode, playbooks, onClose, onDone }: PlaybookNameModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreatePlaybook();
  const rename = useRenamePlaybook();
  const onError = useFormErrorHandler(form);
  const source = Form.useWatch('source', form);

  useEffect(() => {
    if (!mode) return;
    form.resetFields();
    if (mode.kind === 'rename') form.setFieldsValue({ nameZh: mode.playbook.nameZh, nameEn: mode.playbook.nameEn, source: 'blank' });
    else form.setFieldsValue({ nameZh: '', nameEn: '', source: 'blank', copyFrom: mode.copyFrom });
  }, [mode, form]);

  const submit = () => {
    const v = form.getFieldsValue(true) as Values;
    const lang = currentLang();
    if (mode?.kind === 'rename') {
      const body = { version: mode.playbook.updatedAt, nameZh: v.nameZh ?? '', nameEn: v.nameEn ?? '' };
      const errors = validateWith(renamePlaybookSchema, body, lang);
      if (errors.length) return void applyFieldErrors(form, errors);
      rename.mutate({ id: mode.playbook.id, body }, { onSuccess: (p) => { void message.success(t('playbookEditor.renamed')); onDone(p); }, onError });
      return;
    }
    const body = { nameZh: v.nameZh ?? '', nameEn: v.nameEn ?? '', ...(v.source === 'copy' ? { copyFrom: v.copyFrom ?? '' } : {}) };
    const errors = validateWith(createPlaybookSchema, body, lang);
    if (errors.length) return void applyFieldErrors(form, errors);
    create.mutate(body, { onSuccess: (p) => { void message.success(t('playbookEditor.created')); onDone(p); }, onError });
  };

  return (
    <Modal
      open={!!mode}
      title={mode?.kind === 'rename' ? t('playbookEditor.renameTitle') : t('playbookEditor.createTitle')}
      okText={mode?.kind === 'rename' ? t('common.save') : t('playbookEditor.create')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={create.isPending || rename.isPending}
      destroyOnHidden
      forceRender
    >
      <Form<Values> form={form} layout="vertical" name="playbook-name" onValuesChange={(changed) => clearEditedErrors(form, changed)} onFinish={submit}>
        <Form.Item name="nameZh" label={t('playbookEditor.nameZh')} required>
          <Input maxLength={60} placeholder={t('playbookEditor.nameZhPlaceholder')} data-testid="playbook-name-zh" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('playbookEditor.nameEn')} extra={t('playbookEditor.nameEnHint')}>
          <Input maxLength={60} placeholder={t('playbookEditor.nameEnPlaceholder')} />
        </Form.Item>
        {mode?.kind === 'create' && (
          <>
            <Form.Item name="source" label={t('playbookEditor.source')}>
              <Radio.Group options={[{ value: 'blank', label: t('playbookEditor.sourceBlank') }, { value: 'copy', label: t('playbookEditor.sourceCopy') }]} />
            </Form.Item>
            {source === 'copy' && (
              <Form.Item name="copyFrom" label={t('playbookEditor.copyFrom')} required>
                <Select options={playbooks.map((p) => ({ value: p.id, label: t('playbookEditor.copyOption', { name: p.name, count: p.steps.length }) }))} />
              </Form.Item>
            )}
          </>
        )}
      </Form>
    </Modal>
  );
}
