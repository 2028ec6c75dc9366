/**
 * Turns of the event loop, as requests see them. The requests read from the network in one
 * turn are handled one after another; the clock starts at the first of them and stops when
 * the turn ends (setImmediate), so `waited()` is how long the request being handled has
 * been kept waiting behind the others of its turn.
 */
export function createTurnClock() {
  let started: number | undefined
  let turn = 0
  const end = () => {
    started = undefined
  }
  return {
    /** Marks the current turn begun (once) and returns its number. */
    enter(): number {
      if (started === undefined) {
        started = performance.now()
        turn += 1
        setImmediate(end)
      }
      return turn
    },
    /** Milliseconds since the current turn began handling requests. */
    waited(): number {
      return started === undefined ? 0 : performance.now() - started
    }
  }
}

export type TurnClock = ReturnType<typeof createTurnClock>
