/** The organisation's logo for print pages: a preview on the badge's colour band, upload (saved at once) and removal. */
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Org } from '../../../../shared/directory';
import { isApiError } from '../../../app/api-client';
import { errorMessage } from '../../../app/form-errors';
import { logoUrl, useDeleteOrgLogo, useSetOrgLogo } from '../api';

/** The card on the organisation settings page; it saves on its own, not with the form. */
export function LogoCard({ org }: { org: Org }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useSetOrgLogo();
  const remove = useDeleteOrgLogo();
  // The server names the file's problem (type, size) on the field; show that rather than the general message.
  const fail = (err: unknown) => void message.error((isApiError(err) && err.fields[0]?.message) || errorMessage(err));
  return (
    <Card title={t('orgSettings.logoTitle')} size="small" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('orgSettings.logoHint')}</Typography.Paragraph>
      <div className="hw-logo-preview" style={{ background: org.policy.brandPrimary }} data-testid="logo-preview">
        {org.logoUpdatedAt !== null && <span className="hw-logo-preview-chip"><img src={logoUrl(org.logoUpdatedAt)} alt={t('orgSettings.logoTitle')} /></span>}
        <span>{org.name}</span>
      </div>
      <Space wrap>
        <Upload
          accept=".png,.jpg,.jpeg,.svg,image/png,image/jpeg,image/svg+xml"
          showUploadList={false}
          beforeUpload={(file) => {
            upload.mutate(file, { onSuccess: () => void message.success(t('orgSettings.logoSaved')), onError: fail });
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="logo-upload">
            {org.logoUpdatedAt === null ? t('orgSettings.logoUpload') : t('orgSettings.logoReplace')}
          </Button>
        </Upload>
        {org.logoUpdatedAt !== null && (
          <Popconfirm title={t('orgSettings.logoRemoveConfirm')} onConfirm={() => remove.mutate(undefined, { onError: fail })}>
            <Button icon={<DeleteOutlined />} danger loading={remove.isPending}>{t('orgSettings.logoRemove')}</Button>
          </Popconfirm>
        )}
      </Space>
    </Card>
  );
}
