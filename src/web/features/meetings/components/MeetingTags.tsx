/** Small badges every meeting screen shows: state, phase, series, and the policy-warning icon. */
import { ExclamationCircleFilled, RetweetOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingPhase, MeetingStatus } from '../../../../shared/meetings';
import type { PolicyWarning } from '../../../../shared/policy';
import { PHASE_COLORS, STATUS_COLORS } from '../labels';
import { policyWarningText } from '../policy-text';

/** The state as a coloured tag. */
export function StatusTag({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]} data-status={status} style={{ marginInlineEnd: 0 }}>{t(`status.${status}`)}</Tag>;
}

/** 会前 / 会中 / 会后 as a tag; nothing for a cancelled meeting (its state tag already says so). */
export function PhaseTag({ phase }: { phase: MeetingPhase }) {
  const { t } = useTranslation();
  if (phase === 'cancelled') return null;
  return <Tag color={PHASE_COLORS[phase]} variant="outlined" style={{ marginInlineEnd: 0 }}>{t(`meeting.phase.${phase}`)}</Tag>;
}

/** Marks an occurrence of a series. */
export function SeriesTag() {
  const { t } = useTranslation();
  return <Tag icon={<RetweetOutlined />} color="processing" style={{ marginInlineEnd: 0 }}>{t('meeting.series')}</Tag>;
}

/** A warning icon whose tooltip lists the policy warnings; nothing when there are none. */
export function WarningsIcon({ warnings }: { warnings: readonly PolicyWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  const texts = warnings.map((w) => policyWarningText(w, t));
  return (
    <Tooltip title={<ul style={{ margin: 0, paddingInlineStart: 16 }}>{texts.map((s) => <li key={s}>{s}</li>)}</ul>}>
      <ExclamationCircleFilled
        style={{ color: '#faad14', fontSize: 16 }}
        role="img"
        aria-label={`${t('policy.title')}: ${texts.join('；')}`}
        tabIndex={0}
      />
    </Tooltip>
  );
}
