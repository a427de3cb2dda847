/** The check-in module: lists, passes, scans merged online and offline, the live dashboard, duplicates, photos and the 签到表. */
export { registerCheckinRoutes } from './checkin.routes';
export { recordScans } from './checkin.scan';
export { createCheckinList, ensureLists } from './checkin.lists';
export { meetingPasses, passPngForMail, tokenOf as passTokenOf } from './checkin.pass';
export { orgPublicKey, passToken } from './pass.keys';
