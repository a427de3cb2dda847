/** Edit one step of a playbook: every field, dependencies picked from the other steps, and the shared checks shown live on the fields. */
import { AutoComplete, Button, Col, Drawer, Form, Grid, Input, InputNumber, Radio, Row, Select, Space, TimePicker, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { FieldError } from '../../../../shared/errors';
import { GROUP_NAMES_EN, isBuiltInText } from '../../../../shared/playbook-defaults-en';
import { EVIDENCE_KINDS, EVIDENCE_LABELS } from '../../../../shared/playbook-defaults';
import { playbookStepsSchema, STEP_ANCHORS, STEP_OWNER_ROLES, STEP_PHASES } from '../../../../shared/playbook-steps';
import { validateWith } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import type { PlaybookStepInput } from '../playbook-api';
import { shownStep, whenCode, whenText } from './PlaybookWhen';

/** A step in the editor: always with its key (new ones get `step_N` at once, so others can depend on them). */
export type DraftStep = PlaybookStepInput & { key: string };

const listSchema = z.object({ steps: playbookStepsSchema });

/** The errors of the list, by step index and field (`steps.3.dependsOn` → 3, `dependsOn`). */
export function stepErrors(steps: readonly DraftStep[]): Map<number, FieldError[]> {
  const out = new Map<number, FieldError[]>();
  for (const e of validateWith(listSchema, { steps }, currentLang())) {
    const m = /^steps\.(\d+)\./.exec(e.field);
    if (!m) continue;
    const i = Number(m[1]);
    out.set(i, [...(out.get(i) ?? []), e]);
  }
  return out;
}

/** Props: the step (undefined: closed), its place in the list (`steps.length` for a new one), the list, and whether it may be changed. */
export type PlaybookStepDrawerProps = {
  step: DraftStep | undefined; index: number; steps: readonly DraftStep[]; readOnly: boolean; onApply: (step: DraftStep) => void; onClose: () => void;
};

/** The drawer. */
export function PlaybookStepDrawer({ step, index, steps, readOnly, onApply, onClose }: PlaybookStepDrawerProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const lang = currentLang();
  const [draft, setDraft] = useState<DraftStep | undefined>(step);
  useEffect(() => setDraft(step), [step]);
  const isNew = index >= steps.length;

  const candidate = useMemo(() => {
    if (!draft) return [];
    return isNew ? [...steps, draft] : steps.map((s, i) => (i === index ? draft : s));
  }, [draft, steps, index, isNew]);
  const errors = useMemo(() => {
    const byField = new Map<string, string[]>();
    for (const e of stepErrors(candidate).get(index) ?? []) {
      const field = e.field.split('.')[2];
      byField.set(field, [...(byField.get(field) ?? []), e.message]);
    }
    return byField;
  }, [candidate, index]);

  if (!draft) return <Drawer open={false} onClose={onClose} />;
  const set = (patch: Partial<DraftStep>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  const status = (field: string) => (errors.has(field) ? { validateStatus: 'error' as const, help: errors.get(field)!.join('；') } : {});
  const builtInHint = (field: 'title' | 'description') =>
    isBuiltInText(draft.key, draft[field] ?? '') ? <>{t('playbookEditor.drawer.builtInText')}<br /><i lang="en">{shownStep(draft, 'en')[field]}</i></> : undefined;

  const groups = [...new Set([...Object.keys(GROUP_NAMES_EN), ...steps.map((s) => s.group)])].filter(Boolean);
  const depOptions = STEP_PHASES.map((phase) => ({
    label: t(`playbookEditor.phase.${phase}`),
    options: steps
      .map((s, i) => ({ s, i }))
      .filter(({ s, i }) => s.phase === phase && (isNew || i !== index) && s.key !== draft.key)
      .map(({ s, i }) => ({ value: s.key, label: `#${i + 1} ${shownStep(s, lang).title || t('playbookEditor.untitled')}` })),
  })).filter((g) => g.options.length > 0);

  return (
    <Drawer
      open
      onClose={onClose}
      size={screens.md ? 640 : '100%'}
      title={readOnly ? t('playbookEditor.drawer.viewTitle') : isNew ? t('playbookEditor.drawer.newTitle') : t('playbookEditor.drawer.editTitle', { n: index + 1 })}
      data-testid="playbook-step-drawer"
      footer={readOnly ? null : (
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={() => onApply(draft)} data-testid="playbook-step-apply">{t('playbookEditor.drawer.apply')}</Button>
        </Space>
      )}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>{t('playbookEditor.drawer.applyHint')}</Typography.Paragraph>
      <Form layout="vertical" disabled={readOnly} component="div">
        <Form.Item label={t('playbookEditor.field.title')} required {...status('title')} extra={builtInHint('title')}>
          <Input value={draft.title} maxLength={200} onChange={(e) => set({ title: e.target.value })} placeholder={t('playbookEditor.drawer.titlePlaceholder')} data-testid="step-title" />
        </Form.Item>
        <Form.Item label={t('playbookEditor.field.description')} {...status('description')} extra={builtInHint('description')}>
          <Input.TextArea value={draft.description} maxLength={2000} autoSize={{ minRows: 3, maxRows: 8 }} onChange={(e) => set({ description: e.target.value })} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item label={t('playbookEditor.field.phase')} required {...status('phase')}>
              <Radio.Group value={draft.phase} optionType="button" buttonStyle="solid" onChange={(e) => set({ phase: e.target.value })}
                options={STEP_PHASES.map((p) => ({ value: p, label: t(`playbookEditor.phase.${p}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t('playbookEditor.field.group')} required {...status('group')} extra={GROUP_NAMES_EN[draft.group] && t('playbookEditor.drawer.groupEn', { en: GROUP_NAMES_EN[draft.group] })}>
              <AutoComplete value={draft.group} onChange={(v: string) => set({ group: v })} maxLength={30}
                options={groups.map((g) => ({ value: g, label: lang === 'en' && GROUP_NAMES_EN[g] ? `${g} · ${GROUP_NAMES_EN[g]}` : g }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t('playbookEditor.field.ownerRole')} required {...status('ownerRole')}>
              <Select value={draft.ownerRole} onChange={(v) => set({ ownerRole: v })} options={STEP_OWNER_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t('playbookEditor.field.durationDays')} {...status('durationDays')}>
              <InputNumber value={draft.durationDays} min={1} max={365} precision={0} suffix={t('playbookEditor.daysUnit')} style={{ width: '100%' }}
                onChange={(v) => set({ durationDays: v ?? (null as unknown as number) })} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('playbookEditor.field.when')} required {...status('anchor')} style={{ marginBottom: 8 }}>
          <Radio.Group value={draft.anchor} onChange={(e) => set({ anchor: e.target.value })} options={STEP_ANCHORS.map((a) => ({ value: a, label: t(`playbookEditor.anchorOption.${a}`) }))} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={12}>
            <Form.Item label={t('playbookEditor.field.offsetDays')} {...status('offsetDays')} extra={t('playbookEditor.drawer.offsetHint')}>
              <InputNumber value={draft.offsetDays} min={-400} max={400} precision={0} suffix={t('playbookEditor.daysUnit')} style={{ width: '100%' }}
                onChange={(v) => set({ offsetDays: v ?? (null as unknown as number) })} data-testid="step-offset" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item label={t('playbookEditor.field.dueTime')} {...status('dueTime')}>
              <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} allowClear={false} style={{ width: '100%' }}
                value={/^\d{2}:\d{2}$/.test(draft.dueTime) ? dayjs(`2000-01-01T${draft.dueTime}`) : undefined} onChange={(v) => v && set({ dueTime: v.format('HH:mm') })} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph style={{ marginTop: -4 }} data-testid="step-when-preview">
          <Typography.Text type="secondary">{t('playbookEditor.drawer.preview')}</Typography.Text>{' '}
          {whenText(t, draft)} <Typography.Text code>{whenCode(t, draft)}</Typography.Text>
        </Typography.Paragraph>
        <Form.Item label={t('playbookEditor.field.evidence')} {...status('evidence')} extra={t('playbookEditor.drawer.evidenceHint')}>
          <Select value={draft.evidence ?? undefined} allowClear placeholder={t('playbookEditor.none')} onChange={(v) => set({ evidence: v ?? null })}
            options={EVIDENCE_KINDS.map((k) => ({ value: k, label: EVIDENCE_LABELS[k][lang] }))} />
        </Form.Item>
        <Form.Item label={t('playbookEditor.field.dependsOn')} {...status('dependsOn')} extra={t('playbookEditor.drawer.dependsHint')}>
          <Select mode="multiple" value={draft.dependsOn ?? []} onChange={(v: string[]) => set({ dependsOn: v })} options={depOptions} optionFilterProp="label"
            placeholder={t('playbookEditor.none')} data-testid="step-depends" />
        </Form.Item>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('playbookEditor.drawer.key', { key: draft.key })}</Typography.Text>
        {errors.has('key') && <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>{errors.get('key')!.join('；')}</Typography.Text>}
      </Form>
    </Drawer>
  );
}
