import {defineQuery} from 'groq'

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
