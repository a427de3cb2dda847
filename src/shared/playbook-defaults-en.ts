/**
 * The English of the built-in playbook steps, written for a secretariat and mirroring the Chinese handbook text variant by
 * variant (the outside-meeting and forum wordings of playbook-defaults.ts). Organisations store Chinese; English readers see
 * these words only while a step still carries the shipped Chinese text, so an organisation's own edits are shown as written.
 */
import type { Lang } from './errors';
import { DEFAULT_PLAYBOOKS, type PlaybookDef } from './playbook-defaults';

type Text = { title: string; description: string };
/** A step's English with the same overrides its Chinese has: `outside` for the external and forum playbooks, `forum` on top. */
type EnSpec = Text & { outside?: Partial<Text>; forum?: Partial<Text> };

/** English title and description of every built-in step key. */
export const STEP_TEXT_EN: Record<string, EnSpec> = {
  plan: {
    title: 'Draft the meeting plan',
    description: 'As a rule, start planning a large meeting at least three months ahead. The plan covers the name and theme, purpose, dates, venue, speakers, attendees, main agenda, budget, and the organising tasks with who is responsible for each. Keep it concise, specific and workable.',
  },
  topic_scope: {
    title: 'Settle the topics and who attends',
    description: 'Set the purpose and topics of the meeting (reports, briefings or discussion) and decide who takes part: the chair, presenters, participants, those in attendance and the minute-taker; settle the size of the meeting.',
    forum: { description: 'Following the meeting plan, settle the theme and topics, decide whom to invite (speakers, delegates, participants and so on) and the size of the meeting, and draw up the lists in advance.' },
  },
  invitations: {
    title: 'Invite speakers and sponsors',
    description: 'Invite speakers who suit the theme and purpose, and agree their talk titles, fees, slides and travel; approach the sponsors on file and follow up to confirm attendance: their attendee list, payment of the sponsorship fee, accommodation and travel.',
  },
  venue: {
    title: 'Choose the venue',
    description: 'Choose and book a venue to suit the size and format of the meeting: the room must be large enough for everyone attending, well ventilated and well lit, and fully equipped.',
    outside: { description: 'Choose and book a venue outside the organisation to suit the size and format of the meeting: it must hold everyone attending, be fully equipped and easy to reach, with accommodation and catering that meet the meeting’s needs.' },
  },
  meeting_notice: {
    title: 'Draft the meeting notice',
    description: 'Draft the meeting notice from the template and send it out, stating the purpose, start and end times and place. Meetings with several departments start at 9:10 in the morning or 14:10 in the afternoon. Send it early so attendees have time to prepare.',
    forum: { title: 'Draft the meeting notice (first round)', description: 'Issue the meeting notice once the plan is settled; as preparations progress, it can go out in a first, second and third round.' },
  },
  budget: {
    title: 'Submit the meeting budget',
    description: 'Prepare the budget from the template — venue, equipment, refreshments and meals, supplies — and submit it for approval.',
    outside: { description: 'Prepare the budget from the template — venue, accommodation, meals, vehicles, equipment and supplies — and submit it for approval.' },
    forum: { description: 'Prepare the budget from the meeting plan — venue, accommodation, meals, vehicles, equipment, publicity and speaker fees — list the income from sponsorship and registration fees, and submit it for approval.' },
  },
  publicity: {
    title: 'Publicity and promotion',
    description: 'The host, co-hosts and organisers promote the event on their own channels — WeChat official accounts, WeChat Channels, Douyin, Weibo, live streams — and through third-party platforms, media networks and online advertising.',
  },
  coordination_1: {
    title: 'First coordination meeting',
    description: 'Bring the departments concerned together for a coordination meeting, so that each carries out its part as the plan requires.',
  },
  attendee_confirm: {
    title: 'Confirm attendees',
    description: 'Confirm the attendee list from the reply slips; contact attendees to check they can come on time and remind them to prepare their materials.',
    outside: { description: 'Confirm the attendee list from the reply slips, check that attendees can come on time, and confirm their accommodation needs and how they will arrive and leave.' },
    forum: { description: 'Follow-up calls to confirm attendance: confirm the attendee list, registration payments, accommodation and travel.' },
  },
  coordination_2: {
    title: 'Second coordination meeting',
    description: 'As the meeting moves from promotion and invitations to final preparations, hold another coordination meeting: break down the tasks, divide the work, name who is responsible and set a deadline for each task.',
  },
  equipment: {
    title: 'Prepare the equipment',
    description: 'Prepare what the meeting needs — projector, microphones, sound system, whiteboard, laptops — and make sure everything is there and working.',
    outside: { description: 'Prepare what the meeting needs — projector, microphones, sound system, whiteboard, laptops — list the equipment to be taken to the venue, borrowed or hired, and make sure everything is there and working.' },
  },
  reservations: {
    title: 'Make the bookings',
    description: 'Book the meals, refreshment breaks and other services the meeting needs for the confirmed number of people.',
    outside: { description: 'Book hotel rooms (shared rooms allowed), meals and meeting rooms for the confirmed number of people, sign the hotel agreement and check that it meets the meeting’s requirements.' },
    forum: { description: 'Hotel arrangements: from the follow-up calls, confirm that rooms (including shared rooms), meals and meeting rooms meet the requirements, and give the hotel the expected numbers.' },
  },
  vehicles: {
    title: 'Arrange transport',
    description: 'From attendees’ arrival and return details, arrange station and airport pick-ups and transport during the meeting, specifying the vehicles, drivers, times and passengers.',
  },
  logistics_notice: {
    title: 'Draft the logistics notice',
    description: 'Draft the logistics notice from the template, giving the venue, check-in and meal arrangements and the organisers’ contact.',
    outside: { description: 'Draft the logistics notice from the template, giving registration, accommodation, meal, transport and venue arrangements and the organisers’ contact.' },
  },
  agenda_ppt: {
    title: 'Prepare the agenda slides',
    description: 'Make the agenda slides from the topics, showing the time and presenter of each item, and keep the timing and pace under control; send the agenda to attendees before the meeting.',
  },
  materials: {
    title: 'Upload and distribute the materials',
    description: 'Prepare the meeting documents in advance (agenda, speeches, speakers’ slides and so on), upload them and send them to attendees so everyone has time to read up on the meeting.',
  },
  food: {
    title: 'Buy refreshments',
    description: 'Buy the tea, fruit, snacks and other refreshments the meeting needs, according to the numbers attending and their dietary restrictions.',
  },
  brief_staff: {
    title: 'Brief the service staff',
    description: 'Walk the service staff through the running order, the service expected and who does what (check-in, ushering, tea, equipment), with each duty assigned to a named person.',
  },
  venue_setup: {
    title: 'Set up and walk through the room',
    description: 'Set up the room for the size and format of the meeting (tables and chairs, seating plan, name cards), check that the projector, sound system and other equipment work, and get to know the room and how to operate the equipment.',
  },
  room_support: {
    title: 'Meeting room support',
    description: 'Set up the check-in desk with someone dedicated to it, hand out the meeting documents and show attendees to their seats; keep the equipment running, serve tea, keep order in the room and deal with anything unexpected.',
  },
  presenter_support: {
    title: 'Presenter support',
    description: 'Following the agenda, remind presenters when they are next, check their slides are ready and keep to time; if the meeting runs longer or shorter, tell attendees in advance.',
  },
  meals: {
    title: 'Catering',
    description: 'Run the refreshment breaks and meals during the meeting, allowing for different tastes and dietary restrictions, and guide attendees to the dining area.',
  },
  entertainment: {
    title: 'Leisure activities',
    description: 'Arrange and run the leisure and team-building activities during the meeting, with everything they need at hand.',
  },
  lodging: {
    title: 'Accommodation',
    description: 'Check in attendees from out of town and hand out room cards; handle room sharing and any problems with the rooms.',
  },
  departure_vehicles: {
    title: 'Departure transport',
    description: 'Arrange transport for departures from the return details, taking attendees to the station or airport.',
  },
  checkout: {
    title: 'Hotel check-out',
    description: 'Organise attendees’ check-out and go through the rooms and charges.',
  },
  equipment_tidy: {
    title: 'Pack up the equipment',
    description: 'After the meeting, count and pack up the equipment and supplies and put the room back as it was.',
  },
  settlement: {
    title: 'Settle the accounts',
    description: 'Check the bills of the hotel, venue, transport and other suppliers and settle them.',
  },
  equipment_return: {
    title: 'Return the equipment',
    description: 'Return borrowed and hired equipment and complete the return formalities.',
  },
  reimbursement: {
    title: 'Expense claims',
    description: 'Collect the receipts and file the expense claims against the meeting budget.',
  },
  summary: {
    title: 'Wrap-up report',
    description: 'Write up the records and minutes and send them to attendees, follow up on the meeting’s decisions, gather and analyse feedback, and note the lessons learned in organising the meeting.',
  },
};

