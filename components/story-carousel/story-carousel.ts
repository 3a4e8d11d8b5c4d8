import {html, nothing, type PropertyValues, type TemplateResult} from 'lit'
import {property, state} from 'lit/decorators.js'
import {bundleContent} from '../data/bundled-source'
import {successStories} from '../data/generated/successStories.js'
import {QueryController} from '../data/query-controller'
import {loadingText} from '../i18n/strings'
import {expandHrefTemplate, wrongHrefTemplate} from '../focus-area-card/card-options'
import {flag, parseHeadingLevel} from '../shared/attributes'
import {list, record, trimmed} from '../shared/content'
import {inSwedish, langOf, swedishTexts} from '../shared/fallback'
import {heading} from '../shared/heading'
import {IjhElement} from '../shared/ijh-element'
import {sharedStyles} from '../shared/shared.styles'
import {
  renderAttributeProblems,
  renderError,
  renderProblem,
  renderStaleNotice,
} from '../shared/states'
import {AutoplayController} from './autoplay-controller'
import {parseLayout, parseLimit, selectStories, type Selection, type Story} from './select-stories'
import {carouselText, municipalityText} from './story-carousel.strings'
import {storyCarouselStyles} from './story-carousel.styles'
import {isSanityImage, loadSanityImages, paintPlaceholder, storyImage} from './story-image'
import {defineElement} from '../shared/define'
import {refocus} from '../shared/retry-focus-controller'

export type {StoryLayout} from './select-stories'

/** How long each slide is shown while rotating (ms); the controller never goes below 5 s. */
const INTERVAL = 7000

/** A paragraph with a part, or nothing when it has no text. */
const para = (part: string, text: unknown, className = '') =>
  text ? html`<p class=${className} part=${part}>${text}</p>` : ''

/** How far (px) a finger must travel sideways for a swipe. */
const SWIPE = 40

/**
 * @summary Success stories ("goda exempel") as an accessible carousel following the ARIA APG
 * carousel pattern (tabbed), or as a plain list with `layout="list"`. Choose stories with
 * `focus-area`, `municipality` and `limit`; link each to its page with `href-template`. Rotation
 * is opt-in (`autoplay`), has a stop/start button first in the tab order, pauses on hover, stops
 * on keyboard focus, never hides the focus and never runs when motion is reduced.
 *
 * @csspart carousel - The carousel's frame (a region labelled by `label`).
 * @csspart controls - The row of rotation, previous, picker and next controls.
 * @csspart rotation-button - The stop/start rotation button (only with `autoplay`).
 * @csspart previous-button - Shows the previous story.
 * @csspart next-button - Shows the next story.
 * @csspart picker - The slide picker (a tab list).
 * @csspart picker-tab - One tab of the slide picker.
 * @csspart slides - The container of the slides (a live region while not rotating).
 * @csspart slide - One slide.
 * @csspart list - The list of stories in `layout="list"`.
 * @csspart story - One story: image and text.
 * @csspart media - The image's frame, 16:9, showing the low-quality placeholder while loading.
 * @csspart image - The story's image.
 * @csspart example-badge - The "Påhittad berättelse" label on made-up stories (the default dataset's).
 * @csspart title - The story's title (a heading at `heading-level`).
 * @csspart link - The title's link (with `href-template`).
 * @csspart municipality - The story's municipality.
 * @csspart summary - The story's summary.
 * @csspart quote - The quote with its source.
 * @csspart quote-source - The role of the person quoted and their organisation.
 * @csspart tags - The story's focus areas.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The message shown when stories cannot be loaded or an attribute is wrong.
 * @csspart retry-button - The error message's retry button.
 * @csspart stale-notice - The note shown above stories that could not be refreshed.
 *
 * @cssproperty [--ijh-story-carousel-border-color=var(--ijh-color-border, #8a969f)] - The frames' borders and the tags.
 * @cssproperty [--ijh-story-carousel-accent=var(--ijh-color-accent, #005a7a)] - Buttons (the retry button filled), the picker and the quote's rule.
 * @cssproperty [--ijh-story-carousel-padding=var(--ijh-space, 1rem)] - Space inside the frame and between parts.
 * @cssproperty [--ijh-story-carousel-max-width=60rem] - The greatest width.
 *
 * @tag ijh-story-carousel
 */
export class IjhStoryCarousel extends IjhElement {
  static override styles = [sharedStyles, storyCarouselStyles]

  /**
   * Only stories in this focus area: its slug, e.g. `kunskap-och-kompetens`, or its name, which is
   * read as the Studio makes slugs (`Kunskap och kompetens`).
   */
  @property({attribute: 'focus-area'}) focusArea?: string

