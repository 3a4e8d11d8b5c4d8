/**
 * Type tests for the React wrappers, checked by `npm run typecheck` and never run: each line is a
 * use a partner's React site writes. A wrong prop must not compile (`@ts-expect-error`).
 */
import {
  Config,
  FocusAreaCard,
  StoryCarousel,
  StrategyWheel,
  SupportFinder,
} from '../../components/react'
import {SupportFinder as FinderAlone} from '../../components/react/support-finder'
import type {IjhSupportFinder} from '../../components/support-finder/support-finder'

declare const finder: IjhSupportFinder

export const uses = (
  <>
    <Config projectId="abc123xy" sanityDataset="production" />
    <StrategyWheel
      id="wheel"
      hrefTemplate="/innovation/{slug}"
      onFocusAreaSelect={(event) => event.detail.slug.toUpperCase()}
    />
    <FocusAreaCard htmlFor="wheel" focusArea="kunskap-och-kompetens" headingLevel={3} />
    <SupportFinder
      provider="almi-mitt"
      hideFacets=""
      urlKey="almi"
      lang="en"
      onSupportFinderChange={(event) => event.detail.count.toFixed()}
    />
    <StoryCarousel limit={3} layout="list" headingLevel={2} />
    {/* One wrapper from its own module (innovativa-jh/react/support-finder), typed alike. */}
    <FinderAlone provider="almi-mitt" onSupportFinderChange={(event) => event.detail.count} />
    {/* @ts-expect-error: the finder's event carries a count, not a slug */}
    <FinderAlone onSupportFinderChange={(event) => event.detail.slug} />
    <StoryCarousel limit="3" autoplay />
    {/* @ts-expect-error: the card has no such variant */}
    <FocusAreaCard variant="kompakt" />
    {/* @ts-expect-error: a heading level is a number */}
    <StoryCarousel headingLevel="3" />
    {/* @ts-expect-error: the wheel's event carries a slug, not a count */}
    <StrategyWheel onFocusAreaSelect={(event) => event.detail.count} />
    {/* @ts-expect-error: filters can be read, not set (the element would throw); see setSearch */}
    <SupportFinder filters={finder.filters} />
    {/* @ts-expect-error: a method is no prop */}
    <SupportFinder setSearch={() => undefined} />
    {/* @ts-expect-error: read-only: the wheel's selection is its selected */}
    <StrategyWheel selectedFocusArea="kunskap-och-kompetens" />
    {/* @ts-expect-error: Lit's lifecycle is no prop */}
    <StoryCarousel requestUpdate={() => undefined} />
    {/* @ts-expect-error: nor is Lit's state */}
    <FocusAreaCard hasUpdated />
    {/* @ts-expect-error: no such mode */}
    <SupportFinder mode="guidde" />
    <SupportFinder mode="guided" ref={(finder) => finder?.setSearch({need: ['finansiering']})}>
      <p>Children, as on any element</p>
    </SupportFinder>
    <StrategyWheel selected="kunskap-och-kompetens" view="text" style={{maxWidth: '40rem'}} />
    {/* The tags themselves, with their attributes, as React 19 renders them on the server. */}
    <ijh-support-finder provider="almi-mitt" hide-facets="" heading-level={3} className="x" />
    <ijh-focus-area-card focus-area="kunskap-och-kompetens" variant="compact" for="wheel" />
    <ijh-strategy-wheel id="wheel" href-template="/innovation/{slug}" no-fragment />
    <ijh-story-carousel municipality="are" limit={3} autoplay={false} label="Goda exempel" />
    <ijh-config project-id="abc123xy" api-version="2025-02-19" />
    <ijh-focus-area-card project-id="abc123xy" onClick={() => undefined} />
    {/* @ts-expect-error: React 19 sets autoplay as a property, and "false" is a true string */}
    <ijh-story-carousel autoplay="false" />
    {/* @ts-expect-error: nor a variant the card has not */}
    <ijh-focus-area-card variant="kompakt" />
    {/* @ts-expect-error: dataset is every element's read-only DOMStringMap: React 19 would throw */}
    <ijh-config dataset="production" />
    {/* @ts-expect-error: a misspelt attribute (the element would name it on the page too) */}
    <ijh-support-finder municipalty="krokom" />
    {/* @ts-expect-error: the wheel has no such attribute */}
    <ijh-strategy-wheel limit={3} />
    {/* @ts-expect-error: no such tag */}
    <ijh-strategy-hjul />
  </>
)
