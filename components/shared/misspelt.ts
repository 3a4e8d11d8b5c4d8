import type {ReactiveElement, TemplateResult} from 'lit'
import type {Lang} from '../data/source'
import {meantAttribute} from './attributes'
import {misspeltText} from './misspelt.strings'
import {renderProblem} from './states'

/**
 * Messages about the element's attributes that look like misspellings of its own, which it would
 * otherwise ignore without a word (a finder with `municipalty="krokom"` shows every offer).
 */
export function renderMisspelt(host: ReactiveElement, lang: Lang): TemplateResult[] {
  const known = (host.constructor as typeof ReactiveElement).observedAttributes
  return host.getAttributeNames().flatMap((name) => {
    const meant = meantAttribute(name, known)
    return meant ? [renderProblem(misspeltText(lang, {name, meant}))] : []
  })
}
