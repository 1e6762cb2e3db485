/**
 * npm run editor:start
 *
 * The staff editor as a service for the whole organization: a production build of the editor
 * (built first when it is missing or older than the code), behind the organization's sign-in, every
 * save a commit by the person who made it in the clone EDITOR_REPO. Settings come from the
 * environment (README, "The editor as a service"); a wrong one stops it here, named. It listens on
 * this computer's loopback address only: nginx in front gives it HTTPS and its host name.
 */
import { spawnSync } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import next from 'next'
import { buildNeeded, EDITOR_DIST_DIR } from '@/lib/editor-service/build'
import { editorCommitter, GitRepository } from '@/lib/editor-service/git-repository'
import { readRolesFile } from '@/lib/editor-service/roles'
import { editorRequestHandler } from '@/lib/editor-service/server'
import { SERVICE_MODE_VARIABLE } from '@/lib/editor-service/service-address'
import { readSettings } from '@/lib/editor-service/settings'

const codeDir = process.cwd()

function stop(message: string): never {
  console.error(message)
  process.exit(1)
}

async function main() {
  let settings
  try {
    settings = readSettings(process.env)
    readRolesFile(settings.rolesFile)
  } catch (error) {
    stop((error as Error).message)
  }

  const repo = new GitRepository(settings.repo, settings.branch, editorCommitter(settings.url))
  await repo.useBranch()
  for (const found of await repo.finishInterrupted()) console.warn(`Found at start: ${found}`)

  const env = { ...process.env, ANUVIA_EDIT: '1', [SERVICE_MODE_VARIABLE]: '1', NEXT_TELEMETRY_DISABLED: '1' }
  const why = buildNeeded(codeDir)
  if (why) {
    console.log(`Building the editor first (${why}); this takes a few minutes.`)
    const nextBin = path.join(codeDir, 'node_modules', 'next', 'dist', 'bin', 'next')
    const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: codeDir, env: { ...env, NODE_ENV: 'production' }, stdio: 'inherit' })
    if (build.status !== 0) stop(`The editor's build failed (see above); ${EDITOR_DIST_DIR} was not changed to a broken build. Fix the problem and start again.`)
  }

  Object.assign(process.env, env)
  const app = next({ dev: false, dir: codeDir, hostname: '127.0.0.1', port: settings.port })
  await app.prepare()
  // The editor reads and writes the pages, facts and pictures of its clone: its working folder.
  // Publishing builds the site in a workspace with this code's packages (lib/publishing/settings.ts).
  process.env.EDITOR_CODE_DIR ??= codeDir
  process.chdir(settings.repo)
  const handle = app.getRequestHandler()
  const server = http.createServer(editorRequestHandler(settings, (req, res) => handle(req, res)))
  server.listen(settings.port, '127.0.0.1', () => {
    console.log(`The editor is ready at ${settings.url.origin}/keystatic (listening on 127.0.0.1:${settings.port}; saves go to ${settings.repo}, branch ${settings.branch}).`)
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      // Saves in progress finish; no new request is taken.
      server.close(() => process.exit(0))
      setTimeout(() => process.exit(0), 10_000).unref()
    })
  }
}

main().catch((error) => stop(`The editor could not start: ${(error as Error).stack ?? error}`))
