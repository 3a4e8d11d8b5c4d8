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
