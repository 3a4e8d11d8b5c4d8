import {action} from './action'
import {actor} from './actor'
import {businessStage} from './business-stage'
import {contactRoute} from './contact-route'
import {definition} from './definition'
import {focusArea} from './focus-area'
import {guidingGoal} from './guiding-goal'
import {localeBlockContent} from './locale-block-content'
import {localeString} from './locale-string'
import {localeText} from './locale-text'
import {municipality} from './municipality'
import {need} from './need'
import {proseSection} from './prose-section'
import {sector} from './sector'
import {strategy} from './strategy'
import {subGoal} from './sub-goal'
import {successStory} from './success-story'
import {supportOffer} from './support-offer'
import {swot} from './swot'
import {targetGroup} from './target-group'
import {theme} from './theme'
import {value} from './value'

/** Every schema type the plugin registers: objects first, then documents. */
export const schemaTypes = [
  localeString,
  localeText,
  localeBlockContent,
  proseSection,
  definition,
  swot,
  subGoal,
  theme,
  contactRoute,
  strategy,
  value,
  guidingGoal,
  focusArea,
  action,
  actor,
  municipality,
  need,
  businessStage,
  targetGroup,
  sector,
  supportOffer,
  successStory,
]

/** The names of the document types, in the order the Studio lists them. */
export const documentTypeNames = schemaTypes
  .filter((type) => type.type === 'document')
  .map((type) => type.name)
