/**
 * Every GROQ query the components use, one per need, written once with `defineQuery` so that
 * Sanity TypeGen types their results (`sanity.types.ts`). Each takes the language as `$lang`
 * ('sv' or 'en') and falls back to Swedish where the English text is missing. The language is
 * chosen with `select()` rather than `field[$lang]` so that TypeGen can type the result. References are
 * resolved in the query, so each component needs exactly one request.
 */
import {defineQuery} from 'groq'

/** The whole strategy, for the strategy wheel and its text alternative. Params: `$lang`. */
export const STRATEGY_QUERY = defineQuery(`*[_type == "strategy" && _id == "strategy"][0]{
  "brand": coalesce(select($lang == "en" => brand.en), brand.sv),
  targetYear,
  "vision": coalesce(select($lang == "en" => vision.en), vision.sv),
  "ambition": coalesce(select($lang == "en" => ambition.en), ambition.sv),
  "purpose": coalesce(select($lang == "en" => purpose.en), purpose.sv),
  "valuesIntro": coalesce(select($lang == "en" => valuesIntro.en), valuesIntro.sv),
  "values": values[]->{
    _id,
    "slug": slug.current,
    "title": coalesce(select($lang == "en" => title.en), title.sv),
    "statement": coalesce(select($lang == "en" => statement.en), statement.sv)
  },
  "guidingGoals": guidingGoals[]->{
    _id,
    "slug": slug.current,
    "title": coalesce(select($lang == "en" => title.en), title.sv),
    "subGoals": subGoals[]{
      _key,
      "title": coalesce(select($lang == "en" => title.en), title.sv),
      "bullets": bullets[]{_key, "text": coalesce(select($lang == "en" => en), sv)}
    }
  },
  "focusAreasIntro": coalesce(select($lang == "en" => focusAreasIntro.en), focusAreasIntro.sv),
  "focusAreas": focusAreas[]->{
    _id,
    "slug": slug.current,
    "title": coalesce(select($lang == "en" => title.en), title.sv),
    "summary": coalesce(select($lang == "en" => summary.en), summary.sv),
    "guidingGoals": guidingGoals[]->slug.current,
    "values": values[]->slug.current
  }
}`)

/** One focus area by slug, for the focus-area card. Params: `$slug`, `$lang`. */
export const FOCUS_AREA_QUERY = defineQuery(`*[_type == "focusArea" && slug.current == $slug][0]{
  _id,
  "slug": slug.current,
  "title": coalesce(select($lang == "en" => title.en), title.sv),
  "summary": coalesce(select($lang == "en" => summary.en), summary.sv),
  "themes": themes[]{
    _key,
    "heading": coalesce(select($lang == "en" => heading.en), heading.sv),
    "bullets": bullets[]{_key, "text": coalesce(select($lang == "en" => en), sv)}
  },
  "actions": actions[]->{
    _id,
    "slug": slug.current,
    "title": coalesce(select($lang == "en" => title.en), title.sv),
    "description": coalesce(select($lang == "en" => description.en), description.sv)
  },
  "guidingGoals": guidingGoals[]->{_id, "slug": slug.current, "title": coalesce(select($lang == "en" => title.en), title.sv)},
  "values": values[]->{_id, "slug": slug.current, "title": coalesce(select($lang == "en" => title.en), title.sv)}
}`)

/**
 * Every support offer with its provider and facets resolved, plus the facet taxonomies, the
 * municipalities and the regional entry point, for the support finder. Params: `$lang`.
 */
