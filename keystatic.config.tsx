/**
 * The browser editor (Keystatic), configured next to the content it edits. `npm run edit` opens
 * it; nothing of it is in the public site (see next.config.mjs).
 *
 * This file runs in the browser too, so it takes what it needs from the server as plain data
 * (`EditorOptions`, built by lib/editor/options.ts from lib/facts/ and
 * lib/base/content-rules.ts) instead of importing modules that read files. One list of fact names, one
 * list of reviewer roles, one phone rule: the editor's menus and the content check use the same.
 */
import { collection, config, singleton } from '@keystatic/core'
import { factFields } from '@/lib/editor/keystatic-facts-fields'
import { pageSchema } from '@/lib/editor/keystatic-page-fields'
import type { EditorOptions } from '@/lib/editor/options'

export { mdxComponents } from '@/lib/editor/keystatic-page-fields'

export function editorConfig(o: EditorOptions) {
  return config({
    storage: { kind: 'local' },
    ui: { brand: { name: 'Anuvia website' } },
    singletons: {
      facts: singleton({
        label: 'Program facts',
        // content/program-facts.yaml. The save route writes only the values that changed into
        // the file, so its comments stay (lib/editor/save-check.ts).
        path: 'content/program-facts',
        format: { data: 'yaml' },
        schema: factFields(o.factsForm),
      }),
    },
    collections: {
      pages: collection({
        label: 'Pages',
        // The English pages, content/en/, nested folders included. A page's file is its address:
        // programs/sacot is /programs/sacot, and index is the folder's own page.
        path: 'content/en/**',
        slugField: 'title',
        format: { contentField: 'content' },
        entryLayout: 'content',
        columns: ['title', 'lastReviewed'],
        schema: pageSchema(o, 'en'),
      }),
      // The Spanish pages, one collection per language (Keystatic 0.6.9 has no translation
      // support), in content/es/ with the English file names: the shape of the {locale} paths
      // Keystatic plans (Thinkmill/keystatic#1553), so they could be adopted later.
      pagesEs: collection({
        label: 'Páginas en español (Spanish pages)',
        path: 'content/es/**',
        slugField: 'title',
        format: { contentField: 'content' },
        entryLayout: 'content',
        columns: ['title', 'lastReviewed'],
        schema: pageSchema(o, 'es'),
      }),
    },
  })
}
