/** The lifecycle as antd Steps (草拟 → … → 已总结), each state labelled with its phase; a cancelled meeting shows where it stopped. */
import { Grid, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { phaseOf, type MeetingStatus } from '../../../../shared/meetings';
import type { MeetingDetail } from '../api';
import { LIFECYCLE } from '../labels';

/** The state the meeting had reached before it was cancelled (from its history). */
function reachedBeforeCancel(m: MeetingDetail): MeetingStatus {
  const cancel = [...m.history].reverse().find((h) => h.toStatus === 'cancelled');
  return cancel?.fromStatus ?? 'draft';
}

/** Steps of the lifecycle with the current one highlighted. */
export function MeetingLifecycle({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const cancelled = meeting.status === 'cancelled';
  const reached = cancelled ? reachedBeforeCancel(meeting) : meeting.status;
  const current = Math.max(0, LIFECYCLE.indexOf(reached));
  const status = cancelled ? 'error' : meeting.status === 'closed' ? 'finish' : 'process';
  const wide = !!screens.lg;
  // On a phone the steps stack; the phase is named once where it begins, which keeps the list short.
  const showPhase = (i: number) => wide || i === 0 || phaseOf(LIFECYCLE[i]) !== phaseOf(LIFECYCLE[i - 1]) || (cancelled && i === current);

  return (
    <Steps
      aria-label={t('meeting.detail.lifecycle')}
      size="small"
      orientation={wide ? 'horizontal' : 'vertical'}
      titlePlacement={wide ? 'vertical' : 'horizontal'}
      current={current}
      status={status}
      items={LIFECYCLE.map((s, i) => ({
        title: t(`status.${s}`),
        content: showPhase(i) ? (
          <span data-phase={phaseOf(s)}>
            {t(`meeting.phase.${phaseOf(s)}`)}
            {cancelled && i === current ? ` · ${t('status.cancelled')}` : ''}
          </span>
        ) : undefined,
      }))}
    />
  );
}