  /** Only stories from this municipality: its slug, e.g. `ragunda`, or its name (`Åre`). */
  @property({attribute: 'municipality'}) municipality?: string

  /** At most this many stories, newest first, e.g. `3`. */
  @property({attribute: 'limit'}) limit?: number | string

  /** `carousel` (default) or `list`: every story at once, with no carousel. */
  @property({attribute: 'layout'}) layout: 'carousel' | 'list' = 'carousel'

  /**
   * Rotate the slides automatically (never when motion is reduced); `autoplay="false"` (or `nej`,
   * `av`, `off`, `no`, `0`) is off.
   */
  @property({attribute: 'autoplay', type: Boolean, converter: flag}) autoplay = false

  /**
   * A link for each story, with `{slug}` filled in, e.g. `/goda-exempel/{slug}`: http(s) or
   * relative; any other (`javascript:…`) makes no links, and the carousel says so.
   */
  @property({attribute: 'href-template'}) hrefTemplate?: string

  /** The level of each story's title (1–6); the host page owns its heading outline. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 3

  /** The carousel's accessible name; defaults to "Goda exempel" / "Success stories". */
  @property({attribute: 'label'}) label?: string

  /** The index of the story shown. */
  @state() private current = 0

  private readonly query = new QueryController(this, {
    name: 'successStories',
    source: () => this.resolveDataSource(),
    params: () => ({lang: this.contentLang}),
    // Stories from a Sanity project bring Sanity's image pipeline, loaded once they arrive.
    prepare: (stories) =>
      list(stories).some((story) => isSanityImage(record(story)?.image))
        ? loadSanityImages().catch((error: unknown) => {
            console.warn('ijh-story-carousel: images at original size (no image pipeline)', error)
          })
        : undefined,
  })

  private readonly rotation = new AutoplayController(this, {
    available: () =>
      this.autoplay && !this.motion.reduced && this.isCarousel && this.shown.length > 1,
    interval: () => INTERVAL,
    // Focus in the slide shown is never hidden, not even focus no keyboard moved there (a link
    // clicked open in a new tab, a script): rotation waits until it has left.
    advance: () => {
      if (!this.renderRoot.querySelector('.slide:focus-within')) this.show(this.current + 1)
    },
  })

  /** The stories this element shows (derived in `willUpdate`). */
  private selection: Selection = {ok: true, stories: []}
  private swipe?: {x: number; y: number; id: number}
  /** What had the keyboard focus in the carousel before this render, if anything (see `updated`). */
  private focused?: Element | null

  private get shown(): Story[] {
    return this.selection.ok ? this.selection.stories : []
  }

  private get isCarousel(): boolean {
    return parseLayout(this.layout) !== 'list'
  }

  /** Added back (see `disconnectedCallback`): it renders its images' srcset again. */
  override connectedCallback(): void {
    super.connectedCallback()
    this.requestUpdate()
  }

