package keywords

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"
)

// render shows hits as "id=matched text", in the order Find returned them.
func render(text string, hits []Hit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = fmt.Sprintf("%d=%s", h.Keyword, text[h.Start:h.End])
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		kws  []string
		text string
		want []string
	}{
		{"control inflections", []string{"control"},
			"Control, controls, controlled, controlling; controller, controllingly.",
			[]string{"0=Control", "0=controls", "0=controlled", "0=controlling"}},
		{"occupy", []string{"occupy"},
			"occupy occupies occupied occupying occupation",
			[]string{"0=occupy", "0=occupies", "0=occupied", "0=occupying"}},
		{"occupied finds the same", []string{"occupied"},
			"occupy occupies occupied occupying",
			[]string{"0=occupy", "0=occupies", "0=occupied", "0=occupying"}},
		{"killed", []string{"killed"},
			"kill kills killed killing killer skill",
			[]string{"0=kill", "0=kills", "0=killed", "0=killing"}},
		{"die is short", []string{"die"},
			"die dies died dying diet indie",
			[]string{"0=die", "0=dies", "0=died"}},
		{"injured", []string{"injured"},
			"injure injured injures injuring injuries",
			[]string{"0=injure", "0=injured", "0=injures", "0=injuring"}},
		{"arrest", []string{"arrest"},
			"Police arrested two; arrests rose; the arrest; arresting officers; arrester.",
			[]string{"0=arrested", "0=arrests", "0=arrest", "0=arresting"}},
		{"evacuate", []string{"evacuate"},
			"evacuate evacuated evacuating evacuates evacuation",
			[]string{"0=evacuate", "0=evacuated", "0=evacuating", "0=evacuates"}},
		{"war whole word", []string{"war"},
			"war, wars; award, warn, ward, warring, postwar, war2, war-torn",
			[]string{"0=war", "0=wars", "0=war"}},
		{"case-insensitive keyword and text", []string{"Police"},
			"POLICE police Police pOlIcE",
			[]string{"0=POLICE", "0=police", "0=Police", "0=pOlIcE"}},
		{"police e class", []string{"police"},
			"policed policing police's policy policies",
			[]string{"0=policed", "0=policing", "0=police"}},
		{"multi-word with inflection", []string{"death toll"},
			"The death tolls rose. Death Toll. death\ntoll. death  toll. death-toll.",
			[]string{"0=death tolls", "0=Death Toll", "0=death\ntoll"}},
		{"overlapping keywords", []string{"death toll", "death", "toll"},
			"the death toll rose",
			[]string{"0=death toll", "1=death", "2=toll"}},
		{"overlapping with inflection", []string{"death", "death toll"},
			"Death tolls and deaths",
			[]string{"0=Death", "1=Death tolls", "0=deaths"}},
		{"punctuation keyword", []string{"u.s."},
			"U.S. officials; the U.S.-led force; u.s.a.; US no; bu.s. no",
			[]string{"0=U.S.", "0=U.S.", "0=u.s."}},
		{"punctuation edges need no boundary", []string{"%", "$", "u.s"},
			"5% and 6 %; $5; U.S. and U.S",
			[]string{"0=%", "0=%", "1=$", "2=U.S", "2=U.S"}},
		{"per cent", []string{"per cent"},
			"up 5 per cent, 6 Per Cent, 7 percent",
			[]string{"0=per cent", "0=Per Cent"}},
		{"unicode around hits", []string{"police"},
			"Zürich police — «Police»",
			[]string{"0=police", "0=Police"}},
		{"unicode letter is a word character", []string{"rich"},
			"Zürich, rich, «rich», richß",
			[]string{"0=rich", "0=rich"}},
		{"non-ASCII compares exactly", []string{"émeute", "zürich"},
			"Émeute émeute ZÜRICH Zürich",
			[]string{"0=émeute", "1=Zürich"}},
		{"inflected forms given twice", []string{"control", "controls"},
			"controlled",
			[]string{"0=controlled", "1=controlled"}},
		{"same keyword twice", []string{"flood", "flood"},
			"Floods",
			[]string{"0=Floods", "1=Floods"}},
		{"chief of staff", []string{"chief of staff"},
			"Chief of Staff; chief of staffs; chiefs of staff",
			[]string{"0=Chief of Staff", "0=chief of staffs"}},
		{"army y class", []string{"army"},
			"army armies arm armed",
			[]string{"0=army", "0=armies"}},
		{"news is not new", []string{"news"},
			"news new newsy",
			[]string{"0=news"}},
		{"agree", []string{"agree"},
			"agree agrees agreed agreeing agreement",
			[]string{"0=agree", "0=agrees", "0=agreed", "0=agreeing"}},
		{"spy short y", []string{"spy"},
			"spy spies spied spying spa",
			[]string{"0=spy", "0=spies", "0=spied", "0=spying"}},
		{"undoubled", []string{"spilled"},
			"spill spills spilled spilling spil",
			[]string{"0=spill", "0=spills", "0=spilled", "0=spilling", "0=spil"}},
		{"evening is not even", []string{"evening"},
			"even evening evenings",
			[]string{"0=evening", "0=evenings"}},
		{"literal with digits", []string{"g7", "covid-19"},
			"G7 summit, G77, Covid-19. covid-190",
			[]string{"0=G7", "1=Covid-19"}},
		{"hyphenated last word", []string{"cease-fire"},
			"cease-fires ceasefire",
			[]string{"0=cease-fires"}},
		{"tax short sibilant", []string{"tax"},
			"tax taxes taxi taxed",
			[]string{"0=tax", "0=taxes"}},
		{"fire short e", []string{"fire"},
			"fire fires fired firing",
			[]string{"0=fire", "0=fires", "0=fired"}},
		{"doubling after CVC", []string{"stop"},
			"stop stops stopped stopping stopp",
			[]string{"0=stop", "0=stops", "0=stopped", "0=stopping"}},
		{"bombing plural", []string{"bombing"},
			"bombings bombing bomb",
			[]string{"0=bombings", "0=bombing"}},
		{"keyword white space normalized", []string{"  death \t toll "},
			"death toll",
			[]string{"0=death toll"}},
		{"order by start then keyword", []string{"toll", "death toll", "death"},
			"toll; death toll",
			[]string{"0=toll", "1=death toll", "2=death", "0=toll"}},
		{"no keywords", nil, "anything", []string{}},
		{"empty text", []string{"war"}, "", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := New(tt.kws)
			if err != nil {
				t.Fatal(err)
			}
			got := render(tt.text, m.Find(nil, tt.text))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q) with %q\n got %q\nwant %q", tt.text, tt.kws, got, tt.want)
			}
			checkAgainstReference(t, m, tt.text)
		})
	}
}

