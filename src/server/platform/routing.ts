/** Types and small schemas every module's routes use. */
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** The Fastify instance with Zod schemas as the type provider. */
export type ZodApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** `:id` path parameter. */
export const idParams = z.object({ id: z.string().min(1).max(64) });

/** Body of a 204-like answer that still says something. */
export const okSchema = z.object({ ok: z.literal(true) });

/** A page of rows with the total matching the filters. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number() });
}
