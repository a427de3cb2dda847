/** Builds the Fastify app: platform hooks, API routes of every module, OpenAPI at /docs, and the web app. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { codeMessage } from '../shared/errors';
import type { Config } from './config';
import type { Database } from './db/database';
import { registerAgendaRoutes } from './modules/agenda';
import { registerAuditRoutes } from './modules/audit';
import { registerPlaybookRoutes, registerTaskRoutes } from './modules/tasks';
import { registerMaterialRoutes } from './modules/materials';
import { registerCoordinationRoutes } from './modules/coordination';
import { registerIncidentRoutes } from './modules/incidents';
import { registerCheckinRoutes } from './modules/checkin';
import { registerSeatingRoutes } from './modules/seating';
import { registerAuthRoutes } from './modules/auth';
import { registerBookingRoutes, registerWaitlistRoutes } from './modules/bookings';
import { registerCalendarRoutes } from './modules/calendars';
import { registerMeetingRoutes, registerParticipantListRoutes, registerParticipantRoutes } from './modules/meetings';
import { registerNotificationRoutes } from './modules/notifications';
import { registerNoticeRoutes } from './modules/notices';
import { registerDeliveryRoutes } from './modules/delivery';
import { registerRsvpRoutes } from './modules/rsvp';
import { registerOrgRoutes } from './modules/org';
import { registerPeopleRoutes } from './modules/people';
import { registerSchedulingRoutes } from './modules/scheduling';
import { registerUserRoutes } from './modules/users';
import { registerVenueRoutes } from './modules/venues';
import { installHttpPlatform } from './platform/http';
import type { ZodApp } from './platform/routing';
import { initSecrets, resolveMasterKey } from './platform/secrets';

/** Where `vite build` puts the web app. */
export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

const ASSET = /\.(?:js|mjs|css|map|html|png|jpe?g|gif|svg|ico|webp|avif|woff2?|ttf|otf|txt|json|webmanifest|xml|pdf)$/i;

/** Options for `buildApp`; tests pass `logger: false` and their own database. */
export type AppOptions = { config: Config; database: Database; logger?: FastifyServerOptions['logger']; webDist?: string };

/** Creates the app, ready to `listen` or `inject`. */
export async function buildApp({ config, database, logger, webDist = WEB_DIST }: AppOptions): Promise<ZodApp> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifyCookie);
  // Spreadsheet uploads arrive as their raw bytes.
  app.addContentTypeParser(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'], { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  initSecrets(resolveMasterKey(config));
  installHttpPlatform(app, database, config);

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Huiwu 会务 API', version: '0.1.0', description: 'Meeting affairs: plan, venues, notices, agenda, on-site, follow-up.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'huiwu_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  app.get('/api/health', {
    config: { access: 'public' },
    schema: { tags: ['system'], summary: 'Liveness and the database dialect', response: { 200: z.object({ ok: z.literal(true), dialect: z.string() }) } },
  }, async () => ({ ok: true as const, dialect: database.dialect }));

  registerAuthRoutes(app, database.db, config);
  registerOrgRoutes(app);
  registerPeopleRoutes(app);
  registerUserRoutes(app, config);
  registerMeetingRoutes(app);
  registerParticipantRoutes(app);
  registerParticipantListRoutes(app);
  registerVenueRoutes(app, config);
  registerBookingRoutes(app);
  registerWaitlistRoutes(app);
  registerNotificationRoutes(app);
  registerSchedulingRoutes(app);
  registerCalendarRoutes(app, config, database.db);
  registerAuditRoutes(app);
  registerNoticeRoutes(app, config);
  registerDeliveryRoutes(app, database);
  registerRsvpRoutes(app, database, config);
  registerAgendaRoutes(app);
  registerTaskRoutes(app);
  registerPlaybookRoutes(app);
  registerMaterialRoutes(app, database);
  registerCoordinationRoutes(app);
  registerIncidentRoutes(app);
  registerCheckinRoutes(app, database);
  registerSeatingRoutes(app, database);

  // Files are looked up per request, so a `vite build` while the server runs is picked up at once.
  await app.register(fastifyStatic, {
    root: webDist, wildcard: true, index: ['index.html'], allowedPath: (p) => !p.startsWith('/api/'),
    // The build writes .br and .gz beside each file; send those to browsers that take them.
    preCompressed: true, cacheControl: false,
    // Files under /assets/ carry their content's hash in the name: cache them for good. Everything else is checked each time.
    setHeaders: (res, filePath) => {
      const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
      res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      // The same address answers in br, gzip or plain: shared caches must key on what the browser accepts.
      res.setHeader('vary', 'accept-encoding');
    },
  });
  app.setNotFoundHandler((req, reply) => {
    const urlPath = req.url.split('?')[0];
    // Client-side routes get the app; a missing asset or API path gets a real 404. Only real file types count as assets:
    // a personal link such as /r/<id>.<code> ends in a dot and letters too.
    const isPage = req.method === 'GET' && !urlPath.startsWith('/api/') && !urlPath.startsWith('/assets/') && !ASSET.test(urlPath);
    if (isPage && fs.existsSync(path.join(webDist, 'index.html'))) return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    return reply.status(404).send({ error: { code: 'not_found', message: codeMessage('not_found', req.lang ?? 'zh-CN') } });
  });
  return app;
}
