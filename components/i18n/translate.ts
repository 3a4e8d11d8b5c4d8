/**
 * UI strings in Swedish and English, per element.
 *
 * Why not `@lit/localize`: its locale is one global for the page (`setLocale`, loaded
 * asynchronously), while our elements take their language from their own `lang`, then the nearest
 * ancestor's, then the document's, so one page can hold a Swedish and an English element at once
 * (a municipality's English page section, a partner's bilingual site). A per-element lookup in
 * typed catalogs does that with no runtime and no build step, and a missing English string is a
 * type error instead of a silent fallback.
 */
import type {Lang} from '../data/source'

/** A catalog of UI strings: Swedish (the source language) and an English entry for every key. */
export interface Catalog<K extends string> {
  sv: {readonly [key in K]: string}
  en: {readonly [key in K]: string}
}

/**
 * Defines an element's UI strings. Every key must exist in both languages: a missing English
 * string is a type error.
 */
export function defineCatalog<K extends string>(catalog: Catalog<K>): Catalog<K> {
  return catalog
}

/** A UI string in the given language, with `{name}` placeholders filled in. */
export function translate<K extends string>(
  catalog: Catalog<K>,
  lang: Lang,
  key: K,
  values: Record<string, string | number> = {},
): string {
  const template = catalog[lang]?.[key] ?? catalog.sv[key]
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  )
}
