import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  BASELINE_FILE,
  baselineAppFiles,
  installedFrameworkVersions,
  readBaseline,
  staleBaselineMessage,
  writeBaseline,
  type BaselineRecord,
} from '@/bench/baseline'

const record: BaselineRecord = {
  note: 'test',
  versions: { next: '16.4.6', react: '19.3.1', 'react-dom': '19.3.1' },
  measuredAt: '2026-11-27T00:00:00.000Z',
  page: { html: 1500, css: 0, js: 135_000, font: 0, image: 0, other: 0, requests: 6 },
}

describe('the recorded baseline', () => {
  let root: string
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }))
  const tempRoot = () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'baseline-'))
    fs.mkdirSync(path.join(root, 'bench'))
    return root
  }

  it('reads back what was written', () => {
    writeBaseline(record, tempRoot())
    expect(readBaseline(root)).toEqual(record)
  })

  it('says to run the bench when the file is missing or malformed', () => {
    expect(() => readBaseline(tempRoot())).toThrow(/bench\/baseline\.json is missing\. Run `npm run bench`/)
    fs.writeFileSync(path.join(root, BASELINE_FILE), JSON.stringify({ ...record, page: { ...record.page, js: 'lots' } }))
    expect(() => readBaseline(root)).toThrow(/page\.js: .*Run `npm run bench` to re-measure the baseline/)
  })

  it('is stale when any of next, react or react-dom changed, and names which', () => {
    expect(staleBaselineMessage(record.versions, { ...record.versions })).toBeUndefined()
    const message = staleBaselineMessage(record.versions, { ...record.versions, next: '16.5.0' })
    expect(message).toContain('next 16.4.6 when measured, 16.5.0 installed')
    expect(message).toContain('npm run bench')
    expect(message).not.toContain('react ')
  })
})

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
