/** 桌签 table cards: one A4 landscape sheet each, folded along the middle into a tent; the upper half is turned 180° so the name reads from both sides; the logo sits in the corner of each half. */
import { useTranslation } from 'react-i18next';
import type { PrintPerson } from '../print-data';
import { fitName, Logo, Sheet, type Brand } from './Sheet';

function Half({ person, brand, upper }: { person: PrintPerson; brand: Brand; upper: boolean }) {
  return (
    <div className={`hw-tent-half ${upper ? 'is-upper' : 'is-lower'}`} data-testid={upper ? 'tent-upper' : 'tent-lower'}>
      <div className="hw-tent-name" style={{ fontSize: `${fitName(person.name, 230, 110)}pt` }}>{person.name}</div>
      {person.unit && <div className="hw-tent-unit">{person.unit}</div>}
      <div className="hw-tent-logo"><Logo brand={brand} mm={14} chip={false} /></div>
      <div className="hw-tent-band" style={{ background: brand.primary }} />
    </div>
  );
}

/** Sheets of table cards. */
export function TableCards({ people, brand }: { people: PrintPerson[]; brand: Brand }) {
  const { t } = useTranslation();
  return people.map((p) => (
    <Sheet key={p.participantId} landscape testId="sheet">
      <Half person={p} brand={brand} upper />
      <div className="hw-tent-fold"><span>{t('print.tent.fold')}</span></div>
      <Half person={p} brand={brand} upper={false} />
    </Sheet>
  ));
}