export const SUPPORT_FINDER_QUERY = defineQuery(`{
  "offers": *[_type == "supportOffer"] | order(title.sv asc){
    _id,
    "slug": slug.current,
    "title": coalesce(select($lang == "en" => title.en), title.sv),
    isExample,
    "summary": coalesce(select($lang == "en" => summary.en), summary.sv),
    "provider": provider->{_id, "slug": slug.current, "name": coalesce(select($lang == "en" => name.en), name.sv), website},
    "eligibility": coalesce(select($lang == "en" => eligibility.en), eligibility.sv),
    "covers": coalesce(select($lang == "en" => covers.en), covers.sv),
    "amount": coalesce(select($lang == "en" => amount.en), amount.sv),
    "howToApply": coalesce(select($lang == "en" => howToApply.en), howToApply.sv),
    "contact": contact{
      "label": coalesce(select($lang == "en" => label.en), label.sv),
      url,
      "actor": actor->{"slug": slug.current, "name": coalesce(select($lang == "en" => name.en), name.sv), website}
    },
    "needs": needs[]->slug.current,
    "stages": stages[]->slug.current,
    "targetGroups": targetGroups[]->slug.current,
    "sectors": sectors[]->slug.current,
    "municipalities": municipalities[]->slug.current,
    "focusAreas": focusAreas[]->slug.current,
    "actions": actions[]->{"slug": slug.current, "title": coalesce(select($lang == "en" => title.en), title.sv)},
    status,
    opensAt,
    closesAt
  },
  "needs": *[_type == "need"] | order(sortOrder asc){"slug": slug.current, "title": coalesce(select($lang == "en" => title.en), title.sv), "description": coalesce(select($lang == "en" => description.en), description.sv)},
  "stages": *[_type == "businessStage"] | order(sortOrder asc){"slug": slug.current, "title": coalesce(select($lang == "en" => title.en), title.sv), "description": coalesce(select($lang == "en" => description.en), description.sv)},
  "targetGroups": *[_type == "targetGroup"] | order(sortOrder asc){"slug": slug.current, "title": coalesce(select($lang == "en" => title.en), title.sv), "description": coalesce(select($lang == "en" => description.en), description.sv)},
  "sectors": *[_type == "sector"] | order(sortOrder asc){"slug": slug.current, "title": coalesce(select($lang == "en" => title.en), title.sv), "description": coalesce(select($lang == "en" => description.en), description.sv)},
  "municipalities": *[_type == "municipality"] | order(name.sv asc){
    "slug": slug.current,
    "name": coalesce(select($lang == "en" => name.en), name.sv),
    website,
    "businessOffice": coalesce(select($lang == "en" => businessOffice.en), businessOffice.sv)
  },
  "entryPoint": *[_type == "strategy" && _id == "strategy"][0].owner->{
    "slug": slug.current,
    "name": coalesce(select($lang == "en" => name.en), name.sv),
    "description": coalesce(select($lang == "en" => description.en), description.sv),
    website
  }
}`)

/**
 * Every success story, newest first, for the story carousel. Carousels filter by focus area,
 * municipality and count on the page, so that every carousel on a page shares this one request.
 * Params: `$lang`.
 */
export const SUCCESS_STORIES_QUERY = defineQuery(`*[_type == "successStory"] | order(date desc){
  _id,
  "slug": slug.current,
  "title": coalesce(select($lang == "en" => title.en), title.sv),
  isExample,
  "summary": coalesce(select($lang == "en" => summary.en), summary.sv),
  "body": coalesce(select($lang == "en" => body.en), body.sv),
  "quote": coalesce(select($lang == "en" => quote.en), quote.sv),
  "quoteRole": coalesce(select($lang == "en" => quoteRole.en), quoteRole.sv),
  "organisation": coalesce(select($lang == "en" => organisation.en), organisation.sv),
  "municipality": municipality->{"slug": slug.current, "name": coalesce(select($lang == "en" => name.en), name.sv)},
  "focusAreas": focusAreas[]->{"slug": slug.current, "title": coalesce(select($lang == "en" => title.en), title.sv)},
  "image": image{
    "alt": coalesce(select($lang == "en" => alt.en), alt.sv),
    hotspot,
    crop,
    "asset": asset->{_id, url, "lqip": metadata.lqip, "dimensions": metadata.dimensions}
  },
  date
}`)
