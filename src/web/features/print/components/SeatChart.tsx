/** 座次表: the rostrum and the hall with every name, on A4 landscape (rows continue on further sheets), blocks in colour, reserved seats hatched. */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { blockOf, seatKeyOf, type SeatingPlan } from '../../../../shared/seating';
import { blockColours } from '../../seating/draft';
import { sheetsOf } from '../print-data';
import { Sheet, type Brand } from './Sheet';

const WIDTH = 277;
const HEIGHT = 190;
const LABEL = 12;
const GAP = 0.6;
const AISLE = 3;
const ROW_H = 8 + GAP;
const RO_H = 10 + GAP;

const cellWidth = (n: number, aisles: number) => Math.min(24, (WIDTH - LABEL - aisles * AISLE - GAP * n) / n);
/** Name size (pt) so the name fits the cell. */
const namePt = (name: string, cellMm: number) => Math.max(3.5, Math.min(12, ((cellMm - 1) / Math.max(1.5, [...name].length)) * 2.83465 * 0.95));

/** The hall's rows on each sheet: the first sheet also holds the rostrum. */
export function chartPages(layout: SeatingPlan['layout']): number[][] {
  const rostrumH = layout.rostrumRows.length ? layout.rostrumRows.length * RO_H + 9 : 0;
  const firstRows = Math.max(1, Math.floor((HEIGHT - 20 - rostrumH) / ROW_H));
  const laterRows = Math.floor((HEIGHT - 20) / ROW_H);
  const hallRows = Array.from({ length: layout.rows }, (_, i) => i + 1);
  return [hallRows.slice(0, firstRows), ...sheetsOf(hallRows.slice(firstRows), laterRows)];
}

/** The chart's sheets. */
export function SeatChart({ plan, brand, subtitle }: { plan: SeatingPlan; brand: Brand; subtitle: string }) {
  const { t } = useTranslation();
  const { layout, settings } = plan;
  const people = new Map(plan.people.map((p) => [p.participantId, p]));
  const at = new Map(plan.assignments.map((a) => [`${a.area}:${a.row}-${a.seat}`, people.get(a.participantId)]));
  const blocks = plan.blockOrder;
  const reserved = new Set(layout.reserved);
  const aisles = new Set(layout.aisles);
  const cw = cellWidth(layout.seatsPerRow, layout.aisles.length);
  const pages = chartPages(layout);
  // A hall that fits on one sheet gets taller cells, up to 14 mm, so the chart fills the paper.
  const rostrumH = layout.rostrumRows.length ? layout.rostrumRows.length * RO_H + 9 : 0;
  const rowH = pages.length === 1 ? Math.min(14 + GAP, Math.max(ROW_H, (HEIGHT - 24 - rostrumH) / Math.max(1, layout.rows))) : ROW_H;
  const cell = (key: string, width: number, extra: string, reservedSeat: boolean) => {
    const p = at.get(key);
    const colours = p ? blockColours(blocks.indexOf(blockOf(p, settings))) : {};
    return (
      <div key={key} className={`hw-chart-cell${extra}${reservedSeat ? ' is-reserved' : ''}`}
        style={{ width: `${width}mm`, ...(extra ? {} : { height: `${rowH - GAP}mm` }), ...colours, fontSize: `${p ? namePt(p.name, width) : 6}pt` }}>
        {p ? p.name : reservedSeat ? t('print.chart.reserved') : ''}
      </div>
    );
  };
  const used = new Set(plan.people.filter((p) => plan.assignments.some((a) => a.participantId === p.participantId)).map((p) => blockOf(p, settings)));
  return pages.map((rows, page) => (
    <Sheet key={page} landscape testId="sheet">
      <div className="hw-chart">
        <div className="hw-chart-head">
          <h2>{brand.meetingTitle} · {t('print.chart.title')}</h2>
          <div>{subtitle}{pages.length > 1 ? ` · ${t('print.chart.page', { n: page + 1, total: pages.length })}` : ''}</div>
        </div>
        {page === 0 && layout.rostrumRows.length > 0 && (
          <>
            {layout.rostrumRows.map((n, r) => {
              const w = Math.min(26, (WIDTH - LABEL - GAP * n) / n);
              return (
                <div className="hw-chart-row" key={`r${r}`} data-testid="chart-rostrum-row">
                  <span className="hw-chart-label">{t('print.chart.rostrumRow', { n: r + 1 })}</span>
                  {Array.from({ length: n }, (_, i) => cell(`rostrum:${r + 1}-${i + 1}`, w, ' is-rostrum', false))}
                  <span className="hw-chart-label" />
                </div>
              );
            })}
            <div className="hw-chart-stage">{t('print.chart.rostrum')}</div>
          </>
        )}
        {rows.map((r) => (
          <div className="hw-chart-row" key={r}>
            <span className="hw-chart-label">{t('print.chart.row', { n: r })}</span>
            {Array.from({ length: layout.seatsPerRow }, (_, i) => (
              <Fragment key={i}>
                {cell(`audience:${r}-${i + 1}`, cw, '', reserved.has(seatKeyOf(r, i + 1)))}
                {aisles.has(i + 1) && <span style={{ width: `${AISLE - GAP}mm`, flex: 'none' }} />}
              </Fragment>
            ))}
            <span className="hw-chart-label" />
          </div>
        ))}
        <div className="hw-chart-legend">
          {blocks.filter((b) => used.has(b)).map((b) => <span key={b || '-'}><i style={blockColours(blocks.indexOf(b))} />{b || t('print.chart.noBlock')}</span>)}
          <span>{t('print.chart.facing')}</span>
        </div>
      </div>
    </Sheet>
  ));
}
