/**
 * Editor-side safety: every validation rule of the Sanity plugin (`sanity-plugin/validation.ts`,
 * `fields.ts` and the types in `schema/`) rejects the mistakes an editor can make, with a message
 * in Swedish that says what to do, at the field the editor must fix, as an error (not a warning
 * that lets the document be published).
 *
 * Each case takes a valid document of the default dataset, makes one mistake and validates it as
 * the Studio does (`studioMarkers`), with slug uniqueness checked against the whole dataset through
 * a groq-js stand-in for the client. `dataset.test.ts` checks that the dataset itself passes.
 */
import assert from 'node:assert/strict'
import {after, before, describe, it, mock} from 'node:test'
import {validationLocaleStrings} from '@sanity/validation/_internal'
import {documentTypeNames} from '../../sanity-plugin/index'
import {
  URL_RULE_MESSAGE,
  noHiddenCharacters,
  requireSwedish,
  slugify,
  swedishBeforeEnglish,
} from '../../sanity-plugin/validation'
import {safeHref} from '../../components/shared/safe-href'
import {WHEEL_LABEL} from '../../sanity-plugin/constants'
import {CONTACT_UNLINKED} from '../../sanity-plugin/schema/contact-route'
import {loadDataset, studioMarkers, type Doc, type Marker} from './helpers/dataset'

let dataset: Doc[]

function doc(id: string): Doc {
  const found = dataset.find((d) => d._id === id)
  assert.ok(found, `no document ${id}`)
  return structuredClone(found)
}

function first(type: string): Doc {
  const found = dataset.find((d) => d._type === type)
  assert.ok(found, `no ${type}`)
  return structuredClone(found)
}

const show = (markers: Marker[]) =>
  markers.map((m) => `${m.level} ${m.path}: ${m.message}`).join(' | ') || '(none)'

/** Validates `document` and expects an error at `path` whose message matches `message`. */
async function rejects(document: Doc, path: string, message: RegExp | string, others: Doc[] = []) {
  const markers = await studioMarkers(document, [...dataset, ...others])
  const found = markers.find(
    (m) =>
      m.path === path &&
      (typeof message === 'string' ? m.message === message : message.test(m.message)),
  )
  assert.ok(found, `expected an error at ${path} matching ${message}, got ${show(markers)}`)
  assert.equal(found.level, 'error', `${path}: an error, not a ${found.level}`)
  return markers
}

async function accepts(document: Doc, others: Doc[] = []) {
  const markers = await studioMarkers(document, [...dataset, ...others])
  assert.deepEqual(markers, [], show(markers))
}

const locale = (type: string, sv?: unknown, en?: unknown) => ({_type: type, sv, en})
const ref = (id: string, key: string) => ({_type: 'reference', _ref: id, _key: key})

/** Sanity's own (English) messages, which an editor must never see from this plugin. */
const ENGLISH_DEFAULTS = Object.values(validationLocaleStrings as Record<string, string>)
  .map((text) => text.replace(/\{\{[^}]+\}\}/g, '').trim())
  .filter((text) => text.length > 3)

