/**
 * Runs Debian's nginx with the server block the build wrote (deploy/nginx.conf), serving out/ on
 * a loopback port, so the tests check what nginx really sends, not what we think the file means.
 *
 * The file is used as written; only its `listen` and `root` lines are pointed at the test's port
 * and this checkout's out/. nginx gets its own prefix folder (pid file, logs, temp files) and runs
 * in the foreground (`daemon off`), so stopping it is killing the one process started here.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DEPLOY_DIR, OUT_DIR } from '@/lib/build/host-config'

export const NGINX = process.env.NGINX ?? '/usr/sbin/nginx'
const MIME_TYPES = '/etc/nginx/mime.types'

/** Fails, in words, when nginx is not installed: these tests must not pass without it. */
export function requireNginx(): void {
  if (!fs.existsSync(NGINX) || !fs.existsSync(MIME_TYPES)) {
    throw new Error(
      `nginx is not installed: ${NGINX} or ${MIME_TYPES} is missing. The tests serve out/ through Debian's nginx ` +
        'with deploy/nginx.conf. Install it with `apt-get install nginx` (.ci/run does this), or set NGINX to its path.',
    )
  }
}

/** deploy/nginx.conf (of `deployDir`) with its listen and root lines pointed at `port` and `root`. */
export function siteConfigFor(port: number, root = OUT_DIR, deployDir = DEPLOY_DIR): string {
  const conf = fs.readFileSync(path.join(deployDir, 'nginx.conf'), 'utf8')
  const listens = conf.match(/^ {4}listen [^;]+;$/gm) ?? []
  if (listens.length === 0 || !/^ {4}root [^;]+;$/m.test(conf)) throw new Error('deploy/nginx.conf has no listen or root line to point at the test server.')
  return conf
    .replace(/^ {4}listen [^;]+;\n/gm, '')
    .replace(/^ {4}root [^;]+;$/m, `    listen 127.0.0.1:${port};\n    root ${root};`)
}

/** A whole nginx.conf around the site's server block, as Debian's own one includes it: in `http`. */
function mainConfig(prefix: string): string {
  return `daemon off;
${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events {
    worker_connections 64;
}
http {
    include ${MIME_TYPES};
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${prefix}/client_body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    include ${prefix}/site.conf;
}
`
}

function writeConfig(siteConfig: string): { prefix: string; confFile: string } {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-test-'))
  fs.writeFileSync(path.join(prefix, 'site.conf'), siteConfig)
  const confFile = path.join(prefix, 'nginx.conf')
  fs.writeFileSync(confFile, mainConfig(prefix))
  return { prefix, confFile }
}

/** `nginx -t` on a site configuration: the exit code and what nginx said. */
export function nginxConfigTest(siteConfig: string): { ok: boolean; output: string } {
  requireNginx()
  const { prefix, confFile } = writeConfig(siteConfig)
  try {
    const result = spawnSync(NGINX, ['-t', '-p', prefix, '-c', confFile], { encoding: 'utf8' })
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() }
  } finally {
    fs.rmSync(prefix, { recursive: true, force: true })
  }
}

export interface RunningNginx {
  url: string
  stop(): Promise<void>
}

async function waitUntilServing(url: string, child: ChildProcess, log: () => string, ready?: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx stopped (exit code ${child.exitCode}):\n${log()}`)
    try {
      if (ready) {
        if (await ready()) return
      } else {
        await fetch(url, { redirect: 'manual' })
        return
      }
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`nginx did not answer at ${url} within 10 s:\n${log()}`)
}

/** Starts nginx with deploy/nginx.conf on 127.0.0.1:`port`, after checking it with `nginx -t`. */
export async function startNginx(port: number): Promise<RunningNginx> {
  return startNginxWith(siteConfigFor(port), `http://127.0.0.1:${port}`)
}

/**
 * Starts nginx with a server block (after `nginx -t`), and waits until `ready` says it answers
 * (by default, until `url` answers at all).
 */
export async function startNginxWith(siteConfig: string, url: string, ready?: () => Promise<boolean>): Promise<RunningNginx> {
  requireNginx()
  const check = nginxConfigTest(siteConfig)
  if (!check.ok) throw new Error(`nginx -t rejects the configuration:\n${check.output}`)

  const { prefix, confFile } = writeConfig(siteConfig)
  let output = ''
  const child = spawn(NGINX, ['-p', prefix, '-c', confFile], { stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const log = () => {
    const errorLog = path.join(prefix, 'error.log')
    return `${output}${fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8') : ''}`
  }
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    fs.rmSync(prefix, { recursive: true, force: true })
  }
  try {
    await waitUntilServing(url, child, log, ready)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, stop }
}
