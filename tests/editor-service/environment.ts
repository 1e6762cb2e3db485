/**
 * The editor service as it runs in production, on loopback: a bare repository as the remote, a
 * clone of it for the editor (branch drafts), a roles file, a self-signed certificate, a real
 * OpenID provider (identity-provider.mjs, oidc-provider), `npm run editor:start`'s server, and
 * Debian's nginx in front with the server block `npm run editor:deploy-files` writes, over HTTPS.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { editorNginxServerBlock } from '@/lib/editor-service/deploy-files'
import { startNginxWith, type RunningNginx } from '../e2e/nginx'

const BASE = Number(process.env.EDITOR_SERVICE_PORT ?? 3400)
export const PORTS = { editor: BASE + 1, https: BASE + 43, site: BASE + 50, idp: BASE + 90 }
export const EDITOR_URL = `https://localhost:${PORTS.https}`
export const SESSION_SECRET = 'test-session-secret-of-forty-characters-x'

export const ROLES_FILE = `people:
  - email: dana@example.org
    name: Dana Reyes
    roles: [editor, publisher]
  - email: cara@example.org
    name: Cara Lane
    credentials: LCAS
    roles: [clinical-reviewer]
groups:
  - group: web-editors
    roles: [editor]
`

export interface Environment {
  dir: string
  clone: string
  bare: string
  /** SITE_ROOT: the releases and the `current` link the public site is served from. */
  siteRoot: string
  git: (...args: string[]) => string
  editorLog: () => string
  restartEditor: () => Promise<void>
  stop: () => Promise<void>
}

function waitForPort(port: number, child: ChildProcess, log: () => string, seconds = 120): Promise<void> {
  const until = Date.now() + seconds * 1000
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`stopped (exit code ${child.exitCode}):\n${log()}`))
      const socket = net.connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve()
      })
      socket.once('error', () => {
        socket.destroy()
        if (Date.now() > until) reject(new Error(`nothing answered on port ${port} within ${seconds} s:\n${log()}`))
        else setTimeout(attempt, 200)
      })
    }
    attempt()
  })
}

function start(command: string, args: string[], env: Record<string, string>, cwd = process.cwd()): { child: ChildProcess; log: () => string } {
  let output = ''
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  return { child, log: () => output }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

export async function startEnvironment(): Promise<Environment> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-service-'))
  const bare = path.join(dir, 'site.git')
  const clone = path.join(dir, 'clone')
  execFileSync('git', ['clone', '-q', '--bare', process.cwd(), bare])
  execFileSync('git', ['clone', '-q', bare, clone])
  const git = (...args: string[]) => execFileSync('git', args, { cwd: clone, encoding: 'utf8' }).trim()
  git('config', 'user.name', 'Test setup')
  git('config', 'user.email', 'setup@example.org')
  // A local main to publish to, as a clone of the organization's repository has (its default
  // branch), whichever branch these tests run from.
  if (!git('branch', '--list', 'main')) git('branch', 'main', 'origin/main')
  fs.writeFileSync(path.join(dir, 'roles.yaml'), ROLES_FILE)
  fs.mkdirSync(path.join(dir, 'site-root'))
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost'], { stdio: 'ignore' })

  const idp = start(process.execPath, ['tests/editor-service/identity-provider.mjs'], {
    IDP_PORT: String(PORTS.idp),
    CLIENT_ID: 'anuvia-editor',
    CLIENT_SECRET: 'test-client-secret',
    REDIRECT_URI: `${EDITOR_URL}/sign-in/callback`,
  })
  await waitForPort(PORTS.idp, idp.child, idp.log)

  const editorEnv = {
    EDITOR_URL,
    OIDC_ISSUER: `http://127.0.0.1:${PORTS.idp}`,
    OIDC_CLIENT_ID: 'anuvia-editor',
    OIDC_CLIENT_SECRET: 'test-client-secret',
    EDITOR_ROLES: path.join(dir, 'roles.yaml'),
    EDITOR_REPO: clone,
    SESSION_SECRET,
    PORT: String(PORTS.editor),
    // Publishing (lib/publishing/) serves its releases from here.
    SITE_ROOT: path.join(dir, 'site-root'),
    NODE_ENV: 'production',
  }
  let editor = start(process.execPath, ['--import', 'tsx', 'scripts/editor-server.ts'], editorEnv)
  let editorLogs = ''
  await waitForPort(PORTS.editor, editor.child, editor.log, 600)

  const nginx: RunningNginx = await startNginxWith(
    editorNginxServerBlock({ editorUrl: new URL(EDITOR_URL), port: PORTS.editor, certificate: path.join(dir, 'cert.pem'), certificateKey: path.join(dir, 'key.pem'), listen: [`127.0.0.1:${PORTS.https} ssl`] }),
    EDITOR_URL,
    () =>
      new Promise((resolve) => {
        const socket = net.connect(PORTS.https, '127.0.0.1')
        socket.once('connect', () => (socket.destroy(), resolve(true)))
        socket.once('error', () => (socket.destroy(), resolve(false)))
      }),
  )

  return {
    dir,
    clone,
    bare,
    siteRoot: path.join(dir, 'site-root'),
    git,
    editorLog: () => editorLogs + editor.log(),
    async restartEditor() {
      editorLogs += editor.log()
      await stopProcess(editor.child)
      editor = start(process.execPath, ['--import', 'tsx', 'scripts/editor-server.ts'], editorEnv)
      await waitForPort(PORTS.editor, editor.child, editor.log, 600)
    },
    async stop() {
      await nginx.stop()
      await stopProcess(editor.child)
      await stopProcess(idp.child)
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
