package names

import (
	"reflect"
	"strings"
	"testing"
)

func TestNormalise(t *testing.T) {
	c := testComparer(t, optDefault)
	for _, tc := range []struct {
		written string
		tokens  []string
		folded  []string // nil: same as tokens
	}{
		// Initials, however written.
		{"J. D. Vance", []string{"jd", "vance"}, nil},
		{"J.D. Vance", []string{"jd", "vance"}, nil},
		{"JD Vance", []string{"jd", "vance"}, nil},
		{"J D Vance", []string{"jd", "vance"}, nil},
		{"George H. W. Bush", []string{"george", "hw", "bush"}, nil},
		{"J.Smith", []string{"j", "smith"}, nil},
		{"XI JINPING", []string{"xi", "jinping"}, nil}, // all capitals: not initials
		// Diacritics and letters without a decomposition.
		{"Erdoğan", []string{"erdogan"}, nil},
		{"Öztürk", []string{"ozturk"}, nil},
		{"Lech Wałęsa", []string{"lech", "walesa"}, nil},
		{"Søren", []string{"soren"}, nil},
		{"Strauß", []string{"strauss"}, []string{"straus"}},
		{"Æsa Đoković", []string{"aesa", "dokovic"}, nil},
		{"Hafþór", []string{"hafthor"}, nil},
		{"Mehmet Yılmaz", []string{"mehmet", "yilmaz"}, nil},
		{"Œdipe", []string{"oedipe"}, nil},
		// Possessives, apostrophes, hyphens, punctuation.
		{"Zelenskiy's", []string{"zelenskiy"}, []string{"zelenski"}},
		{"Witkoff’s", []string{"witkoff"}, nil},
		{"Jones'", []string{"jones"}, nil},
		{"Conor O'Brien", []string{"conor", "obrien"}, nil},
		{"O'Sullivan's", []string{"osullivan"}, nil},
		{"Jean-Marie Le Pen", []string{"jean", "marie", "le", "pen"}, nil},
		{"Bashar al-Assad", []string{"bashar", "al", "assad"}, []string{"bashar", "al", "asad"}},
		{"  Steve   Witkoff!  ", []string{"steve", "witkoff"}, nil},
		// Titles, multi-word and dotted, up to the last one.
		{"Special Envoy Steve Witkoff", []string{"steve", "witkoff"}, nil},
		{"U.S. Special Envoy Steve Witkoff", []string{"steve", "witkoff"}, nil},
		{"U.S. Vice President J.D. Vance", []string{"jd", "vance"}, nil},
		{"Ukraine's President Volodymyr Zelensky", []string{"volodymyr", "zelensky"}, []string{"volodymyr", "zelenski"}},
		{"Gen. Valery Gerasimov", []string{"valery", "gerasimov"}, []string{"valeri", "gerasimov"}},
		{"Kremlin spokesman Dmitry Peskov", []string{"dmitry", "peskov"}, []string{"dmitri", "peskov"}},
		{"Martin Luther King", []string{"martin", "luther", "king"}, nil}, // a title as the last token stays
		{"King Charles III", []string{"charles"}, nil},
		{"the President", nil, nil}, // only titles
		// Asides.
		{"Steve Witkoff, the U.S. special envoy", []string{"steve", "witkoff"}, nil},
		{`Joaquín "El Chapo" Guzmán`, []string{"joaquin", "guzman"}, nil},
		{"Marco Rubio (R-Fla.)", []string{"marco", "rubio"}, nil},
		{`"Steve Witkoff"`, []string{"steve", "witkoff"}, nil}, // all quoted: the quotes are ignored
		// Suffixes.
		{"Robert F. Kennedy Jr.", []string{"robert", "f", "kennedy"}, []string{"robert", "f", "kennedi"}},
		{"Jr.", []string{"jr"}, nil},
		// Folds; initials are not folded.
		{"Maria Zakharova", []string{"maria", "zakharova"}, []string{"maria", "zaharova"}},
		{"Kirill Dmitriyev", []string{"kirill", "dmitriyev"}, []string{"kirill", "dmitrev"}},
		{"Y. Zelenskyy", []string{"y", "zelenskyy"}, []string{"y", "zelenski"}},
		{"", nil, nil},
		{" ,.;", nil, nil},
	} {
		n := c.Normalise(tc.written)
		want := tc.folded
		if want == nil {
			want = tc.tokens
		}
		if !reflect.DeepEqual(n.Tokens, tc.tokens) || !reflect.DeepEqual(nilIfEmpty(n.Folded), want) || n.Written != tc.written {
			t.Errorf("Normalise(%q) = %q folded %q, want %q folded %q", tc.written, n.Tokens, n.Folded, tc.tokens, want)
		}
		if len(n.Tokens) != len(n.Folded) || len(n.Tokens) != len(n.marked) || len(n.Tokens) != len(n.initial) {
			t.Errorf("Normalise(%q): token lists of different lengths", tc.written)
		}
	}
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

func TestNormaliseKeepsDiacriticsAside(t *testing.T) {
	c := testComparer(t, optDefault)
	n := c.Normalise("President Recep Tayyip Erdoğan's")
	if got := strings.Join(n.marked, " "); got != "recep tayyip erdoğan" {
		t.Errorf("marked = %q", got)
	}
	if n.Surname() != "erdogan" {
		t.Errorf("Surname() = %q", n.Surname())
	}
	if n.Key() != "recep tayyip erdogan" {
		t.Errorf("Key() = %q", n.Key())
	}
}

func TestNameKeyAndSurname(t *testing.T) {
	c := testComparer(t, optDefault)
	for _, tc := range []struct{ written, key, surname string }{
		{"Volodymyr Zelenskyy", "volodymyr zelenski", "zelenski"},
		{"Zelenskiy", "zelenski", "zelenski"},
		{"Robert F. Kennedy Jr.", "robert f kennedi jr", "kennedi"},
		{"King Charles III", "charles iii", "charles"},
		{"Steve Witkoff", "steve witkoff", "witkoff"},
		{"", "", ""},
		{"the President", "", ""},
	} {
		n := c.Normalise(tc.written)
		if n.Key() != tc.key || n.Surname() != tc.surname {
			t.Errorf("Normalise(%q): Key %q Surname %q, want %q %q", tc.written, n.Key(), n.Surname(), tc.key, tc.surname)
		}
	}
	if got := c.Normalise("Steve Witkoff").String(); got != "Steve Witkoff" {
		t.Errorf("String() = %q", got)
	}
}

func TestNormaliseInitials(t *testing.T) {
	c := testComparer(t, optDefault)
	for _, tc := range []struct {
		written string
		initial []bool
	}{
		{"J. D. Vance", []bool{true, false}},
		{"JD Vance", []bool{true, false}},
		{"Xi Jinping", []bool{false, false}},
		{"St. John Smith", []bool{false, false, false}},
		{"George W. Bush", []bool{false, true, false}},
	} {
		if got := c.Normalise(tc.written).initial; !reflect.DeepEqual(got, tc.initial) {
			t.Errorf("Normalise(%q) initials %v, want %v", tc.written, got, tc.initial)
		}
	}
}

func TestNormaliseWithoutTitles(t *testing.T) {
	c, err := NewComparer(Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := c.Normalise("President Zelenskiy")
	if !reflect.DeepEqual(n.Tokens, []string{"president", "zelenskiy"}) || !reflect.DeepEqual(n.Folded, n.Tokens) {
		t.Errorf("no titles, no folds: %q %q", n.Tokens, n.Folded)
	}
}
