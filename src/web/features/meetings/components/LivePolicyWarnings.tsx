/** Policy warnings recomputed as the organiser edits, with the same shared check the server runs. */
import { Form, type FormInstance } from 'antd';
import { useMemo } from 'react';
import type { OrgPolicy } from '../../../../shared/policy';
import { checkMeetingPolicy } from '../../../../shared/policy';
import { valuesToFields, policySubject, type MeetingFormValues } from '../form-values';
import { PolicyWarnings } from './PolicyWarnings';

/** Watches the fields the policy reads and shows the warnings above the save button. */
export function LivePolicyWarnings({ form, policy, plannedAt }: { form: FormInstance<MeetingFormValues>; policy: OrgPolicy; plannedAt: number }) {
  const kind = Form.useWatch('kind', form);
  const startAt = Form.useWatch('startAt', form);
  const timeZone = Form.useWatch('timeZone', form);
  const departmentId = Form.useWatch('departmentId', form);
  const participatingDepartmentIds = Form.useWatch('participatingDepartmentIds', form);
  const expectedSize = Form.useWatch('expectedSize', form);

  const warnings = useMemo(() => {
    if (!timeZone) return [];
    const fields = valuesToFields({ kind, startAt, timeZone, departmentId, participatingDepartmentIds, expectedSize, repeat: 'none' });
    const subject = policySubject(fields, plannedAt);
    return subject ? checkMeetingPolicy(subject, policy) : [];
  }, [kind, startAt, timeZone, departmentId, participatingDepartmentIds, expectedSize, plannedAt, policy]);

  return <PolicyWarnings warnings={warnings} style={{ marginBottom: 16 }} />;
}
