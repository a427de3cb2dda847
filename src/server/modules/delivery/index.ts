/** The delivery module: sending each recipient × channel, read tracking and the local outbox. */
export { registerDeliveryRoutes } from './delivery.routes';
export { deliveryHandler } from './delivery.handler';
export { createMailer, type Mailer } from './channels/mail';
