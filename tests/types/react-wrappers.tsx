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
    <StoryCarousel limit="3" autoplay />
    {/* @ts-expect-error: the card has no such variant */}
    <FocusAreaCard variant="kompakt" />
    {/* @ts-expect-error: a heading level is a number */}
    <StoryCarousel headingLevel="3" />
    {/* @ts-expect-error: the wheel's event carries a slug, not a count */}
    <StrategyWheel onFocusAreaSelect={(event) => event.detail.count} />
  </>
)
