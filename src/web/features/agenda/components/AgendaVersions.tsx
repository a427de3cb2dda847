/** 发布记录: each published version, newest first, with its changelog (新增 / 取消 / 时间调整 / 更名 / 地点 / 主讲). */
import { Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../app/datetime';
import type { AgendaVersion } from '../api';
import { CHANGE_COLORS, changeText } from '../labels';

/** The list; `zone` is the meeting's, for the publication times. */
export function AgendaVersions({ versions, zone }: { versions: readonly AgendaVersion[]; zone: string }) {
  const { t } = useTranslation();
  if (versions.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('agenda.versions.none')} />;
  const latest = Math.max(...versions.map((v) => v.version));
  return (
    <Timeline
      data-testid="agenda-versions"
      style={{ marginTop: 8 }}
      items={[...versions].sort((a, b) => b.version - a.version).map((v) => ({
        key: v.version,
        color: v.version === latest ? 'green' : 'gray',
        content: (
          <div data-version={v.version}>
            <Flex wrap gap={8} align="baseline">
              <Typography.Text strong>{t('agenda.versionN', { n: v.version })}</Typography.Text>
              <span className="hw-muted" style={{ fontSize: 12 }}>{t('agenda.versions.publishedAt', { at: formatInstant(v.publishedAt, zone) })}{v.publishedByName && ` · ${v.publishedByName}`}</span>
            </Flex>
            {v.changes.length === 0 ? (
              <div className="hw-muted" style={{ fontSize: 13, marginTop: 4 }}>{v.version === 1 ? t('agenda.versions.first') : t('agenda.versions.noChanges')}</div>
            ) : (
              <ul className="hw-agenda-changes">
                {v.changes.map((c, i) => (
                  <li key={`${c.itemId}-${c.kind}-${i}`} data-kind={c.kind}>
                    <Tag color={CHANGE_COLORS[c.kind]} style={{ marginInlineEnd: 6 }}>{t(`agenda.changeKind.${c.kind}`)}</Tag>
                    <span>{changeText(c, t)}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ),
      }))}
    />
  );
}
