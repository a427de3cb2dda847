/** 起草通知: the notice form with the live completeness checklist and the preview; save as draft, or save and submit for approval. */
import { CheckCircleOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, DatePicker, Divider, Drawer, Flex, Form, Grid, Input, Radio, Row, Select, Space, Switch, Tag, Tooltip, Typography, type FormInstance } from 'antd';
import { useEffect, useMemo, useRef, useState, type RefObject, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../../shared/errors';
import type { Meeting } from '../../../../shared/meetings';
import { createNoticeSchema, NOTICE_KINDS, TEMPLATE_VARIABLES, updateNoticeSchema, type NoticeKind } from '../../../../shared/notices';
import { PARTICIPANT_ROLES } from '../../../../shared/participants';
import { ATTENDANCE } from '../../../../shared/rsvp';
import { useCan, useMe } from '../../../app/auth';
import { isApiError } from '../../../app/api-client';
import { browserTimeZone } from '../../../app/datetime';
import { applyFieldErrors, clearEditedErrors, useShowError, validateWith } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { useParticipants } from '../../meetings/api';
import { groupsOf } from '../../meetings/components/ParticipantsTab';
import { noticeDocumentUrl, templateOf, useChannelBots, useCreateNotice, useNoticeAction, useNoticeTemplates, useUpdateNotice, type Notice } from '../api';
import { attendanceLabel, NOTICE_STATUS_COLORS, roleLabel } from '../labels';
import { audienceOf, formMissing, newNoticeValues, noticeToValues, renderSample, sampleValues, valuesToBody, type NoticeFormValues } from '../notice-values';
import { useNoticeError } from '../use-notice-error';
import { ChangeSummary } from './ChangeSummary';
import { NoticeChecklist } from './NoticeChecklist';
import { NoticePreviewPane } from './NoticePreviewPane';

const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';
const EDITABLE = ['draft', 'rejected'];
const REMINDER_HOURS = [168, 72, 48, 24, 12, 2];
/** Notices are written in zh-CN unless chosen otherwise (as the API defaults), whatever language the screen is in. */
const NOTICE_LOCALE = 'zh-CN' as const;

/** Props: the meeting, the notice to edit or show (undefined: a new one), and whether the drawer is open. */
export type NoticeFormDrawerProps = { open: boolean; meeting: Meeting; notice?: Notice; onClose: () => void };

type Cursor = { field: 'subject' | 'body'; start: number; end: number };

/** Chips that insert `{{variable}}` where the cursor was in the subject or body. */
function VariableChips({ form, cursor, disabled, onInsert }: { form: FormInstance<NoticeFormValues>; cursor: RefObject<Cursor | null>; disabled: boolean; onInsert: () => void }) {
  const { t } = useTranslation();
  const insert = (name: string) => {
    const token = `{{${name}}}`;
    const at = cursor.current ?? { field: 'body' as const, start: -1, end: -1 };
    const text = String(form.getFieldValue(at.field) ?? '');
    const start = at.start < 0 ? text.length : at.start;
    const end = at.end < 0 ? start : at.end;
    form.setFieldValue(at.field, text.slice(0, start) + token + text.slice(end));
    cursor.current = { field: at.field, start: start + token.length, end: start + token.length };
    onInsert();
  };
  return (
    <Flex wrap gap={6} style={{ marginBottom: 8 }} data-testid="variable-chips">
      <Typography.Text type="secondary" style={{ fontSize: 12, lineHeight: '22px' }}>{t('notices.form.variables')}</Typography.Text>
      {TEMPLATE_VARIABLES.map((v) => (
        <Tooltip key={v} title={`{{${v}}}`}>
          <Tag color="geekblue" style={{ cursor: disabled ? 'not-allowed' : 'pointer', marginInlineEnd: 0, userSelect: 'none' }} role="button" tabIndex={disabled ? -1 : 0}
            onMouseDown={(e) => e.preventDefault()} onClick={() => !disabled && insert(v)} data-variable={v}
            onKeyDown={(e) => {
              if (!disabled && (e.key === 'Enter' || e.key === ' ')) {
                e.preventDefault();
                insert(v);
              }
            }}>
            {t(`notices.var.${v}`)}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}

/** The drawer. */
export function NoticeFormDrawer({ open, meeting, notice, onClose }: NoticeFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const canWrite = useCan('notice.write');
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<NoticeFormValues>();
  const [current, setCurrent] = useState<Notice | undefined>(notice);
  const [dirty, setDirty] = useState(false);
  const cursor = useRef<Cursor | null>(null);
  const applied = useRef<{ subject: string; body: string } | null>(null);
  const templates = useNoticeTemplates();
  const participants = useParticipants(meeting.id);
  const bots = useChannelBots(canWrite);
  const create = useCreateNotice(meeting.id);
  const update = useUpdateNotice(meeting.id);
  const action = useNoticeAction(meeting.id);
  const onNoticeError = useNoticeError();
  const showError = useShowError();
  const zone = meeting.timeZone;
  const lang = currentLang();
  const editable = canWrite && (!current || EDITABLE.includes(current.status));

  useEffect(() => {
    if (!open) return;
    setCurrent(notice);
    setDirty(false);
    cursor.current = null;
    form.resetFields();
    if (notice) {
      applied.current = null;
      form.setFieldsValue(noticeToValues(notice, zone));
    } else {
      const v = newNoticeValues('meeting', NOTICE_LOCALE, templateOf(templates.data, 'meeting', NOTICE_LOCALE));
      applied.current = { subject: v.subject, body: v.body };
      form.setFieldsValue(v);
    }
    // Only when the drawer opens (on a notice or a new one): later template loads are handled below.
  }, [open, notice?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  // Templates may arrive after the drawer opened on a new notice: fill the empty subject and body then.
  useEffect(() => {
    if (!open || current || !templates.data) return;
    const v = form.getFieldsValue(true) as NoticeFormValues;
    if (v.subject || v.body) return;
    const tpl = templateOf(templates.data, v.kind ?? 'meeting', v.locale ?? NOTICE_LOCALE);
    if (tpl) {
      form.setFieldsValue({ subject: tpl.subject, body: tpl.body });
      applied.current = { subject: tpl.subject, body: tpl.body };
    }
  }, [open, current, templates.data, form]);

  const values = (Form.useWatch((v) => v, { form, preserve: true }) ?? {}) as Partial<NoticeFormValues>;
  const kind: NoticeKind = values.kind ?? current?.kind ?? 'meeting';
  const all = useMemo(() => participants.data ?? [], [participants.data]);
  const groups = useMemo(() => groupsOf(all), [all]);
  const fixedIds = current?.audience.participantIds;
  const reached = useMemo(
    () => audienceOf(all, { roles: values.audience?.roles ?? [], groups: values.audience?.groups ?? [], attendance: values.audience?.attendance ?? [] }, fixedIds),
    [all, values.audience?.roles, values.audience?.groups, values.audience?.attendance, fixedIds],
  );
  const missing = formMissing(meeting, { kind, prepare: values.prepare, contact: values.contact, rsvpDeadline: values.rsvpDeadline }, reached.length);
  const full = { ...newNoticeValues(kind, values.locale ?? NOTICE_LOCALE, undefined), ...values } as NoticeFormValues;
  const live = { ...renderSample(full, sampleValues(meeting, full, me.org.name, reached[0], current?.change)), to: reached[0]?.personName ?? null };

  /** Remembers where the caret was in the subject or body, so a variable chip inserts there. */
  const track = (field: Cursor['field']) => (e: SyntheticEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const el = e.currentTarget;
    cursor.current = { field, start: el.selectionStart ?? -1, end: el.selectionEnd ?? -1 };
  };

  const onValuesChange = (changed: Partial<NoticeFormValues>) => {
    setDirty(true);
    clearEditedErrors(form, changed);
    if (current || !('kind' in changed || 'locale' in changed)) return;
    // A new notice follows the template of its kind and language until its text was edited.
    const v = form.getFieldsValue(true) as NoticeFormValues;
    const untouched = !applied.current || (v.subject === applied.current.subject && v.body === applied.current.body) || (!v.subject && !v.body);
    const tpl = templateOf(templates.data, v.kind, v.locale);
    if (untouched && tpl) {
      form.setFieldsValue({ subject: tpl.subject, body: tpl.body });
      applied.current = { subject: tpl.subject, body: tpl.body };
    }
    if ('kind' in changed) {
      const d = newNoticeValues(v.kind, v.locale, undefined);
      form.setFieldsValue({ round: d.round, reminders: d.reminders });
    }
  };

  const show = (errors: readonly FieldError[]) => {
    const leftover = applyFieldErrors(form, errors);
    if (leftover.length) void message.error(leftover.join('；'));
  };

  /** Saves the form (create or update); the saved notice, or undefined when it was refused. */
  const persist = async (): Promise<Notice | undefined> => {
    const v = form.getFieldsValue(true) as NoticeFormValues;
    const body = valuesToBody(v, zone, fixedIds);
    const { kind: _kind, ...rest } = body;
    const input = current ? { ...rest, version: current.version } : body;
    const errors = validateWith(current ? updateNoticeSchema : createNoticeSchema, input, lang, 'notice');
    if (errors.length) {
      show(errors);
      return undefined;
    }
    try {
      const saved = current ? await update.mutateAsync({ id: current.id, input: { ...rest, version: current.version } }) : await create.mutateAsync(body);
      setCurrent(saved);
      setDirty(false);
      return saved;
    } catch (err) {
      if (isApiError(err) && err.fields.length) show(err.fields);
      showError(err);
      return undefined;
    }
  };

  const saveDraft = async () => {
    if (await persist()) void message.success(t('notices.form.savedDraft'));
  };

  const saveAndSubmit = async () => {
    const saved = await persist();
    if (!saved) return;
    try {
      const n = await action.mutateAsync({ id: saved.id, action: 'submit' });
      void message.success(n.status === 'approved' ? t('notices.action.approvedDirect') : t('notices.action.submitted'));
      onClose();
    } catch (err) {
      onNoticeError(err);
    }
  };

  const busy = create.isPending || update.isPending || action.isPending;
  const title = current
    ? editable ? t('notices.form.editTitle') : t('notices.form.viewTitle')
    : t('notices.form.newTitle');
  const year = new Date().getFullYear();

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={screens.lg ? 1200 : '100%'}
      title={
        <Space size={8} wrap>
          {title}
          {current && <Tag color={NOTICE_STATUS_COLORS[current.status]} style={{ marginInlineEnd: 0 }}>{t(`notices.status.${current.status}`)}</Tag>}
        </Space>
      }
      forceRender
      extra={
        <Space wrap>
          {current && <Button icon={<DownloadOutlined />} href={noticeDocumentUrl(current.id)} download>{t('notices.action.word')}</Button>}
          {editable ? (
            <>
              <Button onClick={() => void saveDraft()} loading={(create.isPending || update.isPending) && !action.isPending} disabled={busy}>{t('notices.form.saveDraft')}</Button>
              <Tooltip title={missing.length ? t('notices.form.submitBlocked') : undefined}>
                <Button type="primary" icon={<CheckCircleOutlined />} disabled={missing.length > 0 || busy} loading={action.isPending} onClick={() => void saveAndSubmit()} data-testid="notice-submit">
                  {t('notices.form.saveSubmit')}
                </Button>
              </Tooltip>
            </>
          ) : (
            <Button onClick={onClose}>{t('common.back')}</Button>
          )}
        </Space>
      }
    >
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={14}>
          {current?.status === 'rejected' && current.rejectReason && (
            <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('notices.form.rejected')} description={current.rejectReason} />
          )}
          {current?.kind === 'change' && current.change && (
            <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('notices.change.title')} description={<ChangeSummary change={current.change} zone={zone} />} />
          )}
          <Form<NoticeFormValues> name="notice" form={form} layout="vertical" disabled={!editable} onValuesChange={onValuesChange} onFinish={() => void saveDraft()}>
            <Row gutter={[12, 0]}>
              <Col xs={24} sm={8}>
                <Form.Item name="kind" label={t('notices.field.kind')} required>
                  <Select disabled={!!current} options={NOTICE_KINDS.map((k) => ({ value: k, label: t(`notices.kind.${k}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={12} sm={8}>
                <Form.Item name="round" label={t('notices.field.round')}>
                  <Select allowClear placeholder={t('notices.round.none')} options={[1, 2, 3].map((r) => ({ value: r, label: t(`notices.round.${r}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={12} sm={8}>
                <Form.Item name="locale" label={t('notices.field.locale')}>
                  <Radio.Group optionType="button" options={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'English' }]} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="docNumber" label={t('notices.field.docNumber')}>
                  <Input maxLength={50} placeholder={t('notices.form.docNumberPlaceholder', { year })} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="addressee" label={t('notices.field.addressee')} extra={t('notices.form.addresseeHint')}>
                  <Input maxLength={200} placeholder={t('notices.form.addresseePlaceholder')} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="subject" label={t('notices.field.subject')} required>
              <Input maxLength={200} onSelect={track('subject')} onBlur={track('subject')} />
            </Form.Item>
            {editable && <VariableChips form={form} cursor={cursor} disabled={!editable} onInsert={() => setDirty(true)} />}
            <Form.Item name="body" label={t('notices.field.body')} required>
              <Input.TextArea autoSize={{ minRows: 8, maxRows: 20 }} maxLength={20000} onSelect={track('body')} onBlur={track('body')} />
            </Form.Item>

            <Divider titlePlacement="start">{t('notices.form.sectionItems')}</Divider>
            <Form.Item name="prepare" label={t('notices.field.prepare')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder={t('notices.form.preparePlaceholder')} />
            </Form.Item>
            <Row gutter={[12, 0]}>
              <Col xs={24} sm={12}>
                <Form.Item name="contact" label={t('notices.field.contact')}>
                  <Input maxLength={200} placeholder={t('notices.form.contactPlaceholder')} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="rsvpDeadline" label={t('notices.field.rsvpDeadline')}
                  extra={zone !== browserTimeZone() ? t('notices.form.zoneHint', { zone }) : t('notices.form.deadlineHint')}>
                  <DatePicker showTime={{ format: 'HH:mm' }} needConfirm={false} format={PICKER_FORMAT} placeholder={PICKER_FORMAT} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="attachments" label={t('notices.field.attachments')} extra={t('notices.form.attachmentsHint')}>
              <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['，', ',', '；', ';']} placeholder={t('notices.form.attachmentsPlaceholder')} />
            </Form.Item>

            <Divider titlePlacement="start">{t('notices.form.sectionChannels')}</Divider>
            <Flex wrap gap={24} style={{ marginBottom: 12 }}>
              {(['email', 'sms', 'inapp'] as const).map((c) => (
                <Flex key={c} gap={8} align="center">
                  <Form.Item name={['channels', c]} valuePropName="checked" noStyle>
                    <Switch size="small" id={`notice-channel-${c}`} />
                  </Form.Item>
                  <label htmlFor={`notice-channel-${c}`}>{t(`notices.channel.${c}`)}</label>
                </Flex>
              ))}
            </Flex>
            <Form.Item name={['channels', 'botIds']} label={t('notices.field.bots')} extra={bots.data && bots.data.length === 0 ? t('notices.form.noBots') : undefined}>
              <Select mode="multiple" allowClear placeholder={t('notices.form.botsPlaceholder')} loading={bots.isFetching}
                options={(bots.data ?? []).filter((b) => b.isActive).map((b) => ({ value: b.id, label: `${b.name}（${t(`notices.platform.${b.platform}`)}）` }))} />
            </Form.Item>

            <Divider titlePlacement="start">{t('notices.form.sectionAudience')}</Divider>
            {fixedIds && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('notices.form.fixedAudience', { count: fixedIds.length })} />}
            <Row gutter={[12, 0]}>
              <Col xs={24} md={8}>
                <Form.Item name={['audience', 'roles']} label={t('notices.field.roles')}>
                  <Select mode="multiple" allowClear maxTagCount="responsive" placeholder={t('notices.form.everyone')} options={PARTICIPANT_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name={['audience', 'groups']} label={t('notices.field.groups')}>
                  <Select mode="multiple" allowClear maxTagCount="responsive" placeholder={t('notices.form.everyone')} options={groups.map((g) => ({ value: g, label: g }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name={['audience', 'attendance']} label={t('notices.field.attendance')}>
                  <Select mode="multiple" allowClear maxTagCount="responsive" placeholder={t('notices.form.everyone')} options={ATTENDANCE.map((a) => ({ value: a, label: attendanceLabel(a) }))} />
                </Form.Item>
              </Col>
            </Row>
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: -8, marginBottom: 12 }} data-testid="notice-reach">
              {t('notices.form.reach', { count: reached.length, total: all.length })}
            </Typography.Text>

            <Divider titlePlacement="start">{t('notices.form.sectionReminders')}</Divider>
            <Row gutter={[12, 0]} align="middle">
              <Col xs={24} md={14}>
                <Form.Item name={['reminders', 'hoursBeforeDeadline']} label={t('notices.field.reminderHours')} extra={t('notices.form.reminderHint')}>
                  <Select mode="tags" maxCount={5} placeholder={t('notices.form.noReminders')}
                    options={REMINDER_HOURS.map((h) => ({ value: h, label: t('notices.form.hoursBefore', { count: h }) }))}
                    labelRender={(o) => t('notices.form.hoursBefore', { count: Number(o.value) })} />
                </Form.Item>
              </Col>
              <Col xs={24} md={10}>
                <Form.Item name={['reminders', 'escalate']} label={t('notices.field.escalate')} valuePropName="checked" extra={t('notices.form.escalateHint')}>
                  <Switch size="small" />
                </Form.Item>
              </Col>
            </Row>
          </Form>
        </Col>

        <Col xs={24} lg={10}>
          <div style={{ position: screens.lg ? 'sticky' : undefined, top: 0 }}>
            <Card size="small" title={t('notices.checklist.title')} style={{ marginBottom: 12 }}
              extra={missing.length ? <Tag color="red" style={{ marginInlineEnd: 0 }}>{t('notices.checklist.missing', { count: missing.length })}</Tag> : <Tag color="green" style={{ marginInlineEnd: 0 }}>{t('notices.checklist.complete')}</Tag>}>
              <NoticeChecklist kind={kind} missing={missing} recipients={reached.length} />
            </Card>
            <Card size="small" title={t('notices.preview.title')}>
              <NoticePreviewPane live={live} template={{ subject: values.subject ?? '', body: values.body ?? '' }} savedId={current?.id} dirty={dirty} audience={reached} key={`${open}-${notice?.id ?? 'new'}`} defaultMode={editable ? 'live' : 'server'} />
            </Card>
          </div>
        </Col>
      </Row>
    </Drawer>
  );
}
