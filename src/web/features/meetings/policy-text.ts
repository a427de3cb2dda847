/** Words for the policy warnings the shared check returns (the server sends the same codes and params). */
import type { TFunction } from 'i18next';
import type { PolicyWarning } from '../../../shared/policy';

/** One warning as a sentence in the current language. */
export function policyWarningText(w: PolicyWarning, t: TFunction): string {
  switch (w.code) {
    case 'multi_department_start_time':
      return t('policy.multiDepartmentStartTime', {
        start: w.params.start,
        allowed: String(w.params.allowed).split(' / ').join(t('policy.or')),
      });
    case 'large_meeting_lead_time':
      return t('policy.largeMeetingLeadTime', { months: w.params.months, days: w.params.days, count: Number(w.params.days) });
    default:
      return t('policy.unknown', { code: w.code });
  }
}
