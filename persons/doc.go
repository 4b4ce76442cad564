// Package persons finds every person the sources name, without a rule per
// person, matches the mentions across sources into people, and judges each
// person: every source spells the name alike (agree), in a transliteration
// or diacritic variant (variant), or in a way that looks like a garble of
// another source's name for the same role (conflict); and it reports a role
// that different sources give to different people (conflict).
//
// # Finding mentions
//
// A Finder reads one cleaned sentence at a time (it is a facts.MentionFinder)
// and returns capitalised name spans with the role the text gives:
//
//   - a role before the name: title and role words from the pack's titles
//     (plus a few role nouns such as "meteorologist", see roleNouns), with a
//     country or organisation qualifier and an "of X" domain: "U.S. Special
//     Envoy Steve Witkoff", "Secretary of State Marco Rubio", "Finland's
//     President Alexander Stubb", "Gen. Randy George";
//   - a role in apposition after the name, between commas: "Kemal Öztürk,
//     head of the disaster agency," or "Dmitry Peskov, the Kremlin's
//     spokesman,";
//   - a role before the name, between commas: "Ukraine's top military
//     commander, Oleksandr Syrskyi," (the name must be closed by a comma or
//     end the sentence, so "After meeting the president, Zelensky flew" gives
//     Zelensky no role);
//   - a possessive: "Zelenskiy's office" gives "Zelenskiy".
//
// A name is one to five capitalised words (initials, hyphenated names and
// particles such as "de" or "bin" allowed inside). These are not names: a
// word in the pack's not_names (places, organisations, days, months,
// demonyms, and organisation or place words such as "Agency" or "Province",
// which reject the whole span: "Velmar Province", "Storm Maren"); a title
// word; an acronym of three or more capitals ("NBC"); a word with a digit; a
// function word ("The", "Despite") or an -ly adverb at the start of a
// sentence, quotation or heading; a span right after a place preposition
// ("in", "at", "near", ...) when no role is given; any span in a line set in
// headline case ("Key Points of the Proposed Plan"; a capitalised function
// word inside the line, or no final punctuation and most words capitalised),
// which is skipped whole.
//
// # Surname-only mentions
//
// A single capitalised word ("Rubio", "Zelenskyy") is found by the Finder
// wherever it passes the word tests above, but it counts as a person only
// when Cluster can justify it, in this order:
//
//  1. it names a full name (two or more words) seen in the same source: its
//     surname, its first name, or a spelling variant of the surname;
//  2. else it names exactly one full name seen in another source;
//  3. else it has a role ("President Putin", "US Secretary Rubio") and
//     becomes a person of one word;
//  4. else it is followed by a speech verb (said, told, added, wrote...) and
//     is not the first word of the sentence ("..., Peskov said"): a person
//     of one word. "Officials said" or "Axios reported" at the start of a
//     sentence are not people.
//
// Any other single word ("Pokrovsk", "Gaza", "Politico") is dropped. When the
// same source has two full names that a single word could name, the nearest
// full name before it wins (else the first after it).
//
// # Matching
//
// Full names join one person when every pair of their spellings is the same
// name, a variant (names.Variant) or a shorter form (names.Partial): complete
// linkage, so that "D. Smith" cannot chain "Dan Smith" to "Dora Smith".
// People who share only a first name ("Dmitry Peskov", "Kirill Dmitriev") or
// a role stay apart. Two people whose names are a possible garble
// (names.Garble: "Steve Witkoff" / "Steve Wintour") join one person only when
// both are named with the same role word (envoy, governor, ...); that person
// is then a conflict, with the minority spelling's sources as outliers.
//
// # Roles held by different people
//
// "President" is held by many people at once in any story, so only a
// specific role counts: a role that names its jurisdiction (a country or
// organisation qualifier, a possessive or an "of X" domain: "Kremlin
// spokesman", "Turkish President", "head of the Provincial Disaster
// Management Agency"), or a role specific by itself ("Secretary of State",
// "Army Secretary", "Army chief of staff"), whose office is held by one
// person at a time (president, prime minister, a minister or secretary with
// a portfolio, envoy, spokesperson, chief of staff, governor, mayor, head,
// ...). Roles with "former", "deputy", "acting" or an indefinite article
// ("a Kremlin spokesman") never count, and neither do ranks ("Gen."),
// advisers or officials. A role is a conflict when two or more people hold
// it in different sources, no source gives it to two people (which would
// show that the role is shared) and no source names two of them at all (a
// source that names both knows them apart: two envoys, a spokesman and a
// deputy).
package persons
