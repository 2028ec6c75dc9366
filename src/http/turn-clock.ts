/**
 * Turns of the event loop, as requests see them. The requests read from the network in one
 * turn are handled one after another; the clock starts at the first of them and stops when
 * the turn ends (setImmediate), so `waitedLongerThan()` tells whether the request being
 * handled has been kept waiting too long behind the others of its turn.
 *
 * Waiting is counted in the process's CPU time (once the wall clock has passed the limit):
 * the work of the requests before it. A process that is not running at all (a virtual
 * machine's CPU taken by its host, a stop signal, a busy core) keeps its requests waiting
 * too, but not behind other requests; refusing them would not shorten a queue, and on a
 * shared machine it turned away requests at a load the service carries easily.
 */
/** Milliseconds of CPU time this process has used (every thread, user and system). */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

export function createTurnClock() {
  let started: number | undefined
  let startedCpu: number | undefined
  let turn = 0
  const end = () => {
    started = undefined
  }
  return {
    /** Marks the current turn begun (once) and returns its number. */
    enter(): number {
      if (started === undefined) {
        started = performance.now()
        startedCpu = undefined
        turn += 1
        setImmediate(end)
      }
      return turn
    },
    /**
     * Whether the current turn has done more than `ms` milliseconds of work. Its CPU time
     * is counted from the turn's first question (a system call there, which cache hits,
     * that only enter, never pay for; the hits before it cost next to nothing), and asked
     * for again only once the wall clock has passed `ms`.
     */
    waitedLongerThan(ms: number): boolean {
      if (started === undefined) return false
      if (startedCpu === undefined) {
        startedCpu = cpuMs()
        return false
      }
      if (performance.now() - started <= ms) return false
      return cpuMs() - startedCpu > ms
    }
  }
}

export type TurnClock = ReturnType<typeof createTurnClock>
