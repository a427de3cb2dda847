/** Bits the materials tab and the reply page share: the format icon, the size in words, and the visibility tag. */
import { FileExcelOutlined, FilePdfOutlined, FilePptOutlined, FileWordOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { MATERIAL_FORMATS, type MaterialFamily, type MaterialFormat, type MaterialVisibility } from '../../../../shared/materials';

const ICONS: Record<MaterialFamily, { Icon: typeof FilePdfOutlined; color: string }> = {
  pdf: { Icon: FilePdfOutlined, color: '#d4380d' },
  word: { Icon: FileWordOutlined, color: '#1d4ed8' },
  powerpoint: { Icon: FilePptOutlined, color: '#d46b08' },
  excel: { Icon: FileExcelOutlined, color: '#389e0d' },
};

/** The icon of a format, in the colour people know it by. */
export function FormatIcon({ format, size = 20, style }: { format: MaterialFormat; size?: number; style?: CSSProperties }) {
  const { Icon, color } = ICONS[MATERIAL_FORMATS[format]?.family ?? 'pdf'];
  return <Icon style={{ fontSize: size, color, ...style }} aria-label={format.toUpperCase()} data-format={format} />;
}

export { formatSize } from '../size';

const VISIBILITY_COLORS: Record<MaterialVisibility, string> = { everyone: 'green', participants: 'blue', presenters: 'purple' };

/** Who may see a material, as a tag explaining itself on hover. */
export function VisibilityTag({ visibility }: { visibility: MaterialVisibility }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`materials.visibilityHint.${visibility}`)}>
      <Tag color={VISIBILITY_COLORS[visibility]} style={{ marginInlineEnd: 0 }} data-visibility={visibility}>{t(`materials.visibility.${visibility}`)}</Tag>
    </Tooltip>
  );
}
