/** Add or change a group robot: platform, name, webhook and signing secret (both write-only), active. */
import { Checkbox, Form, Input, Modal, Radio, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BOT_PLATFORMS } from '../../../../shared/notices';
import { applyFieldErrors, clearEditedErrors, useFormErrorHandler } from '../../../app/form-errors';
import { useCreateBot, useUpdateBot, type Bot, type BotInput, type BotPlatform } from '../api';

type Values = { platform?: BotPlatform; name?: string; webhookUrl?: string; secret?: string; clearSecret?: boolean; isActive?: boolean };

/** Where each platform's webhook lives (the start of the address). */
export const WEBHOOK_EXAMPLES: Record<BotPlatform, string> = {
  dingtalk: 'https://oapi.dingtalk.com/robot/send?access_token=…',
  wecom: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…',
  feishu: 'https://open.feishu.cn/open-apis/bot/v2/hook/…',
};

/** WeCom group robots have no signing; DingTalk (加签) and Feishu (签名校验) do. */
const SIGNS: Record<BotPlatform, boolean> = { dingtalk: true, wecom: false, feishu: true };

/** The dialog; `bot` undefined adds one. */
export function BotFormModal({ open, bot, onClose }: { open: boolean; bot?: Bot; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateBot();
  const update = useUpdateBot();
  const onError = useFormErrorHandler(form);
  const platform = Form.useWatch('platform', form) ?? 'dingtalk';
  const clearSecret = Form.useWatch('clearSecret', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(bot ? { platform: bot.platform, name: bot.name, isActive: bot.isActive } : { platform: 'dingtalk', isActive: true });
  }, [open, bot, form]);

  const onFinish = (v: Values) => {
    const webhookUrl = v.webhookUrl?.trim();
    const secret = v.secret?.trim();
    if (!bot && !webhookUrl) {
      applyFieldErrors(form, [{ field: 'webhookUrl', reason: 'required', message: t('bots.webhookRequired') }]);
      return;
    }
    const input: BotInput = {
      platform: v.platform ?? 'dingtalk',
      name: (v.name ?? '').trim(),
      isActive: v.isActive ?? true,
      ...(webhookUrl ? { webhookUrl } : {}),
      // A secret only where the platform signs; empty keeps the stored one, 清除 removes it.
      ...(!SIGNS[v.platform ?? 'dingtalk'] ? (bot?.signed ? { secret: null } : {}) : v.clearSecret ? { secret: null } : secret ? { secret } : {}),
    };
    const done = { onSuccess: onClose, onError };
    if (bot) update.mutate({ id: bot.id, input }, done);
    else create.mutate(input, done);
  };

  return (
    <Modal
      open={open}
      title={bot ? t('bots.editTitle') : t('bots.newTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Values> name="bot" form={form} layout="vertical" onFinish={onFinish} onValuesChange={(changed) => clearEditedErrors(form, changed)}>
        <Form.Item label={t('bots.platform')} name="platform" required>
          <Radio.Group optionType="button" options={BOT_PLATFORMS.map((p) => ({ value: p, label: t(`bots.platforms.${p}`) }))} />
        </Form.Item>
        <Form.Item label={t('bots.name')} name="name" required extra={t('bots.nameHint')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          label={t('bots.webhook')}
          name="webhookUrl"
          required={!bot}
          extra={bot ? t('bots.webhookKeep', { host: bot.webhookHost }) : t('bots.webhookHint')}
        >
          <Input type="url" maxLength={500} placeholder={WEBHOOK_EXAMPLES[platform]} autoComplete="off" />
        </Form.Item>
        {SIGNS[platform] && (
          <>
            <Form.Item
              label={t('bots.secret')}
              name="secret"
              extra={bot?.signed ? t('bots.secretKeep') : t(`bots.secretHint.${platform}`)}
            >
              <Input.Password maxLength={200} autoComplete="new-password" disabled={!!clearSecret} placeholder={bot?.signed ? t('bots.secretSet') : undefined} />
            </Form.Item>
            {bot?.signed && (
              <Form.Item name="clearSecret" valuePropName="checked" style={{ marginTop: -8 }}>
                <Checkbox>{t('bots.clearSecret')}</Checkbox>
              </Form.Item>
            )}
          </>
        )}
        <Form.Item label={t('bots.active')} name="isActive" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
