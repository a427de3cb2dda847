/** 导出 / 导入 the directory as a sheet: an upload is checked first (a dry run), the preview shows the counts or every problem, then confirm. */
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Modal, Space, Table, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api-client';
import { errorMessage } from '../../../app/form-errors';
import { PEOPLE_EXPORT_URL, useImportPeople, type PersonImportError, type PersonImportResult } from '../api';

type Preview = { file: File; result?: PersonImportResult; error?: string };

/** The problems of a file, one row each. */
export function ImportErrorTable({ errors }: { errors: readonly PersonImportError[] }) {
  const { t } = useTranslation();
  return (
    <Table<PersonImportError>
      size="small"
      rowKey={(p, i) => `${p.row}-${p.column}-${p.field}-${i}`}
      pagination={false}
      scroll={{ y: 320 }}
      dataSource={[...errors]}
      data-testid="people-import-errors"
      columns={[
        { key: 'row', title: t('peopleExtra.import.row'), width: 64, render: (_, p) => p.row || '—' },
        { key: 'col', title: t('peopleExtra.import.column'), width: 110, render: (_, p) => p.column || '—' },
        { key: 'msg', title: t('peopleExtra.import.problem'), render: (_, p) => p.message },
      ]}
    />
  );
}

/** The two buttons; import only for `canManage`. */
export function PeopleImportExport({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const importer = useImportPeople();
  const [preview, setPreview] = useState<Preview | null>(null);

  const check = (file: File) => {
    setPreview({ file });
    importer.mutate({ file, dryRun: true }, {
      onSuccess: (result) => setPreview({ file, result }),
      onError: (err) => setPreview({ file, error: errorMessage(err) }),
    });
    return false;
  };

  const confirm = () => {
    if (!preview) return;
    const { file } = preview;
    importer.mutate({ file, dryRun: false }, {
      onSuccess: (r) => {
        setPreview(null);
        void message.success(t('peopleExtra.import.done', { total: r.total, created: r.created, updated: r.updated, unchanged: r.unchanged }));
      },
      onError: (err) => {
        // Someone changed the directory since the check: the 400 lists the problems as the dry run does.
        const result = isApiError(err) ? (err.details as PersonImportResult | undefined) : undefined;
        setPreview(result?.errors?.length ? { file, result } : { file, error: errorMessage(err) });
      },
    });
  };

  const result = preview?.result;
  const problems = result?.errors ?? [];
  const ready = !!result && problems.length === 0 && result.total > 0;

  return (
    <>
      <Space wrap>
        <Button icon={<DownloadOutlined />} href={PEOPLE_EXPORT_URL} download>{t('peopleExtra.import.export')}</Button>
        {canManage && (
          <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={check}>
            <Button icon={<UploadOutlined />} loading={importer.isPending && !preview}>{t('peopleExtra.import.import')}</Button>
          </Upload>
        )}
      </Space>
      <Modal
        open={!!preview}
        title={t('peopleExtra.import.previewTitle', { name: preview?.file.name ?? '' })}
        width={680}
        onCancel={() => setPreview(null)}
        okText={t('peopleExtra.import.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: !ready, loading: importer.isPending && !!result }}
        onOk={confirm}
        destroyOnHidden
      >
        <div data-testid="people-import-preview">
          <p className="hw-muted" style={{ marginTop: 0 }}>{t('peopleExtra.import.hint')}</p>
          {preview && !result && !preview.error && <Alert type="info" showIcon title={t('peopleExtra.import.checking')} />}
          {preview?.error && <Alert type="error" showIcon title={preview.error} />}
          {result && (problems.length > 0 ? (
            <>
              <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('peopleExtra.import.hasProblems', { count: problems.length, rows: result.total })} />
              <ImportErrorTable errors={problems} />
            </>
          ) : (
            <>
              <Descriptions
                size="small"
                bordered
                column={{ xs: 2, sm: 4 }}
                style={{ marginBottom: 12 }}
                items={[
                  { key: 'total', label: t('peopleExtra.import.total'), children: result.total },
                  { key: 'created', label: t('peopleExtra.import.created'), children: result.created },
                  { key: 'updated', label: t('peopleExtra.import.updated'), children: result.updated },
                  { key: 'unchanged', label: t('peopleExtra.import.unchanged'), children: result.unchanged },
                ]}
              />
              <Alert type="success" showIcon title={t('peopleExtra.import.ready', { created: result.created, updated: result.updated })} />
            </>
          ))}
          {canManage && (
            <div style={{ marginTop: 12 }}>
              <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={check}>
                <Button type="link" size="small" style={{ paddingInline: 0 }}>{t('peopleExtra.import.another')}</Button>
              </Upload>
            </div>
          )}
        </div>
      </Modal>
    </>
  );
}
