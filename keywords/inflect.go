package keywords

import "strings"

// The inflection rule.
//
// Only the keyword's last word is inflected, and only when that word is a run
// of at least three ASCII letters that starts the keyword or follows a space
// or a hyphen ("death toll", "cease-fire"). Any other keyword ("u.s.",
// "covid-19", "g7", "zürich") is matched literally: the whole word, nothing
// more.
//
// The last word w is first reduced to a base form r:
//
//	-ies, -ied (w at least 5 letters)  → y        injuries → injury, occupied → occupy
//	-ed (at least 5 letters, not -eed) → removed  killed → kill, injured → injur
//	-s (at least 4 letters, not -ss, -us, -is) → removed  arrests → arrest
//
// After -ed, a doubled final consonant is undoubled when at least four
// letters remain (controlled → control, but killed → kill). Keywords in -ing
// are left alone: they are usually nouns ("bombing", "evening", "building"),
// and stripping -ing would make "evening" find "even"; write the base verb
// ("bomb") to find every form.
//
// The base r is then cut to a stem, and the stem may be followed only by one
// of a fixed set of endings, after which the word must end:
//
//   - consonant + y (occupy, army, injury): the stem drops the y and takes
//     y, ies, ied, ying: occupy, occupies, occupied, occupying.
//   - final e, not ee (evacuate, police, injure), or a base that came from -ed
//     (where an e may have been dropped): the stem drops the e and takes
//     "", e, s, es, ed, ing, ings: evacuate, evacuated, evacuating, injured,
//     injuring; wounded finds wound, wounds, wounding.
//   - anything else (control, kill, arrest, agree): "", s, es, ed, ing, ings,
//     plus d after a final e (agree → agreed).
//   - in the last two cases, a stem ending consonant-vowel-consonant (not w, x
//     or y) may double its last letter before ed and ing (controlled,
//     controlling); a stem that was undoubled above also takes the doubled
//     letter alone and before s and es (spilled → spill, spills).
//
// Stems shorter than four letters (other than the y case) would over-match
// ("war" + ed, "fir" + e...), so such keywords are matched as written plus s,
// plus es after s, x, z, ch or sh, plus d after e: "war" finds war, wars (not
// warn, award, warring); "die" finds die, dies, died (not dying); "tax" finds
// taxes; "news" finds news only (not new); "wars" finds wars only.
//
// Derivational endings (-ion, -er, -ment, -ity) are deliberately absent: they
// would make "sect" find "section", "part" find "party" and "cent" find
// "center". List "evacuation" or "killer" as keywords of their own. Other
// known misses: irregular forms (dying, rose, fought), injured ↔ injuries
// (both have the stem "injur", but the y endings and the e endings are
// separate sets, lest "police" find "policies"), "agreed" and other -eed
// words (taken as written), "fired" and other -ed words whose stem is short
// (taken as written).

// Bits of a suffix set, one per ending a rule may allow.
const (
	sfxNone = 1 << iota
	sfxS
	sfxES
	sfxED
	sfxING
	sfxINGS
	sfxE
	sfxD
	sfxY
	sfxIES
	sfxIED
	sfxYING
)

// suffixBit returns the bit for rem in a suffix set, or 0 if rem is no suffix.
func suffixBit(rem []byte) uint16 {
	switch string(rem) {
	case "":
		return sfxNone
	case "s":
		return sfxS
	case "es":
		return sfxES
	case "ed":
		return sfxED
	case "ing":
		return sfxING
	case "ings":
		return sfxINGS
	case "e":
		return sfxE
	case "d":
		return sfxD
	case "y":
		return sfxY
	case "ies":
		return sfxIES
	case "ied":
		return sfxIED
	case "ying":
		return sfxYING
	}
	return 0
}

// maxSuffix is the longest remainder (doubled letter included) a rule allows.
const maxSuffix = 5

// rule says which word endings may follow a pattern.
type rule struct {
	set    uint16 // suffixes allowed right after the pattern
	dbl    byte   // if not 0, a letter that may come first, followed by a suffix of dblSet
	dblSet uint16
}

// allows reports whether rem (lower case, ASCII letters and digits) may follow the pattern.
func (r rule) allows(rem []byte) bool {
	if r.set&suffixBit(rem) != 0 {
		return true
	}
	return r.dbl != 0 && len(rem) > 0 && rem[0] == r.dbl && r.dblSet&suffixBit(rem[1:]) != 0
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

func isConsonant(c byte) bool { return 'a' <= c && c <= 'z' && !isVowel(c) }

// inflect returns the pattern to search for a normalized keyword (lower
// case, single spaces) and the rule for the endings that may follow it.
func inflect(kw string) (string, rule) {
	i := len(kw)
	for i > 0 && 'a' <= kw[i-1] && kw[i-1] <= 'z' {
		i--
	}
	if len(kw)-i < 3 || (i > 0 && kw[i-1] != ' ' && kw[i-1] != '-') {
		return kw, rule{set: sfxNone}
	}
	stem, r := stemWord(kw[i:])
	return kw[:i] + stem, r
}

// stemWord applies the inflection rule to one word of at least three ASCII
// lower-case letters, returning the stem and its rule.
func stemWord(w string) (string, rule) {
	n := len(w)
	r := w
	fromED := false
	switch {
	case n >= 5 && (strings.HasSuffix(w, "ies") || strings.HasSuffix(w, "ied")):
		r = w[:n-3] + "y"
	case n >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		r, fromED = w[:n-2], true
	case n >= 4 && w[n-1] == 's' && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		r = w[:n-1]
	}
	undoubled := false
	if k := len(r); fromED && k >= 5 && r[k-1] == r[k-2] && isConsonant(r[k-1]) {
		r, undoubled = r[:k-1], true
	}

	k := len(r)
	if k >= 3 && r[k-1] == 'y' && isConsonant(r[k-2]) {
		return r[:k-1], rule{set: sfxY | sfxIES | sfxIED | sfxYING}
	}
	stem, eClass := r, fromED
	if r[k-1] == 'e' && r[k-2] != 'e' {
		stem, eClass = r[:k-1], true
	}
	if len(stem) < 4 {
		return w, shortRule(w)
	}
	ru := rule{set: sfxNone | sfxS | sfxES | sfxED | sfxING | sfxINGS}
	if eClass {
		ru.set |= sfxE
	}
	last := stem[len(stem)-1]
	if last == 'e' {
		ru.set |= sfxD
	}
	if k := len(stem); isConsonant(stem[k-3]) && isVowel(stem[k-2]) && isConsonant(last) &&
		last != 'w' && last != 'x' && last != 'y' {
		ru.dbl, ru.dblSet = last, sfxED|sfxING
	}
	if undoubled {
		ru.dbl = last
		ru.dblSet |= sfxNone | sfxS | sfxES
	}
	return stem, ru
}

// shortRule is the rule for a word whose stem would be shorter than four letters.
func shortRule(w string) rule {
	r := rule{set: sfxNone | sfxS}
	switch n := len(w); {
	case w[n-1] == 's' || w[n-1] == 'x' || w[n-1] == 'z' ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		r.set |= sfxES
	case w[n-1] == 'e':
		r.set |= sfxD
	}
	return r
}
