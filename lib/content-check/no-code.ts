/** Pages hold words and components, never code: no import/export lines, no {…} but comments. */
import { visit } from 'unist-util-visit'
import { isComment } from '@/lib/mdx-text'
import { at, type Finding, type PageCheck } from '@/lib/content-check/types'

export const checkNoCode: PageCheck = ({ tree }) => {
  const findings: Finding[] = []
  visit(tree, (node) => {
    if (node.type === 'mdxjsEsm') {
      findings.push(
        at(node, {
          message: 'Pages cannot contain import or export lines.',
          hint: 'Remove the line. Use the components listed in CONTENT.md; they need no import.',
          severity: 'error',
        }),
      )
    } else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node.value)) {
      findings.push(
        at(node, {
          message: 'Curly braces { } hold code, which pages cannot contain.',
          hint: 'To show a { as text, write \\{. For a comment, write {/* your note */}.',
          severity: 'error',
        }),
      )
    }
  })
  return findings
}
