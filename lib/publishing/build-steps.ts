/**
 * The content check and the build of the site, run in the publishing workspace: the same commands
 * as `npm run build`, one by one, so a refusal can say which step failed, in staff words.
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { PublishRefused } from '@/lib/publishing/git'

const run = promisify(execFile)

export interface BuildStep {
  /** Shown while it runs: "Checking the content". */
  label: string
  /** A content check's problems are listed; a build's last lines are shown. */
  kind: 'check' | 'build'
  /** The program, relative to the workspace (node_modules/.bin/...) or on the PATH. */
  command: string
  args: string[]
}

/** What `npm run build` runs, in order: the content check, Next's build, the steps after it. */
export const SITE_BUILD_STEPS: readonly BuildStep[] = [
  { label: 'Checking the content', kind: 'check', command: 'node_modules/.bin/tsx', args: ['scripts/content-check.ts'] },
  { label: 'Building the site', kind: 'build', command: 'node_modules/.bin/next', args: ['build'] },
  { label: 'Finishing the pages', kind: 'build', command: 'node_modules/.bin/tsx', args: ['scripts/after-build.ts'] },
]

/**
 * What the check and the build may see of the server's environment: an allow-list. The editor's
 * server sets ANUVIA_EDIT and ANUVIA_EDITOR_SERVICE for itself, and holds its session secret and
 * sign-in keys; passed on, the first would build the editor instead of the public site, and the
 * others have no business in a build.
 */
const BUILD_ENVIRONMENT = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'LC_ALL', 'TZ', 'NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS', 'SITE_URL'] as const

/** The environment the build steps run with. */
export function buildEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): NodeJS.ProcessEnv {
  const kept = Object.fromEntries(BUILD_ENVIRONMENT.flatMap((name) => (env[name] === undefined ? [] : [[name, env[name]!]])))
  return { ...kept, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' }
}

/** The folder the build writes the site to, in the workspace. */
export const BUILT_SITE = 'out'

/** Runs the steps in `dir`; a failing step stops them with a PublishRefused in staff words. */
export async function runBuildSteps(dir: string, steps: readonly BuildStep[], onProgress: (step: string) => void = () => {}): Promise<void> {
  for (const step of steps) {
    onProgress(step.label)
    const command = step.command.includes('/') ? path.join(dir, step.command) : step.command
    try {
      await run(command, step.args, { cwd: dir, env: buildEnvironment(), maxBuffer: 64 * 1024 * 1024 })
    } catch (error) {
      const output = `${(error as { stdout?: string }).stdout ?? ''}\n${(error as { stderr?: string }).stderr ?? ''}\n${(error as Error).message.split('\n')[0]}`
      throw refusal(step, output)
    }
  }
}

/** What staff read when a step fails: which one, and the lines that say why. */
export function refusal(step: BuildStep, output: string): PublishRefused {
  const lines = output.split('\n').map((line) => line.trimEnd())
  if (step.kind === 'check') {
    const problems = lines.filter((line) => / error: /.test(line))
    const shown = (problems.length > 0 ? problems : lines.filter(Boolean).slice(-10)).slice(0, 20)
    const files = [...new Set(problems.map((line) => line.split(':')[0]))]
    return new PublishRefused(
      `The content check found ${problems.length === 1 ? 'a problem' : 'problems'}, so nothing was published and the live site is unchanged. Fix ${files.length === 1 ? 'this page' : 'these pages'} in the editor (Content problems lists the same), then publish again:\n${shown.join('\n')}`,
      files,
    )
  }
  const tail = lines.filter(Boolean).slice(-15)
  return new PublishRefused(
    `The site could not be built (${step.label.toLowerCase()} failed), so nothing was published and the live site is unchanged. Show a developer these last lines of the build:\n${tail.join('\n')}`,
  )
}
