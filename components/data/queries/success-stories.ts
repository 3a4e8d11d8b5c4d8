import {defineQuery} from 'groq'

/**
 * Every success story, newest first, for the story carousel. Carousels filter by focus area,
 * municipality and count on the page, so that every carousel on a page shares this one request.
 * Params: `$lang`.
 */
export const SUCCESS_STORIES_QUERY = defineQuery(`*[_type == "successStory"] | order(date desc){
  _id,
  "slug": slug.current,
  "inSwedish": array::compact([select($lang == "en" && !defined(title.en) && defined(title.sv) => "title"), select($lang == "en" && !defined(summary.en) && defined(summary.sv) => "summary"), select($lang == "en" && !defined(quote.en) && defined(quote.sv) => "quote"), select($lang == "en" && !defined(quoteRole.en) && defined(quoteRole.sv) => "quoteRole"), select($lang == "en" && !defined(organisation.en) && defined(organisation.sv) => "organisation")]),
  "title": coalesce(select($lang == "en" => title.en), title.sv),
  isExample,
  "summary": coalesce(select($lang == "en" => summary.en), summary.sv),
  "quote": coalesce(select($lang == "en" => quote.en), quote.sv),
  "quoteRole": coalesce(select($lang == "en" => quoteRole.en), quoteRole.sv),
  "organisation": coalesce(select($lang == "en" => organisation.en), organisation.sv),
  "municipality": municipality->{"slug": slug.current, "inSwedish": array::compact([select($lang == "en" && !defined(name.en) && defined(name.sv) => "name")]), "name": coalesce(select($lang == "en" => name.en), name.sv)},
  "focusAreas": focusAreas[]->{"slug": slug.current, "inSwedish": array::compact([select($lang == "en" && !defined(title.en) && defined(title.sv) => "title")]), "title": coalesce(select($lang == "en" => title.en), title.sv)},
  "image": image{
    "inSwedish": array::compact([select($lang == "en" && !defined(alt.en) && defined(alt.sv) => "alt")]),
    "alt": coalesce(select($lang == "en" => alt.en), alt.sv),
    hotspot,
    crop,
    "asset": asset->{_id, url, "lqip": metadata.lqip, "dimensions": metadata.dimensions}
  },
  date
}`)
