/** Images: each has alt text and is a file of this site that exists (no other company sees who reads). */
import fs from 'node:fs'
import path from 'node:path'
import { visit } from 'unist-util-visit'
import { urlProblem } from '@/lib/content/mdx-allow-list'
import { at, type Finding, type PageCheck } from '@/lib/content-check/types'

export const checkImages: PageCheck = ({ tree }, { publicDir }) => {
  const findings: Finding[] = []
  visit(tree, (node) => {
    if (node.type === 'image') findings.push(...checkImage(node.url, node.alt ?? '', publicDir).map((f) => at(node, f)))
  })
  return findings
}

function checkImage(src: string, alt: string, publicDir: string): Finding[] {
  const findings: Finding[] = []
  if (alt.trim() === '') {
    findings.push({
      message: 'This image has no text alternative (alt text).',
      hint: 'Describe what the image shows for people who cannot see it: ![A counselor talking with a small group](/images/group.jpg). If it is only decoration, ask whether the page needs it.',
      severity: 'error',
    })
  }
  // An image from elsewhere is refused by the allow-list; here, one of ours must exist.
  if (urlProblem(src, 'image') === undefined && !fs.existsSync(path.join(publicDir, src))) {
    findings.push({ message: `The image file "${src}" does not exist.`, hint: `Put the file in the public folder (public${src}) or correct the name.`, severity: 'error' })
  }
  return findings
}
