/** Add or change a venue in a drawer: what it is, its booking rules, its people, and (for a stored venue) its closures. */
import { App, Button, Divider, Drawer, Form, Grid, Space, Switch } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../../shared/errors';
import { venueInputSchema, type Venue } from '../../../../shared/venues';
import { isApiError } from '../../../app/api-client';
import { applyFieldErrors, clearEditedErrors, useShowError, validateWith } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { useCreateVenue, useUpdateVenue } from '../api';
import { missingRuleValues, newVenueValues, valuesToInput, venueFieldMap, venueToValues, type VenueFormValues } from '../form-values';
import { VenueBasicsFields } from './VenueBasicsFields';
import { VenueClosures } from './VenueClosures';
import { VenueMembersFields } from './VenueMembersFields';
import { VenueRulesFields } from './VenueRulesFields';

/** The drawer; `venue` undefined means a new one. */
export function VenueFormDrawer({ open, venue, canManage, onClose }: { open: boolean; venue?: Venue; canManage: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<VenueFormValues>();
  const screens = Grid.useBreakpoint();
  const create = useCreateVenue();
  const update = useUpdateVenue();
  const showError = useShowError();
  const top = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    // The drawer is kept between openings; start each at the top.
    top.current?.closest('.ant-drawer-body')?.scrollTo(0, 0);
    form.resetFields();
    form.setFieldsValue(venue ? venueToValues(venue) : newVenueValues());
  }, [open, venue, form]);

  // Rule fields have no label of their own in the shared catalogue: name them as the form does.
  const relabel = (errors: readonly FieldError[]): FieldError[] =>
    errors.map((e) => {
      const key = e.field.replace(/^rules\./, '');
      return e.field.startsWith('rules.') ? { ...e, message: e.message.replace(e.field, t(`venues.rules.${key}`)) } : e;
    });

  const show = (errors: readonly FieldError[]) => {
    const leftover = applyFieldErrors(form, relabel(errors), venueFieldMap);
    const first = errors.map((e) => venueFieldMap(e.field)).find(Boolean);
    if (first) form.scrollToField(first, { block: 'center' });
    if (leftover.length) void message.error(leftover.join('；'));
  };

  const onError = (err: unknown) => {
    if (isApiError(err) && err.code === 'conflict') {
      modal.warning({ title: err.message, content: t('venues.conflictHint'), onOk: onClose });
      return;
    }
    if (isApiError(err) && err.fields.length) show(err.fields);
    showError(err);
  };

  const onFinish = () => {
    // Every value, also those of rule inputs not shown now (a rule on "default" hides its input).
    const all = form.getFieldsValue(true) as VenueFormValues;
    const v: VenueFormValues = { ...all, rules: all.rules ?? {}, capacities: all.capacities ?? {} };
    const missing = missingRuleValues(v).map((field) => ({ field, reason: 'required', message: t('venues.rules.valueRequired') }));
    if (missing.length) return show(missing);
    const input = valuesToInput(v);
    const errors = validateWith(venueInputSchema, input, currentLang(), 'venue');
    if (errors.length) return show(errors);
    const done = {
      onSuccess: () => {
        void message.success(t('common.saved'));
        onClose();
      },
      onError,
    };
    if (venue) update.mutate({ id: venue.id, input: { ...input, version: venue.version } }, done);
    else create.mutate(input, done);
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={venue ? (canManage ? t('venues.editTitle') : venue.name) : t('venues.newTitle')}
      size={screens.md ? 640 : '100%'}
      forceRender
      extra={
        canManage && (
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()}>{t('common.save')}</Button>
          </Space>
        )
      }
    >
      <div ref={top} />
      <Form<VenueFormValues>
        name="venue"
        form={form}
        layout="vertical"
        disabled={!canManage}
        onFinish={onFinish}
        onValuesChange={(changed: Partial<VenueFormValues>) => {
          clearEditedErrors(form, changed);
          // "At least one layout" sits on the first input; any capacity typed clears it.
          if ('capacities' in changed) form.setFields([{ name: ['capacities', 'theatre'], errors: [] }]);
          if ('ruleModes' in changed) clearEditedErrors(form, { rules: Object.fromEntries(Object.keys(changed.ruleModes ?? {}).flatMap((k) => (k === 'bookable' ? [['bookableStart', 1], ['bookableEnd', 1]] : [[k, 1]]))) });
        }}
      >
        <VenueBasicsFields form={form} />
        <Divider titlePlacement="start">{t('venues.sectionRules')}</Divider>
        <VenueRulesFields form={form} />
        <Divider titlePlacement="start">{t('venues.sectionPeople')}</Divider>
        <VenueMembersFields />
        <Form.Item label={t('venues.field.isActive')} name="isActive" valuePropName="checked" extra={t('venues.isActiveHint')}>
          <Switch />
        </Form.Item>
      </Form>
      {venue && (
        <>
          <Divider titlePlacement="start">{t('venues.closures.title')}</Divider>
          <VenueClosures venueId={venue.id} canManage={canManage} />
        </>
      )}
    </Drawer>
  );
}
