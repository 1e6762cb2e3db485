/** Person-first words (NIDA's "Words Matter"), outside the proper names that must keep them. */
import { visit } from 'unist-util-visit'
import { PERSON_FIRST_WORDS, PROPER_NAME_ALLOW_LIST } from '@/lib/content-rules'
import { frontmatterLine, offsetPosition, type Finding, type PageCheck } from '@/lib/content-check/types'

type Place = { line?: number; column?: number }

export const checkWords: PageCheck = (entry) => {
  const findings: Finding[] = []
  const seen = new Set<string>()
  const check = (text: string, place: (index: number) => Place) => {
    const allowed = PROPER_NAME_ALLOW_LIST.flatMap((name) =>
      [...text.matchAll(new RegExp(escapeRegExp(name), 'gi'))].map((m) => [m.index, m.index + name.length]),
    )
    for (const rule of PERSON_FIRST_WORDS) {
      for (const match of text.matchAll(rule.pattern)) {
        const inName = allowed.some(([start, end]) => match.index >= start && match.index < end)
        const where = place(match.index)
        const key = JSON.stringify(where)
        if (inName || seen.has(key)) continue
        seen.add(key)
        findings.push({
          ...where,
          message: `"${match[0]}" can make people feel judged.`,
          hint: `Write ${rule.instead} instead (person-first language; see "Words to use" in CONTENT.md).`,
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
