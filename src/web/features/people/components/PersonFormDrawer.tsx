/** Add or change a person in a drawer; checks with the shared schema and shows the server's field errors on the items. */
import { Button, Drawer, Form, Grid, Input, Radio, Select, Space, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_CATEGORIES, GENDERS, personInputSchema, PERSON_KINDS, type Person } from '../../../../shared/directory';
import { clearEditedErrors, useValidatedSave } from '../../../app/form-errors';
import { useDepartmentOptions } from '../../org/api';
import { useCreatePerson, useUpdatePerson, type PersonInput } from '../api';

type PersonValues = {
  kind: 'staff' | 'external';
  name?: string;
  departmentId?: string | null;
  unit?: string | null;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
  gender?: 'male' | 'female' | null;
  category?: (typeof CONTACT_CATEGORIES)[number] | null;
  idNumber?: string;
  isActive?: boolean;
};

const orNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/** The drawer; `person` undefined means a new one. */
export function PersonFormDrawer({ open, person, onClose }: { open: boolean; person?: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PersonValues>();
  const screens = Grid.useBreakpoint();
  const kind = Form.useWatch('kind', form);
  const deptId = Form.useWatch('departmentId', form);
  const { options: departments } = useDepartmentOptions([deptId]);
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const submit = useValidatedSave(form, personInputSchema, 'person', onClose);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    // The ID number is write-only: the field starts empty and shows the masked number as its placeholder.
    form.setFieldsValue(person ? { ...person, idNumber: undefined } : { kind: 'staff', isActive: true, gender: null });
  }, [open, person, form]);

  const onFinish = (v: PersonValues) => {
    const input: PersonInput = {
      kind: v.kind,
      name: (v.name ?? '').trim(),
      departmentId: v.departmentId ?? null,
      unit: orNull(v.unit),
      title: orNull(v.title),
      phone: orNull(v.phone),
      email: orNull(v.email),
      gender: v.gender ?? null,
      category: v.kind === 'external' ? (v.category ?? null) : null,
      // Sent only when typed: empty keeps the stored number.
      ...(v.idNumber?.trim() ? { idNumber: v.idNumber.trim() } : {}),
      ...(person ? { isActive: v.isActive ?? true } : {}),
    };
    submit(input, (body, done) => (person ? update.mutate({ id: person.id, input: body }, done) : create.mutate(body, done)));
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={person ? t('people.editTitle') : t('people.newTitle')}
      size={screens.sm ? 480 : '100%'}
      forceRender
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()}>{t('common.save')}</Button>
        </Space>
      }
    >
      <Form<PersonValues>
        name="person"
        form={form}
        onValuesChange={(changed) => clearEditedErrors(form, changed)}
        layout="vertical"
        onFinish={onFinish}
      >
        <Form.Item label={t('people.kind')} name="kind" required>
          <Radio.Group optionType="button" options={PERSON_KINDS.map((k) => ({ value: k, label: t(`people.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item label={t('people.name')} name="name" required>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label={t('peopleExtra.gender')} name="gender">
          <Radio.Group optionType="button" options={[...GENDERS.map((g) => ({ value: g, label: t(`peopleExtra.genders.${g}`) })), { value: null, label: t('peopleExtra.genderUnset') }]} />
        </Form.Item>
        {kind !== 'external' && (
          <Form.Item label={t('people.department')} name="departmentId">
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={departments} />
          </Form.Item>
        )}
        {kind === 'external' && (
          <Form.Item label={t('peopleExtra.category')} name="category">
            <Select allowClear placeholder={t('peopleExtra.categoryPlaceholder')} options={CONTACT_CATEGORIES.map((c) => ({ value: c, label: t(`peopleExtra.categories.${c}`) }))} />
          </Form.Item>
        )}
        <Form.Item label={t('people.unit')} name="unit">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('people.title')} name="title">
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label={t('people.phone')} name="phone">
          <Input inputMode="tel" maxLength={30} />
        </Form.Item>
        <Form.Item label={t('people.email')} name="email">
          <Input type="email" maxLength={200} />
        </Form.Item>
        <Form.Item
          label={t('peopleExtra.idNumber')}
          name="idNumber"
          extra={person?.idNumberMasked ? t('peopleExtra.idNumberKeep') : t('peopleExtra.idNumberHint')}
        >
          <Input maxLength={30} autoComplete="off" placeholder={person?.idNumberMasked ?? undefined} style={{ fontVariantNumeric: 'tabular-nums' }} />
        </Form.Item>
        {person && (
          <Form.Item label={t('people.active')} name="isActive" valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
