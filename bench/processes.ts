/**
 * The benchmark's child processes, temporary folders, free ports and servers, each cleaned up at
 * the end of the run or when it is stopped (bench/cleanup.ts).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createCleanup } from '@/bench/cleanup'
import { PORT_RANGE } from '@/bench/settings'
import type { ServeConfig } from '@/lib/build/host-config'
import { createSiteServer } from '@/lib/servers/static-server'

export const startedAt = Date.now()
export function elapsed(): string {
  const seconds = Math.round((Date.now() - startedAt) / 1000)
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`
}
export function progress(message: string) {
  console.log(`[${elapsed()}] ${message}`)
}

export const cleanup = createCleanup((message) => console.error(`[${elapsed()}] ${message}`))
// On a hard exit only synchronous work runs, so temp folders and process groups are also
// tracked here and removed in the 'exit' handler if the undo list did not get to them.
export const tempDirs = new Set<string>()
export const childGroups = new Set<number>()

process.on('exit', () => {
  for (const pid of childGroups) killGroup(pid)
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true })
})
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    console.error(`\n[${elapsed()}] ${signal}: stopping and cleaning up...`)
    void cleanup.run().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
  })
}

export function killGroup(pid: number) {
  try {
    process.kill(-pid, 'SIGTERM')
  } catch {
    // Already gone.
  }
}

export function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `anuvia-bench-${prefix}-`))
  tempDirs.add(dir)
  cleanup.add(`temporary folder ${dir}`, () => {
    // rmSync removes the node_modules link, never what it points to.
    fs.rmSync(dir, { recursive: true, force: true })
    tempDirs.delete(dir)
  })
  return dir
}

/** Next's own milestones ("✓ Compiled successfully in 41s"), so a long build shows it is moving. */
export const NEXT_MILESTONE = (line: string) => /^\s*✓ /.test(line)

/**
 * Starts a command in its own process group (so a build's workers or a server's children stop
 * with it), shows the lines of its output that `show` picks, and keeps the end of the rest for
 * an error message.
 */
export function startGroup(command: string, args: string[], cwd: string, options: { env?: Record<string, string>; show?: (line: string) => boolean } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const pid = child.pid
  if (pid === undefined) throw new Error(`Could not start ${command}.`)
  childGroups.add(pid)
  const stop = cleanup.add(`${command} ${args.join(' ')} (process group ${pid})`, () => {
    killGroup(pid)
    childGroups.delete(pid)
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    const text = chunk.toString()
    output = (output + text).slice(-20_000)
    for (const line of text.split('\n')) if (options.show?.(line)) progress(`  ${line.trim()}`)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const describe = (how: string) => `${command} ${args.join(' ')} in ${cwd} ${how}:\n${output.trim().split('\n').slice(-40).join('\n')}`
  return { child, stop, describe }
}

/** Runs a command to the end and returns how long it took; on failure, shows the end of its output. */
export function timedRun(command: string, args: string[], cwd: string, show: (line: string) => boolean = NEXT_MILESTONE): Promise<number> {
  return new Promise((resolve, reject) => {
    const began = process.hrtime.bigint()
    const { child, stop, describe } = startGroup(command, args, cwd, { show })
    child.on('error', reject)
    child.on('close', (code, signal) => {
      void stop()
      if (code === 0) resolve(Number(process.hrtime.bigint() - began) / 1e9)
      else reject(new Error(describe(`failed (${signal ?? `exit code ${code}`})`)))
    })
  })
}

/** Whether `port` can be listened on now (0: any port); resolves to the port, or undefined when it is taken. */
export function tryPort(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(undefined))
    probe.listen(port, () => {
      const { port: taken } = probe.address() as net.AddressInfo
      probe.close(() => resolve(taken))
    })
  })
}

export const portsHandedOut = new Set<number>()

/** A free port: from BENCH_PORTS when it is set, each handed out once; otherwise one the system picks. */
export async function freePort(): Promise<number> {
  if (!PORT_RANGE) {
    const port = await tryPort(0)
    if (port === undefined) throw new Error('The system gave no free port.')
    return port
  }
  for (let port = PORT_RANGE.first; port <= PORT_RANGE.last; port++) {
    if (portsHandedOut.has(port) || (await tryPort(port)) === undefined) continue
    portsHandedOut.add(port)
    return port
  }
  throw new Error(`No free port in BENCH_PORTS=${PORT_RANGE.first}-${PORT_RANGE.last}.`)
}

/**
 * Serves `<folder>/out` the way `npm start` serves the site: the server of `npm run serve`
 * (lib/servers/static-server.ts), configured by `<folder>/deploy/serve.json`, here in the bench's own
 * process. Returns the address once it answers.
 */
export async function serveLikeNpmStart(folder: string, label: string): Promise<string> {
  const port = await freePort()
  const config = JSON.parse(fs.readFileSync(path.join(folder, 'deploy', 'serve.json'), 'utf8')) as ServeConfig
  const server = createSiteServer({ outDir: path.join(folder, 'out'), config })
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(new Error(`Could not serve ${label} on port ${port}: ${error.message}`)))
    server.listen(port, resolve)
  })
  cleanup.add(`the server of ${label} (port ${port})`, () => {
    server.closeAllConnections()
    return new Promise<void>((resolve) => server.close(() => resolve()))
  })
  const url = `http://localhost:${port}`
  const response = await fetch(`${url}/`)
  if (!response.ok) throw new Error(`Serving ${label}, ${url}/ answered ${response.status}.`)
  return url
}

/** The configuration of a reference served as it was made, without the site's headers. */
export const NO_SITE_HEADERS: ServeConfig = { cleanUrls: true, trailingSlash: false, directoryListing: false, headers: [] }

/** A folder `serveLikeNpmStart` can serve: its out/, and `deploy/serve.json` with `serveConfig`. */
export function makeServable(folder: string, serveConfig: string) {
  fs.mkdirSync(path.join(folder, 'deploy'), { recursive: true })
  fs.writeFileSync(path.join(folder, 'deploy', 'serve.json'), serveConfig)
}