func TestByteOffsets(t *testing.T) {
	m, err := New([]string{"police", "death toll"})
	if err != nil {
		t.Fatal(err)
	}
	text := "Zürich — police said the death tolls rose"
	got := m.Find(nil, text)
	want := []Hit{
		{Keyword: 0, Start: 12, End: 18},
		{Keyword: 1, Start: 28, End: 39},
	}
	if !slices.Equal(got, want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
}

func TestFindAppends(t *testing.T) {
	m, err := New([]string{"war"})
	if err != nil {
		t.Fatal(err)
	}
	dst := []Hit{{Keyword: 9, Start: 100, End: 101}}
	got := m.Find(dst, "war and wars")
	want := []Hit{{9, 100, 101}, {0, 0, 3}, {0, 8, 12}}
	if !slices.Equal(got, want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
}

func TestKeywordError(t *testing.T) {
	for _, kws := range [][]string{{""}, {"war", " \t "}, {"a", "b", ""}, {"war", "\xd2"}} {
		_, err := New(kws)
		var e *KeywordError
		if !errors.As(err, &e) {
			t.Fatalf("New(%q) = %v, want *KeywordError", kws, err)
		}
		want := "empty"
		if !utf8.ValidString(kws[len(kws)-1]) {
			want = "not valid UTF-8"
		}
		if e.Index != len(kws)-1 || e.Keyword != kws[len(kws)-1] || e.Reason != want {
			t.Errorf("New(%q): error %+v, want keyword %d, %s", kws, e, len(kws)-1, want)
		}
	}
}

func TestManyKeywords(t *testing.T) {
	kws := benchKeywords(3000)
	kws = append(kws, "controlled", "u.s.", "death toll", "occupy")
	m, err := New(kws)
	if err != nil {
		t.Fatal(err)
	}
	text := "U.S. forces controlled the border crossing; the death tolls from the floods rose as troops occupied the village."
	got := map[string]bool{}
	for _, h := range m.Find(nil, text) {
		got[fmt.Sprintf("%s=%s", kws[h.Keyword], text[h.Start:h.End])] = true
	}
	for _, w := range []string{
		"u.s.=U.S.", "controlled=controlled", "control=controlled", "death toll=death tolls",
		"flood=floods", "occupy=occupied", "occupied=occupied", "troop=troops", "village=village", "border=border",
	} {
		if !got[w] {
			t.Errorf("missing %s; got %v", w, got)
		}
	}
	if got["war=war"] || got["death=death"] {
		t.Errorf("unexpected hits: %v", got)
	}
	corpus, docs := benchCorpus()
	if testing.Short() {
		corpus = docs[0]
	} else {
		corpus = corpus[:512<<10]
	}
	checkAgainstReference(t, m, corpus)
}

func TestConcurrent(t *testing.T) {
	m, err := New(benchKeywords(300))
	if err != nil {
		t.Fatal(err)
	}
	_, docs := benchCorpus()
	docs = docs[:40]
	want := make([][]Hit, len(docs))
	for i, d := range docs {
		want[i] = m.Find(nil, d)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var hits []Hit
			for i, d := range docs {
				hits = m.Find(hits[:0], d)
				if !slices.Equal(hits, want[i]) {
					t.Errorf("doc %d: concurrent result differs", i)
				}
			}
		}()
	}
	wg.Wait()
}

func TestLowerTable(t *testing.T) {
	for i := 0; i < 256; i++ {
		c := byte(i)
		want := c
		switch {
		case 'A' <= c && c <= 'Z':
			want = c + 'a' - 'A'
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			want = ' '
		}
		if lower[i] != want {
			t.Errorf("lower[%#x] = %#x, want %#x", i, lower[i], want)
		}
	}
}

func TestInflect(t *testing.T) {
	tests := []struct{ kw, pattern string }{
		{"control", "control"}, {"controls", "control"}, {"controlled", "control"},
		{"killed", "kill"}, {"occupied", "occup"}, {"occupies", "occup"}, {"injuries", "injur"},
		{"injured", "injur"}, {"evacuate", "evacuat"}, {"die", "die"}, {"war", "war"},
		{"news", "news"}, {"virus", "virus"}, {"crisis", "crisis"}, {"press", "press"},
		{"u.s.", "u.s."}, {"death toll", "death toll"}, {"death tolls", "death toll"},
		{"agree", "agree"}, {"bombing", "bombing"}, {"army", "arm"}, {"play", "play"},
	}
	for _, tt := range tests {
		if p, _ := inflect(tt.kw); p != tt.pattern {
			t.Errorf("inflect(%q) = %q, want %q", tt.kw, p, tt.pattern)
		}
	}
}

// reference finds the same hits as Find by trying every pattern at every
// offset, without the automaton.
func reference(m *Matcher, text string) []Hit {
	view := lowerView(nil, text)
	var hits []Hit
	for i := range view {
		for p, pat := range m.patterns {
			if bytes.HasPrefix(view[i:], []byte(pat)) {
				hits = m.report(hits, text, view, p, i+len(pat))
			}
		}
	}
	slices.SortFunc(hits, func(a, b Hit) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.Keyword - b.Keyword
	})
	return hits
}

