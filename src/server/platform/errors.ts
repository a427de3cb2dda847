/** The one error type services throw; the HTTP layer maps its code to a status and a translated body. */
import type { ErrorCode } from '../../shared/errors';

/** A field problem a service found (the message is worded later, in the caller's language). */
export type FieldProblem = { field: string; reason: string; params?: Record<string, unknown> };

/** What went wrong, by code, with the fields concerned, values for the message, and structured `data` for the client (e.g. alternatives). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: { fields?: FieldProblem[]; params?: Record<string, unknown>; data?: Record<string, unknown> } = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** Shorthand for a 400 naming one field. */
export function invalid(field: string, reason: string, params?: Record<string, unknown>): AppError {
  return new AppError('validation', { fields: [{ field, reason, params }] });
}

/** The 404 we give for missing rows and for rows the actor may not see alike. */
export function notFound(): AppError {
  return new AppError('not_found');
}