  /**
   * Removed, it renders once more, out of the document, where its images give up their srcset
   * (see `willUpdate` and `renderStory`). Moved (removed and added back in one task), it renders
   * in the document, and nothing changes. Added back, its images choose from their srcset again.
   */
  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.requestUpdate()
  }

  override willUpdate(): void {
    // Out of the document, each image keeps the picture it shows as its src, the srcset gone
    // first: with it, the image would choose again, without a width to choose by (a larger file).
    if (!this.isConnected) {
      for (const img of this.renderRoot.querySelectorAll('img')) {
        const shown = img.currentSrc
        img.removeAttribute('srcset')
        if (shown) img.src = shown
      }
    }
    const view = this.query.view
    // The element's focus-area, municipality and limit are the filter.
    this.selection =
      view.state === 'ready' ? selectStories(view.value, this) : {ok: true, stories: []}
    if (this.current >= this.shown.length) this.current = 0
    this.focused = this.shadowRoot?.activeElement
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    // The control or story that had focus went with this render (fewer stories, say, or no
    // rotation), or its slide was hidden (a swipe): focus stays in the carousel, on the story
    // shown, not on the page (which an inert slide would hand it to a frame later).
    const was = this.focused
    if (was && (!was.isConnected || was.closest('[inert]'))) refocus(this.shadowRoot as ShadowRoot)
    // Each placeholder is painted from its bytes, not set as a style (see paintPlaceholder); a
    // canvas that shows its placeholder already is left alone, and so are those of the slides not
    // shown (inert), until they are.
    for (const canvas of this.renderRoot.querySelectorAll<HTMLCanvasElement>(
      'canvas[data-lqip]:not([inert] *)',
    )) {
      void paintPlaceholder(canvas, canvas.dataset.lqip ?? '')
    }
  }

  private show(index: number, focusTab?: boolean): void {
    const count = this.shown.length
    if (count < 2) return
    this.current = (index + count) % count
    if (focusTab) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelectorAll<HTMLElement>('[role=tab]')[this.current]?.focus(),
      )
    }
  }

  private go(index: number, focusTab?: boolean): void {
    this.rotation.navigated()
    this.show(index, focusTab)
  }

  private onPickerKey(event: KeyboardEvent): void {
    const last = this.shown.length - 1
    const to = {
      ArrowRight: this.current + 1,
      ArrowLeft: this.current - 1,
      Home: 0,
      End: last,
    }[event.key]
    if (to === undefined) return
    event.preventDefault()
    this.go(to, true)
  }

  /** Where a touch or pen gesture began (a `pointercancel` forgets it). */
  private onPointerDown(event: PointerEvent): void {
    this.swipe =
      event.type === 'pointerdown' && event.isPrimary && event.pointerType !== 'mouse'
        ? {x: event.clientX, y: event.clientY, id: event.pointerId}
        : undefined
  }

  private onPointerUp(event: PointerEvent): void {
    const start = this.swipe
    this.swipe = undefined
    if (!start || start.id !== event.pointerId) return
    const dx = event.clientX - start.x
    if (Math.abs(dx) < SWIPE || Math.abs(dx) < Math.abs(event.clientY - start.y)) return
    this.go(this.current + (dx < 0 ? 1 : -1))
  }

  /** Loads the stories again, e.g. after a failure. */
  retry(): void {
    this.query.retry()
  }

  private renderStory(story: Story): TemplateResult {
    const lang = this.contentLang
    const image = storyImage(story.image)
    const href = expandHrefTemplate(this.hrefTemplate, trimmed(story.slug))
    // Texts in Swedish for want of English are marked so (WCAG 3.1.2).
    const sv = swedishTexts(story)
    const source = [trimmed(story.quoteRole), trimmed(story.organisation)]
      .filter(Boolean)
      .map((text, i) => [i ? ', ' : '', inSwedish(sv, text)])
    const areas = list(story.focusAreas)
      .map((area) => trimmed(record(area)?.title))
      .filter(Boolean)
    const quote = trimmed(story.quote)
    const summary = trimmed(story.summary)
    const lqip = image?.lqip
    // Painted in updated(), from its bytes.
    const placeholder = lqip
      ? html`<canvas class="placeholder" aria-hidden="true" data-lqip=${lqip}></canvas>`
      : nothing
    // `sizes`: the exact width where "auto" works (lazy images), else a guess. In the template, so
    // that it is there before `srcset`. The srcset only while connected: out of the document,
    // Chromium (150) still sizes such an image (lazy, "auto") and, choosing from its srcset again,
    // registers it for the viewport's changes, for good: it holds the carousel, and the whole tree
    // it was removed with, for the life of the page (tests/node/leaks.test.ts).
    const img = image
      ? html`<img
          part="image"
          sizes="auto, (min-width: 40rem) 50vw, 100vw"
          src=${image.src}
          srcset=${this.isConnected ? image.srcset : nothing}
          alt=${image.alt}
          lang=${langOf(sv, image.alt)}
          width="1600"
          height="900"
          loading="lazy"
        />`
      : nothing
    const title = href
      ? html`<a part="link" href=${href}>${inSwedish(sv, trimmed(story.title))}</a>`
      : inSwedish(sv, trimmed(story.title))
    const place = trimmed(record(story.municipality)?.name)
    const cite = source.length
      ? html`<figcaption class="muted" part="quote-source">${source}</figcaption>`
      : ''
    return html`<article class="story" part="story">
      <div class="media" part="media">${placeholder}${img}</div>
      <div class="text">
        ${para('example-badge', story.isExample === true && carouselText(lang, 'example'), 'badge')}
        ${heading(parseHeadingLevel(this.headingLevel, 3), {part: 'title'}, title)}
        ${para('municipality', place && municipalityText(lang, place), 'muted')}
        ${para('summary', summary && inSwedish(sv, summary))}
        ${
          quote
            ? html`<figure part="quote">
                <blockquote lang=${langOf(sv, quote)}>${quote}</blockquote>
                ${cite}
              </figure>`
            : ''
        }
        ${
          areas.length
            ? html`<ul class="tags" part="tags">
                ${areas.map((area) => html`<li lang=${langOf(sv, area)}>${area}</li>`)}
              </ul>`
            : ''
        }
      </div>
    </article>`
  }

  private renderCarousel(stories: Story[], label: string): TemplateResult {
    const lang = this.contentLang
    const count = stories.length
    const rotating = this.rotation.rotating
    const rotation = this.rotation.available
      ? html`<button part="rotation-button" @click=${() => this.rotation.toggle()}>
          ${carouselText(lang, rotating ? 'stop' : 'start')}
        </button>`
      : nothing
    const tabs = stories.map(
      (story, i) =>
        html`<button
          role="tab"
          part="picker-tab"
          aria-controls="slide-${i}"
          aria-selected=${i === this.current}
          aria-label=${trimmed(story.title)}
          tabindex=${i === this.current ? 0 : -1}
          @click=${() => this.go(i)}
        ></button>`,
    )
    const slides = stories.map(
      (story, i) =>
        html`<div
          class="slide"
          part="slide"
          id="slide-${i}"
          role=${count > 1 ? 'tabpanel' : 'group'}
          aria-roledescription=${carouselText(lang, 'slide')}
          aria-label=${carouselText(lang, 'position', {n: i + 1, count})}
          ?inert=${i !== this.current}
        >
          ${this.renderStory(story)}
        </div>`,
    )
    return html`<section
      class="frame ${this.motion.reduced ? 'reduce-motion' : ''}"
      part="carousel"
      aria-roledescription=${carouselText(lang, 'carousel')}
      aria-label=${label}
    >
      ${
        count > 1
          ? html`<div class="controls" part="controls">
              ${rotation}
              <div class="nav">
                <button
                  part="previous-button"
                  aria-label=${carouselText(lang, 'previous')}
                  @click=${() => this.go(this.current - 1)}
                >
                  ‹
                </button>
                <div
                  role="tablist"
                  part="picker"
                  aria-label=${carouselText(lang, 'picker')}
                  @keydown=${this.onPickerKey}
                >
                  ${tabs}
                </div>
                <button
                  part="next-button"
                  aria-label=${carouselText(lang, 'next')}
                  @click=${() => this.go(this.current + 1)}
                >
                  ›
                </button>
              </div>
            </div>`
          : nothing
      }
      <div
        class="slides"
        part="slides"
        aria-live=${rotating ? 'off' : 'polite'}
        @pointerdown=${this.onPointerDown}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerDown}
      >
        ${slides}
      </div>
    </section>`
  }

  private renderView() {
    const lang = this.contentLang
    const view = this.query.view
    switch (view.state) {
      case 'idle':
      case 'loading':
        return html`<div
          class="frame loading ${this.motion.reduced ? 'reduce-motion' : ''}"
          part="skeleton"
          aria-busy="true"
        >
          <span class="visually-hidden" role="status">${loadingText(lang)}</span>
          <div class="story">
            <span class="skeleton media"></span><span class="skeleton text"></span>
          </div>
        </div>`
      case 'error':
        return renderError(lang, view.error, () => this.retry())
      case 'ready': {
        const selection = this.selection
        if (!selection.ok) {
          const {attribute, value, example} = selection
          return renderProblem(
            attribute
              ? carouselText(lang, 'noMatch', {attribute, value, example: example ?? ''})
              : carouselText(lang, 'none'),
          )
        }
        const label = this.label?.trim() || carouselText(lang, 'label')
        return html`${view.stale ? renderStaleNotice(lang) : nothing}${
          this.isCarousel
            ? this.renderCarousel(selection.stories, label)
            : html`<ul class="list" part="list" aria-label=${label}>
                ${selection.stories.map((story) => html`<li>${this.renderStory(story)}</li>`)}
              </ul>`
        }`
      }
    }
  }

  override render() {
    const limit = String(this.limit ?? '').trim()
    return html`${renderAttributeProblems(this, this.contentLang, [
      !parseLayout(this.layout) && ['layout', this.layout, 'layout="list"'],
      !!limit && !parseLimit(limit) && ['limit', limit, 'limit="3"'],
      wrongHrefTemplate(this.hrefTemplate, '/goda-exempel/{slug}'),
    ])}${this.renderView()}`
  }
}

// The default content, shown when no Sanity project is configured: this element's query only.
bundleContent('successStories', successStories)
defineElement('ijh-story-carousel', IjhStoryCarousel)

declare global {
  interface HTMLElementTagNameMap {
    'ijh-story-carousel': IjhStoryCarousel
  }
}
