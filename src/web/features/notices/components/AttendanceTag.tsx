/** Where a participant's reply stands, as a coloured tag (the shared 回执状态 names), with the 代填 mark when an organiser answered for them. */
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Attendance } from '../../../../shared/rsvp';
import { ATTENDANCE_COLORS, attendanceLabel } from '../labels';

/** The attendance tag. */
export function AttendanceTag({ attendance }: { attendance: Attendance }) {
  return <Tag color={ATTENDANCE_COLORS[attendance]} data-attendance={attendance} style={{ marginInlineEnd: 0 }}>{attendanceLabel(attendance)}</Tag>;
}

/** 代填: the answer was recorded by the secretariat (回访), not by the participant. */
export function OnBehalfMark() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('participantList.onBehalfHint')}>
      <Tag color="purple" variant="outlined" style={{ marginInlineEnd: 0 }}>{t('participantList.onBehalf')}</Tag>
    </Tooltip>
  );
}