// checkAgainstReference checks Find's result on text against reference and
// against the invariants: in bounds, ordered, whole words.
func checkAgainstReference(t *testing.T, m *Matcher, text string) {
	t.Helper()
	got := m.Find(nil, text)
	checkInvariants(t, text, got)
	if len(m.patterns)*len(text) > 50<<20 {
		// Too slow for the naive search: check a prefix only.
		n := 50 << 20 / len(m.patterns)
		for n > 0 && !utf8.RuneStart(text[n]) {
			n--
		}
		text = text[:n]
		got = m.Find(nil, text)
	}
	if want := reference(m, text); !slices.Equal(got, want) {
		t.Errorf("Find and reference differ on %d bytes: %d hits vs %d", len(text), len(got), len(want))
	}
}

func checkInvariants(t *testing.T, text string, hits []Hit) {
	t.Helper()
	for i, h := range hits {
		if h.Start < 0 || h.End > len(text) || h.Start >= h.End {
			t.Fatalf("hit %+v out of bounds (len %d)", h, len(text))
		}
		if i > 0 && !hitLess(hits[i-1], h) {
			t.Fatalf("hits %+v and %+v out of order", hits[i-1], h)
		}
		first, _ := utf8.DecodeRuneInString(text[h.Start:])
		before, _ := utf8.DecodeLastRuneInString(text[:h.Start])
		if h.Start > 0 && isWord(first) && isWord(before) {
			t.Fatalf("hit %+v starts inside a word", h)
		}
		last, _ := utf8.DecodeLastRuneInString(text[:h.End])
		after, _ := utf8.DecodeRuneInString(text[h.End:])
		if h.End < len(text) && isWord(last) && isWord(after) {
			t.Fatalf("hit %+v ends inside a word", h)
		}
	}
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func FuzzFind(f *testing.F) {
	f.Add("The death toll rose; U.S. officials controlled Zürich.", "death")
	f.Add("killed kills killing", "kill")
	f.Add("«rich» Zürich richß", "rich")
	f.Add("a\xffb war\x80 wars", "war")
	f.Add("occupied armies spied", "occupy")
	base := []string{"death toll", "u.s.", "control", "killed", "war", "die", "army", "per cent", "zürich"}
	f.Fuzz(func(t *testing.T, text, kw string) {
		kws := base
		if strings.TrimSpace(kw) != "" {
			kws = append(slices.Clip(base), kw)
		}
		if !utf8.ValidString(kw) {
			if _, err := New(kws); err == nil {
				t.Fatalf("New accepted invalid UTF-8 %q", kw)
			}
			return
		}
		m, err := New(kws)
		if err != nil {
			t.Fatalf("New: %v", err)
		}
		hits := m.Find(nil, text)
		checkInvariants(t, text, hits)
		for _, h := range hits {
			if h.Keyword < 0 || h.Keyword >= len(kws) {
				t.Fatalf("hit %+v: bad keyword", h)
			}
		}
		if want := reference(m, text); !slices.Equal(hits, want) {
			t.Fatalf("Find = %+v, reference = %+v", hits, want)
		}
	})
}

func TestSortHits(t *testing.T) {
	for _, n := range []int{0, 1, 5, 100, 5000} {
		// Reversed input exhausts the insertion sort's budget.
		for _, reversed := range []bool{false, true} {
			h := make([]Hit, n)
			for i := range h {
				h[i] = Hit{Keyword: i % 3, Start: (i * 7919) % (n + 1), End: n + 2}
				if reversed {
					h[i].Start = n - i
				}
			}
			sortHits(h)
			if !slices.IsSortedFunc(h, func(a, b Hit) int {
				if hitLess(a, b) {
					return -1
				}
				if hitLess(b, a) {
					return 1
				}
				return 0
			}) {
				t.Errorf("n=%d reversed=%v: not sorted", n, reversed)
			}
		}
	}
}

func TestSubstrings(t *testing.T) {
	words := []string{"try", "dollar"}
	subs := []string{" try", "USD", "€", "dollar", "ДИН."}
	m, err := NewWithSubstrings(words, subs)
	if err != nil {
		t.Fatal(err)
	}
	text := "Country: usd40m, €5 and a try.\tTry dollars, petrodollar ДИН.5 дин.6"
	var got []string
	for _, h := range m.Find(nil, text) {
		got = append(got, fmt.Sprintf("%d:%q", h.Keyword, text[h.Start:h.End]))
	}
	want := []string{
		`3:"usd"`, `4:"€"`, `2:" try"`, `0:"try"`, `2:"\tTry"`, `0:"Try"`,
		`1:"dollars"`, `5:"dollar"`, `5:"dollar"`, `6:"ДИН."`,
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("hits:\n got %s\nwant %s", strings.Join(got, " "), strings.Join(want, " "))
	}
	if _, err := NewWithSubstrings(nil, []string{""}); err == nil {
		t.Error("an empty substring: no error")
	}
}
