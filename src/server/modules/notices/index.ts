/** The notices module: drafting, approval, sending and the formal document of 通知. */
export { registerNoticeRoutes } from './notice.routes';
export { draftAgendaChangeNotice, draftChangeNotice } from './notice.change';
