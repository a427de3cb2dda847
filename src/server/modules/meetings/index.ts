/** The meetings module: the meeting plan (会议方案), its series, lifecycle and participants. */
export { registerMeetingRoutes } from './meeting.routes';
export { registerParticipantRoutes } from './participant.routes';
export { registerParticipantListRoutes } from './participant-list.routes';
export { createMeeting, getMeeting, listMeetings } from './meeting.service';
export { importParticipantList } from './participant.import';
export { transitionMeeting } from './meeting.transition';
export { updateMeeting } from './meeting.update';
export { busyOfPeople, meetingBrief, occurrencesFrom, userIdsOfMeetingPeople } from './participant.queries';
