import {defineQuery} from 'groq'

/** The whole strategy, for the strategy wheel and its text alternative. Params: `$lang`. */
export const STRATEGY_QUERY = defineQuery(`*[_type == "strategy" && _id == "strategy"][0]{
  "inSwedish": array::compact([select($lang == "en" && !defined(brand.en) && defined(brand.sv) => "brand"), select($lang == "en" && !defined(vision.en) && defined(vision.sv) => "vision"), select($lang == "en" && !defined(valuesIntro.en) && defined(valuesIntro.sv) => "valuesIntro"), select($lang == "en" && !defined(focusAreasIntro.en) && defined(focusAreasIntro.sv) => "focusAreasIntro")]),
  "brand": coalesce(select($lang == "en" => brand.en), brand.sv),
  targetYear,
  "vision": coalesce(select($lang == "en" => vision.en), vision.sv),
  "valuesIntro": coalesce(select($lang == "en" => valuesIntro.en), valuesIntro.sv),
  "values": values[]->{
    _id,
    "slug": slug.current,
    "inSwedish": array::compact([select($lang == "en" && !defined(title.en) && defined(title.sv) => "title"), select($lang == "en" && !defined(statement.en) && defined(statement.sv) => "statement")]),
    "title": coalesce(select($lang == "en" => title.en), title.sv),
    "statement": coalesce(select($lang == "en" => statement.en), statement.sv)
  },
  "guidingGoals": guidingGoals[]->{
    _id,
    "slug": slug.current,
    "inSwedish": array::compact([select($lang == "en" && !defined(title.en) && defined(title.sv) => "title")]),
    "title": coalesce(select($lang == "en" => title.en), title.sv),
    "subGoals": subGoals[]{
      _key,
      "inSwedish": array::compact([select($lang == "en" && !defined(title.en) && defined(title.sv) => "title")]),
      "title": coalesce(select($lang == "en" => title.en), title.sv),
      "bullets": bullets[]{_key, "inSwedish": array::compact([select($lang == "en" && !defined(en) && defined(sv) => "text")]), "text": coalesce(select($lang == "en" => en), sv)}
    }
  },
  "focusAreasIntro": coalesce(select($lang == "en" => focusAreasIntro.en), focusAreasIntro.sv),
  "focusAreas": focusAreas[]->{
    _id,
    "slug": slug.current,
    "inSwedish": array::compact([select($lang == "en" && !defined(title.en) && defined(title.sv) => "title"), select($lang == "en" && !defined(summary.en) && defined(summary.sv) => "summary")]),
    "title": coalesce(select($lang == "en" => title.en), title.sv),
    "summary": coalesce(select($lang == "en" => summary.en), summary.sv),
    "guidingGoals": guidingGoals[]->slug.current,
    "values": values[]->slug.current
  }
}`)
