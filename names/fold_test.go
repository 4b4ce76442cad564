package names

import (
	"reflect"
	"strings"
	"testing"
)

func TestDefaultFoldsValid(t *testing.T) {
	seen := map[Fold]bool{}
	for _, f := range DefaultFolds() {
		nf, err := checkFold(f)
		if err != nil {
			t.Errorf("default fold %v: %v", f, err)
		}
		if nf != f {
			t.Errorf("default fold %v is not in normal form %v", f, nf)
		}
		if seen[f] {
			t.Errorf("default fold %v twice", f)
		}
		seen[f] = true
	}
	a := DefaultFolds()
	a[0].From = "changed"
	if DefaultFolds()[0].From == "changed" {
		t.Error("DefaultFolds shares its slice")
	}
}

// TestDefaultFoldsExercised checks that every default fold is the
// explanation of at least one pair of the pair table.
func TestDefaultFoldsExercised(t *testing.T) {
	c := testComparer(t, optDefault)
	var reasons []string
	for _, p := range pairs {
		if p.opts == optDefault && p.want == Variant {
			reasons = append(reasons, c.Compare(p.a, p.b).Reason)
		}
	}
	explained := map[string]bool{}
	for _, r := range reasons {
		for _, note := range strings.Split(r, "; ") {
			list, ok := strings.CutPrefix(note, "same after folds ")
			if !ok {
				list, ok = strings.CutPrefix(note, "same after fold ")
			}
			if ok {
				for _, f := range strings.Split(list, ", ") {
					explained[f] = true
				}
			}
		}
	}
	for _, f := range DefaultFolds() {
		if !explained[f.String()] {
			t.Errorf("no pair is explained by the fold %v", f)
		}
	}
}

// TestDefaultFoldFamilies folds the spellings of one name in a family to one
// token.
func TestDefaultFoldFamilies(t *testing.T) {
	folds := DefaultFolds()
	for want, family := range map[string][]string{
		"zelenski":  {"zelensky", "zelenskiy", "zelenskyy", "zelenskyi", "zelenskii", "zelenskij", "zelenskyj", "zelenski"},
		"dmitri":    {"dmitry", "dmitriy", "dmitrii", "dmitrij", "dmitri"},
		"sergei":    {"sergey", "sergei"},
		"nikolai":   {"nikolay", "nikolai"},
		"alexei":    {"aleksei", "alexei", "aleksey", "alexey"},
		"alexander": {"aleksandr", "alexander"},
		"dmitrev":   {"dmitriyev", "dmitriev", "dmitrev"},
		"dmitreva":  {"dmitriyeva", "dmitrieva"},
		"grigorev":  {"grigoryev", "grigoriev", "grigorev"},
		"evgeni":    {"yevgeny", "evgeny", "evgeniy", "yevgeniy", "evgenii"},
		"zaharova":  {"zakharova", "zaharova"},
		"maria":     {"mariya", "maria"},
		"natalia":   {"natalya", "natalia"},
		"iulia":     {"yulia", "iulia"},
		"gadafi":    {"gaddafi", "gadhafi", "gadafi"},
		"mohamed":   {"mohammed", "mohamed"},
		"asad":      {"assad", "asad"},
		"dokovic":   {"djokovic", "dokovic"},
		"novak":     {"novack", "novak"},
	} {
		for _, tok := range family {
			if got, _ := applyFolds(folds, tok); got != want {
				t.Errorf("fold %q = %q, want %q", tok, got, want)
			}
		}
	}
	// Whole tokens are not rewritten by an end or start fold.
	for _, tok := range []string{"yi", "ye", "y", "dr"} {
		if got, fired := applyFolds(folds, tok); got != tok || fired != nil {
			t.Errorf("fold %q = %q (%v), want it unchanged", tok, got, fired)
		}
	}
	// Different names stay different.
	for _, p := range [][2]string{{"scholz", "schulz"}, {"waltz", "walz"}, {"peskov", "medvedev"}, {"trump", "tusk"}, {"witkoff", "wintour"}} {
		a, _ := applyFolds(folds, p[0])
		b, _ := applyFolds(folds, p[1])
		if a == b {
			t.Errorf("%q and %q fold to one token %q", p[0], p[1], a)
		}
	}
}

