/**
 * npm run serve (and npm start, after the build): serves out/ on PORT (3000 unless set) with the
 * headers and rules of deploy/serve.json, as production hosts serve it (lib/servers/static-server.ts).
 * It listens on this computer's loopback address (127.0.0.1) unless HOST is set.
 */
import fs from 'node:fs'
import path from 'node:path'
import { DEPLOY_DIR, OUT_DIR, type ServeConfig } from '@/lib/build/host-config'
import { createSiteServer } from '@/lib/servers/static-server'

const configFile = path.join(DEPLOY_DIR, 'serve.json')
if (!fs.existsSync(configFile) || !fs.existsSync(OUT_DIR)) {
  console.error('There is no built site to serve yet. Run npm run build first (npm start does both).')
  process.exit(1)
}
const config = JSON.parse(fs.readFileSync(configFile, 'utf8')) as ServeConfig
const port = Number(process.env.PORT ?? 3000)
// This computer only, unless HOST says otherwise (HOST=0.0.0.0 to show the site to the network).
const host = process.env.HOST ?? '127.0.0.1'

createSiteServer({ outDir: OUT_DIR, config }).listen(port, host, () => {
  console.log(`Serving out/ at http://${host.includes(':') ? `[${host}]` : host}:${port}`)
})
