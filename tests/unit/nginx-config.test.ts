/**
 * deploy/nginx.conf as Debian's nginx runs it, on a small built site: the answers the attack run
 * found wrong (L14: every header twice on 416; L15: nginx's own 403 page, cached for a year, for
 * a folder of build files).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { nginxServerBlock } from '@/lib/build/host-config'

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx'
const HEADERS = [{ name: 'X-Content-Type-Options', value: 'nosniff' }]
const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-unit-'))
const out = path.join(prefix, 'out')
let nginx: ChildProcess
let port = 0

beforeAll(async () => {
  fs.mkdirSync(path.join(out, '_next/static/media'), { recursive: true })
  fs.writeFileSync(path.join(out, 'index.html'), '<!doctype html><title>Home</title>')
  fs.writeFileSync(path.join(out, 'faq.html'), '<!doctype html><title>FAQ</title>')
  fs.writeFileSync(path.join(out, '404.html'), '<!doctype html><title>Not found</title>')
  fs.writeFileSync(path.join(out, '_next/static/media/x.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as net.AddressInfo
      probe.close(() => resolve(free))
    })
  })
  const site = nginxServerBlock({ siteHeaders: HEADERS, root: out, listen: [`127.0.0.1:${port}`] })
  fs.writeFileSync(path.join(prefix, 'site.conf'), site)
  fs.writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `daemon off;\n${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log warn;\nevents { worker_connections 16; }\nhttp {\n include /etc/nginx/mime.types;\n access_log off;\n client_body_temp_path ${prefix}/cb;\n proxy_temp_path ${prefix}/p;\n fastcgi_temp_path ${prefix}/f;\n uwsgi_temp_path ${prefix}/u;\n scgi_temp_path ${prefix}/s;\n include ${prefix}/site.conf;\n}\n`,
  )
  nginx = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { stdio: 'ignore' })
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`nginx did not start: ${fs.readFileSync(path.join(prefix, 'error.log'), 'utf8')}`)
}, 30_000)

afterAll(() => {
  nginx?.kill()
  fs.rmSync(prefix, { recursive: true, force: true })
})

const get = (target: string, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${port}${target}`, { headers, redirect: 'manual' })
const count = (response: Response, name: string) => (response.headers.get(name) ?? '').split(', ').filter(Boolean).length

it('sends each header once on a range it cannot give (L14)', async () => {
  for (const range of ['bytes=999999999-', 'bytes=-0', 'bytes=x-y']) {
    const response = await get('/faq', { Range: range })
    expect(count(response, 'x-content-type-options'), range).toBe(1)
  }
})

it('answers a folder of build files with the 404 page, not cached (L15)', async () => {
  for (const folder of ['/_next/static/', '/_next/static/media/']) {
    const response = await get(folder)
    expect(response.status, folder).toBe(404)
    expect(await response.text(), folder).toContain('Not found')
    expect(response.headers.get('cache-control') ?? '', folder).not.toContain('immutable')
  }
  expect((await get('/_next/static/media/x.svg')).headers.get('cache-control')).toContain('immutable')
})
