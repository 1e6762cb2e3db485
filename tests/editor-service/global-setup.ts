/**
 * Before the editor service's tests: its production build, made as `npm run editor:start` makes it
 * (when missing or older than the code), so no test waits for a build.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { buildNeeded } from '@/lib/editor-service/build'

export default function globalSetup() {
  const why = buildNeeded(process.cwd())
  if (!why) return
  console.log(`Building the editor first (${why}).`)
  const build = spawnSync(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    env: { ...process.env, ANUVIA_EDIT: '1', ANUVIA_EDITOR_SERVICE: '1', NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: 'inherit',
  })
  if (build.status !== 0) throw new Error('The editor\'s build failed (see above).')
}
