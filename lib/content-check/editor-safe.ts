/**
 * Components written so the browser editor can open and save the page without changing it.
 *
 * - A block component with its text on the same line, <CallUs>text</CallUs>, or a block component
 *   inside a sentence: the editor cannot open such a page. Written on lines of their own, it can,
 *   and the HTML is the same.
 * - A component inside bold or italic text: the editor keeps no bold or italic on a component, so
 *   saving the page would drop it.
 */
import type { Nodes, Root } from 'mdast'
import { at, type Finding, type PageCheck } from '@/lib/content-check/types'

/** The components that show a block (panel, table, list); the rest go inside a sentence. */
export const BLOCK_COMPONENTS = ['CallUs', 'CrisisHelp', 'FactList', 'ProgramCards', 'ProgramComparison'] as const

const MARKS: Partial<Record<Nodes['type'], string>> = { strong: 'bold', emphasis: 'italic', delete: 'crossed-out' }

const BLOCK = new Set<string>(BLOCK_COMPONENTS)

export const checkEditorSafe: PageCheck = ({ tree }) => {
  const findings: Finding[] = []
  const walk = (node: Nodes | Root, marks: string[]) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? ''
      const textOnTheSameLine = node.type === 'mdxJsxFlowElement' && node.children.some((child) => child.type !== 'paragraph' && child.type !== 'mdxFlowExpression')
      if (BLOCK.has(name) && (node.type === 'mdxJsxTextElement' || textOnTheSameLine)) {
        findings.push(
          at(node, {
            message:
              node.type === 'mdxJsxTextElement'
                ? `<${name}> is written inside a sentence, so the page editor cannot open this page.`
                : `The text of <${name}> is on the same line as <${name}>, so the page editor cannot open this page.`,
            hint:
              name === 'CallUs'
                ? 'Put <CallUs>, its text and </CallUs> each on a line of their own, with an empty line before and after.'
                : `Put <${name} /> on a line of its own, with an empty line before and after.`,
            severity: 'error',
          }),
        )
      } else if (marks.length > 0) {
        const mark = marks[0]
        findings.push(
          at(node, {
            message: `<${name}> is inside ${mark} text; the page editor would drop the ${mark} when the page is saved.`,
            hint: `Move <${name}> out of the ${mark} text, or write the words around it without ${mark}.`,
            severity: 'error',
          }),
        )
      }
    }
    const mark = MARKS[node.type]
    if ('children' in node) for (const child of node.children) walk(child as Nodes, mark ? [...marks, mark] : marks)
  }
  walk(tree, [])
  return findings
}