describe('validation rules (as the Studio runs them)', () => {
  before(() => {
    dataset = loadDataset()
    // The offers' status warning reads today's date: judge the dataset on a day it was written for.
    mock.timers.enable({apis: ['Date'], now: new Date('2026-11-27T12:00:00Z')})
  })
  after(() => mock.timers.reset())

  describe('addresses: only https, mailto and tel', () => {
    for (const url of [
      'http://example.com',
      'javascript:alert(1)',
      'ftp://example.com/fil',
      'www.almi.se',
      'https://',
    ]) {
      it(`rejects ${JSON.stringify(url)} in an offer's contact address`, async () => {
        const offer = first('supportOffer')
        offer.contact = {_type: 'contactRoute', label: locale('localeString', 'Kontakt'), url}
        await rejects(offer, 'contact.url', URL_RULE_MESSAGE)
      })
    }

    it('rejects an http:// website on an actor and a municipality', async () => {
      const actor = doc('actor-almi-mitt')
      actor.website = 'http://www.almi.se'
      await rejects(actor, 'website', URL_RULE_MESSAGE)
      const municipality = doc('municipality-berg')
      municipality.website = 'http://www.berg.se'
      await rejects(municipality, 'website', URL_RULE_MESSAGE)
    })

    it('rejects a link in a story’s text (Portable Text) to http:// or javascript:, or with no address', async () => {
      for (const href of ['http://example.com', 'javascript:alert(1)', undefined]) {
        const story = first('successStory')
        const body = story.body as {sv: {_key: string; markDefs: unknown[]}[]}
        const block = body.sv[0]
        block.markDefs = [{_type: 'link', _key: 'l1', href}]
        const message = href ? URL_RULE_MESSAGE : /./
        await rejects(story, `body.sv[${block._key}].markDefs[l1].href`, message)
      }
    })

    it('rejects what the sites would not link, saying what to mend, and accepts only what they link', async () => {
      const cases: [string, RegExp | null][] = [
        ['https:/almi.se', /två snedstreck efter https:/],
        ['https:almi.se', /två snedstreck efter https:/],
        ['tel:063–14 00 00', /Skriv telefonnumret med siffror.*tankstreck/],
        ['tel:växeln', /Skriv telefonnumret med siffror/],
        ['tel:', /Skriv telefonnumret med siffror/],
        ['mailto:', /Skriv en e-postadress efter mailto:/],
        ['mailto:info@almi.se?subject=Fråga om stöd', /innehåller mellanslag/],
        ['https://almi.se/a b', /innehåller mellanslag/],
        ['https://', null],
        ['HTTPS://WWW.ALMI.SE', null],
        [' https://www.almi.se ', null],
        ['https://www.almi.se/mitt#kontakt', null],
        ['tel:+46 (0)63-14.00', null],
        ['mailto:info@almi.se?subject=Fr%C3%A5ga', null],
        // No number, or no address: nothing to call or write to.
        ['tel:+', /Skriv telefonnumret med siffror/],
        ['tel:---', /Skriv telefonnumret med siffror/],
        ['mailto:?subject=hej', /Skriv en e-postadress efter mailto:/],
        ['mailto:info.almi.se', /Skriv en e-postadress efter mailto:/],
      ]
      for (const [url, message] of cases) {
        const offer = first('supportOffer')
        offer.contact = {_type: 'contactRoute', label: locale('localeString', 'Kontakt'), url}
        const markers = (await studioMarkers(offer, dataset)).filter(
          (m) => m.path === 'contact.url',
        )
        if (message) await rejects(offer, 'contact.url', message)
        // The Studio's verdict and the sites': an address passes only if the elements link it.
        assert.equal(markers.length === 0, safeHref(url) !== undefined, `${url}: ${show(markers)}`)
      }
      // An invisible character pasted along: named, with where it is. The sites leave it out of
      // the link (so an address published before this rule still leads where it says).
      for (const [url, message, linked] of [
        [
          'https://www.almi.se/stod\u200b',
          /osynligt tecken \(U\+200B\) efter ”https:\/\/www.almi.se\/stod”/,
          'https://www.almi.se/stod',
        ],
        [
          'mailto:info@almi.se\u00ad',
          /osynligt tecken \(U\+00AD\) efter ”mailto:info@almi.se”/,
          'mailto:info@almi.se',
        ],
        [
          '\u200ehttps://www.almi.se',
          /osynligt tecken \(U\+200E\) i början/,
          'https://www.almi.se',
        ],
        [
          'tel:+46\u202c 63 14 00 00',
          /osynligt tecken \(U\+202C\) efter ”tel:\+46”/,
          'tel:+46 63 14 00 00',
        ],
      ] as const) {
        const offer = first('supportOffer')
        offer.contact = {_type: 'contactRoute', label: locale('localeString', 'Kontakt'), url}
        await rejects(offer, 'contact.url', message)
        assert.equal(safeHref(url), linked, url)
      }
      // A joiner, as Word's "no-width" breaks insert them, is named too.
      const joined = first('supportOffer')
      const url = 'https://www.al\u200dmi.se/'
      joined.contact = {_type: 'contactRoute', label: locale('localeString', 'Kontakt'), url}
      await rejects(joined, 'contact.url', /osynligt tecken \(U\+200D\) efter ”https:\/\/www.al”/)
      assert.equal(safeHref(url), 'https://www.almi.se/')
      // An @ only in the headers, or with nothing before it, is no address.
      for (const url of ['mailto:?subject=hej@du', 'mailto:@almi.se']) {
        const offer = first('supportOffer')
        offer.contact = {_type: 'contactRoute', label: locale('localeString', 'Kontakt'), url}
        await rejects(offer, 'contact.url', /Skriv en e-postadress efter mailto:/)
      }
      // The same in a story's text.
      const story = first('successStory')
      const body = story.body as {sv: {_key: string; markDefs: unknown[]}[]}
      body.sv[0].markDefs = [{_type: 'link', _key: 'l1', href: 'tel:063–14 00 00'}]
      await rejects(story, `body.sv[${body.sv[0]._key}].markDefs[l1].href`, /telefonnumret/)
    })

    it('accepts https, mailto and tel', async () => {
      for (const url of [
        'https://www.almi.se/mitt',
        'mailto:info@example.com',
        'tel:+4663123456',
      ]) {
        const offer = first('supportOffer')
        offer.contact = {_type: 'contactRoute', label: locale('localeString', 'Kontakt'), url}
        await accepts(offer)
      }
    })
  })

  describe('texts: Swedish is required, English is optional', () => {
    it('rejects a required text left empty or blank in Swedish, naming the field', async () => {
      for (const sv of [undefined, '', '   ']) {
        const area = doc('focusArea-kunskap-och-kompetens')
        area.title = locale('localeString', sv, 'Knowledge and skills')
        await rejects(area, 'title', 'Fyll i ”Insatsområde” på svenska.')
      }
      const offer = first('supportOffer')
      delete offer.summary
      await rejects(offer, 'summary', 'Fyll i ”Sammanfattning” på svenska.')
    })

    it('rejects English without Swedish in an optional text too', async () => {
      const action = first('action')
      action.description = locale('localeText', '', 'Only English')
      await rejects(
        action,
        'description',
        'Det finns en engelsk text men ingen svensk. Fyll i den svenska texten först.',
      )
    })

    it('rejects a story whose text (Portable Text) is in English but not Swedish, and accepts none', async () => {
      const story = first('successStory')
      story.body = {_type: 'localeBlockContent', sv: [], en: (story.body as {en: unknown}).en}
      await rejects(story, 'body', /Det finns en engelsk text men ingen svensk/)
      // The elements do not show it: it is for the site's own page about the story.
      const none = first('successStory')
      delete none.body
      await accepts(none)
    })

    it('rejects an English text of only spaces, which English pages would show instead of the Swedish', async () => {
      const area = doc('focusArea-kunskap-och-kompetens')
      area.title = locale('localeString', 'Kunskap och kompetens', ' ')
      await rejects(area, 'title', /Den engelska texten ser tom ut men är inte det/)
    })

    it('accepts Swedish without English', async () => {
      const area = doc('focusArea-kunskap-och-kompetens')
      area.title = locale('localeString', 'Kunskap och kompetens')
      await accepts(area)
    })

    it('requireSwedish and swedishBeforeEnglish decide as documented', () => {
      const required = requireSwedish('Fyll i.')
      assert.equal(required({sv: 'Text'}), true)
      assert.equal(required({sv: [{_type: 'block'}]}), true)
      assert.equal(required({sv: ' '}), 'Fyll i.')
      assert.equal(required({sv: []}), 'Fyll i.')
      assert.equal(required(undefined), 'Fyll i.')
      assert.equal(swedishBeforeEnglish(undefined), true)
      assert.equal(swedishBeforeEnglish({en: ''}), true)
      assert.match(String(swedishBeforeEnglish({en: 'x'})), /svensk/)
      // English there but blank hides the Swedish on English pages.
      for (const en of [' ', '', []]) {
        assert.match(String(swedishBeforeEnglish({sv: 'Text', en})), /engelska texten ser tom ut/)
      }
      assert.equal(swedishBeforeEnglish({sv: 'Text'}), true)
    })
  })

  describe('hidden characters: a warning, naming the character and where it is', () => {
    /** Validates `document` and expects one warning at `path` matching `message`. */
    async function warns(document: Doc, path: string, message: RegExp) {
      const markers = await studioMarkers(document, dataset)
      assert.equal(markers.length, 1, show(markers))
      assert.equal(markers[0].path, path, show(markers))
      assert.equal(markers[0].level, 'warning', show(markers))
      assert.match(markers[0].message, message)
    }

    it('warns about a right-to-left override pasted into a required title, after the words before it', async () => {
      const area = doc('focusArea-kunskap-och-kompetens')
      area.title = locale('localeString', 'Kunskap och \u202ekompetens')
      await warns(area, 'title', /^Den svenska texten .*\(U\+202E\) efter ”Kunskap och”\./)
    })

    it('warns about a zero-width space in English paragraphs and a control character in a story’s Portable Text', async () => {
      // An optional field: its type's own rules.
      const action = first('action')
      action.description = locale('localeText', 'Beskrivning.', '\u200bStarts unseen.')
      await warns(action, 'description', /^Den engelska texten .*\(U\+200B\) i början\./)
      const story = first('successStory')
      const body = story.body as {sv: {children: {text: string}[]}[]}
      body.sv[0].children[0].text += ' trasig\u0007 text'
      await warns(story, 'body', /\(U\+0007\) efter ”.*trasig”/)
    })

    it('warns at every localized field of every document type, required or not, in lists too', async () => {
      const LOCALE = /^locale(String|Text|BlockContent)$/
      /** Puts U+202E into every localized value in `value`, and returns their paths. */
      function spoil(value: unknown, path: string): string[] {
        if (Array.isArray(value)) {
          return value.flatMap((item: {_key?: string}, i) =>
            spoil(item, `${path}[${item?._key ?? i}]`),
          )
        }
        if (!value || typeof value !== 'object') return []
        const object = value as Record<string, unknown>
        if (typeof object._type === 'string' && LOCALE.test(object._type)) {
          const sv = object.sv
          if (typeof sv === 'string' && sv) object.sv = `${sv}\u202e`
          else if (Array.isArray(sv) && sv.length) {
            ;(sv[0] as {children: {text: string}[]}).children[0].text += '\u202e'
          } else return []
          return [path]
        }
        return Object.entries(object).flatMap(([key, item]) =>
          key.startsWith('_') ? [] : spoil(item, path ? `${path}.${key}` : key),
        )
      }
      const types = [...new Set(dataset.map((d) => d._type))]
      let fields = 0
      for (const type of types) {
        const document = first(type)
        const paths = spoil(document, '')
        fields += paths.length
        const markers = await studioMarkers(document, dataset)
        const warned = markers.filter((m) => m.level === 'warning' && /U\+202E/.test(m.message))
        assert.deepEqual(
          warned.map((m) => m.path).sort(),
          paths.sort(),
          `${type}: ${show(markers)}`,
        )
      }
      // 94 when written.
      assert.ok(fields >= 80, `${fields} localized fields`)
    })

    it('finds every kind it names and leaves soft hyphens, accents and emoji alone', () => {
      for (const code of [
        0x0, 0x1f, 0x7f, 0x9f, 0x61c, 0x200b, 0x200e, 0x200f, 0x202a, 0x202e, 0x2060, 0x2066,
        0x2069, 0xfeff, 0xfffd,
      ]) {
        const char = String.fromCharCode(code)
        assert.match(
          String(noHiddenCharacters({sv: `a${char}`})),
          /osynligt eller trasigt/,
          code.toString(16),
        )
      }
      for (const text of [
        'Innovations\u00adstrategi',
        'Östersund – Åre',
        'Rad ett\nRad två\tflik',
        '👩🏽‍🔬 forskare',
      ]) {
        assert.equal(noHiddenCharacters({sv: text, en: text}), true, text)
      }
      // The words before it are quoted by characters: no emoji cut in half.
      assert.match(
        String(noHiddenCharacters({sv: `ab${'😀'.repeat(30)}c\u200b`})),
        new RegExp(`efter ”${'😀'.repeat(23)}c”`, 'u'),
      )
      assert.equal(noHiddenCharacters(undefined), true)
      assert.equal(noHiddenCharacters({sv: [{_type: 'block'}, null]}), true)
    })
  })

  describe('images: alt text is required', () => {
    it('rejects a story image without alt text, or with alt text only in English', async () => {
      for (const alt of [undefined, locale('localeString', ''), locale('localeString', '', 'A')]) {
        const story = first('successStory')
        story.image = {...(story.image as object), alt}
        await rejects(
          story,
          'image.alt',
          'Bilden saknar alternativtext. Beskriv på svenska vad bilden visar.',
        )
      }
    })

    it('rejects a story without an image', async () => {
      const story = first('successStory')
      delete story.image
      await rejects(story, 'image', 'Välj en bild.')
    })

    it('rejects an image whose picture was removed and only the alt text is left', async () => {
      // The Studio's "Remove" unsets the asset and keeps the alt text.
      const story = first('successStory')
      story.image = {_type: 'image', alt: locale('localeString', 'En bild')}
      await rejects(story, 'image', 'Välj en bild.')
    })
  })

  describe('slugs: filled in, well-formed, unique per type', () => {
    it('rejects a missing slug, telling the editor how to make one', async () => {
      const need = doc('need-finansiering')
      delete need.slug
      await rejects(need, 'slug', /Adressdelen \(slug\) krävs\. Klicka på knappen bredvid fältet/)
    })

    it('rejects capitals, spaces, å ä ö and double hyphens', async () => {
      for (const current of ['Finansiering', 'finans iering', 'finansiering-åäö', 'a--b', '-a']) {
        const need = doc('need-finansiering')
        need.slug = {_type: 'slug', current}
        await rejects(need, 'slug', /får bara innehålla små bokstäver a–z, siffror och bindestreck/)
      }
    })

    it('rejects a slug longer than the 96 characters the button makes, and accepts 96', async () => {
      const need = doc('need-finansiering')
      need.slug = {_type: 'slug', current: 'a'.repeat(97)}
      await rejects(need, 'slug', 'Adressdelen (slug) får vara högst 96 tecken. Korta den.')
      need.slug = {_type: 'slug', current: 'a'.repeat(96)}
      await accepts(need)
    })

    it('rejects a slug another document of the same type has, naming it', async () => {
      const copy = doc('value-attraktivitet')
      copy._id = 'value-kopia'
      await rejects(
        copy,
        'slug',
        'Adressdelen ”attraktivitet” används redan av ett annat dokument av samma typ. Välj en annan.',
        [copy],
      )
    })

    it('accepts the document’s own slug on its version in a release', async () => {
      const version = doc('need-finansiering')
      version._id = 'versions.rAbc123.need-finansiering'
      await accepts(version, [version])
    })

    it('accepts the same slug on a document of another type, and on the document’s own draft', async () => {
      const need = doc('need-finansiering')
      need._id = 'sector-finansiering'
      need._type = 'sector'
      await accepts(need, [need])
      const draft = doc('need-finansiering')
      draft._id = 'drafts.need-finansiering'
      await accepts(draft, [draft])
    })

    it('slugify makes what validSlug accepts from a Swedish title', () => {
      assert.equal(slugify('Kunskap och kompetens'), 'kunskap-och-kompetens')
      assert.equal(slugify('Öppenhet & dynamik – 2025!'), 'oppenhet-dynamik-2025')
      assert.equal(slugify('Ångermanälven'), 'angermanalven')
      assert.match(slugify(`  ${'Långt namn '.repeat(20)}`), /^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      assert.ok(slugify('x'.repeat(200)).length <= 96)
      assert.equal(slugify('Trøndelag fylkeskommune'), 'trondelag-fylkeskommune')
      assert.equal(slugify('Færøerne'), 'faeroerne')
      // Cut where a word ends: no hyphen left at the end.
      assert.equal(slugify(`${'a'.repeat(95)} b`), 'a'.repeat(95))
    })
  })

  describe('choices, dates and numbers', () => {
    it('rejects an offer with no provider, no contact or no status', async () => {
      const noProvider = first('supportOffer')
      delete noProvider.provider
      await rejects(noProvider, 'provider', 'Välj vilken aktör som erbjuder stödet.')
      const noContact = first('supportOffer')
      delete noContact.contact
      await rejects(noContact, 'contact', 'Ange hur man tar kontakt.')
      const noStatus = first('supportOffer')
      delete noStatus.status
      await rejects(
        noStatus,
        'status',
        /Välj om erbjudandet är öppet, öppnar snart eller är stängt/,
      )
    })

    it('rejects a contact with neither an address nor an actor', async () => {
      const offer = first('supportOffer')
      offer.contact = {_type: 'contactRoute', label: locale('localeString', 'Ring oss')}
      await rejects(offer, 'contact', /Ange en adress eller välj en aktör/)
      const actorOnly = first('supportOffer')
      actorOnly.contact = {
        _type: 'contactRoute',
        label: locale('localeString', 'Kontakta Almi'),
        actor: {_type: 'reference', _ref: 'actor-almi-mitt'},
      }
      const markers = await studioMarkers(actorOnly, dataset)
      assert.ok(!markers.some((m) => m.path.startsWith('contact')), show(markers))
    })

    it('warns, without stopping publishing, when the contact would show without a link', async () => {
      const contactOf = (offer: Doc) => offer.contact as {url?: string; actor?: unknown}
      const offer = first('supportOffer')
      offer.contact = {
        _type: 'contactRoute',
        label: locale('localeString', 'Kontakta Mid Sweden Science Park'),
        actor: {_type: 'reference', _ref: 'actor-mid-sweden-science-park'},
      }
      const markers = (await studioMarkers(offer, dataset)).filter((m) => m.path === 'contact')
      assert.deepEqual(
        markers.map((m) => [m.level, m.message]),
        [['warning', CONTACT_UNLINKED]],
      )
      // An address of its own, or a website on the actor, links it.
      contactOf(offer).url = 'https://www.midswedensciencepark.se'
      await accepts(offer)
      delete contactOf(offer).url
      const actor = doc('actor-mid-sweden-science-park')
      actor.website = 'https://www.midswedensciencepark.se'
      const others = dataset.filter((d) => d._id !== actor._id)
      assert.deepEqual(await studioMarkers(offer, [...others, actor]), [])
      // A website the sites would not link does not.
      actor.website = 'https:/www.midswedensciencepark.se'
      const again = await studioMarkers(offer, [...others, actor])
      assert.deepEqual(
        again.map((m) => m.message),
        [CONTACT_UNLINKED],
      )
    })

    it('warns, without stopping publishing, when the dates have overtaken the status', async () => {
      const expired = first('supportOffer')
      expired.status = 'open'
      expired.opensAt = '2001-01-01'
      expired.closesAt = '2001-12-31'
      const warning = (await studioMarkers(expired, dataset)).find((m) => m.path === 'status')
      assert.equal(warning?.level, 'warning')
      assert.match(warning?.message ?? '', /visar erbjudandet som stängt/)
      const opened = first('supportOffer')
      opened.status = 'upcoming'
      opened.opensAt = '2001-01-01'
      delete opened.closesAt
      const open = (await studioMarkers(opened, dataset)).find((m) => m.path === 'status')
      assert.equal(open?.level, 'warning')
      assert.match(
        open?.message ?? '',
        /visar erbjudandet som öppet\. Välj ”Öppen”, eller ändra datumet\.$/,
      )
      // The default status, left as it was, with an opening day still to come.
      const early = first('supportOffer')
      early.status = 'open'
      early.opensAt = '2999-03-01'
      delete early.closesAt
      const soon = (await studioMarkers(early, dataset)).find((m) => m.path === 'status')
      assert.equal(soon?.level, 'warning')
      assert.match(soon?.message ?? '', /öppnar snart/)
      const closed = first('supportOffer')
      closed.status = 'closed'
      closed.closesAt = '2001-12-31'
      const none = (await studioMarkers(closed, dataset)).filter((m) => m.path === 'status')
      assert.deepEqual(none, [])
      // Closed before its closing date (today is 2026-11-27 here): the sites say only "Stängd".
      const closedEarly = first('supportOffer')
      closedEarly.status = 'closed'
      closedEarly.closesAt = '2026-11-28'
      const markers = (await studioMarkers(closedEarly, dataset)).filter((m) => m.path === 'status')
      assert.deepEqual(
        markers.map((m) => [m.level, m.message]),
        [
          [
            'warning',
            'Erbjudandet är stängt fast stängningsdatumet inte har kommit, så webbplatserna visar bara ”Stängd”. Stämmer det? Välj annars ”Öppen” eller ”Öppnar snart”.',
          ],
        ],
      )
      closedEarly.closesAt = '2026-11-27'
      assert.deepEqual(
        (await studioMarkers(closedEarly, dataset)).filter((m) => m.path === 'status'),
        [],
      )
    })

    it('warns when a focus area links what the strategy does not list, which the wheel cannot show', async () => {
      const area = doc('focusArea-kunskap-och-kompetens')
      const goals = area.guidingGoals as {_ref: string}[]
      assert.ok(goals.length > 0)
      // The strategy without the area's first goal and without the area itself.
      const strategy = doc('strategy')
      strategy.guidingGoals = (strategy.guidingGoals as {_ref: string}[]).filter(
        (ref) => ref._ref !== goals[0]._ref,
      )
      strategy.focusAreas = (strategy.focusAreas as {_ref: string}[]).filter(
        (ref) => ref._ref !== area._id,
      )
      const changed = dataset.map((d) => (d._id === 'strategy' ? strategy : d))
      const markers = await studioMarkers(area, changed)
      const goal = markers.find((m) => m.path === 'guidingGoals')
      assert.equal(goal?.level, 'warning', show(markers))
      assert.match(goal?.message ?? '', /^Ett av de valda målen finns inte med i ”Strategin”/)
      const itself = markers.find((m) => m.path === '')
      assert.equal(itself?.level, 'warning', show(markers))
      assert.match(itself?.message ?? '', /finns inte med bland insatsområdena i ”Strategin”/)
      assert.deepEqual(await studioMarkers(area, dataset), [], 'listed, it says nothing')
    })

    it('rejects an offer that “opens soon” with no opening date, and one that closes before it opens', async () => {
      const upcoming = first('supportOffer')
      upcoming.status = 'upcoming'
      delete upcoming.opensAt
      await rejects(upcoming, 'opensAt', /Ange när erbjudandet öppnar/)
      const backwards = first('supportOffer')
      backwards.opensAt = '2026-05-01'
      backwards.closesAt = '2026-04-30'
      await rejects(
        backwards,
        'closesAt',
        'Stängningsdatumet ligger före öppningsdatumet. Ändra något av datumen.',
      )
    })

    it('rejects a facet left empty, and the same choice twice', async () => {
      const empty = first('supportOffer')
      empty.needs = []
      await rejects(empty, 'needs', /Välj minst ett alternativ i ”Stödtyp”/)
      // A list the editor never touched is undefined, not empty: as wrong.
      const untouched = first('supportOffer')
      delete untouched.needs
      delete untouched.municipalities
      await rejects(untouched, 'needs', /Välj minst ett alternativ i ”Stödtyp”/)
      await rejects(untouched, 'municipalities', /Välj minst ett alternativ i ”Kommuner”/)
      const twice = first('supportOffer')
      twice.needs = [ref('need-finansiering', 'a'), ref('need-finansiering', 'b')]
      await rejects(twice, 'needs[b]', 'Samma dokument finns två gånger i ”Stödtyp”.')
    })

    it('warns, without stopping publishing, about a story dated after today', async () => {
      const story = first('successStory')
      story.date = '2026-11-28'
      const markers = await studioMarkers(story, dataset)
      assert.deepEqual(
        markers.map((m) => [m.path, m.level, m.message]),
        [
          [
            'date',
            'warning',
            'Datumet ligger i framtiden, så berättelsen visas först i karusellen fram till dess. Stämmer datumet?',
          ],
        ],
      )
      story.date = '2026-11-27'
      await accepts(story)
      // Just after midnight in Sweden, where it is already the 28th: today, not in the future.
      const zone = process.env.TZ
      process.env.TZ = 'Europe/Stockholm'
      mock.timers.setTime(new Date('2026-11-27T23:30:00Z').getTime())
      try {
        story.date = '2026-11-28'
        await accepts(story)
      } finally {
        if (zone === undefined) delete process.env.TZ
        else process.env.TZ = zone
        mock.timers.setTime(new Date('2026-11-27T12:00:00Z').getTime())
      }
    })

    it('rejects a story without date, municipality or focus area', async () => {
      const story = first('successStory')
      delete story.date
      delete story.municipality
      delete story.focusAreas
      const markers = await rejects(story, 'date', 'Ange datum.')
      await rejects(story, 'municipality', 'Välj kommun.')
      assert.ok(
        markers.some((m) => m.path === 'focusAreas' && /Välj minst ett alternativ/.test(m.message)),
      )
    })

    it('rejects a target year that is no year, a municipality code that is not four digits and a negative order, saying so once', async () => {
      /** The one marker at `path`: Sanity's chained rules would say it once for each. */
      const once = async (document: Doc, path: string, message: string) => {
        const markers = await rejects(document, path, message)
        assert.equal(markers.filter((m) => m.path === path).length, 1, show(markers))
      }
      for (const targetYear of [1999, 2101, 2025.5, undefined]) {
        const strategy = doc('strategy')
        strategy.targetYear = targetYear
        await once(strategy, 'targetYear', 'Ange ett årtal, till exempel 2025.')
      }
      for (const code of ['238', '23800', 'abcd', undefined, '']) {
        const municipality = doc('municipality-berg')
        municipality.code = code
        await once(municipality, 'code', 'Kommunkoden är fyra siffror, till exempel 2380.')
      }
      for (const sortOrder of [-1, 1.5, undefined, null]) {
        const need = doc('need-finansiering')
        need.sortOrder = sortOrder
        await once(need, 'sortOrder', 'Ange ett heltal, 0 eller större.')
      }
    })

    it('rejects an actor with no kind, and a strategy with no owner or no focus areas', async () => {
      const actor = first('actor')
      delete actor.kind
      await rejects(actor, 'kind', 'Välj typ av aktör.')
      const strategy = doc('strategy')
      delete strategy.owner
      delete strategy.focusAreas
      await rejects(strategy, 'owner', 'Välj vem som äger strategin.')
      await rejects(strategy, 'focusAreas', /Välj minst ett alternativ i ”Insatsområden”/)
    })

    it('rejects a focus area without themes, a theme without bullets and a goal without sub-goals', async () => {
      for (const themes of [[], undefined]) {
        const area = doc('focusArea-kunskap-och-kompetens')
        area.themes = themes
        await rejects(area, 'themes', 'Lägg till minst ett tema.')
      }
      const bare = doc('focusArea-kunskap-och-kompetens')
      const theme = (bare.themes as {_key: string; bullets: unknown[]}[])[0]
      theme.bullets = []
      await rejects(bare, `themes[${theme._key}].bullets`, 'Lägg till minst en rad i ”Punkter”.')
      for (const subGoals of [[], undefined]) {
        const goal = first('guidingGoal')
        goal.subGoals = subGoals
        await rejects(goal, 'subGoals', 'Lägg till minst ett delmål.')
      }
      // A blank bullet counts as none on the sites.
      const blank = doc('focusArea-kunskap-och-kompetens')
      const blankTheme = (blank.themes as {_key: string; bullets: unknown[]}[])[0]!
      blankTheme.bullets = [{...locale('localeString', '  '), _key: 'tom'}]
      await rejects(
        blank,
        `themes[${blankTheme._key}].bullets[tom]`,
        'Fyll i raden på svenska, eller ta bort den.',
      )
    })
  })

  describe('long names: a warning saying what the wheel then does', () => {
    it('warns about a name the wheel draws, in either language, over its limit, and not at it', async () => {
      const cases: [Doc, string, number][] = [
        [doc('focusArea-kunskap-och-kompetens'), 'title', 40],
        [doc('value-attraktivitet'), 'title', 18],
        [first('guidingGoal'), 'title', 64],
        [doc('strategy'), 'vision', 80],
      ]
      for (const [document, field, max] of cases) {
        const text = document[field] as {sv: string; en?: string}
        const at = (n: number) => 'Långt namn '.repeat(10).slice(0, n - 1) + 'x'
        text.en = at(max)
        await accepts(document)
        text.en = at(max + 1)
        let markers = await studioMarkers(document, dataset)
        const expected = `Texten är lång (${max + 1} tecken på engelska). ${WHEEL_LABEL} Skriv högst ${max} tecken.`
        assert.deepEqual(
          markers.map((m) => [m.path, m.level, m.message]),
          [[field, 'warning', expected]],
          document._id,
        )
        text.en = at(max + 2)
        text.sv = at(max + 5)
        markers = await studioMarkers(document, dataset)
        assert.deepEqual(
          markers.map((m) => [m.path, m.level, m.message.split(')')[0]]),
          [
            [
              field,
              'warning',
              `Texten är lång (${max + 5} tecken på svenska, ${max + 2} tecken på engelska`,
            ],
          ],
          document._id,
        )
      }
    })

    it('warns about a focus area’s summary too long for one line of the compact card', async () => {
      const area = doc('focusArea-kunskap-och-kompetens')
      ;(area.summary as {sv: string}).sv = 'Ett ord. '.repeat(16)
      const markers = await studioMarkers(area, dataset)
      assert.deepEqual(
        markers.map((m) => [m.path, m.level]),
        [['summary', 'warning']],
      )
      assert.match(
        markers[0].message,
        /^Texten är lång \(143 tecken på svenska\)\. Det kompakta kortet/,
      )
    })

    it('warns about blank lines in a text the sites show as one paragraph, and only there', async () => {
      const warning =
        'Webbplatserna visar texten som ett enda stycke, så styckena flyter ihop där. Skriv texten som ett stycke, utan tomma rader.'
      const story = first('successStory')
      ;(story.summary as {sv: string}).sv = 'Första stycket.\n\nAndra stycket.'
      ;(story.quote as {en?: string}).en = 'One.\n \nTwo.'
      const value = first('value')
      ;(value.statement as {sv: string}).sv = 'Ett.\n\n\nTvå.'
      for (const [document, paths] of [
        [story, ['summary', 'quote']],
        [value, ['statement']],
      ] as const) {
        const markers = await studioMarkers(document, dataset)
        assert.deepEqual(
          markers.map((m) => [m.path, m.level, m.message]),
          paths.map((path) => [path, 'warning', warning]),
        )
      }
      // A line break alone, or a blank line at the end, is one paragraph still.
      ;(story.summary as {sv: string}).sv = 'En rad\noch en till.\n\n'
      delete (story.quote as {en?: string}).en
      await accepts(story)
      // The finder shows an offer's texts in their paragraphs.
      const offer = first('supportOffer')
      ;(offer.eligibility as {sv: string}).sv = 'Företag.\n\nFöreningar.'
      await accepts(offer)
    })
  })

  describe('every message is Swedish', () => {
    it('an empty document of every type gets only the plugin’s Swedish messages, none of Sanity’s English ones', async () => {
      let count = 0
      for (const type of documentTypeNames) {
        const markers = await studioMarkers({_id: `tom-${type}`, _type: type}, dataset)
        for (const marker of markers) {
          count++
          const english = ENGLISH_DEFAULTS.find((text) => marker.message.includes(text))
          assert.equal(english, undefined, `${type} ${marker.path}: “${marker.message}”`)
          assert.match(
            marker.message,
            /[åäöÅÄÖ]|\b(och|eller|för|Fyll|Välj|Ange|Lägg)\b/,
            `${type} ${marker.path}: “${marker.message}” does not read as Swedish`,
          )
        }
      }
      assert.ok(count > 40, `only ${count} messages`)
    })
  })
})
