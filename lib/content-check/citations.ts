/**
 * Citations: each general claim points at the source that supports it, with <Cite source="…" />
 * naming the short name (`id`) of one of the page's sources. The check refuses:
 *
 * - a <Cite> with no source, or one that names a source the page does not list (with the nearest
 *   short name, for a typing slip);
 * - a source the page lists and never cites: a reader could not tell which sentence rests on it;
 * - a page that gives guidance (`guidance: [health]`) and cites nothing at all.
 *
 * Two sources with the same short name are refused too, since a citation could not tell them apart.
 */
import { visit } from 'unist-util-visit'
import { isJsx, textAttribute, attributeOf } from '@/lib/content/mdx-text'
import { closestName } from '@/lib/base/suggest'
import { at, type Finding, type PageCheck } from '@/lib/content-check/types'

export const checkCitations: PageCheck = ({ tree, page, source }) => {
  if (!page) return []
  const sources = page.frontmatter.sources ?? []
  const ids = sources.map((s) => s.id)
  const lines = source.split(/\r?\n/)
  /** The line of the n-th source's "id:" (counting from 0). */
  const idLine = (n: number) => {
    let seen = -1
    const index = lines.findIndex((line) => /^\s*(-\s+)?id:/.test(line) && ++seen === n)
    return index === -1 ? undefined : index + 1
  }
  const findings: Finding[] = []
  const cited = new Set<string>()

  visit(tree, (node) => {
    if (!isJsx(node) || node.name !== 'Cite') return
    const name = textAttribute(node, 'source')
    if (name === undefined || name.trim() === '') {
      // A value in { } is reported by the components check; here only a missing name.
      if (attributeOf(node, 'source').kind === 'code') return
      findings.push(
        at(node, {
          message: '<Cite> needs a source, to say which source under "Sources" supports the sentence.',
          hint: ids.length > 0 ? `Write it like <Cite source="${ids[0]}" />, with the short name (id) of one of this page's sources.` : 'Add the source to the page details under "sources:", with a short name (id), then write <Cite source="its-id" />.',
          severity: 'error',
        }),
      )
      return
    }
    if (!ids.includes(name)) {
      const suggestion = closestName(name, ids)
      findings.push(
        at(node, {
          message: `<Cite source="${name}" /> names a source this page does not list.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
          hint:
            ids.length > 0
              ? `Use the short name (id) of one of this page's sources: ${ids.map((id) => `"${id}"`).join(', ')}. Or add the source under "sources:" in the page details.`
              : 'This page lists no sources. Add the source under "sources:" in the page details, with a short name (id).',
          severity: 'error',
        }),
      )
      return
    }
    cited.add(name)
  })

  sources.forEach((s, i) => {
    const first = ids.indexOf(s.id)
    if (first !== i) {
      findings.push({
        line: idLine(i),
        column: 1,
        field: `sources, item ${i + 1}, id`,
        message: `This source has the same short name ("${s.id}") as source ${first + 1}.`,
        hint: 'Give each source a short name of its own, so each citation points at one source.',
        severity: 'error',
      })
    } else if (!cited.has(s.id)) {
      findings.push({
        line: idLine(i),
        column: 1,
        field: `sources, item ${i + 1}, id`,
        message: `The source "${s.title}" (${s.id}) is listed but no sentence cites it.`,
        hint: `After each sentence it supports, add <Cite source="${s.id}" /> (in the editor: + menu, Citation). If no sentence rests on it, remove it from the list.`,
        severity: 'error',
      })
    }
  })

  if (page.frontmatter.guidance && cited.size === 0 && sources.length > 0) {
    findings.push({
      line: lines.findIndex((line) => line.startsWith('guidance:')) + 1 || undefined,
      column: 1,
      field: 'guidance',
      message: `This page gives ${page.frontmatter.guidance.join(' and ')} guidance, but no sentence cites a source.`,
      hint: 'After each sentence that gives general health or legal information, add <Cite source="…" /> with the short name of the source that says it.',
      severity: 'error',
    })
  }
  return findings
}
