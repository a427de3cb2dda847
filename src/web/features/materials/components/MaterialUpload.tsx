/** The upload box of the materials tab: who may see the files and their agenda item, then drop files; each file shows its own outcome. */
import { CheckCircleFilled, CloseCircleFilled, InboxOutlined, LoadingOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MATERIAL_ACCEPT, MATERIAL_VISIBILITIES, type MaterialVisibility } from '../../../../shared/materials';
import { isApiError } from '../../../app/api-client';
import { errorMessage } from '../../../app/form-errors';
import { useUploadMaterial } from '../api';
import { formatSize } from './material-ui';

type Entry = { uid: string; name: string; size: number; status: 'uploading' | 'done' | 'error'; message?: string };

/** The server's reason for one file (the field message names the limit or the type), else its message. */
function reasonOf(err: unknown): string {
  return isApiError(err) && err.fields.length ? err.fields.map((f) => f.message).join('；') : errorMessage(err);
}

/** Options a select shows for visibility, with who that means. */
export function useVisibilityOptions() {
  const { t } = useTranslation();
  return MATERIAL_VISIBILITIES.map((v) => ({ value: v, label: t(`materials.visibility.${v}`), title: t(`materials.visibilityHint.${v}`) }));
}

/** The box. */
export function MaterialUpload({ meetingId, agendaItems, maxMb }: { meetingId: string; agendaItems: { id: string; title: string }[]; maxMb: number }) {
  const { t } = useTranslation();
  const upload = useUploadMaterial(meetingId);
  const visibilityOptions = useVisibilityOptions();
  const [visibility, setVisibility] = useState<MaterialVisibility>('participants');
  const [agendaItemId, setAgendaItemId] = useState<string | undefined>();
  const [entries, setEntries] = useState<Entry[]>([]);
  const set = (uid: string, patch: Partial<Entry>) => setEntries((list) => list.map((e) => (e.uid === uid ? { ...e, ...patch } : e)));

  const start = (file: File & { uid: string }) => {
    const tooLarge = file.size > maxMb * 1024 * 1024;
    setEntries((list) => [{ uid: file.uid, name: file.name, size: file.size, status: tooLarge ? 'error' : 'uploading', message: tooLarge ? t('materials.upload.tooLarge', { max: maxMb }) : undefined }, ...list]);
    if (tooLarge) return;
    upload.mutateAsync({ file, options: { visibility, agendaItemId } }).then(
      () => set(file.uid, { status: 'done' }),
      (err: unknown) => set(file.uid, { status: 'error', message: reasonOf(err) }),
    );
  };

  return (
    <div data-testid="material-upload">
      <Form layout="inline" style={{ rowGap: 8, marginBottom: 12 }}>
        <Form.Item label={t('materials.upload.visibility')} style={{ marginInlineEnd: 16 }}>
          <Select value={visibility} onChange={setVisibility} options={visibilityOptions} style={{ width: 170 }} data-testid="upload-visibility" />
        </Form.Item>
        <Form.Item label={t('materials.upload.agendaItem')} style={{ marginInlineEnd: 0, flex: '1 1 240px', minWidth: 0 }}>
          <Select allowClear value={agendaItemId} onChange={setAgendaItemId} placeholder={t('materials.wholeMeeting')} style={{ width: '100%', maxWidth: 360 }}
            options={agendaItems.map((i) => ({ value: i.id, label: i.title }))} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      </Form>
      <Upload.Dragger multiple accept={MATERIAL_ACCEPT} showUploadList={false} beforeUpload={(file) => { start(file); return Upload.LIST_IGNORE; }}>
        <p className="ant-upload-drag-icon"><InboxOutlined /></p>
        <p className="ant-upload-text">{t('materials.upload.drop')}</p>
        <p className="ant-upload-hint">{t('materials.upload.hint', { max: maxMb })}</p>
      </Upload.Dragger>
      {entries.length > 0 && (
        <div style={{ marginTop: 8 }} data-testid="upload-entries">
          {entries.map((e) => (
            <Flex key={e.uid} gap={8} align="baseline" style={{ padding: '4px 0', borderBottom: '1px solid #f0f0f0' }} data-status={e.status}>
              <span style={{ flex: 'none' }}>
                {e.status === 'uploading' && <LoadingOutlined style={{ color: '#1677ff' }} />}
                {e.status === 'done' && <CheckCircleFilled style={{ color: '#52c41a' }} />}
                {e.status === 'error' && <CloseCircleFilled style={{ color: '#ff4d4f' }} />}
              </span>
              <div style={{ minWidth: 0, flex: 1 }}>
                <Typography.Text style={{ wordBreak: 'break-all' }}>{e.name}</Typography.Text>
                <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>{formatSize(e.size)}</Typography.Text>
                {e.status === 'error' && <div><Typography.Text type="danger" style={{ fontSize: 13 }} data-testid="upload-error">{e.message}</Typography.Text></div>}
              </div>
              <Typography.Text type="secondary" style={{ flex: 'none', fontSize: 12 }}>
                {e.status === 'uploading' ? t('materials.upload.uploading') : e.status === 'done' ? t('materials.upload.done') : null}
              </Typography.Text>
            </Flex>
          ))}
          {entries.every((e) => e.status !== 'uploading') && (
            <Button type="link" size="small" onClick={() => setEntries([])} style={{ paddingInline: 0 }}>{t('materials.upload.clear')}</Button>
          )}
        </div>
      )}
    </div>
  );
}
