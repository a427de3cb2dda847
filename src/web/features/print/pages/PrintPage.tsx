/** `/print/:meetingId/:kind`: print-ready A4 pages (badges, table cards, meal tickets, seat cards, the seat chart) without the app's chrome. */
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Empty, Result, Segmented, Select, Space, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageLoading, useCan } from '../../../app/auth';
import { errorMessage } from '../../../app/form-errors';
import { useMeeting, useParticipants } from '../../meetings/api';
import { roleLabel } from '../../notices/labels';
import { logoUrl, useOrg } from '../../org/api';
import { useSeatingPlan, useSeatingPlans } from '../../seating/api';
import { usePasses } from '../api';
import { Badges } from '../components/Badges';
import { chartPages, SeatChart } from '../components/SeatChart';
import type { Brand } from '../components/Sheet';
import { TableCards } from '../components/TableCards';
import { MealTickets, SeatCards } from '../components/Tickets';
import { MEALS, mealTickets, meetingDays, parseWho, PRINT_KINDS, printPeople, seatsById, SHEET, whoText, type Meal, type PrintKind } from '../print-data';
import '../print.css';

/** The page. */
export function PrintPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { meetingId, kind: kindParam } = useParams();
  const kind = (PRINT_KINDS as readonly string[]).includes(kindParam ?? '') ? (kindParam as PrintKind) : null;
  const [search, setSearch] = useSearchParams();
  const who = parseWho(search.get('who'));
  const meals = (search.get('meals') ?? 'lunch,dinner').split(',').filter((m): m is Meal => (MEALS as readonly string[]).includes(m));
  const meeting = useMeeting(meetingId);
  const participants = useParticipants(meetingId);
  const org = useOrg();
  const needsQr = kind === 'badges' || kind === 'meal-tickets';
  const needsPlan = kind === 'seat-cards' || kind === 'seat-chart';
  const canPasses = useCan('checkin.scan');
  const passes = usePasses(meetingId, canPasses && needsQr);
  const plans = useSeatingPlans(needsPlan ? meetingId : undefined);
  const planId = search.get('plan') ?? plans.data?.[0]?.id;
  const plan = useSeatingPlan(needsPlan ? planId : undefined);
  const set = (key: string, value: string | null) => setSearch((prev) => {
    const next = new URLSearchParams(prev);
    if (value === null) next.delete(key);
    else next.set(key, value);
    return next;
  }, { replace: true });
  useEffect(() => {
    if (kind && meeting.data) document.title = `${t(`print.kind.${kind}`)} · ${meeting.data.title}`;
  }, [kind, meeting.data, t]);

  if (!kind) return <Result status="404" title={t('print.unknownKind')} extra={<Button onClick={() => navigate(-1)}>{t('print.back')}</Button>} />;
  const failed = meeting.error ?? participants.error ?? org.error;
  if (failed) return <Result status="warning" title={errorMessage(failed)} />;
  const loading = meeting.isPending || participants.isPending || org.isPending || (needsQr && canPasses && passes.isPending)
    || (needsPlan && (plans.isPending || (!!planId && plan.isPending)));
  if (loading) return <PageLoading />;

  const m = meeting.data!;
  const brand: Brand = { orgName: org.data!.name, logoUrl: org.data!.logoUpdatedAt === null ? null : logoUrl(org.data!.logoUpdatedAt), primary: org.data!.policy.brandPrimary, accent: org.data!.policy.brandAccent, meetingTitle: m.title };
  const people = printPeople(participants.data!, passes.data ?? null, who);
  const days = meetingDays(m.startAt, m.endAt, m.timeZone);
  const tickets = kind === 'meal-tickets' ? mealTickets(people, days, meals) : [];
  const seats = plan.data ? seatsById(plan.data.assignments) : new Map();
  const seated = people.filter((p) => seats.has(p.participantId));
  let sheets: ReactNode = null;
  let items = people.length;
  let sheetCount = 0;
  if (kind === 'badges') (sheets = <Badges people={people} brand={brand} />), (sheetCount = Math.ceil(people.length / SHEET.badges.perSheet));
  else if (kind === 'table-cards') (sheets = <TableCards people={people} brand={brand} />), (sheetCount = people.length);
  else if (kind === 'meal-tickets') (sheets = <MealTickets tickets={tickets} brand={brand} />), (items = tickets.length), (sheetCount = Math.ceil(tickets.length / SHEET['meal-tickets'].perSheet));
  else if (kind === 'seat-cards' && plan.data) {
    sheets = <SeatCards people={seated} seats={seats} brand={brand} planName={plan.data.name} />;
    items = seated.length;
    sheetCount = Math.ceil(seated.length / SHEET['seat-cards'].perSheet);
  } else if (kind === 'seat-chart' && plan.data) {
    sheets = <SeatChart plan={plan.data} brand={brand} subtitle={[plan.data.name, plan.data.venueName].filter(Boolean).join(' · ')} />;
    items = plan.data.assignments.length;
    sheetCount = chartPages(plan.data.layout).length;
  }

  const groups = [...new Set(participants.data!.map((p) => p.groupName).filter((g): g is string => !!g))];
  const roles = [...new Set(participants.data!.map((p) => p.role))];
  const unseated = kind === 'seat-cards' && plan.data ? people.filter((p) => !seats.has(p.participantId)) : [];
  return (
    <div className="hw-print" data-print-ready="true" data-testid="print-page">
      <style>{`@page { size: A4 ${SHEET[kind].landscape ? 'landscape' : 'portrait'}; margin: 0; }`}</style>
      <div className="hw-print-bar">
        <Space wrap align="center">
          <Link to={`/meetings/${encodeURIComponent(m.id)}`}><ArrowLeftOutlined /> {m.title}</Link>
          <Typography.Title level={1} style={{ fontSize: 18, margin: 0 }}>{t(`print.kind.${kind}`)}</Typography.Title>
        </Space>
        <Space wrap>
          <Segmented value={kind} onChange={(k) => navigate(`/print/${encodeURIComponent(m.id)}/${k}?${search.toString()}`)} data-testid="print-kind"
            options={PRINT_KINDS.map((k) => ({ value: k, label: t(`print.kind.${k}`) }))} />
          {!needsPlan || kind === 'seat-cards' ? (
            <Select value={whoText(who)} onChange={(v) => set('who', v === 'all' ? null : v)} style={{ minWidth: 160 }} data-testid="print-who"
              options={[{ value: 'all', label: t('print.who.all') },
                ...groups.map((g) => ({ value: `group:${g}`, label: t('print.who.group', { name: g }) })),
                ...roles.map((r) => ({ value: `role:${r}`, label: t('print.who.role', { name: roleLabel(r) }) }))]} />
          ) : null}
          {needsPlan && (plans.data?.length ?? 0) > 0 && (
            <Select value={planId} onChange={(v) => set('plan', v)} style={{ minWidth: 160 }} options={plans.data!.map((p) => ({ value: p.id, label: p.name }))} />
          )}
          {kind === 'meal-tickets' && (
            <Checkbox.Group value={meals} onChange={(v) => set('meals', (v as string[]).join(','))} options={MEALS.map((meal) => ({ value: meal, label: t(`print.meal.${meal}`) }))} />
          )}
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={sheetCount === 0} data-testid="print-button">{t('print.print')}</Button>
          <Typography.Text type="secondary" data-testid="print-count">{t('print.count', { items, sheets: sheetCount })}</Typography.Text>
        </Space>
        <div className="hw-print-hint">{t(kind === 'table-cards' ? 'print.hintTent' : kind === 'seat-chart' ? 'print.hintChart' : 'print.hintPortrait')}</div>
        {needsQr && !passes.data && <Alert type="warning" showIcon title={t('print.noPasses')} />}
        {needsPlan && !plan.data && <Alert type="warning" showIcon title={t('print.noPlan')} />}
        {unseated.length > 0 && <Alert type="info" showIcon title={t('print.unseated', { count: unseated.length, names: unseated.slice(0, 8).map((p) => p.name).join('、') })} />}
      </div>
      <div className="hw-print-sheets">
        {sheetCount ? sheets : <Empty style={{ marginTop: 48 }} description={t('print.empty')} />}
      </div>
    </div>
  );
}
