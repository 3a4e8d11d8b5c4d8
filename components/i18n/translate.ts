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
