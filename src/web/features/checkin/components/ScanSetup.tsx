/** Before scanning: which list this desk checks (main entry, a meal, a session…) and the device's name on its scans. */
import { Button, Form, Input, Radio, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CheckinList } from '../../../../shared/checkin';
import { listName } from '../list-name';

/** What the desk chose. */
export type SetupValues = { listId: string; deviceName: string; sound: boolean };

/** The setup card. */
export function ScanSetup({ lists, initial, onDone }: { lists: readonly CheckinList[]; initial: SetupValues; onDone: (v: SetupValues) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SetupValues>();
  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => onDone({ ...v, deviceName: v.deviceName.trim() })} className="hw-scan-setup" data-testid="scan-setup">
      <Form.Item name="listId" label={t('checkin.scan.list')} rules={[{ required: true }]}>
        <Radio.Group className="hw-scan-lists">
          {lists.map((l) => (
            <Radio.Button key={l.id} value={l.id} data-testid="scan-list-option">
              <span className="hw-scan-list-name">{listName(l.name)}</span>
              <span className="hw-scan-list-kind">{t(`checkin.kind.${l.kind}`)}</span>
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="deviceName" label={t('checkin.scan.device')} extra={t('checkin.scan.deviceHelp')} rules={[{ required: true, whitespace: true }, { max: 60 }]}>
        <Input size="large" maxLength={60} data-testid="scan-device-input" />
      </Form.Item>
      <Form.Item name="sound" label={t('checkin.scan.sound')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Button type="primary" size="large" block htmlType="submit" data-testid="scan-start">{t('checkin.scan.start')}</Button>
    </Form>
  );
}
