import { BadRequestError } from '../http/errors.js'

// A patch is a client's JSON: its nesting is bounded so that merging it cannot exhaust the stack.
const MAX_PATCH_DEPTH = 32

/** RFC 7396: objects merge key by key, null deletes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown, depth = 0): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch
  if (depth > MAX_PATCH_DEPTH) throw new BadRequestError('The merge patch is nested too deeply.', [{ path: 'body', message: `nested more than ${MAX_PATCH_DEPTH} levels` }])
  const result: Record<string, unknown> = target !== null && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {}
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key]
    else result[key] = mergePatch(result[key], value, depth + 1)
  }
  return result
}
