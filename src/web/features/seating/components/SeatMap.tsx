/** The room as the audience faces it: rostrum rows on top, then the hall's rows with aisles; seats take drops, people can be dragged or tapped. */
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { Fragment, memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { seatKeyOf, type SeatAssignment, type SeatingLayout, type SeatPerson } from '../../../../shared/seating';
import { blockColours, spotId, type Spot } from '../draft';

/** What a seat needs to know about the person on it. */
export type SeatView = { person: SeatPerson; block: number };

/** A person chip: dragged between seats and the unseated list, or tapped to pick. */
export const PersonChip = memo(function PersonChip({ person, block, picked, disabled, onPick, compact }: {
  person: SeatPerson; block: number; picked: boolean; disabled: boolean; onPick: (id: string) => void; compact?: boolean;
}) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: `person|${person.participantId}`, disabled });
  const style: CSSProperties = { ...(block >= 0 ? blockColours(block) : {}), opacity: isDragging ? 0.4 : 1 };
  return (
    <button
      type="button" ref={setNodeRef} {...attributes} {...listeners} style={style} title={[person.name, person.unit].filter(Boolean).join(' · ')}
      className={`hw-seat-chip${picked ? ' is-picked' : ''}${compact ? ' is-compact' : ''}`} data-testid={`chip-${person.name}`}
      onClick={(e) => (e.stopPropagation(), onPick(person.participantId))}
    >
      {person.name}
    </button>
  );
});

const Seat = memo(function Seat({ spot, view, reserved, picked, canEdit, onSeat, onPick }: {
  spot: Spot; view: SeatView | undefined; reserved: boolean; picked: string | null; canEdit: boolean; onSeat: (s: Spot) => void; onPick: (id: string) => void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: spotId(spot), disabled: !canEdit || reserved });
  return (
    <div ref={setNodeRef} className={`hw-seat${reserved ? ' is-reserved' : ''}${isOver ? ' is-over' : ''}${view ? ' is-taken' : ''}`}
      onClick={() => canEdit && onSeat(spot)} data-seat={`${spot.area}-${spot.row}-${spot.seat}`}>
      <span className="hw-seat-no">{spot.seat}</span>
      {view && <PersonChip person={view.person} block={view.block} picked={picked === view.person.participantId} disabled={!canEdit} onPick={onPick} compact />}
    </div>
  );
});

/** Props of the map. */
export type SeatMapProps = {
  layout: SeatingLayout;
  assignments: readonly SeatAssignment[];
  views: Map<string, SeatView>;
  picked: string | null;
  canEdit: boolean;
  onSeat: (s: Spot) => void;
  onPick: (id: string) => void;
};

/** The map. */
export function SeatMap({ layout, assignments, views, picked, canEdit, onSeat, onPick }: SeatMapProps) {
  const { t } = useTranslation();
  const at = new Map(assignments.map((a) => [`${a.area}:${a.row}-${a.seat}`, views.get(a.participantId)]));
  const reserved = new Set(layout.reserved);
  const aisles = new Set(layout.aisles);
  const seat = (s: Spot) => (
    <Seat key={s.seat} spot={s} view={at.get(`${s.area}:${s.row}-${s.seat}`)} reserved={s.area === 'audience' && reserved.has(seatKeyOf(s.row, s.seat))}
      picked={picked} canEdit={canEdit} onSeat={onSeat} onPick={onPick} />
  );
  return (
    <div className="hw-seatmap" data-testid="seat-map">
      {layout.rostrumRows.length > 0 && (
        <div className="hw-seatmap-rostrum">
          {layout.rostrumRows.map((n, r) => (
            <div className="hw-seat-row is-centred" key={r}>
              <span className="hw-seat-rowlabel">{t('seating.map.rostrumRow', { n: r + 1 })}</span>
              {Array.from({ length: n }, (_, i) => seat({ area: 'rostrum', row: r + 1, seat: i + 1 }))}
            </div>
          ))}
          <div className="hw-seatmap-stage">{t('seating.map.rostrum')}</div>
        </div>
      )}
      <div className="hw-seatmap-hall">
        {Array.from({ length: layout.rows }, (_, r) => (
          <div className="hw-seat-row" key={r}>
            <span className="hw-seat-rowlabel">{t('seating.map.row', { n: r + 1 })}</span>
            {Array.from({ length: layout.seatsPerRow }, (_, i) => (
              <Fragment key={i}>
                {seat({ area: 'audience', row: r + 1, seat: i + 1 })}
                {aisles.has(i + 1) && <span className="hw-seat-aisle" aria-hidden />}
              </Fragment>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
