import {defineQuery} from 'groq'

/** One focus area by slug, for the focus-area card. Params: `$slug`, `$lang`. */
export const FOCUS_AREA_QUERY = defineQuery(`*[_type == "focusArea" && slug.current == $slug][0]{
  _id,
  "slug": slug.current,
  "inSwedish": array::compact([select($lang == "en" && !defined(title.en) && defined(title.sv) => "title"), select($lang == "en" && !defined(summary.en) && defined(summary.sv) => "summary")]),
  "title": coalesce(select($lang == "en" => title.en), title.sv),
  "summary": coalesce(select($lang == "en" => summary.en), summary.sv),
  "themes": themes[]{
    _key,
    "inSwedish": array::compact([select($lang == "en" && !defined(heading.en) && defined(heading.sv) => "heading")]),
    "heading": coalesce(select($lang == "en" => heading.en), heading.sv),
    "bullets": bullets[]{_key, "inSwedish": array::compact([select($lang == "en" && !defined(en) && defined(sv) => "text")]), "text": coalesce(select($lang == "en" => en), sv)}
  },
  "actions": actions[]->{
    _id,
    "slug": slug.current,
    "inSwedish": array::compact([select($lang == "en" && !defined(title.en) && defined(title.sv) => "title")]),
    "title": coalesce(select($lang == "en" => title.en), title.sv)
  },
  "guidingGoals": guidingGoals[]->{_id, "slug": slug.current, "inSwedish": array::compact([select($lang == "en" && !defined(title.en) && defined(title.sv) => "title")]), "title": coalesce(select($lang == "en" => title.en), title.sv)},
  "values": values[]->{_id, "slug": slug.current, "inSwedish": array::compact([select($lang == "en" && !defined(title.en) && defined(title.sv) => "title")]), "title": coalesce(select($lang == "en" => title.en), title.sv)}
}`)
