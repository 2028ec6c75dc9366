// Longer values (an Accept header can be kilobytes) are answered but not kept.
const MAX_KEY_LENGTH = 256

/**
 * A function of one string that remembers its answers, up to `max` strings (then it starts
 * over): request headers such as Accept and Accept-Encoding repeat from request to request,
 * and negotiating them each time cost a cached answer more than looking it up.
 */
export function remembered<T>(answer: (key: string) => T, max = 256): (key: string) => T {
  const seen = new Map<string, T>()
  return (key) => {
    if (seen.has(key)) return seen.get(key) as T
    const value = answer(key)
    if (key.length <= MAX_KEY_LENGTH) {
      if (seen.size >= max) seen.clear()
      seen.set(key, value)
    }
    return value
  }
}
