/**
 * Who may use the editor and which files it may write (lib/editor/access.ts, lib/editor/files.ts).
 * The same rules are tried with real requests against the running editor in
 * tests/editor/security.spec.ts.
 */
import { describe, expect, it } from 'vitest'
import { refusalFor } from '@/lib/editor/access'
import { deletionRefusal, writeRefusal } from '@/lib/editor/files'

describe('who the editor answers', () => {
  const own = 'http://127.0.0.1:3000'
  it('answers its own address and localhost, on its port', () => {
    expect(refusalFor({ method: 'GET', host: '127.0.0.1:3000', origin: null }, 3000)).toBeUndefined()
    expect(refusalFor({ method: 'GET', host: 'localhost:3000', origin: null }, 3000)).toBeUndefined()
    expect(refusalFor({ method: 'POST', host: '127.0.0.1:3000', origin: own }, 3000)).toBeUndefined()
  })

  it('refuses any other Host: another name, another port, none', () => {
    for (const host of ['rebind.example:3000', '127.0.0.1:3001', '192.0.2.2:3000', '127.0.0.1', null]) {
      expect(refusalFor({ method: 'GET', host, origin: null }, 3000)?.status, String(host)).toBe(421)
    }
  })

  it('refuses a write from another Origin, or with none', () => {
    for (const origin of ['http://attacker.example', 'http://localhost:3000', 'https://127.0.0.1:3000', null]) {
      expect(refusalFor({ method: 'POST', host: '127.0.0.1:3000', origin }, 3000)?.status, String(origin)).toBe(403)
    }
    expect(refusalFor({ method: 'DELETE', host: '127.0.0.1:3000', origin: null }, 3000)?.status).toBe(403)
  })
})

describe('which files the editor may write', () => {
  it('refuses reserved page names, saying why (M5)', () => {
    for (const file of ['content/en/404.mdx', 'content/es/404.mdx', 'content/en/programs/index/index.mdx', 'content/en/es.mdx']) {
      expect(writeRefusal(file), file).toMatch(/is kept for|is not allowed/)
      expect(deletionRefusal(file), file).toBeDefined()
    }
  })

  it('writes pages with valid names, the facts and pictures', () => {
    for (const file of ['content/en/faq.mdx', 'content/en/programs/first-visit.mdx', 'content/program-facts.yaml', 'public/images/group.jpg', 'public/images/faq/Photo 1.PNG']) {
      expect(writeRefusal(file), file).toBeUndefined()
    }
  })

  it('refuses everything else, naming the file', () => {
    for (const file of ['contentzz.mjs', 'content/zz.tsx', 'content/.env', 'content/Bad_Name.mdx', 'content/a--b.mdx', 'public/imageszz/x.png', 'public/images/x.svg', 'public/images/.hidden.png', 'package.json', 'content/../package.json']) {
      expect(writeRefusal(file), file).toContain(file)
    }
  })

  it('deletes only pages', () => {
    expect(deletionRefusal('content/en/faq.mdx')).toBeUndefined()
    expect(deletionRefusal('content/program-facts.yaml')).toBe('The editor may delete only pages, not "content/program-facts.yaml".')
    expect(deletionRefusal('public/images/group.jpg')).toContain('only pages')
  })
})
