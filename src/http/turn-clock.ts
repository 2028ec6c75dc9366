/**
 * Turns of the event loop, as requests see them. The requests read from the network in one
 * turn are handled one after another; the clock starts at the first of them and stops when
 * the turn ends (setImmediate), so `waited()` is how long the request being handled has
 * been kept waiting behind the others of its turn.
 *
 * Waiting is counted in the process's CPU time (at most the time on the wall): the work of
 * the requests before it. A process that is not running at all (a virtual machine's CPU
 * taken by its host, a stop signal, a busy core) keeps its requests waiting too, but not
 * behind other requests; refusing them would not shorten a queue, and on a shared machine
 * it turned away requests at a load the service carries easily.
 */
export function createTurnClock() {
  let started: number | undefined
  let startedCpu: NodeJS.CpuUsage | undefined
  let turn = 0
  const end = () => {
    started = undefined
  }
  return {
    /** Marks the current turn begun (once) and returns its number. */
    enter(): number {
      if (started === undefined) {
        started = performance.now()
        startedCpu = process.cpuUsage()
        turn += 1
        setImmediate(end)
      }
      return turn
    },
    /** Milliseconds of work done since the current turn began handling requests. */
    waited(): number {
      if (started === undefined) return 0
      const cpu = process.cpuUsage(startedCpu)
      return Math.min(performance.now() - started, (cpu.user + cpu.system) / 1000)
    }
  }
}

export type TurnClock = ReturnType<typeof createTurnClock>
