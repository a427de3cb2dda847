/** The meeting list (`/meetings`): filters, a table on desktop and cards on phones, and 新建会议 for organisers. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCan, useMe } from '../../../app/auth';
import { errorMessage } from '../../../app/form-errors';
import { useMeetings } from '../api';
import { MeetingCards } from '../components/MeetingCards';
import { MeetingFilters } from '../components/MeetingFilters';
import { MeetingTable } from '../components/MeetingTable';
import { useMeetingListParams } from '../list-params';

/** The default page after signing in. */
export function MeetingListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const canWrite = useCan('meeting.write');
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const { params, filter, update } = useMeetingListParams(me.org.timeZone);
  const { data, isFetching, error } = useMeetings(filter);

  const view = {
    items: data?.items ?? [],
    total: data?.total ?? 0,
    page: params.page,
    pageSize: params.pageSize,
    loading: isFetching,
    orgZone: me.org.timeZone,
    onPage: (page: number, pageSize: number) => update({ page, pageSize }),
  };

  return (
    <>
      <div className="hw-page-head">
        <Typography.Title level={3}>{t('meeting.list.title')}</Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/meetings/new')}>
            {t('meeting.list.create')}
          </Button>
        )}
      </div>
      <MeetingFilters params={params} onChange={update} />
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
      <div data-testid="meeting-list">
        {mobile ? <MeetingCards {...view} /> : <MeetingTable {...view} />}
      </div>
    </>
  );
}
