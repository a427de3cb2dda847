/** 会议材料 on the personal reply page: what this participant may open, one large tap target per file (phone first). */
import { DownloadOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { linkMaterialUrl, useLinkMaterials } from '../api';
import { FormatIcon, formatSize } from './material-ui';
import '../materials.css';

/** The section; nothing at all when there is nothing to open. */
export function LinkMaterials({ token }: { token: string }) {
  const { t } = useTranslation();
  const list = useLinkMaterials(token);
  if (list.error) return <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{t('materials.public.loadFailed')}</Typography.Paragraph>;
  if (!list.data?.length) return null;
  return (
    <Card className="hw-rsvp-card" size="small" title={t('materials.public.title')} data-testid="link-materials">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 8 }}>{t('materials.public.hint')}</Typography.Paragraph>
      <ul className="hw-link-materials">
        {list.data.map((m) => (
          <li key={m.id}>
            <a href={linkMaterialUrl(token, m.id)} target={m.format === 'pdf' ? '_blank' : undefined} rel="noopener" data-testid="link-material">
              <FormatIcon format={m.format} size={28} style={{ flex: 'none' }} />
              <span className="hw-link-material-text">
                <span className="hw-link-material-title">{m.title}</span>
                <span className="hw-link-material-meta">{[m.agendaItemTitle, m.format.toUpperCase(), formatSize(m.sizeBytes)].filter(Boolean).join(' · ')}</span>
              </span>
              <DownloadOutlined className="hw-link-material-action" />
            </a>
          </li>
        ))}
      </ul>
    </Card>
  );
}
