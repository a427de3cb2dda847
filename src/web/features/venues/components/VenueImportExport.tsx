/** 导出 / 导入 the registry as the handbook's 主要会议场所明细表 (Excel); import problems are listed cell by cell. */
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api-client';
import { useShowError } from '../../../app/form-errors';
import { useImportVenues, VENUE_EXPORT_URL, type ImportProblem } from '../api';

/** The two buttons; import only for `canManage`. */
export function VenueImportExport({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const importer = useImportVenues();

  const upload = (file: File) => {
    importer.mutate(file, {
      onSuccess: (r) => void message.success(t('venues.import.done', { rows: r.rows, created: r.created, updated: r.updated, unchanged: r.unchanged })),
      onError: (err) => {
        const rows = isApiError(err) ? ((err.details?.rows as ImportProblem[] | undefined) ?? []) : [];
        if (!rows.length) return showError(err);
        modal.error({
          title: err instanceof Error ? err.message : t('venues.import.failed'),
          width: 640,
          content: (
            <Table<ImportProblem> size="small" rowKey={(p) => `${p.row}-${p.column}-${p.message}`} pagination={false} scroll={{ y: 320 }} dataSource={rows}
              columns={[
                { key: 'row', title: t('venues.import.row'), width: 70, render: (_, p) => p.row || '—' },
                { key: 'col', title: t('venues.import.column'), width: 120, render: (_, p) => p.column || '—' },
                { key: 'msg', title: t('venues.import.problem'), render: (_, p) => p.message },
              ]} />
          ),
        });
      },
    });
    return false;
  };

  return (
    <Space wrap>
      <Button icon={<DownloadOutlined />} href={VENUE_EXPORT_URL} download>{t('venues.import.export')}</Button>
      {canManage && (
        <Upload accept=".xlsx" showUploadList={false} beforeUpload={upload}>
          <Button icon={<UploadOutlined />} loading={importer.isPending}>{t('venues.import.import')}</Button>
        </Upload>
      )}
    </Space>
  );
}
