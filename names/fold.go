package names

import (
	"fmt"
	"strings"
)

// Where a fold applies in a token.
const (
	AtEnd   = "end"   // the token ends with From
	AtStart = "start" // the token starts with From
	AtAny   = "any"   // every occurrence of From, left to right
)

// maxFoldPasses bounds how often the fold rules are run over one token. A
// sensible rule set settles in two or three passes; the bound only stops a
// user's rules that cycle or keep growing a token.
const maxFoldPasses = 8

// Fold is one transliteration fold rule: the letters From become To at the
// end of a token (At "end"), at its start ("start") or wherever they occur
// ("any"). From and To are compared with normalised tokens: lower case,
// diacritics removed.
//
// Folds map each member of a transliteration family to one spelling, so
// "Zakharova" and "Zaharova" both fold to "zaharova". Names whose folded
// tokens are equal are spelling variants of one name.
//
// An "end" or "start" fold never rewrites a whole token: the token must be
// longer than From, so the fold -yi→-i leaves the Chinese name "Yi" alone.
type Fold struct{ From, To, At string }

// String writes the fold for a reason: "-yev→-ev" (end), "ye-→e-" (start),
// "kh→h" (any).
func (f Fold) String() string {
	switch f.At {
	case AtEnd:
		return "-" + f.From + "→-" + f.To
	case AtStart:
		return f.From + "-→" + f.To + "-"
	}
	return f.From + "→" + f.To
}

// DefaultFolds returns the folds the default rule pack ships, in the order
// they are applied. The list is conservative: each fold joins the spellings of
// one transliteration family (Russian and Ukrainian endings and letters,
// Arabic doubled and aspirated consonants, Serbo-Croatian dj), and we know of
// no two public figures whose names differ only by one of them. The price is
// small: "-y"→"-i" also makes "Kennedy" and "Kennedi" one name, "ks"→"x"
// "Marks" and "Marx". Folds that merge real, different names ("ph"→"f",
// "j"→"y", "ts"→"tz", "-ah"→"-a") are left for users to add.
//
// The canonical form of the Slavic -ий/-ый ending is a final "i": Zelensky,
// Zelenskiy, Zelenskyy, Zelenskyi and Zelenskij all fold to "zelenski", Dmitry,
// Dmitriy, Dmitrii and Dmitri to "dmitri", Sergey and Sergei to "sergei".
// Folded tokens are keys, not spellings to show.
//
// Each call returns a new slice.
func DefaultFolds() []Fold {
	return []Fold{
		// Slavic endings: -ий, -ый, -ей, -ай in their spellings.
		{From: "iy", To: "i", At: AtEnd}, // Zelenskiy, Dmitriy
		{From: "yy", To: "i", At: AtEnd}, // Zelenskyy
		{From: "yi", To: "i", At: AtEnd}, // Syrskyi
		{From: "ii", To: "i", At: AtEnd}, // Dmitrii, Syrskii
		{From: "ij", To: "i", At: AtEnd}, // Dmitrij, Jevgenij
		{From: "yj", To: "i", At: AtEnd}, // Zelenskyj
		{From: "y", To: "i", At: AtEnd},  // Zelensky, Dmitry, Sergey, Nikolay
		// Slavic -ьев, -иев.
		{From: "yev", To: "ev", At: AtEnd},   // Dmitriyev, Sergeyev
		{From: "yeva", To: "eva", At: AtEnd}, // Dmitriyeva
		{From: "iev", To: "ev", At: AtEnd},   // Grigoriev (= Grigoryev)
		{From: "ieva", To: "eva", At: AtEnd}, // Grigorieva
		{From: "dr", To: "der", At: AtEnd},   // Aleksandr, Oleksandr
		{From: "ye", To: "e", At: AtStart},   // Yevgeny, Yelena, Yekaterina
		// Anywhere in a token.
		{From: "kh", To: "h", At: AtAny},   // Zakharova, Mikhail, Khamenei
		{From: "iya", To: "ia", At: AtAny}, // Mariya, Sofiya (before ya→ia)
		{From: "ya", To: "ia", At: AtAny},  // Natalya, Ilya, Maryam
		{From: "yu", To: "iu", At: AtAny},  // Yulia, Yuri
		{From: "ks", To: "x", At: AtAny},   // Aleksei, Aleksandr
		{From: "dj", To: "d", At: AtAny},   // Djokovic (= Đoković)
		{From: "dh", To: "d", At: AtAny},   // Gadhafi
		{From: "dd", To: "d", At: AtAny},   // Gaddafi
		{From: "mm", To: "m", At: AtAny},   // Mohammed, Muammar
		{From: "ss", To: "s", At: AtAny},   // Hassan, Assad, Strauss
		{From: "ck", To: "k", At: AtAny},   // Novack
	}
}

