/** The agenda checks as a warning box (room overlaps, items outside the meeting, presenter clashes, gaps, the start-time rule); they advise, never block. */
import { Alert } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaWarning } from '../api';
import { warningText } from '../labels';

/** Props: the warnings, a title, and optionally the item whose warnings are marked (the one being edited). */
export type AgendaWarningsProps = { warnings: readonly AgendaWarning[]; title: ReactNode; focusId?: string; style?: CSSProperties; testId?: string };

/** An antd warning Alert listing the warnings; nothing when there are none. */
export function AgendaWarnings({ warnings, title, focusId, style, testId = 'agenda-warnings' }: AgendaWarningsProps) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  // The edited item's own problems first; the order inside each part stays the checks' order.
  const mine = focusId ? warnings.filter((w) => w.itemIds.includes(focusId)) : [];
  const rest = warnings.filter((w) => !mine.includes(w));
  const line = (w: AgendaWarning, i: number, strong: boolean) => (
    <li key={`${w.code}-${w.itemIds.join('-')}-${i}`} data-code={w.code} style={{ fontWeight: strong ? 600 : undefined }}>{warningText(w, t)}</li>
  );
  return (
    <Alert
      data-testid={testId}
      type="warning"
      showIcon
      style={style}
      title={title}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {mine.map((w, i) => line(w, i, true))}
          {rest.map((w, i) => line(w, i, false))}
        </ul>
      }
    />
  );
}
