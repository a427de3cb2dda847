/** All fields of the meeting plan, times in the meeting's own zone. */
import { Descriptions, Space, Tag, Typography, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatRange } from '../../../../shared/time';
import { browserTimeZone } from '../../../app/datetime';
import { currentLang } from '../../../app/i18n';
import { useDepartmentNames } from '../../org/api';
import type { MeetingDetail } from '../api';
import { describeRrule } from '../rrule';

const dash = '—';

/** The plan as a description list (one column on phones). */
export function MeetingPlan({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const names = useDepartmentNames();
  const zoneNote = m.timeZone !== browserTimeZone() ? ` (${m.timeZone})` : '';
  const label = (f: string) => t(`meeting.field.${f}`);

  const items: DescriptionsProps['items'] = [
    { key: 'time', label: label('time'), children: `${formatRange(m.startAt, m.endAt, m.timeZone, lang)}${zoneNote}`, span: 'filled' },
    { key: 'place', label: label('place'), children: m.place ?? dash },
    { key: 'kind', label: label('kind'), children: t(`meeting.kind.${m.kind}`) },
    { key: 'scope', label: label('scope'), children: t(`meeting.scope.${m.scope}`) },
    { key: 'expectedSize', label: label('expectedSize'), children: m.expectedSize ?? dash },
    { key: 'host', label: label('hostPersonId'), children: m.hostName ?? dash },
    { key: 'department', label: label('departmentId'), children: m.departmentName ?? dash },
    {
      key: 'participating',
      label: label('participatingDepartmentIds'),
      span: 'filled',
      children: m.participatingDepartmentIds.length ? (
        <Space size={[4, 4]} wrap>
          {m.participatingDepartmentIds.map((id) => <Tag key={id}>{names.get(id) ?? id}</Tag>)}
        </Space>
      ) : dash,
    },
    { key: 'theme', label: label('theme'), span: 'filled', children: m.theme ?? dash },
    { key: 'purpose', label: label('purpose'), span: 'filled', children: m.purpose ? <p className="hw-pre">{m.purpose}</p> : dash },
    { key: 'notes', label: label('notes'), span: 'filled', children: m.notes ? <p className="hw-pre">{m.notes}</p> : dash },
  ];
  if (m.seriesId) {
    items.push({
      key: 'series',
      label: t('meeting.detail.series'),
      span: 'filled',
      children: (
        <Space wrap>
          <Typography.Text>{m.seriesRule ? describeRrule(m.seriesRule, t, lang) : dash}</Typography.Text>
          {m.detached && <Tag>{t('meeting.detail.detached')}</Tag>}
          <Link to={`/meetings?seriesId=${encodeURIComponent(m.seriesId)}&from=all`}>{t('meeting.detail.seriesLink')}</Link>
        </Space>
      ),
    });
  }
  return <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={items} styles={{ label: { width: lang === 'en' ? 170 : 110 } }} />;
}
