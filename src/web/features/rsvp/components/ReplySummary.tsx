/** What a reply recorded, item by item, in the page's language (only the items that were given). */
import { Descriptions, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_LABELS, LODGING_LABELS, TRAVEL_MODE_LABELS, type Attendance, type Reply } from '../../../../shared/rsvp';
import { currentLang } from '../../../app/i18n';
import { dateLabel, dayLabel } from '../reply-values';

const join = (parts: (string | null | undefined)[], sep = ' · ') => parts.filter((p) => p && p.trim()).join(sep);

/** The recorded answer; `attendance` is the participant's state (the reply may be missing when an organiser set it). */
export function ReplySummary({ attendance, reply, paid }: { attendance: Attendance; reply: Reply | null; paid: boolean }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const items: NonNullable<DescriptionsProps['items']> = [
    { key: 'attendance', label: t('rsvp.summary.attendance'), children: <strong data-testid="rsvp-recorded-attendance">{ATTENDANCE_LABELS[attendance][lang]}</strong> },
  ];
  const pair = (label: string, value: string) => t('rsvp.summary.pair', { label, value });
  const add = (key: string, label: string, value: string | null | undefined) => {
    if (value && value.trim()) items.push({ key, label, children: <span className="hw-pre">{value}</span> });
  };
  if (reply) {
    if (reply.substitute) add('substitute', t('rsvp.summary.substitute'), join([reply.substitute.name, reply.substitute.title, reply.substitute.phone]));
    add('leaveReason', t('rsvp.leaveReason'), reply.leaveReason);
    for (const name of ['arrival', 'departure'] as const) {
      const leg = reply[name];
      if (leg) {
        add(name, t(`rsvp.travel.${name}`), join([
          join([dateLabel(leg.date, lang), leg.time], ' '),
          leg.mode ? TRAVEL_MODE_LABELS[leg.mode][lang] : null,
          leg.number,
          leg.station,
        ]));
      }
    }
    if (reply.lodging) {
      const nights = reply.lodging.nights?.length ? t('rsvp.summary.nights', { count: reply.lodging.nights.length, days: reply.lodging.nights.map((d) => dayLabel(d, lang)).join(lang === 'zh-CN' ? '、' : ', ') }) : null;
      const share = reply.lodging.shareWith ? t('rsvp.summary.shareWith', { name: reply.lodging.shareWith }) : null;
      add('lodging', t('rsvp.section.lodging'), join([LODGING_LABELS[reply.lodging.need][lang], nights, share], '\n'));
    }
    if (reply.dietary) {
      const d = reply.dietary;
      add('dietary', t('rsvp.section.dietary'), join([
        d.halal ? t('rsvp.dietary.halal') : null,
        d.vegetarian ? t('rsvp.dietary.vegetarian') : null,
        d.allergies ? pair(t('rsvp.dietary.allergies'), d.allergies) : null,
        d.other ? pair(t('rsvp.dietary.other'), d.other) : null,
      ], '\n'));
    }
    if (paid && reply.payment) {
      const p = reply.payment;
      add('payment', t('rsvp.section.payment'), join([
        t(`rsvp.payment.statuses.${p.status}`),
        p.invoiceTitle ? pair(t('rsvp.payment.invoiceTitle'), p.invoiceTitle) : null,
        p.taxId ? pair(t('rsvp.payment.taxId'), p.taxId) : null,
      ], '\n'));
    }
    if (reply.companions?.length) add('companions', t('rsvp.section.companions'), reply.companions.map((c) => join([c.name, c.relation, c.phone])).join('\n'));
    add('note', t('rsvp.section.note'), reply.note);
  }
  return <Descriptions className="hw-rsvp-summary" column={1} size="small" bordered items={items} data-testid="rsvp-summary" />;
}