func TestApplyFoldsOrder(t *testing.T) {
	for _, tc := range []struct {
		name  string
		folds []Fold
		tok   string
		want  string
		fired []int
	}{
		// Earlier rules win when they overlap.
		{"first rule wins", []Fold{{"ab", "x", AtAny}, {"bc", "y", AtAny}}, "abc", "xc", []int{0}},
		{"first rule wins, reversed", []Fold{{"bc", "y", AtAny}, {"ab", "x", AtAny}}, "abc", "ay", []int{0}},
		// A rule runs again in a later pass when another rule made a match.
		{"chain in one pass", []Fold{{"a", "b", AtAny}, {"b", "c", AtAny}}, "a", "c", []int{0, 1}},
		{"chain over two passes", []Fold{{"b", "c", AtAny}, {"a", "b", AtAny}}, "a", "c", []int{0, 1}},
		// "any" replaces every occurrence, left to right, without overlap.
		{"all occurrences", []Fold{{"aa", "a", AtAny}}, "aaaa", "a", []int{0}},
		{"end only", []Fold{{"y", "i", AtEnd}}, "yury", "yuri", []int{0}},
		{"start only", []Fold{{"y", "i", AtStart}}, "yury", "iury", []int{0}},
		{"whole token untouched", []Fold{{"yi", "i", AtEnd}, {"ye", "e", AtStart}}, "yi", "yi", nil},
		{"deletion", []Fold{{"h", "", AtEnd}}, "shah", "sha", []int{0}},
		{"no match", []Fold{{"kh", "h", AtAny}}, "scholz", "scholz", nil},
		// Rules that undo each other stop when a pass changes nothing.
		{"cycle", []Fold{{"a", "b", AtAny}, {"b", "a", AtAny}}, "ab", "aa", []int{0, 1}},
	} {
		for i := 0; i < 3; i++ { // deterministic
			got, fired := applyFolds(tc.folds, tc.tok)
			if got != tc.want || !reflect.DeepEqual(fired, tc.fired) {
				t.Errorf("%s: applyFolds(%q) = %q %v, want %q %v", tc.name, tc.tok, got, fired, tc.want, tc.fired)
			}
		}
	}
}

// TestApplyFoldsGrowthStops checks that rules that keep growing a token
// stop after a bounded number of passes, deterministically.
func TestApplyFoldsGrowthStops(t *testing.T) {
	folds := []Fold{{"a", "bc", AtAny}, {"c", "ab", AtAny}} // each accepted alone
	for _, f := range folds {
		if _, err := checkFold(f); err != nil {
			t.Fatalf("%v: %v", f, err)
		}
	}
	first, _ := applyFolds(folds, "a")
	if len(first) > 4*1+16+64 {
		t.Errorf("token grew to %d bytes", len(first))
	}
	for i := 0; i < 3; i++ {
		if again, _ := applyFolds(folds, "a"); again != first {
			t.Errorf("not deterministic: %q, then %q", first, again)
		}
	}
}

func TestFoldString(t *testing.T) {
	for f, want := range map[Fold]string{
		{"yev", "ev", AtEnd}:   "-yev→-ev",
		{"ye", "e", AtStart}:   "ye-→e-",
		{"kh", "h", AtAny}:     "kh→h",
		{"h", "", AtEnd}:       "-h→-",
		{"ph", "f", ""}:        "ph→f",
		{"iy", "i", "weird"}:   "iy→i",
		{"yy", "i", AtEnd}:     "-yy→-i",
		{"dj", "d", AtAny}:     "dj→d",
		{"ks", "x", AtAny}:     "ks→x",
		{"dr", "der", AtEnd}:   "-dr→-der",
		{"ya", "ia", AtAny}:    "ya→ia",
		{"ck", "k", AtAny}:     "ck→k",
		{"mm", "m", AtAny}:     "mm→m",
		{"ss", "s", AtAny}:     "ss→s",
		{"dd", "d", AtAny}:     "dd→d",
		{"dh", "d", AtAny}:     "dh→d",
		{"yu", "iu", AtAny}:    "yu→iu",
		{"iya", "ia", AtAny}:   "iya→ia",
		{"ieva", "eva", "end"}: "-ieva→-eva",
	} {
		if got := f.String(); got != want {
			t.Errorf("%#v.String() = %q, want %q", f, got, want)
		}
	}
}

func TestUserFolds(t *testing.T) {
	// Folds are normalised like tokens and "at" defaults to "any".
	c, err := NewComparer(Options{Folds: []Fold{{From: "PH", To: "F"}, {From: "Ğ", To: "gh", At: "END"}}})
	if err != nil {
		t.Fatal(err)
	}
	want := []Fold{{"ph", "f", AtAny}, {"g", "gh", AtEnd}}
	if !reflect.DeepEqual(c.folds, want) {
		t.Errorf("folds = %v, want %v", c.folds, want)
	}
	if got := c.Compare("Mustapha Kemal", "Mustafa Kemal"); got.Relation != Variant || got.Reason != "same after fold ph→f" {
		t.Errorf("user fold: %+v", got)
	}
	// Without the default folds, a transliteration variant is a garble.
	if got := c.Compare("Maria Zakharova", "Maria Zaharova"); got.Relation != Garble {
		t.Errorf("without kh→h: %+v", got)
	}
}

func TestNewComparerErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		o    Options
		want string // part of the error
	}{
		{"empty from", Options{Folds: []Fold{{From: "", To: "x", At: AtAny}}}, `"from" is empty`},
		{"blank from", Options{Folds: []Fold{{From: "  ", To: "x"}}}, `"from" is empty`},
		{"bad at", Options{Folds: []Fold{{From: "kh", To: "h", At: "middle"}}}, `"at" "middle" is not one of end, start, any`},
		{"space", Options{Folds: []Fold{{From: "k h", To: "h"}}}, "space"},
		{"from equals to", Options{Folds: []Fold{{From: "kh", To: "KH"}}}, "the same"},
		{"from equals to after normalisation", Options{Folds: []Fold{{From: "ğ", To: "g"}}}, "the same"},
		{"grows anywhere", Options{Folds: []Fold{{From: "a", To: "aa", At: AtAny}}}, "never stop"},
		{"grows at the end", Options{Folds: []Fold{{From: "y", To: "yy", At: AtEnd}}}, "never stop"},
		{"grows at the start", Options{Folds: []Fold{{From: "y", To: "yy", At: AtStart}}}, "never stop"},
		{"empty title", Options{Titles: []string{"president", ""}}, "title"},
		{"punctuation title", Options{Titles: []string{"..."}}, "title"},
		{"empty canonical", Options{Aliases: []Alias{{Canonical: " ", Spellings: []string{"x"}}}}, "canonical spelling has no name"},
		{"title-only canonical", Options{Titles: []string{"president"}, Aliases: []Alias{{Canonical: "President"}}}, "canonical spelling has no name"},
		{"empty spelling", Options{Aliases: []Alias{{Canonical: "Volodymyr Zelenskyy", Spellings: []string{""}}}}, `spelling "" has no name`},
		{"spelling of two aliases", Options{Aliases: []Alias{
			{Canonical: "Volodymyr Zelenskyy", Spellings: []string{"V. Zelensky"}},
			{Canonical: "Vladimir Zelensky", Spellings: []string{"V. Zelensky"}},
		}}, "is also a spelling of"},
		{"distinct empty", Options{Distinct: [][2]string{{"Olaf Scholz", ""}}}, "has no name"},
		{"distinct same", Options{Distinct: [][2]string{{"Olaf Scholz", "olaf SCHOLZ"}}}, "one spelling"},
		{"distinct same after folds", Options{Folds: DefaultFolds(), Distinct: [][2]string{{"Maria Zakharova", "Maria Zaharova"}}}, "one spelling"},
		{"distinct aliases", Options{
			Aliases:  []Alias{{Canonical: "Volodymyr Zelenskyy", Spellings: []string{"Wolodymyr Selenskyj"}}},
			Distinct: [][2]string{{"Volodymyr Zelenskyy", "Wolodymyr Selenskyj"}},
		}, "both are spellings of the alias"},
	} {
		c, err := NewComparer(tc.o)
		if err == nil || c != nil {
			t.Errorf("%s: NewComparer = %v, %v; want an error", tc.name, c, err)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %q, want it to contain %q", tc.name, err, tc.want)
		}
	}
}

func TestNewComparerReportsEveryError(t *testing.T) {
	_, err := NewComparer(Options{
		Folds:  []Fold{{From: ""}, {From: "kh", To: "h", At: "middle"}},
		Titles: []string{""},
	})
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{`"from" is empty`, `"middle"`, "title"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}

func TestNewComparerValid(t *testing.T) {
	c, err := NewComparer(Options{
		Titles:   testTitles,
		Folds:    DefaultFolds(),
		Aliases:  []Alias{{Canonical: "Volodymyr Zelenskyy", Spellings: []string{"Wolodymyr Selenskyj", "Volodymyr Zelensky"}}},
		Distinct: [][2]string{{"Olaf Scholz", "Olaf Schulz"}},
	})
	if err != nil || c == nil {
		t.Fatalf("NewComparer = %v, %v", c, err)
	}
	// Repeated titles are kept once, longest first.
	c, err = NewComparer(Options{Titles: []string{"minister", "Foreign Minister", "minister", "U.S."}})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"foreign", "minister"}, {"minister"}, {"us"}}
	if !reflect.DeepEqual(c.titles, want) {
		t.Errorf("titles = %q, want %q", c.titles, want)
	}
}
