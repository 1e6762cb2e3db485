/**
 * Readers for the host configuration files the build writes (lib/build/host-config.ts), so tests can
 * check what each host would send for a page, the way that host reads its file.
 */
import fs from 'node:fs'
import path from 'node:path'
import { DEPLOY_DIR, OUT_DIR, type ServeConfig } from '@/lib/build/host-config'

export type HeaderMap = Record<string, string>

/**
 * What Netlify would send for `urlPath` from an `_headers` file: every rule whose pattern matches,
 * in file order ("*" matches the rest of the path). A header set by two matching rules is an
 * error here, because Cloudflare Pages would join the two values with a comma.
 */
export function netlifyHeadersFor(file: string, urlPath: string): HeaderMap {
  const result: HeaderMap = {}
  let matching = false
  for (const line of file.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`)
      matching = pattern.test(urlPath)
      continue
    }
    if (!matching) continue
    const colon = line.indexOf(':')
    const name = line.slice(0, colon).trim()
    if (name in result) throw new Error(`${name} is set by two rules that match ${urlPath}`)
    result[name] = line.slice(colon + 1).trim()
  }
  return result
}

/**
 * The add_header lines of the server block itself (`location` "server"), or of the location that
 * exactly matches `location`, like "/_next/static/". In nginx a location with no add_header of its
 * own uses the server block's.
 */
export function nginxHeadersFor(conf: string, location: string): HeaderMap {
  let lines: string[]
  if (location === 'server') {
    lines = conf.split('\n').filter((line) => line.startsWith('    add_header '))
  } else {
    const start = conf.indexOf(`    location ${location} {\n`)
    if (start === -1) throw new Error(`nginx.conf has no "location ${location}"`)
    lines = conf.slice(start, conf.indexOf('\n    }', start)).split('\n')
  }
  const result: HeaderMap = {}
  for (const match of lines.join('\n').matchAll(/add_header (\S+) "((?:[^"\\]|\\.)*)" always;/g)) {
    result[match[1]] = match[2].replace(/\\(.)/g, '$1')
  }
  return result
}

/** What serve-handler would send for a file under out/ (every matching rule, later ones win). */
export function serveHeadersFor(config: ServeConfig, file: string): HeaderMap {
  const result: HeaderMap = {}
  for (const rule of config.headers) {
    const matches = rule.source === '**' || rule.source === file || (rule.source.endsWith('**') && file.startsWith(rule.source.slice(0, -2)))
    if (matches) for (const { key, value } of rule.headers) result[key] = value
  }
  return result
}

export function readHostFiles() {
  return {
    netlify: fs.readFileSync(path.join(OUT_DIR, '_headers'), 'utf8'),
    nginx: fs.readFileSync(path.join(DEPLOY_DIR, 'nginx.conf'), 'utf8'),
    serve: JSON.parse(fs.readFileSync(path.join(DEPLOY_DIR, 'serve.json'), 'utf8')) as ServeConfig,
  }
}
