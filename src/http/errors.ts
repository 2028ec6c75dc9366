import createError from '@fastify/error'

// Domain errors: thrown by handlers, turned into problem answers by the one error handler.
export const NotFoundError = createError<[string]>('NT_NOT_FOUND', '%s', 404)

export interface FieldError {
  path: string
  message: string
}

const BadRequestBase = createError<[string]>('NT_BAD_REQUEST', '%s', 400)

/** A request whose shape passed validation but whose values do not make sense. */
export class BadRequestError extends BadRequestBase {
  constructor(
    message: string,
    readonly errors: FieldError[]
  ) {
    super(message)
  }
}

const UnprocessableBase = createError<[string]>('NT_UNPROCESSABLE', '%s', 422)

/** A write body with the right shape that states something the store cannot accept. */
export class UnprocessableError extends UnprocessableBase {
  constructor(
    message: string,
    readonly errors: FieldError[]
  ) {
    super(message)
  }
}

/** The id is taken, or others still point at the record. */
export const ConflictError = createError<[string]>('NT_CONFLICT', '%s', 409)
/** `If-Match` names a version that is no longer current. */
export const PreconditionFailedError = createError<[string]>('NT_PRECONDITION_FAILED', '%s', 412)

export function badParameter(name: string, message: string): BadRequestError {
  return new BadRequestError(`The request has an invalid parameter: ${name}.`, [{ path: `query.${name}`, message }])
}

// Refusals made before a route runs; each carries its status for the error handler.
export const UnauthorizedError = createError<[string]>('NT_UNAUTHORIZED', '%s', 401)
export const ForbiddenError = createError<[string]>('NT_FORBIDDEN', '%s', 403)
export const NotAcceptableError = createError<[string]>('NT_NOT_ACCEPTABLE', '%s', 406)
export const ServiceUnavailableError = createError<[string]>('NT_SERVICE_UNAVAILABLE', '%s', 503)
