// The public pages' frame, around the editor's preview of them.
export { default } from '@/app/(site)/[[...slug]]/layout'
