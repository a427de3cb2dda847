/** The incidents module: the on-site log of 紧急情况 and the alert to the on-duty staff. */
export { registerIncidentRoutes } from './incident.routes';
export { incidentAlertHandler } from './incident.alert';
export { INCIDENT_ALERT_JOB } from './incident.service';