// checkFold normalises a fold the way tokens are normalised (lower case,
// diacritics removed) and rejects one that is empty, has an unknown position,
// spans words, or would grow without end.
func checkFold(f Fold) (Fold, error) {
	from, to := foldText(f.From), foldText(f.To)
	at := strings.ToLower(strings.TrimSpace(f.At))
	if at == "" {
		at = AtAny
	}
	out := Fold{From: from, To: to, At: at}
	switch {
	case from == "":
		return out, fmt.Errorf("fold %q→%q: \"from\" is empty", f.From, f.To)
	case at != AtEnd && at != AtStart && at != AtAny:
		return out, fmt.Errorf("fold %q→%q: \"at\" %q is not one of end, start, any", f.From, f.To, f.At)
	case strings.ContainsAny(from+to, " \t"):
		return out, fmt.Errorf("fold %q→%q: a fold works inside one word and cannot contain a space", f.From, f.To)
	case from == to:
		return out, fmt.Errorf("fold %q→%q: \"from\" and \"to\" are the same after normalisation", f.From, f.To)
	case at == AtAny && strings.Contains(to, from),
		at == AtEnd && strings.HasSuffix(to, from),
		at == AtStart && strings.HasPrefix(to, from):
		return out, fmt.Errorf("fold %q→%q at %s: \"to\" contains \"from\", so the fold would never stop", f.From, f.To, at)
	}
	return out, nil
}

// foldText normalises the letters of a fold rule like a name token.
func foldText(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return stripMarks(s, nil)
}

// applyFolds folds one token. The rules run in list order; each rule is
// applied once per pass (an "any" rule replaces every non-overlapping
// occurrence, left to right), and passes repeat until one changes nothing.
// It returns the folded token and the indexes of the rules that fired, in
// rule order.
func applyFolds(folds []Fold, tok string) (string, []int) {
	var fired []int
	limit := 4*len(tok) + 16
	for pass := 0; pass < maxFoldPasses; pass++ {
		before := tok
		for i, f := range folds {
			next := tok
			switch f.At {
			case AtEnd:
				if len(tok) > len(f.From) && strings.HasSuffix(tok, f.From) {
					next = tok[:len(tok)-len(f.From)] + f.To
				}
			case AtStart:
				if len(tok) > len(f.From) && strings.HasPrefix(tok, f.From) {
					next = f.To + tok[len(f.From):]
				}
			default:
				if strings.Contains(tok, f.From) {
					next = strings.ReplaceAll(tok, f.From, f.To)
				}
			}
			if next != tok {
				tok = next
				fired = addIndex(fired, i)
			}
		}
		if tok == before || len(tok) > limit {
			break
		}
	}
	return tok, fired
}

// addIndex inserts i into the sorted set s.
func addIndex(s []int, i int) []int {
	for k, v := range s {
		if v == i {
			return s
		}
		if v > i {
			s = append(s, 0)
			copy(s[k+1:], s[k:])
			s[k] = i
			return s
		}
	}
	return append(s, i)
}
