/** One seating plan: ranks and the rostrum, the room with drag / tap to seat and swap, reserved seats, auto-assign, the unseated, saving with the version. */
import { PrinterOutlined, SaveOutlined, SettingOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, TouchSensor, pointerWithin, useDroppable, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Popconfirm, Space, Switch, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/meetings';
import { unseated } from '../../../../shared/seating-assign';
import { blockOf, needsSeat, seatLabel, type SeatAssignment, type SeatingLayout, type SeatingPlan, type SeatingSettings } from '../../../../shared/seating';
import { isApiError } from '../../../app/api-client';
import { useShowError } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { seatingKeys, useAutoAssign, useSavePlan } from '../api';
import { blockColours, placeAt, spotOf, toggleReserved, unseat, withinLayout, type Spot } from '../draft';
import { PlanSettingsDrawer } from './PlanSettingsDrawer';
import { RankEditor } from './RankEditor';
import { PersonChip, SeatMap, type SeatView } from './SeatMap';

type Draft = { settings: SeatingSettings; layout: SeatingLayout; assignments: SeatAssignment[] };
const draftOf = (p: SeatingPlan): Draft => ({ settings: p.settings, layout: p.layout, assignments: p.assignments });

/** Who has no seat: first those the settings seat (auto-assign ran out of room, or they were moved off), then, apart, those the settings leave out. */
function UnseatedList({ ids, views, settings, picked, canEdit, onPick }: {
  ids: string[]; views: Map<string, SeatView>; settings: SeatingSettings; picked: string | null; canEdit: boolean; onPick: (id: string) => void;
}) {
  const { t } = useTranslation();
  const waiting = ids.filter((id) => needsSeat(views.get(id)!.person, settings));
  const leftOut = ids.filter((id) => !needsSeat(views.get(id)!.person, settings));
  const chip = (id: string) => {
    const v = views.get(id)!;
    return <PersonChip key={id} person={v.person} block={v.block} picked={picked === id} disabled={!canEdit} onPick={onPick} />;
  };
  const { setNodeRef, isOver } = useDroppable({ id: 'unseated', disabled: !canEdit });
  return (
    <div ref={setNodeRef} className={`hw-unseated${isOver ? ' is-over' : ''}`} data-testid="unseated">
      <Typography.Text strong data-testid="unseated-count">{t('seating.unseated', { count: waiting.length })}</Typography.Text>
      <div className="hw-unseated-list">
        {waiting.map(chip)}
        {waiting.length === 0 && <Typography.Text type="secondary">{t('seating.allSeated')}</Typography.Text>}
      </div>
      {leftOut.length > 0 && (
        <details className="hw-unseated-left-out" data-testid="unseated-left-out">
          <summary><Typography.Text type="secondary">{t('seating.leftOut', { count: leftOut.length })}</Typography.Text></summary>
          <div className="hw-unseated-list">{leftOut.map(chip)}</div>
        </details>
      )}
      {canEdit && <Typography.Text type="secondary" className="hw-unseated-hint">{t('seating.dropHint')}</Typography.Text>}
    </div>
  );
}

/** The editor. */
export function PlanEditor({ plan, meeting, canEdit }: { plan: SeatingPlan; meeting: Meeting; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const showError = useShowError();
  const save = useSavePlan(meeting.id);
  const auto = useAutoAssign(meeting.id);
  const [draft, setDraft] = useState<Draft>(() => draftOf(plan));
  const [version, setVersion] = useState(plan.version);
  const [picked, setPicked] = useState<string | null>(null);
  const [reserveMode, setReserveMode] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [dragging, setDragging] = useState<string | null>(null);
  useEffect(() => {
    if (plan.version !== version) (setDraft(draftOf(plan)), setVersion(plan.version));
  }, [plan, version]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(plan));

  const blocks = useMemo(() => {
    const names = new Set(plan.people.map((p) => blockOf(p, draft.settings)));
    return [...plan.blockOrder.filter((b) => names.has(b)), ...[...names].filter((b) => !plan.blockOrder.includes(b))];
  }, [plan.people, plan.blockOrder, draft.settings]);
  const views = useMemo(() => new Map(plan.people.map((p) => [p.participantId, { person: p, block: blocks.indexOf(blockOf(p, draft.settings)) }])), [plan.people, blocks, draft.settings]);
  const rest = unseated(plan.people, draft.assignments);

  const edit = (assignments: SeatAssignment[]) => setDraft((d) => ({ ...d, assignments }));
  const move = (participantId: string, to: Spot) => {
    if (to.area === 'audience' && draft.layout.reserved.includes(`${to.row}-${to.seat}`)) return void message.warning(t('seating.reservedSeat'));
    edit(placeAt(draft.assignments, participantId, to));
    setPicked(null);
  };
  const onSeat = (spot: Spot) => {
    if (reserveMode) {
      if (spot.area === 'audience') setDraft((d) => ({ ...d, ...toggleReserved(d.layout, d.assignments, spot.row, spot.seat) }));
      return;
    }
    if (picked) return move(picked, spot);
    const occupant = draft.assignments.find((a) => a.area === spot.area && a.row === spot.row && a.seat === spot.seat);
    if (occupant) setPicked(occupant.participantId);
  };
  const onPick = (id: string) => {
    if (reserveMode) return;
    if (picked && picked !== id) {
      const target = draft.assignments.find((a) => a.participantId === id);
      if (target) return move(picked, target);
    }
    setPicked(picked === id ? null : id);
  };
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }), useSensor(KeyboardSensor));
  const onDragStart = ({ active }: DragStartEvent) => setDragging(String(active.id).replace(/^person\|/, ''));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    const id = String(active.id).replace(/^person\|/, '');
    if (!over) return;
    if (over.id === 'unseated') return edit(unseat(draft.assignments, id));
    const spot = spotOf(String(over.id));
    if (spot) move(id, spot);
  };

  const onError = (e: unknown) => {
    if (isApiError(e) && e.status === 409) {
      void message.warning(t('seating.conflict'));
      void client.invalidateQueries({ queryKey: seatingKeys.plan(plan.id) });
    } else showError(e);
  };
  const input = () => ({ version: plan.version, name: plan.name, venueId: plan.venueId, ...draft });
  const onSave = () => save.mutate({ id: plan.id, input: input() }, { onSuccess: () => void message.success(t('seating.saved')), onError });
  const onAuto = () => {
    const run = (v: number) => auto.mutate({ id: plan.id, version: v }, {
      onSuccess: (p) => void (p.unassigned.length ? message.warning(t('seating.autoFull', { count: p.unassigned.length })) : message.success(t('seating.autoDone'))),
      onError,
    });
    if (dirty) save.mutate({ id: plan.id, input: input() }, { onSuccess: (p) => run(p.version), onError });
    else run(plan.version);
  };
  const pickedSeat = picked ? draft.assignments.find((a) => a.participantId === picked) : undefined;
  const printUrl = (kind: string) => `/print/${encodeURIComponent(meeting.id)}/${kind}?plan=${encodeURIComponent(plan.id)}`;

  return (
    <>
      <Flex wrap gap={8} justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Space wrap>
          {canEdit && <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={save.isPending} onClick={onSave} data-testid="seating-save">{t('seating.save')}</Button>}
          {canEdit && (
            <Popconfirm title={t('seating.autoConfirm')} description={<div style={{ maxWidth: 300 }}>{t('seating.autoHint')}</div>} onConfirm={onAuto}>
              <Button icon={<ThunderboltOutlined />} loading={auto.isPending} data-testid="seating-auto">{t('seating.auto')}</Button>
            </Popconfirm>
          )}
          {canEdit && <Button icon={<SettingOutlined />} onClick={() => setSettingsOpen(true)} data-testid="seating-settings">{t('seating.settings.button')}</Button>}
          <Tag color={dirty ? 'orange' : 'default'} style={{ marginInlineEnd: 0 }}>{dirty ? t('seating.unsaved') : t('seating.versionN', { n: plan.version })}</Tag>
        </Space>
        <Space wrap>
          <Button icon={<PrinterOutlined />} href={printUrl('seat-chart')} target="_blank" rel="noopener" data-testid="seating-print-chart">{t('seating.printChart')}</Button>
          <Button icon={<PrinterOutlined />} href={printUrl('seat-cards')} target="_blank" rel="noopener">{t('seating.printCards')}</Button>
        </Space>
      </Flex>
      {dirty && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('seating.unsavedHint')} />}

      <Card size="small" title={t('seating.ranks.title')} style={{ marginBottom: 12 }}>
        <RankEditor meetingId={meeting.id} people={plan.people} rows={draft.layout.rostrumRows} rule={draft.settings} canEdit={canEdit} />
      </Card>

      <Card size="small" title={t('seating.map.title', { rows: draft.layout.rows, seats: draft.layout.seatsPerRow })}
        extra={canEdit && <Space><Typography.Text type="secondary">{t('seating.reserveMode')}</Typography.Text><Switch size="small" checked={reserveMode} onChange={setReserveMode} data-testid="seating-reserve" /></Space>}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {reserveMode ? t('seating.reserveHint') : picked ? t('seating.pickedHint', { name: views.get(picked)?.person.name, seat: pickedSeat ? seatLabel(pickedSeat, currentLang()) : t('seating.noSeat') }) : t('seating.mapHint')}
        </Typography.Paragraph>
        <DndContext sensors={sensors} collisionDetection={pointerWithin} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragging(null)}>
          <div className="hw-seating-body">
            <div className="hw-seating-map-wrap">
              <SeatMap layout={draft.layout} assignments={draft.assignments} views={views} picked={picked} canEdit={canEdit} onSeat={onSeat} onPick={onPick} />
            </div>
            <UnseatedList ids={rest} views={views} settings={draft.settings} picked={picked} canEdit={canEdit} onPick={onPick} />
          </div>
          <DragOverlay>{dragging && views.get(dragging) ? <span className="hw-seat-chip is-overlay" style={blockColours(views.get(dragging)!.block)}>{views.get(dragging)!.person.name}</span> : null}</DragOverlay>
        </DndContext>
        <div className="hw-seating-legend" data-testid="seating-legend">
          {blocks.map((b, i) => (
            <span key={b || '-'} className="hw-seating-legend-item"><i style={blockColours(i)} />{b || t('seating.noBlock')} · {plan.people.filter((p) => blockOf(p, draft.settings) === b).length}</span>
          ))}
          <span className="hw-seating-legend-item"><i className="is-reserved" />{t('seating.reserved')}</span>
        </div>
      </Card>
      <PlanSettingsDrawer open={settingsOpen} settings={draft.settings} layout={draft.layout} onClose={() => setSettingsOpen(false)}
        onApply={(settings, layout) => (setDraft((d) => ({ settings, layout, assignments: withinLayout(layout, d.assignments) })), setSettingsOpen(false))} />
    </>
  );
}
