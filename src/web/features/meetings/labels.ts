/** Colours and orderings the meeting screens share (texts live in the locale files). */
import type { MeetingPhase, MeetingStatus, TransitionAction } from '../../../shared/meetings';

/** Tag colour of each state, so a state looks the same on every page. */
export const STATUS_COLORS: Record<MeetingStatus, string> = {
  draft: 'default',
  planned: 'gold',
  approved: 'blue',
  notified: 'cyan',
  in_progress: 'green',
  concluded: 'purple',
  closed: 'geekblue',
  cancelled: 'red',
};

/** Tag colour of each phase. */
export const PHASE_COLORS: Record<MeetingPhase, string> = {
  before: 'blue',
  during: 'green',
  after: 'purple',
  cancelled: 'default',
};

/** The lifecycle in order (cancelled is off the line). */
export const LIFECYCLE: readonly MeetingStatus[] = ['draft', 'planned', 'approved', 'notified', 'in_progress', 'concluded', 'closed'];

/** Actions that move the meeting forward get the primary button; the others stay plain or red. */
export const ACTION_STYLE: Record<TransitionAction, 'primary' | 'default' | 'danger'> = {
  submit: 'primary',
  withdraw: 'default',
  approve: 'primary',
  reject: 'danger',
  notify: 'primary',
  start: 'primary',
  conclude: 'primary',
  close: 'primary',
  cancel: 'danger',
};
