import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { baselineAppFiles, installedFrameworkVersions } from '@/bench/baseline'

describe('the installed framework', () => {
  it('reports the versions in node_modules', () => {
    const versions = installedFrameworkVersions()
    const installed = (name: string) => JSON.parse(fs.readFileSync(path.join('node_modules', name, 'package.json'), 'utf8')).version
    expect(versions).toEqual({ next: installed('next'), react: installed('react'), 'react-dom': installed('react-dom') })
  })
})

describe('the empty app', () => {
  it('is a static export with an html lang, one h1, and Turbopack allowed to follow the linked node_modules', () => {
    const files = baselineAppFiles('/some/project')
    expect(Object.keys(files).sort()).toEqual(['app/layout.jsx', 'app/page.jsx', 'next.config.mjs', 'package.json'])
    expect(files['app/layout.jsx']).toContain('<html lang="en">')
    expect(files['app/page.jsx'].match(/<h1>/g)).toHaveLength(1)
    expect(files['next.config.mjs']).toContain('"output": "export"')
    expect(files['next.config.mjs']).toContain('"path": "/some/project"')
  })
})
