/** 通知模板 (`/admin/notice-templates`): the wording of each notice kind in Chinese and English, with the organisation's changes. */
import { Alert, Col, Row, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NOTICE_KINDS } from '../../../../shared/notices';
import { useCan } from '../../../app/auth';
import { errorMessage } from '../../../app/form-errors';
import { useTemplates } from '../api';
import { TemplateEditor } from '../components/TemplateEditor';

/** The templates page. */
export function NoticeTemplatesPage() {
  const { t } = useTranslation();
  const canEdit = useCan('notice.write');
  const templates = useTemplates();

  return (
    <>
      <div className="hw-page-head">
        <Typography.Title level={3}>{t('templates.pageTitle')}</Typography.Title>
      </div>
      <Typography.Paragraph type="secondary">{t('templates.intro', { example: '{{name}}' })}</Typography.Paragraph>
      {templates.error && <Alert type="error" showIcon title={errorMessage(templates.error)} style={{ marginBottom: 12 }} />}
      {templates.isPending ? (
        <Skeleton active />
      ) : (
        <Tabs
          items={NOTICE_KINDS.map((kind) => {
            const own = (templates.data ?? []).filter((tpl) => tpl.kind === kind);
            return {
              key: kind,
              label: <span>{t(`templates.kinds.${kind}`)}{own.some((tpl) => tpl.custom) && <Tag color="blue" style={{ marginInlineStart: 6 }}>{t('templates.custom')}</Tag>}</span>,
              children: (
                <>
                  <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>{t(`templates.kindHints.${kind}`)}</Typography.Paragraph>
                  <Row gutter={[16, 16]}>
                    {own.map((tpl) => (
                      <Col key={tpl.locale} xs={24} xl={12}>
                        <TemplateEditor template={tpl} canEdit={canEdit} />
                      </Col>
                    ))}
                  </Row>
                </>
              ),
            };
          })}
        />
      )}
    </>
  );
}
