// Defines every element. `ijh-config` first, so that it configures the others before they load.
export {IjhConfig} from './config/config'
export {IjhFocusAreaCard} from './focus-area-card/focus-area-card'
export type {CardVariant} from './focus-area-card/focus-area-card'
export {IjhSupportFinder, IjhSupportFinderChangeEvent} from './support-finder/support-finder'
export type {
  FacetKey,
  Filters,
  FinderMode,
  SupportFinderChangeDetail,
} from './support-finder/support-finder'
export {IjhStrategyWheel, IjhFocusAreaSelectEvent} from './strategy-wheel/strategy-wheel'
export type {FocusAreaSelectDetail, WheelView} from './strategy-wheel/strategy-wheel'
export {IjhStoryCarousel} from './story-carousel/story-carousel'
export type {StoryLayout} from './story-carousel/story-carousel'
export {bundledSource} from './data/bundled-source'
export {createSanitySource} from './data/sanity-source'
export {resolveSource} from './data/resolve'
export {dataSourceContext} from './data/context'
export {QUERIES} from './data/queries'
export {DataSourceError, type DataSource, type Lang, type SourceConfig} from './data/source'
