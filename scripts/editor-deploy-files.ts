/**
 * npm run editor:deploy-files
 *
 * Writes deploy/editor-nginx.conf and deploy/anuvia-editor.service for the editor service, from
 * EDITOR_URL and PORT (and, if set, EDITOR_TLS_CERTIFICATE, EDITOR_TLS_KEY, EDITOR_ENV_FILE,
 * EDITOR_USER). See the README, "The editor as a service".
 */
import fs from 'node:fs'
import path from 'node:path'
import { editorNginxServerBlock, editorSystemdUnit } from '@/lib/editor-service/deploy-files'

const editorUrl = new URL(process.env.EDITOR_URL ?? 'https://editor.example.org')
const port = Number(process.env.PORT ?? 3000)
const deployDir = path.join(process.cwd(), 'deploy')
fs.mkdirSync(deployDir, { recursive: true })

const files = {
  'editor-nginx.conf': editorNginxServerBlock({
    editorUrl,
    port,
    certificate: process.env.EDITOR_TLS_CERTIFICATE ?? `/etc/ssl/certs/${editorUrl.hostname}.pem`,
    certificateKey: process.env.EDITOR_TLS_KEY ?? `/etc/ssl/private/${editorUrl.hostname}.key`,
  }),
  'anuvia-editor.service': editorSystemdUnit({
    codeDir: process.cwd(),
    environmentFile: process.env.EDITOR_ENV_FILE ?? '/etc/anuvia-editor/environment',
    user: process.env.EDITOR_USER ?? 'anuvia-editor',
  }),
}
for (const [name, text] of Object.entries(files)) {
  fs.writeFileSync(path.join(deployDir, name), text)
  console.log(`Wrote deploy/${name}`)
}
