/**
 * Sign-off of a page version (lib/content/sign-off.ts): the fingerprint of the text signed, the
 * frontmatter it is written in, the state a page is in (signed, changed since, awaiting), who may
 * sign, the commit message's trailers, and the editor's rule that only the sign-off action writes
 * the field (lib/editor/sign-off-save.ts).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ContentError, parsePage } from '@/lib/content'
import {
  pageTextFingerprint,
  signOffCommitMessage,
  signOffFor,
  signOffState,
  signOffsInFile,
  whyNotSignOff,
  withSignOff,
  type Signer,
} from '@/lib/content/sign-off'
import { keepSignOffs, signOffChangesInSave } from '@/lib/editor/sign-off-save'

const GUIDANCE = `---
title: Staying safe
description: How to spot an overdose, use naloxone, and get help fast when someone may be in danger.
lastReviewed: 2026-11-27
# A comment staff wrote, which a sign-off keeps.
guidance: [health]
sources:
  - id: cdc-naloxone
    title: Lifesaving Naloxone
    publisher: Centers for Disease Control and Prevention (CDC)
    url: https://www.cdc.gov/stop-overdose/caring/naloxone.html
    accessed: 2026-11-27
---

Naloxone can reverse an opioid overdose.<Cite source="cdc-naloxone" />
`

const clinician: Signer = { name: 'Dana Reyes', email: 'dana@example.org', credentials: 'LCAS', roles: ['clinical-reviewer'] }
const editorOnly: Signer = { name: 'Sam Lee', email: 'sam@example.org', roles: ['editor', 'publisher'] }

const page = (text: string, file = 'en/staying-safe.mdx') => parsePage(text, file)

function signed(text: string, signer: Signer = clinician, date = '2026-12-04'): string {
  return withSignOff(text, 'clinical', signOffFor(page(text), 'clinical', signer, date))
}

describe('the fingerprint of the text signed off', () => {
  it('is 12 hex digits and the same whatever the line ends or trailing spaces', () => {
    const fingerprint = pageTextFingerprint(page(GUIDANCE))
    expect(fingerprint).toMatch(/^[0-9a-f]{12}$/)
    expect(pageTextFingerprint(page(GUIDANCE.replace(/\n/g, '\r\n').replace('/>\r\n', '/>   \r\n')))).toBe(fingerprint)
  })

  it('changes with one word of the text, the title, a source address, but not with the date a source was read', () => {
    const fingerprint = pageTextFingerprint(page(GUIDANCE))
    expect(pageTextFingerprint(page(GUIDANCE.replace('reverse', 'stop')))).not.toBe(fingerprint)
    expect(pageTextFingerprint(page(GUIDANCE.replace('title: Staying safe', 'title: Staying safer')))).not.toBe(fingerprint)
    expect(pageTextFingerprint(page(GUIDANCE.replace('caring/naloxone', 'caring/naloxone-2')))).not.toBe(fingerprint)
    expect(pageTextFingerprint(page(GUIDANCE.replace('accessed: 2026-11-27', 'accessed: 2026-12-01')))).toBe(fingerprint)
  })
})

describe('a clinical sign-off', () => {
  it('is written in the frontmatter with who, credentials, role, date and fingerprint, keeping the rest of the file', () => {
    const text = signed(GUIDANCE)
    expect(signOffsInFile(text)).toEqual({
      clinical: { name: 'Dana Reyes', credentials: 'LCAS', role: 'clinical-reviewer', date: '2026-12-04', text: pageTextFingerprint(page(GUIDANCE)) },
    })
    expect(text).toContain('# A comment staff wrote, which a sign-off keeps.')
    expect(text.endsWith('Naloxone can reverse an opioid overdose.<Cite source="cdc-naloxone" />\n')).toBe(true)
  })

  it('holds while the text is the text signed, and awaits review again after one word changes', () => {
    expect(signOffState(page(GUIDANCE), 'clinical')).toEqual({ state: 'awaits' })
    const text = signed(GUIDANCE)
    expect(signOffState(page(text), 'clinical').state).toBe('signed')
    const changed = signOffState(page(text.replace('reverse', 'stop')), 'clinical')
    expect(changed.state).toBe('changed')
    expect(changed.state === 'changed' && changed.signOff.name).toBe('Dana Reyes')
  })

  it('is not needed on a page that gives no guidance, and a translation sign-off only on a Spanish page', () => {
    const plain = GUIDANCE.replace('guidance: [health]\n', 'reviewedBy: Web content team\n')
    expect(signOffState(page(plain), 'clinical')).toEqual({ state: 'not-needed' })
    expect(signOffState(page(GUIDANCE), 'translation')).toEqual({ state: 'not-needed' })
  })

  it('is refused to a person without the role, and for a page that needs none', () => {
    expect(whyNotSignOff(page(GUIDANCE), 'clinical', editorOnly)).toMatch(/Only a person with the clinical-reviewer role/)
    expect(whyNotSignOff(page(GUIDANCE), 'clinical', clinician)).toBeUndefined()
    expect(whyNotSignOff(page(GUIDANCE), 'translation', { ...clinician, roles: ['translation-reviewer'] })).toMatch(/only Spanish pages/)
  })

  it('is a commit with trailers naming the reviewer, the role and the fingerprint', () => {
    const signOff = signOffFor(page(GUIDANCE), 'clinical', clinician, '2026-12-04')
    const message = signOffCommitMessage(page(GUIDANCE), 'clinical', clinician, signOff)
    expect(message.split('\n')[0]).toBe('Sign off /staying-safe (clinical review)')
    expect(message).toContain('\n\nReviewed-by: Dana Reyes, LCAS <dana@example.org>\n')
    expect(message).toContain(`Text-fingerprint: ${signOff.text}`)
  })

  it('with a wrong role or a made-up fingerprint is refused by the page schema, naming the field', () => {
    const forged = GUIDANCE.replace('guidance:', 'signOff:\n  clinical:\n    name: Someone\n    role: editor\n    date: 2026-12-04\n    text: nothex\nguidance:')
    try {
      page(forged)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError)
      const fields = (error as ContentError).problems.map((problem) => problem.field)
      expect(fields).toEqual(expect.arrayContaining(['signOff, clinical, role', 'signOff, clinical, text']))
    }
  })
})

describe('reviewedBy on a guidance page', () => {
  it('is refused: the page is signed off instead', () => {
    expect(() => page(GUIDANCE.replace('guidance:', 'reviewedBy: Clinical director\nguidance:'))).toThrow(/signs off its text in the editor/)
  })

  it('is still needed on a page that gives no guidance', () => {
    expect(() => page(GUIDANCE.replace('guidance: [health]\n', '').replace(/sources:[\s\S]*?---/, '---'))).toThrow(/Write the role of whoever last checked the page/)
  })
})

describe('the editor save and sign-offs', () => {
  const dirs: string[] = []
  afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))
  function repoWith(text: string): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sign-off-save-'))
    dirs.push(root)
    fs.mkdirSync(path.join(root, 'content/en'), { recursive: true })
    fs.writeFileSync(path.join(root, 'content/en/staying-safe.mdx'), text)
    return root
  }
  const save = (text: string) => [{ path: 'content/en/staying-safe.mdx', contents: Buffer.from(text, 'utf8').toString('base64') }]
  const text = (additions: { contents: string }[]) => Buffer.from(additions[0].contents, 'base64').toString('utf8')

  it('refuses a save that writes a sign-off by hand, and one that changes the one there', () => {
    const root = repoWith(GUIDANCE)
    expect(signOffChangesInSave(save(signed(GUIDANCE)), root)).toEqual([expect.stringMatching(/^Sign-off: .*Only a clinical or translation reviewer signs off/)])
    const signedRoot = repoWith(signed(GUIDANCE))
    expect(signOffChangesInSave(save(signed(GUIDANCE, clinician, '2026-12-05')), signedRoot)).toHaveLength(1)
  })

  it('keeps the sign-off the file has when the form leaves it out, and lets that save through', () => {
    const root = repoWith(signed(GUIDANCE))
    const kept = keepSignOffs(save(GUIDANCE.replace('reverse', 'stop')), root)
    expect(signOffsInFile(text(kept))).toEqual(signOffsInFile(signed(GUIDANCE)))
    expect(text(kept)).toContain('Naloxone can stop an opioid overdose.')
    expect(signOffChangesInSave(kept, root)).toEqual([])
    // The text changed after the sign-off: the page now awaits review again.
    expect(signOffState(page(text(kept)), 'clinical').state).toBe('changed')
  })
})
