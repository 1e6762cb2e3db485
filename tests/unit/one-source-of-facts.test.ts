/**
 * Facts are written once, in content/program-facts.yaml. These tests look through the site's
 * source (app/, components/, lib/, content/) for a fact typed by hand anywhere else.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FACTS_FILE, facts, programByKey } from '@/lib/program-facts'

const iop = programByKey('iop')

const ROOT = process.cwd()
const SOURCE_DIRS = ['app', 'components', 'lib', 'content']

function sourceFiles(): string[] {
  return SOURCE_DIRS.flatMap((dir) =>
    fs
      .readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(tsx?|mdx|css|ya?ml|json)$/.test(entry.name))
      .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name))),
  )
}

function filesMatching(pattern: RegExp): string[] {
  return sourceFiles().filter((file) => pattern.test(fs.readFileSync(path.join(ROOT, file), 'utf8')))
}

/** 7043767447 -> /704\D?376\D?7447/: the number however it is punctuated. */
function phonePattern(e164: string): RegExp {
  const d = e164.slice(-10)
  return new RegExp(`${d.slice(0, 3)}\\D{0,2}${d.slice(3, 6)}\\D?${d.slice(6)}`)
}

describe('one source for every fact', () => {
  it('writes the program phone number in the facts file only', () => {
    expect(filesMatching(phonePattern(facts.phone.href))).toEqual([FACTS_FILE])
  })

  it('writes the national helpline number in the facts file only', () => {
    expect(filesMatching(phonePattern(facts.crisisLines.samhsa.phone.href))).toEqual([FACTS_FILE])
  })

  it.each([
    ['IOP sessions a week', new RegExp(`\\b${iop.howOften}\\b`, 'i')],
    ['IOP length', new RegExp(`\\b${iop.weeks}[ -]weeks?\\b`, 'i')],
    ['IOP total meetings', new RegExp(`\\b${iop.totalMeetings} (meetings|sessions)\\b`, 'i')],
    ['Continuing Care frequency', new RegExp(`\\b${facts.continuingCare.howOften}\\b`, 'i')],
    ['Continuing Care length', new RegExp(`\\b${facts.continuingCare.minWeeks} (to|-) ${facts.continuingCare.maxWeeks} weeks\\b`, 'i')],
  ])('types no schedule by hand: %s', (_label, pattern) => {
    expect(filesMatching(pattern).filter((file) => file !== FACTS_FILE)).toEqual([])
  })
})
