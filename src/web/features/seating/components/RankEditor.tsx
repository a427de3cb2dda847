/** 主席台: the protocol ranks as a list to drag into order, and the seat order that follows, seen from the audience or from the rostrum. */
import { CloseOutlined, HolderOutlined } from '@ant-design/icons';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, TouchSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { App, Button, Flex, Segmented, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rowPlacement, type RostrumRule, type SeatPerson } from '../../../../shared/seating';
import { useShowError } from '../../../app/form-errors';
import { useSetRanks } from '../api';

function RankRow({ person, rank, canEdit, onRemove }: { person: SeatPerson; rank: number; canEdit: boolean; onRemove: () => void }) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: person.participantId, disabled: !canEdit });
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.6 : 1 }} className="hw-rank-row" data-testid="rank-row">
      {canEdit && <button type="button" className="hw-rank-handle" {...attributes} {...listeners} aria-label={t('seating.ranks.drag')}><HolderOutlined /></button>}
      <span className="hw-rank-no">{rank}</span>
      <span className="hw-rank-name">{person.name}</span>
      <span className="hw-rank-sub">{[person.title, person.unit].filter(Boolean).join(' · ')}</span>
      {canEdit && <Button type="text" size="small" icon={<CloseOutlined />} onClick={onRemove} aria-label={t('seating.ranks.remove')} />}
    </li>
  );
}

/** Each rostrum row's people from left to right as the chosen side sees them. */
function RostrumPreview({ ranked, rows, rule }: { ranked: SeatPerson[]; rows: number[]; rule: RostrumRule }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'audience' | 'leaders'>('audience');
  let next = 0;
  const lines = rows.map((seats) => {
    const group = ranked.slice(next, next + seats);
    next += group.length;
    const line: (SeatPerson & { rank: number } | null)[] = Array.from({ length: seats }, () => null);
    rowPlacement(seats, group.length, rule).forEach((seat, i) => (line[seat - 1] = { ...group[i], rank: next - group.length + i + 1 }));
    return view === 'audience' ? line : [...line].reverse();
  });
  return (
    <div className="hw-rostrum-preview">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{view === 'audience' ? t('seating.ranks.fromAudience') : t('seating.ranks.fromLeaders')}</Typography.Text>
        <Segmented size="small" value={view} onChange={(v) => setView(v as typeof view)} data-testid="rostrum-view"
          options={[{ value: 'audience', label: t('seating.ranks.audienceView') }, { value: 'leaders', label: t('seating.ranks.leadersView') }]} />
      </Flex>
      {view === 'leaders' && <div className="hw-rostrum-facing">{t('seating.ranks.audienceHere')}</div>}
      {lines.map((line, r) => (
        <div className="hw-rostrum-line" key={r} data-testid={`rostrum-line-${r + 1}`}>
          {line.map((p, i) => (
            <div className={`hw-rostrum-seat${p ? '' : ' is-empty'}`} key={i}>
              <b>{p ? p.rank : ''}</b>
              <span>{p ? p.name : t('seating.ranks.emptySeat')}</span>
            </div>
          ))}
        </div>
      ))}
      {view === 'audience' && <div className="hw-rostrum-facing">{t('seating.ranks.audienceHere')}</div>}
    </div>
  );
}

/** The rank list and the preview. */
export function RankEditor({ meetingId, people, rows, rule, canEdit }: { meetingId: string; people: SeatPerson[]; rows: number[]; rule: RostrumRule; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const setRanks = useSetRanks(meetingId);
  const showError = useShowError();
  const ranked = people.filter((p) => p.rank !== null).sort((a, b) => a.rank! - b.rank!);
  const [order, setOrder] = useState<string[] | null>(null);
  const shown = order ? order.map((id) => people.find((p) => p.participantId === id)!).filter(Boolean) : ranked;
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const save = (ids: string[]) => {
    setOrder(ids);
    setRanks.mutate(ids, { onSuccess: () => (setOrder(null), void message.success(t('seating.ranks.saved'))), onError: (e) => (setOrder(null), showError(e)) });
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const ids = shown.map((p) => p.participantId);
    save(arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
  };
  const capacity = rows.reduce((a, b) => a + b, 0);
  return (
    <div className="hw-rank-editor">
      <div className="hw-rank-list">
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>{t('seating.ranks.hint', { n: capacity })}</Typography.Text>
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
          <SortableContext items={shown.map((p) => p.participantId)} strategy={verticalListSortingStrategy}>
            <ol className="hw-rank-ol">
              {shown.map((p, i) => (
                <RankRow key={p.participantId} person={p} rank={i + 1} canEdit={canEdit} onRemove={() => save(shown.filter((x) => x !== p).map((x) => x.participantId))} />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
        {shown.length === 0 && <Typography.Text type="secondary">{t('seating.ranks.none')}</Typography.Text>}
        {canEdit && (
          <Select showSearch value={null} placeholder={t('seating.ranks.add')} style={{ width: '100%', marginTop: 8 }} optionFilterProp="label" data-testid="rank-add"
            options={people.filter((p) => !shown.includes(p)).map((p) => ({ value: p.participantId, label: [p.name, p.unit].filter(Boolean).join(' · ') }))}
            onChange={(id: string | null) => id && save([...shown.map((p) => p.participantId), id])} />
        )}
      </div>
      <RostrumPreview ranked={shown} rows={rows} rule={rule} />
    </div>
  );
}
