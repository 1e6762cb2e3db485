/**
 * npm run edit   (PORT=3001 npm run edit for another port)
 *
 * Starts the browser editor for staff: the site's development server in edit mode, where the
 * editor (Keystatic) reads and writes the files under content/. Prints the address to open.
 *
 * The pages read the program facts once, when the server starts, so a saved change to
 * content/program-facts.yaml restarts the server: the preview then shows the new facts.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { FACTS_FILE } from '@/lib/program-facts'

const port = process.env.PORT ?? '3000'
const editor = `http://localhost:${port}/keystatic`
const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next')

console.log(`Starting the editor. When it says "Ready", open ${editor} in your browser.`)
console.log(`Content problems, with the file, line and what to do: http://localhost:${port}/content-problems`)
console.log('Press Ctrl+C here to stop.\n')

let server: ChildProcess | undefined
let stopping = false

function start() {
  const child = spawn(process.execPath, [nextBin, 'dev', '--port', port], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ANUVIA_EDIT: '1', NEXT_TELEMETRY_DISABLED: '1' },
  })
  child.stdout!.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk)
    if (/Ready in/.test(chunk.toString())) console.log(`\n  Open the editor: ${editor}\n`)
  })
  child.on('exit', (code) => {
    if (child === server && !stopping) process.exit(code ?? 1)
  })
  server = child
}

function restart() {
  const old = server
  server = undefined
  console.log(`\n${FACTS_FILE} changed: restarting so every page shows the new facts.\n`)
  if (!old || old.exitCode !== null) return start()
  old.once('exit', start)
  old.kill('SIGTERM')
}

let timer: NodeJS.Timeout | undefined
const factsFile = path.join(process.cwd(), FACTS_FILE)
let lastFacts = fs.readFileSync(factsFile, 'utf8')
fs.watch(path.dirname(factsFile), (_event, name) => {
  if (name !== path.basename(factsFile)) return
  clearTimeout(timer)
  timer = setTimeout(() => {
    const now = fs.existsSync(factsFile) ? fs.readFileSync(factsFile, 'utf8') : ''
    if (now === lastFacts) return
    lastFacts = now
    restart()
  }, 300)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true
    if (server && server.exitCode === null) server.on('exit', () => process.exit(0)).kill(signal)
    else process.exit(0)
  })
}
start()
