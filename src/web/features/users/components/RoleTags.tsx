/** Roles as coloured tags, and the role options for selects. */
import { Space, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/roles';

const COLORS: Record<Role, string> = { admin: 'red', organiser: 'blue', staff: 'cyan', finance: 'gold', leader: 'purple', member: 'default' };

/** Tags for a list of roles. */
export function RoleTags({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Space size={[4, 4]} wrap>
      {roles.map((r) => <Tag key={r} color={COLORS[r as Role] ?? 'default'} style={{ marginInlineEnd: 0 }}>{t(`roles.${r}`, r)}</Tag>)}
    </Space>
  );
}

/** Select options of every role with its translated name. */
export function roleOptions(t: TFunction): { value: Role; label: string }[] {
  return ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
}
