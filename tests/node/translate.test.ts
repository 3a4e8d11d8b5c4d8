/**
 * `translate` (components/i18n/translate.ts): the language per call, through @lit/localize, with
 * the English loaded lazily per scope. The tests run in order: they share the module's state.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {msg} from '@lit/localize/init/install.js'
import {str} from '@lit/localize/internal/str-tag.js'
import {
  defineMessages,
  isLanguageLoaded,
  loadLanguage,
  onStringsLoaded,
  translate,
  type LocaleModule,
} from '../../components/i18n/translate'

/** A loader that answers when told: `resolve` with the templates, or `reject`. */
function controlled(templates: LocaleModule['templates']) {
  let calls = 0
  let answer: {resolve: () => void; reject: (error: Error) => void} | undefined
  const load = () => {
    calls++
    return new Promise<LocaleModule>((resolve, reject) => {
      answer = {resolve: () => resolve({templates}), reject}
    })
  }
  return {
    load,
    get calls() {
      return calls
    },
    resolve: () => answer?.resolve(),
    reject: () => answer?.reject(new Error('offline')),
  }
}

/** Runs `run` with console.warn collected. */
async function collectWarnings(run: () => Promise<unknown>): Promise<unknown[]> {
  const warn = console.warn
  const warnings: unknown[] = []
  console.warn = (...args: unknown[]) => warnings.push(args[0])
  try {
    await run()
  } finally {
    console.warn = warn
  }
  return warnings
}

// Two scopes with a message id in common: each is looked up in its own scope's English.
const cardEnglish = controlled({hello: 'Hello', count: str`${1} of ${0}`, title: 'Card'})
const card = defineMessages(
  {en: cardEnglish.load},
  {
    hello: () => msg('Hej', {id: 'hello'}),
    count: (v) => msg(str`${v.total} har ${v.n}`, {id: 'count'}),
    untranslated: () => msg('Bara på svenska', {id: 'untranslated'}),
    title: () => msg('Kort', {id: 'title'}),
  },
)
const wheelEnglish = controlled({title: 'Strategy wheel'})
const wheel = defineMessages(
  {en: wheelEnglish.load},
  {
    title: () => msg('Strategihjul', {id: 'title'}),
    // The card's English has this id; the wheel's has not.
    hello: () => msg('Hej från hjulet', {id: 'hello'}),
  },
)

describe('translate: the language per call, English loaded lazily', () => {
  let told = 0
  const stop = onStringsLoaded(() => told++)

  it('shows Swedish until the English is loaded; Swedish never waits for it', async () => {
    assert.equal(isLanguageLoaded('sv'), true)
    assert.equal(isLanguageLoaded('en'), false)
    assert.equal(translate(card, 'en', 'hello'), 'Hej', 'Swedish, never blank')
    const english = loadLanguage('en')
    assert.equal(cardEnglish.calls, 1)
    // The English stalls; Swedish answers at once, within the microtasks of this turn.
    const first = await Promise.race([
      loadLanguage('sv').then(() => 'sv'),
      english.then(() => 'en'),
      new Promise((resolve) => setImmediate(() => resolve('waited'))),
    ])
    assert.equal(first, 'sv')
    // Both scopes' loads fail, say offline: a warning each, still Swedish, listeners not told.
    const warnings = await collectWarnings(async () => {
      cardEnglish.reject()
      wheelEnglish.reject()
      await english
    })
    assert.equal(warnings.length, 2)
    assert.equal(isLanguageLoaded('en'), false)
    assert.equal(translate(card, 'en', 'hello'), 'Hej')
    assert.equal(told, 0)
  })

  it('tries again on the next call, tracks each scope apart, and tells every listener', async () => {
    const english = loadLanguage('en')
    assert.equal(cardEnglish.calls, 2)
    // A second call while loading starts nothing new and waits for the same load.
    const again = loadLanguage('en')
    assert.equal(cardEnglish.calls, 2)
    cardEnglish.resolve()
    const warnings = await collectWarnings(async () => {
      wheelEnglish.reject()
      await Promise.all([english, again])
    })
    assert.equal(warnings.length, 1, 'the wheel’s scope failed again')
    assert.equal(isLanguageLoaded('en', card), true)
    assert.equal(isLanguageLoaded('en', wheel), false)
    assert.equal(isLanguageLoaded('en'), false)
    assert.equal(told, 1, 'told once: strings arrived')
    assert.equal(translate(card, 'en', 'hello'), 'Hello')
    assert.equal(translate(card, 'en', 'title'), 'Card')
    // The wheel's English is not loaded: its Swedish, not the card's English of the same id.
    assert.equal(translate(wheel, 'en', 'title'), 'Strategihjul')

    const last = loadLanguage('en')
    wheelEnglish.resolve()
    await last
    assert.equal(isLanguageLoaded('en'), true)
    assert.equal(translate(wheel, 'en', 'title'), 'Strategy wheel')
    assert.equal(translate(card, 'en', 'title'), 'Card', 'each scope keeps its own English')
    assert.equal(translate(wheel, 'en', 'hello'), 'Hej från hjulet', 'not the card’s English')
    assert.equal(told, 2)
    await loadLanguage('en')
    assert.equal(cardEnglish.calls, 2, 'loaded once')
    stop()
  })

  it('gives Swedish and English side by side, in any order', () => {
    assert.equal(translate(card, 'en', 'hello'), 'Hello')
    assert.equal(translate(card, 'sv', 'hello'), 'Hej')
    assert.equal(translate(card, 'en', 'hello'), 'Hello')
  })

  it('fills placeholders in the translation’s order', () => {
    assert.equal(translate(card, 'sv', 'count', {n: 2, total: 5}), '5 har 2')
    assert.equal(translate(card, 'en', 'count', {n: 2, total: 5}), '2 of 5')
  })

  it('shows a placeholder without a value by its name, never as "undefined"', () => {
    assert.equal(translate(card, 'sv', 'count', {n: 2}), '{total} har 2')
    assert.equal(translate(card, 'en', 'count', {total: 5}), '{n} of 5')
  })

  it('falls back to Swedish, never to blank, where English is missing', () => {
    assert.equal(translate(card, 'en', 'untranslated'), 'Bara på svenska')
  })

  it('looks a message up in its own scope also when it names another scope’s message', async () => {
    const about = defineMessages(
      {en: async () => ({templates: {about: str`About the ${0}`}})},
      {about: () => msg(str`Om ${translate(card, 'en', 'title')}`, {id: 'about'})},
    )
    await loadLanguage('en')
    assert.equal(translate(about, 'en', 'about'), 'About the Card')
    assert.equal(translate(about, 'sv', 'about'), 'Om Card')
  })

  it('restores the language after a message throws', () => {
    const throwing = defineMessages(
      {en: async () => ({templates: {}})},
      {
        boom: () => {
          throw new Error('boom')
        },
      },
    )
    assert.throws(() => translate(throwing, 'en', 'boom'), /boom/)
    // Outside translate, msg() answers in the source language.
    assert.equal(msg('Hej', {id: 'hello'}), 'Hej')
  })
})
