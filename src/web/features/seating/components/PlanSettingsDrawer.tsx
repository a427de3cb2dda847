/** The plan's settings and room: rostrum rule (左为上 / 右为上, the two-leader variant), blocks and their order, rows × seats, aisles, rostrum rows. */
import { Alert, Button, Drawer, Form, Grid, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PARTICIPANT_ROLES } from '../../../../shared/participants';
import { seatingLayoutSchema, seatingSettingsSchema, type SeatingLayout, type SeatingSettings } from '../../../../shared/seating';
import { applyFieldErrors, validateWith } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { roleLabel } from '../../notices/labels';

type Values = SeatingSettings & { rows: number; seatsPerRow: number; aislesText: string; rostrumText: string; blockListText: string };

const numbers = (text: string) => text.split(/[\s,，、]+/).filter(Boolean).map(Number);
const documents = z.object({ settings: seatingSettingsSchema, layout: seatingLayoutSchema });
const TEXT_FIELDS: Record<string, string> = { 'layout.aisles': 'aislesText', 'layout.rostrumRows': 'rostrumText', 'settings.blockList': 'blockListText' };
/** `layout.aisles.0` → the aisles text box; `settings.honourSide` → honourSide. */
const formName = (field: string) => {
  const [doc, name] = field.split('.');
  return [TEXT_FIELDS[`${doc}.${name}`] ?? name];
};

/** The drawer; applying changes the draft (saved with the plan). */
export function PlanSettingsDrawer({ open, settings, layout, onClose, onApply }: {
  open: boolean; settings: SeatingSettings; layout: SeatingLayout; onClose: () => void; onApply: (settings: SeatingSettings, layout: SeatingLayout) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const screens = Grid.useBreakpoint();
  const blockOrder = Form.useWatch('blockOrder', form);
  useEffect(() => {
    if (open) form.setFieldsValue({ ...settings, rows: layout.rows, seatsPerRow: layout.seatsPerRow, aislesText: layout.aisles.join(', '), rostrumText: layout.rostrumRows.join(', '), blockListText: settings.blockList.join('\n') });
  }, [open, settings, layout, form]);

  const apply = (submitted: Values) => {
    // Fields not shown (the list when ordering by strokes) are not in `submitted`; keep what was set for them.
    const v = { ...(form.getFieldsValue(true) as Values), ...submitted };
    const nextSettings = { honourSide: v.honourSide, evenRule: v.evenRule, blockBy: v.blockBy, blockOrder: v.blockOrder, excludeRoles: v.excludeRoles, skipAbsent: v.skipAbsent,
      blockList: (v.blockListText ?? '').split('\n').map((s) => s.trim()).filter(Boolean) };
    const nextLayout = { ...layout, rows: v.rows, seatsPerRow: v.seatsPerRow, aisles: numbers(v.aislesText), rostrumRows: numbers(v.rostrumText) };
    const errors = validateWith(documents, { settings: nextSettings, layout: nextLayout }, currentLang());
    if (errors.length) return void applyFieldErrors(form, errors, formName);
    onApply(seatingSettingsSchema.parse(nextSettings), seatingLayoutSchema.parse(nextLayout));
  };

  return (
    <Drawer open={open} onClose={onClose} title={t('seating.settings.title')} size={screens.md ? 440 : '100%'} destroyOnHidden
      footer={<Space><Button onClick={onClose}>{t('common.cancel')}</Button><Button type="primary" onClick={() => form.submit()} data-testid="seating-settings-apply">{t('seating.settings.apply')}</Button></Space>}>
      <Form form={form} layout="vertical" onFinish={apply}>
        <Form.Item name="honourSide" label={t('seating.settings.honourSide')} extra={t('seating.settings.honourSideHint')}>
          <Radio.Group options={[{ value: 'left', label: t('seating.settings.left') }, { value: 'right', label: t('seating.settings.right') }]} />
        </Form.Item>
        <Form.Item name="evenRule" label={t('seating.settings.evenRule')} extra={t('seating.settings.evenRuleHint')}>
          <Radio.Group options={[{ value: 'standard', label: t('seating.settings.standard') }, { value: 'two_leaders', label: t('seating.settings.twoLeaders') }]} />
        </Form.Item>
        <Form.Item name="rostrumText" label={t('seating.settings.rostrumRows')} extra={t('seating.settings.rostrumRowsHint')}>
          <Input placeholder="7, 9" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="rows" label={t('seating.settings.rows')}><InputNumber min={1} max={100} /></Form.Item>
          <Form.Item name="seatsPerRow" label={t('seating.settings.seatsPerRow')}><InputNumber min={1} max={100} /></Form.Item>
        </Space>
        <Form.Item name="aislesText" label={t('seating.settings.aisles')} extra={t('seating.settings.aislesHint')}>
          <Input placeholder="5, 15" />
        </Form.Item>
        <Form.Item name="blockBy" label={t('seating.settings.blockBy')}>
          <Select options={(['unit', 'department', 'group'] as const).map((v) => ({ value: v, label: t(`seating.settings.by.${v}`) }))} />
        </Form.Item>
        <Form.Item name="blockOrder" label={t('seating.settings.blockOrder')}>
          <Radio.Group options={(['strokes', 'pinyin', 'list'] as const).map((v) => ({ value: v, label: t(`seating.settings.order.${v}`) }))} />
        </Form.Item>
        {blockOrder === 'list' && (
          <Form.Item name="blockListText" label={t('seating.settings.blockList')} extra={t('seating.settings.blockListHint')}>
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} />
          </Form.Item>
        )}
        <Form.Item name="excludeRoles" label={t('seating.settings.excludeRoles')}>
          <Select mode="multiple" options={PARTICIPANT_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} />
        </Form.Item>
        <Form.Item name="skipAbsent" label={t('seating.settings.skipAbsent')} valuePropName="checked"><Switch /></Form.Item>
        <Alert type="info" showIcon title={t('seating.settings.autoHint')} />
      </Form>
    </Drawer>
  );
}
