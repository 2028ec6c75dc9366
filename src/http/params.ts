import { z } from 'zod'

/** `{id}` path parameters: any id up to 200 characters; an unknown one is a 404. */
export function idParams(description: string, example: string) {
  return z.strictObject({ id: z.string().min(1).max(200).describe(description).meta({ example }) })
}

/** Routes that take no query parameters still refuse unknown ones: a typo is a 400, not ignored. */
export const noQuery = z.strictObject({})
