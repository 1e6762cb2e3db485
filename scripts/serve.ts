/**
 * npm run serve (and npm start, after the build): serves out/ on PORT (3000 unless set) with the
 * headers and rules of deploy/serve.json, as production hosts serve it (lib/servers/static-server.ts).
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

createSiteServer({ outDir: OUT_DIR, config }).listen(port, () => {
  console.log(`Serving out/ at http://localhost:${port}`)
})