/** English names of the 会务分工 groups the built-in steps use. */
export const GROUP_NAMES_EN: Record<string, string> = {
  会务组: 'Secretariat',
  接待组: 'Reception',
  后勤保障组: 'Logistics',
  宣传组: 'Publicity',
  财务组: 'Finance',
};

/** A built-in step's English in one playbook: the base text, then the outside and forum wordings where they apply. */
export function stepTextEn(kind: PlaybookDef['key'], key: string): Text | undefined {
  const spec = STEP_TEXT_EN[key];
  if (!spec) return undefined;
  const { outside, forum, ...base } = spec;
  return { ...base, ...(kind !== 'internal' ? outside : undefined), ...(kind === 'forum' ? forum : undefined) };
}

/** Step key → shipped Chinese text (titles and descriptions of every variant) → its English. */
const BY_KEY: Map<string, Map<string, string>> = (() => {
  const out = new Map<string, Map<string, string>>();
  for (const p of DEFAULT_PLAYBOOKS) {
    for (const s of p.steps) {
      const en = stepTextEn(p.key, s.key);
      if (!en) continue;
      const texts = out.get(s.key) ?? new Map<string, string>();
      texts.set(s.title, en.title);
      texts.set(s.description, en.description);
      out.set(s.key, texts);
    }
  }
  return out;
})();

/** The text to show: English only for `en` while the stored text is still the shipped Chinese of that step; otherwise as stored. */
export function builtInText(stepKey: string | null | undefined, stored: string, lang: Lang): string {
  if (lang !== 'en' || !stepKey) return stored;
  return BY_KEY.get(stepKey)?.get(stored) ?? stored;
}

/** True when the stored text is the shipped Chinese of the step (the editor says that English readers see a translation). */
export function isBuiltInText(stepKey: string | null | undefined, stored: string): boolean {
  return !!stepKey && !!BY_KEY.get(stepKey)?.has(stored);
}

/** A group's name to show: the English of a built-in group for `en`, otherwise as stored. */
export function builtInGroup(group: string, lang: Lang): string {
  return lang === 'en' ? (GROUP_NAMES_EN[group] ?? group) : group;
}
