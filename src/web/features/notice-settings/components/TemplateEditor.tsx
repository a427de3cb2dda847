/** One notice template (a kind in a language): subject and body, variable chips that insert `{{name}}` at the cursor, save and reset. */
import { Alert, App, Button, Card, Form, Input, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useRef, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_VARIABLES, templateInputSchema, unknownVariables } from '../../../../shared/notices';
import { LANGUAGES } from '../../../app/i18n';
import { clearEditedErrors, useShowError, useValidatedSave } from '../../../app/form-errors';
import { useResetTemplate, useSaveTemplate, type NoticeTemplate } from '../api';

type Values = { subject?: string; body?: string };
type Caret = { field: 'subject' | 'body'; start: number; end: number };

/** The editor card; `canEdit` false shows it read-only. */
export function TemplateEditor({ template, canEdit }: { template: NoticeTemplate; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const save = useSaveTemplate();
  const reset = useResetTemplate();
  const name = `tpl-${template.kind}-${template.locale}`;
  const caret = useRef<Caret>({ field: 'body', start: -1, end: -1 });
  const submit = useValidatedSave(form, templateInputSchema, 'notice', () => undefined);
  const subject = Form.useWatch('subject', form) ?? '';
  const body = Form.useWatch('body', form) ?? '';
  const dirty = subject !== template.subject || body !== template.body;
  const unknown = [...new Set([...unknownVariables(subject), ...unknownVariables(body)])];

  useEffect(() => {
    form.setFieldsValue({ subject: template.subject, body: template.body });
  }, [template.subject, template.body, form]);

  const remember = (field: Caret['field']) => (e: SyntheticEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const el = e.currentTarget;
    caret.current = { field, start: el.selectionStart ?? el.value.length, end: el.selectionEnd ?? el.value.length };
  };

  const insert = (variable: string) => {
    const { field, start, end } = caret.current;
    const token = `{{${variable}}}`;
    const value: string = form.getFieldValue(field) ?? '';
    const from = start < 0 ? value.length : Math.min(start, value.length);
    const to = end < 0 ? value.length : Math.min(Math.max(end, from), value.length);
    form.setFieldValue(field, value.slice(0, from) + token + value.slice(to));
    caret.current = { field, start: from + token.length, end: from + token.length };
    requestAnimationFrame(() => {
      const el = document.getElementById(`${name}_${field}`) as HTMLInputElement | HTMLTextAreaElement | null;
      el?.focus();
      el?.setSelectionRange(from + token.length, from + token.length);
    });
  };

  const onFinish = (v: Values) =>
    submit({ subject: (v.subject ?? '').trim(), body: (v.body ?? '').trim() }, (input, done) =>
      save.mutate({ kind: template.kind, locale: template.locale, input }, done));

  const onReset = () =>
    reset.mutate({ kind: template.kind, locale: template.locale }, {
      onSuccess: (tpl) => {
        form.setFieldsValue({ subject: tpl.subject, body: tpl.body });
        void message.success(t('templates.resetDone'));
      },
      onError: showError,
    });

  const language = LANGUAGES.find((l) => l.lang === template.locale)?.label ?? template.locale;
  return (
    <Card
      size="small"
      title={<Space size={8}>{language}{template.custom ? <Tag color="blue">{t('templates.custom')}</Tag> : <Tag>{t('templates.builtIn')}</Tag>}</Space>}
      data-testid={name}
    >
      <Form<Values> name={name} form={form} layout="vertical" onFinish={onFinish} disabled={!canEdit} onValuesChange={(changed) => clearEditedErrors(form, changed)}>
        <Form.Item label={t('templates.subject')} name="subject" required>
          <Input maxLength={200} onSelect={remember('subject')} onBlur={remember('subject')} />
        </Form.Item>
        <Form.Item label={t('templates.body')} name="body" required style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={20000} autoSize={{ minRows: 8, maxRows: 22 }} onSelect={remember('body')} onBlur={remember('body')} style={{ fontFamily: 'inherit' }} />
        </Form.Item>
        {canEdit && (
          <div style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>{t('templates.variablesHint')}</Typography.Text>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, marginTop: 6 }}>
              {TEMPLATE_VARIABLES.map((v) => (
                <Tooltip key={v} title={`{{${v}}}`}>
                  <Tag.CheckableTag checked={false} onChange={() => insert(v)} style={{ border: '1px solid #d9d9d9', marginInlineEnd: 0 }} data-variable={v}>
                    {t(`templates.vars.${v}`)}
                  </Tag.CheckableTag>
                </Tooltip>
              ))}
            </div>
          </div>
        )}
        {unknown.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('templates.unknown', { names: unknown.map((n) => `{{${n}}}`).join(', ') })} />}
        {canEdit && (
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={save.isPending} disabled={!dirty}>{t('templates.save')}</Button>
            <Popconfirm title={t('templates.resetConfirm')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={onReset} disabled={!template.custom}>
              <Button loading={reset.isPending} disabled={!template.custom}>{t('templates.reset')}</Button>
            </Popconfirm>
            {dirty && <Button type="link" onClick={() => form.setFieldsValue({ subject: template.subject, body: template.body })}>{t('templates.discard')}</Button>}
          </Space>
        )}
      </Form>
    </Card>
  );
}
