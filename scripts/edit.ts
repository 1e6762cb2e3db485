/**
 * npm run edit   (PORT=3001 npm run edit for another port)
 *
 * Starts the browser editor for staff: the site's development server in edit mode, where the
 * editor (Keystatic) reads and writes the files under content/. Prints the address to open.
 *
 * It listens on this computer's loopback address only, and answers only requests that name it
 * (lib/editor/access.ts): no one else on the network can read or change the files. It never
 * restarts: in edit mode the pages read the facts and the list of pages from the files on each
 * visit (lib/facts/current.ts, lib/content/pages.ts), so a save is shown at once and never cut off.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { EDITOR_HOSTNAME, EDITOR_PORT_VARIABLE } from '@/lib/editor/access'

const port = process.env.PORT ?? '3000'
const editor = `http://${EDITOR_HOSTNAME}:${port}/keystatic`
const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next')

console.log(`Starting the editor. When it says "Ready", open ${editor} in your browser.`)
console.log(`Content problems, with the file, line and what to do: http://${EDITOR_HOSTNAME}:${port}/content-problems`)
console.log('Press Ctrl+C here to stop.\n')

const server = spawn(process.execPath, [nextBin, 'dev', '--hostname', EDITOR_HOSTNAME, '--port', port], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, ANUVIA_EDIT: '1', [EDITOR_PORT_VARIABLE]: port, NEXT_TELEMETRY_DISABLED: '1' },
})
server.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk)
  if (/Ready in/.test(chunk.toString())) console.log(`\n  Open the editor: ${editor}\n`)
})
server.on('exit', (code) => process.exit(code ?? 0))

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (server.exitCode === null) server.kill(signal)
    else process.exit(0)
  })
}
