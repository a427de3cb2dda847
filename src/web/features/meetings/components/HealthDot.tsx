/** The red/amber/green dot of a meeting's tasks in lists; nothing when the meeting has no tasks. */
import { Badge, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '../../../../shared/meetings';

const STATUS = { green: 'success', amber: 'warning', red: 'error' } as const;

/** A dot linking to the meeting's tasks, with the health in words on hover. */
export function HealthDot({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  if (!meeting.taskHealth) return null;
  return (
    <Tooltip title={t(`tasks.health.${meeting.taskHealth}`)}>
      <Link to={`/meetings/${meeting.id}?tab=tasks`} aria-label={t(`tasks.health.${meeting.taskHealth}`)} data-testid="meeting-health" data-health={meeting.taskHealth}>
        <Badge status={STATUS[meeting.taskHealth]} />
      </Link>
    </Tooltip>
  );
}
