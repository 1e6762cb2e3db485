/** Images: each has alt text and is a file of this site (no other company sees who reads). */
import fs from 'node:fs'
import path from 'node:path'
import type { Nodes } from 'mdast'
import { visit } from 'unist-util-visit'
import { isJsx, textAttribute } from '@/lib/mdx-text'
import { at, type Finding, type PageCheck } from '@/lib/content-check/types'

export const checkImages: PageCheck = ({ tree }, { publicDir }) => {
  const findings: Finding[] = []
  visit(tree, (node) => {
    if (node.type === 'image') findings.push(...checkImage(node.url, node.alt ?? '', publicDir).map((f) => at(node, f)))
    else if (isJsx(node) && node.name === 'img') {
      findings.push(...checkImage(textAttribute(node, 'src') ?? '', textAttribute(node, 'alt') ?? '', publicDir).map((f) => at(node as Nodes, f)))
    }
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
  if (!src.startsWith('/')) {
    findings.push({
      message: `The image "${src}" is not on this site.`,
      hint: 'Images must be files in the public folder, so that no other company sees who reads the page. Save the file in public/images/ and link to /images/its-name.',
      severity: 'error',
    })
  } else if (!fs.existsSync(path.join(publicDir, decodeURIComponent(src)))) {
    findings.push({ message: `The image file "${src}" does not exist.`, hint: `Put the file in the public folder (public${src}) or correct the name.`, severity: 'error' })
  }
  return findings
}
