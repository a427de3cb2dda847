/** The meetings module: the meeting plan (会议方案), its series and lifecycle. */
export { registerMeetingRoutes } from './meeting.routes';
export { createMeeting, getMeeting, listMeetings } from './meeting.service';
export { transitionMeeting } from './meeting.transition';
export { updateMeeting } from './meeting.update';
