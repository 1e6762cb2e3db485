/**
 * Undo list for a command-line run that starts servers, browsers and builds and makes temporary
 * folders: each thing registers how to undo it, and the list runs once, newest first, whether
 * the run ends normally, fails, or is interrupted (Ctrl-C). One failing step does not stop the rest.
 */
export interface Cleanup {
  /** Registers an undo step; returns a function that runs that step now and drops it from the list. */
  add(label: string, undo: () => void | Promise<void>): () => Promise<void>
  /** Runs every step not yet run, newest first. Safe to call more than once. */
  run(): Promise<void>
  /** How many steps are waiting. */
  readonly size: number
}

export function createCleanup(report: (message: string) => void = (message) => console.error(message)): Cleanup {
  const steps: { label: string; undo: () => void | Promise<void> }[] = []

  async function runStep(step: (typeof steps)[number]) {
    const index = steps.indexOf(step)
    if (index === -1) return
    steps.splice(index, 1)
    try {
      await step.undo()
    } catch (error) {
      report(`Could not clean up ${step.label}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  return {
    add(label, undo) {
      const step = { label, undo }
      steps.push(step)
      return () => runStep(step)
    },
    async run() {
      while (steps.length > 0) await runStep(steps[steps.length - 1])
    },
    get size() {
      return steps.length
    },
  }
}
