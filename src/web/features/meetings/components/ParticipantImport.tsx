/** 导入名单: upload a 参会人员名单 (.xlsx or CSV), see what it would do (or every wrong cell by 行/列), then import it for real. */
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Modal, Row, Statistic, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api-client';
import { useShowError } from '../../../app/form-errors';
import { useImportParticipants, type ListImportError, type ListImportResult } from '../../notices/rsvp-api';

/** The import button and its preview dialog. */
export function ParticipantImport({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const importer = useImportParticipants(meetingId);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ListImportResult | null>(null);

  const close = () => {
    setFile(null);
    setResult(null);
  };

  /** A 400 of a real run carries the whole result in `details`; show its rows like a dry run's. */
  const failedResult = (err: unknown): ListImportResult | null => {
    const d = isApiError(err) ? (err.details as Partial<ListImportResult> | undefined) : undefined;
    return d && Array.isArray(d.errors) ? ({ dryRun: true, total: 0, created: 0, updated: 0, unchanged: 0, peopleCreated: 0, ...d } as ListImportResult) : null;
  };

  const check = (f: File) => {
    setFile(f);
    setResult(null);
    importer.mutate({ file: f, dryRun: true }, {
      onSuccess: setResult,
      onError: (err) => {
        const r = failedResult(err);
        if (r) setResult(r);
        else {
          setFile(null);
          showError(err);
        }
      },
    });
    return false;
  };

  const confirm = () => {
    if (!file) return;
    importer.mutate({ file, dryRun: false }, {
      onSuccess: (r) => {
        void message.success(t('participantList.import.done', { created: r.created, updated: r.updated, unchanged: r.unchanged }));
        close();
      },
      onError: (err) => {
        const r = failedResult(err);
        if (r) setResult(r);
        showError(err);
      },
    });
  };

  const errors = result?.errors ?? [];
  return (
    <>
      <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={check}>
        <Button icon={<UploadOutlined />} loading={importer.isPending && !file}>{t('participantList.import.button')}</Button>
      </Upload>
      <Modal
        open={!!file}
        title={t('participantList.import.title', { name: file?.name ?? '' })}
        width={720}
        onCancel={close}
        okText={t('participantList.import.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: !result || errors.length > 0 || result.total === 0, loading: importer.isPending && !!result }}
        onOk={confirm}
      >
        {!result ? (
          <Typography.Paragraph type="secondary">{t('participantList.import.checking')}</Typography.Paragraph>
        ) : (
          <>
            <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
              <Col xs={12} sm={5}><Statistic title={t('participantList.import.total')} value={result.total} /></Col>
              <Col xs={12} sm={5}><Statistic title={t('participantList.import.created')} value={result.created} /></Col>
              <Col xs={12} sm={5}><Statistic title={t('participantList.import.updated')} value={result.updated} /></Col>
              <Col xs={12} sm={4}><Statistic title={t('participantList.import.unchanged')} value={result.unchanged} /></Col>
              <Col xs={24} sm={5}><Statistic title={t('participantList.import.peopleCreated')} value={result.peopleCreated} /></Col>
            </Row>
            {errors.length > 0 ? (
              <>
                <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('participantList.import.hasErrors', { count: errors.length })} description={t('participantList.import.hasErrorsHint')} />
                <Table<ListImportError> size="small" rowKey={(p, i) => `${p.row}-${p.column}-${i}`} pagination={false} scroll={{ y: 320 }} dataSource={errors} data-testid="import-errors"
                  columns={[
                    { key: 'row', title: t('participantList.import.row'), width: 70, render: (_, p) => p.row || '—' },
                    { key: 'col', title: t('participantList.import.column'), width: 110, render: (_, p) => p.column || '—' },
                    { key: 'msg', title: t('participantList.import.problem'), render: (_, p) => p.message },
                  ]} />
              </>
            ) : (
              <Alert type="success" showIcon title={t('participantList.import.ready', { count: result.total })} description={t('participantList.import.readyHint')} />
            )}
          </>
        )}
      </Modal>
    </>
  );
}
