/**
 * npm run edit   (PORT=3001 npm run edit for another port)
 *
 * Starts the browser editor for staff: the site's development server in edit mode, where the
 * editor (Keystatic) reads and writes the files under content/. Prints the address to open.
 *
 * It listens on this computer's loopback address only, and answers only requests that name it
 * (lib/editor/access.ts): no one else on the network can read or change the files. The check runs
 * here, in front of Next (Next's custom server), so it covers every request, Next's own
 * development endpoints (/__nextjs_*) and its live-reload connection included, which the
 * edit-mode proxy (proxy.edit.ts) never sees. It never restarts: in edit mode the pages read the
 * facts and the list of pages from the files on each visit (lib/facts/current.ts,
 * lib/content/pages.ts), so a save is shown at once and never cut off.
 */
import http from 'node:http'
import { EDITOR_HOSTNAME, EDITOR_PORT_VARIABLE, EDITOR_SECURITY_HEADERS, refusalFor } from '@/lib/editor/access'

const port = process.env.PORT ?? '3000'
const editor = `http://${EDITOR_HOSTNAME}:${port}/keystatic`
// Read by next.config.mjs and the editor's routes: set before Next loads.
process.env.ANUVIA_EDIT = '1'
process.env[EDITOR_PORT_VARIABLE] = port
process.env.NEXT_TELEMETRY_DISABLED = '1'

console.log(`Starting the editor. When it says "Ready", open ${editor} in your browser.`)
console.log(`Content problems, with the file, line and what to do: http://${EDITOR_HOSTNAME}:${port}/content-problems`)
console.log('Press Ctrl+C here to stop.\n')

/** The refusal for a request, by the editor's rules (its Host, and the Origin of a write). */
function refusalOf(request: http.IncomingMessage) {
  const origin = request.headers.origin
  return refusalFor({ method: request.method ?? 'GET', host: request.headers.host ?? null, origin: typeof origin === 'string' ? origin : null }, port)
}

const { default: next } = await import('next')
const app = next({ dev: true, hostname: EDITOR_HOSTNAME, port: Number(port), turbopack: true })
await app.prepare()
const handle = app.getRequestHandler()
const upgrade = app.getUpgradeHandler()

const server = http.createServer((request, response) => {
  const refusal = refusalOf(request)
  if (!refusal) return void handle(request, response)
  response.writeHead(refusal.status, { 'Content-Type': 'text/plain; charset=utf-8', ...EDITOR_SECURITY_HEADERS })
  response.end(`${refusal.message}\n`)
})
server.on('upgrade', (request: http.IncomingMessage, socket, head: Buffer) => {
  if (refusalOf(request)) return socket.destroy()
  void upgrade(request, socket, head)
})
server.listen(Number(port), EDITOR_HOSTNAME, () => {
  console.log(`Ready in the editor.\n\n  Open the editor: ${editor}\n`)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close()
    void app.close().finally(() => process.exit(0))
  })
}
