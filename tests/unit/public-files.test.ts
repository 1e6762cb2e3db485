/** public/ holds only images of the listed types, and SVGs that only draw (lib/build/public-files.ts). */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { publicFileProblems, svgProblem } from '@/lib/build/public-files'

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
const JPEG = Buffer.from('ffd8ffe000104a464946', 'hex')
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>A dot</title><defs><linearGradient id="g"><stop offset="0" stop-color="#000"/></linearGradient></defs><circle cx="5" cy="5" r="4" fill="url(#g)"/><use href="#g"/></svg>'

const temporaryDirs: string[] = []
afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function publicWith(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'public-files-'))
  temporaryDirs.push(dir)
  for (const [name, contents] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), contents)
  }
  return dir
}

describe('public/', () => {
  it('accepts images of the listed types with good names', () => {
    expect(publicFileProblems(publicWith({ 'images/group-photo.png': PNG, 'images/staff-2.jpg': JPEG, 'images/dot.svg': SVG }))).toEqual([])
  })

  it('accepts a missing public folder', () => {
    expect(publicFileProblems(path.join(os.tmpdir(), 'no-such-public-folder'))).toEqual([])
  })

  it.each([
    ['.env', /not a file the site publishes/],
    ['.gitkeep', /not a file the site publishes/],
    ['images/.hidden.png', /not a file the site publishes/],
    ['app.js', /not a file the site publishes/],
    ['page.html', /not a file the site publishes/],
    ['notes.txt', /not a file the site publishes/],
    ['images/Group Photo.png', /can only have lowercase letters, digits and hyphens/],
    ['images/photo.PNG', /can only have lowercase letters/],
    ['images/fake.png', /is not a PNG image, though its name ends in \.png/],
  ])('refuses %s', (name, message) => {
    const contents = name === 'images/fake.png' ? '<html><script>alert(1)</script>' : PNG
    const problems = publicFileProblems(publicWith({ [name]: contents }))
    expect(problems).toEqual([expect.objectContaining({ file: expect.stringMatching(new RegExp(`${path.basename(name).replace(/\./g, '\\.')}$`)), message: expect.stringMatching(message) })])
    expect(problems[0].hint.length).toBeGreaterThan(10)
  })

  it('refuses a folder with a bad name and a symbolic link', () => {
    const dir = publicWith({ 'Images/a.png': PNG })
    fs.symlinkSync('/etc/passwd', path.join(dir, 'passwd.png'))
    expect(publicFileProblems(dir).map((p) => p.message)).toEqual([expect.stringMatching(/folder name "Images"/), expect.stringMatching(/symbolic link/)])
  })
})

describe('SVG drawings', () => {
  it('accepts one that only draws', () => expect(svgProblem(SVG)).toBeUndefined())

  it.each([
    ['a script', '<svg><script>alert(1)</script></svg>', /<script> element/],
    ['an event handler', '<svg onload="alert(1)"><rect/></svg>', /event handler \(onLoad\)/],
    ['an event handler on a shape', '<svg><rect onclick="x()"/></svg>', /event handler/],
    ['a foreignObject', '<svg><foreignObject><div>x</div></foreignObject></svg>', /<foreignObject> element/],
    ['an embedded image', '<svg><image href="https://evil.example/x.png"/></svg>', /<image> element/],
    ['a link', '<svg><a href="https://evil.example"><rect/></a></svg>', /<a> element/],
    ['a style element', '<svg><style>@import url(https://evil.example/x.css)</style></svg>', /<style> element/],
    ['a use of another file', '<svg><use href="https://evil.example/s.svg#x"/></svg>', /reference to another file \(https:\/\/evil\.example/],
    ['an old-style xlink to another file', '<svg xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="other.svg#x"/></svg>', /reference to another file/],
    ['a fill from another file', '<svg><rect fill="url(https://evil.example/x.svg#p)"/></svg>', /reference to another file in "fill"/],
    ['a style that loads', '<svg><rect style="fill: url(\'https://evil.example/x\')"/></svg>', /reference to another file in "style"/],
    ['entities', '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>', /document type or entities/],
    ['an iframe', '<svg><iframe src="https://evil.example"></iframe></svg>', /<iframe> element/],
  ])('refuses %s', (_, svg, message) => {
    expect(svgProblem(svg)?.message).toMatch(message)
  })
})
