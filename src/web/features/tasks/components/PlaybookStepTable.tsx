/** The steps of one phase as a table: title, group, owner role, when, duration, evidence, dependencies, and the row actions; errors mark their step. */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, ExclamationCircleFilled, EyeOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../../shared/errors';
import { EVIDENCE_LABELS, type EvidenceKind } from '../../../../shared/playbook-defaults';
import { currentLang } from '../../../app/i18n';
import type { DraftStep } from './PlaybookStepDrawer';
import { shownStep, WhenTag, whenText } from './PlaybookWhen';

/** One row: the step and its place in the whole list (errors and dependencies name steps by that place). */
export type StepRow = { step: DraftStep; index: number };

/** Props: the rows of the phase, errors by list index, where each key sits, and the row actions (absent when read-only). */
export type PlaybookStepTableProps = {
  rows: StepRow[]; errors: Map<number, FieldError[]>; keyIndex: Map<string, number>; titles: Map<string, string>; canManage: boolean;
  onOpen: (index: number) => void; onMove: (index: number, dir: -1 | 1) => void; onDelete: (index: number) => void;
};

/** The table. */
export function PlaybookStepTable({ rows, errors, keyIndex, titles, canManage, onOpen, onMove, onDelete }: PlaybookStepTableProps) {
  const { t } = useTranslation();
  const lang = currentLang();

  const columns: TableColumnsType<StepRow> = [
    {
      key: 'n', title: '#', width: 52,
      render: (_, r) => {
        const errs = errors.get(r.index);
        return (
          <Space size={4}>
            <span>{r.index + 1}</span>
            {errs && (
              <Tooltip title={<ul style={{ margin: 0, paddingInlineStart: 16 }}>{errs.map((e) => <li key={e.field + e.reason}>{e.message}</li>)}</ul>}>
                <ExclamationCircleFilled style={{ color: '#ff4d4f' }} aria-label={t('playbookEditor.hasErrors')} data-testid="step-error" />
              </Tooltip>
            )}
          </Space>
        );
      },
    },
    {
      key: 'title', title: t('playbookEditor.field.title'),
      render: (_, r) => {
        const shown = shownStep(r.step, lang);
        return (
          <div>
            <Typography.Link strong onClick={() => onOpen(r.index)} data-testid="step-title-link">{shown.title || <Typography.Text type="danger">{t('playbookEditor.untitled')}</Typography.Text>}</Typography.Link>
            {shown.description && <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: shown.description }} style={{ margin: 0, fontSize: 12 }}>{shown.description}</Typography.Paragraph>}
          </div>
        );
      },
    },
    { key: 'group', title: t('playbookEditor.field.group'), width: 100, render: (_, r) => shownStep(r.step, lang).group },
    { key: 'owner', title: t('playbookEditor.field.ownerRole'), width: 110, render: (_, r) => t(`roles.${r.step.ownerRole}`, { defaultValue: r.step.ownerRole }) },
    {
      key: 'when', title: t('playbookEditor.field.when'), width: 178,
      render: (_, r) => <Flex vertical align="flex-start" gap={2}><WhenTag step={r.step} /><span style={{ fontSize: 13 }}>{whenText(t, r.step)}</span></Flex>,
    },
    { key: 'duration', title: t('playbookEditor.field.durationDays'), width: 92, render: (_, r) => t('playbookEditor.days', { count: r.step.durationDays ?? 1 }) },
    {
      key: 'evidence', title: t('playbookEditor.field.evidence'), width: 120,
      render: (_, r) => (r.step.evidence ? <Tag color="green">{EVIDENCE_LABELS[r.step.evidence as EvidenceKind]?.[lang] ?? r.step.evidence}</Tag> : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      key: 'deps', title: t('playbookEditor.field.dependsOn'), width: 100,
      render: (_, r) => (r.step.dependsOn?.length ? (
        <Space size={[4, 4]} wrap>
          {r.step.dependsOn.map((k) => {
            const at = keyIndex.get(k);
            return at === undefined
              ? <Tag key={k} color="red">{k}</Tag>
              : <Tooltip key={k} title={titles.get(k)}><Tag style={{ marginInlineEnd: 0, cursor: 'pointer' }} onClick={() => onOpen(at)}>#{at + 1}</Tag></Tooltip>;
          })}
        </Space>
      ) : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      key: 'actions', title: t('common.actions'), width: canManage ? 130 : 70, fixed: 'right',
      render: (_, r, i) => canManage ? (
        <Space size={0}>
          <Tooltip title={t('common.edit')}><Button type="text" size="small" icon={<EditOutlined />} onClick={() => onOpen(r.index)} aria-label={t('common.edit')} data-testid="step-edit" /></Tooltip>
          <Tooltip title={t('playbookEditor.moveUp')}><Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => onMove(r.index, -1)} aria-label={t('playbookEditor.moveUp')} /></Tooltip>
          <Tooltip title={t('playbookEditor.moveDown')}><Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={i === rows.length - 1} onClick={() => onMove(r.index, 1)} aria-label={t('playbookEditor.moveDown')} /></Tooltip>
          <Popconfirm title={t('playbookEditor.confirmDeleteStep', { title: shownStep(r.step, lang).title })} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => onDelete(r.index)}>
            <Tooltip title={t('playbookEditor.deleteStep')}><Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('playbookEditor.deleteStep')} /></Tooltip>
          </Popconfirm>
        </Space>
      ) : <Button type="text" size="small" icon={<EyeOutlined />} onClick={() => onOpen(r.index)} aria-label={t('playbookEditor.view')} />,
    },
  ];

  return (
    <Table<StepRow>
      rowKey={(r) => r.step.key}
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1140 }}
      locale={{ emptyText: t('playbookEditor.phaseEmpty') }}
      onRow={(r) => ({ style: errors.has(r.index) ? { background: '#fff2f0' } : undefined, 'data-testid': 'step-row' } as HTMLAttributes<HTMLElement>)}
    />
  );
}
