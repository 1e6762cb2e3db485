import GithubSlugger from 'github-slugger'
import fs from 'node:fs'
const file = process.argv[2]
const text = fs.readFileSync(file, 'utf8')
const s = new GithubSlugger()
for (const line of text.split('\n')) { const m = /^(#{1,6}) (.*)$/.exec(line); if (m) console.log(s.slug(m[2]), '<=', m[2]) }
