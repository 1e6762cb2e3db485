/**
 * npm run edit   (PORT=3001 npm run edit for another port)
 *
 * Starts the browser editor for staff: the site's development server in edit mode, where the
 * editor (Keystatic) reads and writes the files under content/. Prints the address to open.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

const port = process.env.PORT ?? '3000'
const editor = `http://localhost:${port}/keystatic`
const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next')

console.log(`Starting the editor. When it says "Ready", open ${editor} in your browser.`)
console.log(`Content problems, with the file, line and what to do: http://localhost:${port}/content-problems`)
console.log('Press Ctrl+C here to stop.\n')

const child = spawn(process.execPath, [nextBin, 'dev', '--port', port], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env: { ...process.env, ANUVIA_EDIT: '1', NEXT_TELEMETRY_DISABLED: '1' },
})
child.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk)
  if (/Ready in/.test(chunk.toString())) console.log(`\n  Open the editor: ${editor}\n`)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
