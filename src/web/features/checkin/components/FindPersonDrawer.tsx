/** Manual check-in at the desk (no pass at hand): search by name, pinyin initials, phone tail or unit; 补签 also asks for a reason. */
import { SearchOutlined } from '@ant-design/icons';
import { Button, Drawer, Empty, Form, Input, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckinBundle } from '../../../../shared/checkin';
import { ROLE_LABELS, type ParticipantRole } from '../../../../shared/participants';
import { clockTime } from '../../../../shared/time';
import { currentLang } from '../../../app/i18n';
import { firstEntry, type BundleParticipant, type DeviceScan } from '../decide';
import { searchIndex, searchParticipants } from '../search';

type Props = {
  open: boolean;
  mode: 'manual' | 'makeup';
  bundle: CheckinBundle;
  scans: readonly DeviceScan[];
  listId: string;
  onClose: () => void;
  onAdmit: (participantId: string, reason?: string) => void;
};

/** The drawer. */
export function FindPersonDrawer({ open, mode, bundle, scans, listId, onClose, onAdmit }: Props) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<BundleParticipant | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const index = useMemo(() => searchIndex(bundle.participants), [bundle.participants]);
  const found = useMemo(() => searchParticipants(index, query), [index, query]);

  const close = () => {
    setQuery('');
    setPicked(null);
    form.resetFields();
    onClose();
  };

  const admit = (p: BundleParticipant, reason?: string) => {
    onAdmit(p.id, reason);
    close();
  };

  return (
    <Drawer
      open={open}
      onClose={close}
      placement="bottom"
      size="85%"
      title={mode === 'makeup' ? t('checkin.find.makeupTitle') : t('checkin.find.title')}
      destroyOnHidden
      styles={{ body: { paddingTop: 12 } }}
    >
      {picked && mode === 'makeup' ? (
        <Form form={form} layout="vertical" onFinish={(v) => admit(picked, v.reason)} data-testid="makeup-form">
          <div className="hw-find-picked">
            <b>{picked.name}</b> {picked.unit ?? ''} {picked.groupName && <Tag color="geekblue">{picked.groupName}</Tag>}
          </div>
          <Form.Item name="reason" label={t('checkin.find.reason')} rules={[{ required: true, whitespace: true, message: t('checkin.find.reasonRequired') }, { max: 200 }]}>
            <Input.TextArea autoFocus rows={3} maxLength={200} placeholder={t('checkin.find.reasonPlaceholder')} />
          </Form.Item>
          <div style={{ display: 'flex', gap: 8 }}>
            <Button onClick={() => setPicked(null)}>{t('common.back')}</Button>
            <Button type="primary" htmlType="submit" block size="large">{t('checkin.find.confirmMakeup')}</Button>
          </div>
        </Form>
      ) : (
        <>
          <Input prefix={<SearchOutlined />} autoFocus allowClear size="large" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('checkin.find.placeholder')} data-testid="find-input" />
          {query.trim() && !found.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('checkin.find.none')} />}
          <ul className="hw-find-list">
            {found.map((p) => {
              const first = firstEntry(bundle, scans, listId, p.id);
              return (
                <li key={p.id} data-testid="find-row">
                  <div className="hw-find-text">
                    <div className="hw-find-name">{p.name}{first && <Tag color="green" style={{ marginInlineStart: 8 }}>{t('checkin.result.already')} {clockTime(first.at, bundle.timeZone)}</Tag>}</div>
                    <div className="hw-find-meta">
                      {[p.unit, ROLE_LABELS[p.role as ParticipantRole]?.[lang] ?? p.role, p.groupName, p.phoneTail ? t('checkin.find.tail', { tail: p.phoneTail }) : null].filter(Boolean).join(' · ')}
                    </div>
                  </div>
                  <Button type={mode === 'manual' ? 'primary' : 'default'} onClick={() => (mode === 'manual' ? admit(p) : setPicked(p))}>
                    {mode === 'manual' ? t('checkin.find.checkIn') : t('checkin.scan.makeup')}
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Drawer>
  );
}
