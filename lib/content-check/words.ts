/**
 * Person-first words (NIDA's "Words Matter", and on Spanish pages its Spanish "Las palabras
 * importan" too), outside the proper names that must keep them, such as the program's official
 * English name.
 */
import { visit } from 'unist-util-visit'
import { localeOfRoute } from '@/lib/base/addresses'
import { PERSON_FIRST_WORDS, PROPER_NAME_ALLOW_LIST, SPANISH_PERSON_FIRST_WORDS, SPANISH_PROPER_NAME_ALLOW_LIST } from '@/lib/base/content-rules'
import { frontmatterLine, offsetPosition, type Finding, type PageCheck } from '@/lib/content-check/types'

type Place = { line?: number; column?: number }

export const checkWords: PageCheck = (entry) => {
  const findings: Finding[] = []
  const seen = new Set<string>()
  const spanish = localeOfRoute(entry.route) === 'es'
  // A Spanish page may hold English names (the program's official name), so both lists apply.
  const rules = spanish ? [...SPANISH_PERSON_FIRST_WORDS, ...PERSON_FIRST_WORDS] : PERSON_FIRST_WORDS
  const names = spanish ? [...SPANISH_PROPER_NAME_ALLOW_LIST, ...PROPER_NAME_ALLOW_LIST] : PROPER_NAME_ALLOW_LIST
  const guide = spanish ? 'NIDA\'s "Las palabras importan"; see "Spanish pages" in CONTENT.md' : 'see "Words to use" in CONTENT.md'
  const check = (text: string, place: (index: number) => Place) => {
    const allowed = names.flatMap((name) =>
      [...text.matchAll(new RegExp(escapeRegExp(name), 'gi'))].map((m) => [m.index, m.index + name.length]),
    )
    for (const rule of rules) {
      for (const match of text.matchAll(rule.pattern)) {
        const inName = allowed.some(([start, end]) => match.index >= start && match.index < end)
        const where = place(match.index)
        const key = JSON.stringify(where)
        if (inName || seen.has(key)) continue
        seen.add(key)
        findings.push({
          ...where,
          message: `"${match[0]}" can make people feel judged.`,
          hint: `Write ${rule.instead} instead (person-first language; ${guide}).`,
          severity: 'error',
        })
      }
    }
  }
  if (entry.page) {
    for (const field of ['title', 'description'] as const) {
      const line = frontmatterLine(entry.source, field)
      check(entry.page.frontmatter[field], () => ({ line, column: 1 }))
    }
  }
  visit(entry.tree, 'text', (node) =>
    check(node.value, (index) => {
      const start = offsetPosition(node, index).position?.start
      return { line: start?.line, column: start?.column }
    }),
  )
  return findings
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
