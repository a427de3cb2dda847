/** 胸卡 badges, four to an A4 sheet with crop marks: the organisation's colour band with its logo and name, the name large, unit, role, the pass QR. */
import { useTranslation } from 'react-i18next';
import { roleLabel } from '../../notices/labels';
import { sheetsOf, type PrintPerson } from '../print-data';
import { fitName, GridSheet, Logo, Qr, type Brand } from './Sheet';

/** Badge size in mm (2 × 2 on A4). */
export const BADGE = { w: 95, h: 134 };

/** One badge. */
export function Badge({ person, brand }: { person: PrintPerson; brand: Brand }) {
  const { t } = useTranslation();
  return (
    <div className="hw-card hw-badge" data-testid="badge">
      <div className="hw-badge-top" style={{ background: brand.primary }}>
        <div className="hw-badge-org"><Logo brand={brand} mm={9} /><span>{brand.orgName}</span></div>
        <div className="hw-badge-meeting">{brand.meetingTitle}</div>
      </div>
      <div className="hw-badge-name" style={{ fontSize: `${fitName(person.name, BADGE.w - 14, 44)}pt` }}>{person.name}</div>
      <div className="hw-badge-unit">{[person.unit ?? person.departmentName, person.title].filter(Boolean).join(' · ')}</div>
      <div className="hw-badge-role" style={{ background: brand.accent }}>{person.groupName ?? roleLabel(person.role)}</div>
      <div className="hw-badge-qr">
        {person.token ? <><Qr text={person.token} mm={30} /><small>{t('print.badge.qr')}</small></> : <small>{t('print.badge.noPass')}</small>}
      </div>
      <div className="hw-badge-bottom" style={{ background: brand.primary }} />
    </div>
  );
}

/** Sheets of badges. */
export function Badges({ people, brand }: { people: PrintPerson[]; brand: Brand }) {
  return sheetsOf(people, 4).map((sheet, i) => (
    <GridSheet key={i} cols={2} rows={2} w={BADGE.w} h={BADGE.h} testId="sheet">
      {sheet.map((p) => <Badge key={p.participantId} person={p} brand={brand} />)}
    </GridSheet>
  ));
}
