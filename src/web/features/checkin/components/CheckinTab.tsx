/** The meeting's 签到 tab: the live dashboard (leaders too), open the scanner and review duplicates (the desk), and the lists (the secretariat edits them). */
import { Alert, Col, Row } from 'antd';
import type { Meeting } from '../../../../shared/meetings';
import { useCan } from '../../../app/auth';
import { errorMessage } from '../../../app/form-errors';
import { useCheckinLists } from '../api';
import '../checkin.css';
import { CheckinListsCard } from './CheckinListsCard';
import { DuplicatesCard } from './DuplicatesCard';
import { LiveDashboard } from './LiveDashboard';
import { ScannerLinkCard } from './ScannerLinkCard';

/** The tab. */
export function CheckinTab({ meeting }: { meeting: Meeting }) {
  const canEdit = useCan('meeting.write');
  // Leaders see the figures; the scanner and the duplicates' review are the desk's.
  const canScan = useCan('checkin.scan');
  const lists = useCheckinLists(meeting.id);
  return (
    <Row gutter={16}>
      <Col xs={24} xl={15}>
        <LiveDashboard meetingId={meeting.id} zone={meeting.timeZone} />
      </Col>
      <Col xs={24} xl={9}>
        {canScan && <ScannerLinkCard meetingId={meeting.id} />}
        {canScan && <DuplicatesCard meetingId={meeting.id} zone={meeting.timeZone} />}
        {lists.error && <Alert type="error" showIcon title={errorMessage(lists.error)} style={{ marginBottom: 16 }} />}
        {lists.data && <CheckinListsCard meetingId={meeting.id} zone={meeting.timeZone} lists={lists.data} canEdit={canEdit} />}
      </Col>
    </Row>
  );
}
