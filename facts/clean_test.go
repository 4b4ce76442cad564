package facts

import (
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func testPack() *Pack {
	l := &loader{pack: &Pack{}, byID: map[string]*Rule{}}
	l.file(RuleFile{Path: "t.yaml", Data: []byte(`version: 1
boilerplate: ["Select Language:", "Subscribe", "re:^(#\\w+\\s*)+$"]
end_markers: ["LEGAL WARNING:", "Related:"]
`)})
	if len(l.errs) > 0 {
		panic(l.errs)
	}
	return l.pack
}

func TestCleanPlainForms(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Russia\u2019s army", "Russia's army"},
		{"\u201chighly productive,\u201d", `"highly productive,"`},
		{"Russia\u2013Ukraine war", "Russia-Ukraine war"},
		{"capacity\u2014conditions", "capacity-conditions"},
		{"60\u00a0million", "60 million"},
		{"Erdog\u0306an", "Erdoğan"}, // NFD breve composes to ğ
		{"O\u0308ztu\u0308rk", "Öztürk"},
		{"zero\u200bwidth", "zerowidth"},
		{"wait\u2026 then", "wait. then"},
		{"tab\there", "tab here"},
	}
	for _, c := range cases {
		if got := clean([]byte(c.in)).text; got != c.want {
			t.Errorf("clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCleanPositions(t *testing.T) {
	// Columns count code points of the original file, from 1.
	raw := "Ä\u2019b\nsecond \u201cline\u201d here\nE\u0301clair x"
	c := clean([]byte(raw))
	cases := []struct {
		find      string
		line, col int
	}{
		{"b", 1, 3},
		{"second", 2, 1},
		{"line", 2, 9},
		{"here", 2, 15},
		{"x", 3, 9}, // columns count code points: É was two in the file
	}
	for _, tc := range cases {
		i := strings.Index(c.text, tc.find)
		if i < 0 {
			t.Fatalf("%q not in %q", tc.find, c.text)
		}
		p := c.position(i)
		if p.Line != tc.line || p.Column != tc.col {
			t.Errorf("%q at %d:%d, want %d:%d", tc.find, p.Line, p.Column, tc.line, tc.col)
		}
		if !strings.HasPrefix(raw[p.Offset:], tc.find) {
			t.Errorf("%q: offset %d points at %q", tc.find, p.Offset, raw[p.Offset:])
		}
	}
}

func TestDrop(t *testing.T) {
	para := "The ministry said the talks would resume next week in a neutral city."
	cases := []struct {
		name    string
		in      string
		reasons []string // reason:line-endline for each dropped span
		keep    []string // text that must survive
		gone    []string // text that must be blanked
	}{
		{
			name:    "boilerplate line",
			in:      "Select Language:\n" + para + "\nSubscribe to our newsletter\n",
			reasons: []string{"boilerplate:1-1", "boilerplate:3-3"},
			keep:    []string{para},
			gone:    []string{"Select Language", "newsletter"},
		},
		{
			name:    "end marker drops the rest",
			in:      para + "\nLEGAL WARNING: rights reserved.\nAn unrelated brief about 12 dead.\n\nAnother brief.\n",
			reasons: []string{"after end marker:2-5"},
			keep:    []string{para},
			gone:    []string{"rights reserved", "12 dead", "Another brief"},
		},
		{
			name:    "repeated paragraphs count once",
			in:      "Headline\n" + para + "\nSecond paragraph that is long enough to be a real paragraph.\n" + para + "\nSecond paragraph that is long enough to be a real paragraph.\n",
			reasons: []string{"repeat:4-5"},
			keep:    []string{"Headline", para},
		},
		{
			name:    "a repeat with other spacing is a repeat",
			in:      para + "\n" + strings.ReplaceAll(para, " ", "  \t") + "\n",
			reasons: []string{"repeat:2-2"},
			keep:    []string{para},
		},
		{
			name:    "short lines may repeat",
			in:      "Key points\n" + para + "\nKey points\n",
			reasons: nil,
		},
		{
			name:    "hashtag line",
			in:      para + "\n#Ukraine #PeaceTalks #Geneva\n",
			reasons: []string{"boilerplate:2-2"},
			gone:    []string{"#Ukraine"},
		},
		{
			name:    "a marker word inside a long paragraph is not boilerplate",
			in:      "Subscribers to the service, who number more than two million across the region and beyond, complained loudly on Monday about the outage.\n",
			reasons: nil,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := clean([]byte(tc.in))
			text, dropped := drop(c, testPack())
			if len(text) != len(c.text) {
				t.Fatalf("drop changed the length: %d != %d", len(text), len(c.text))
			}
			var got []string
			for _, d := range dropped {
				got = append(got, d.Reason+":"+itoa(d.Line)+"-"+itoa(d.EndLine))
			}
			if strings.Join(got, " ") != strings.Join(tc.reasons, " ") {
				t.Errorf("dropped %v, want %v", got, tc.reasons)
			}
			for _, k := range tc.keep {
				if !strings.Contains(text, k) {
					t.Errorf("%q was dropped", k)
				}
			}
			for _, g := range tc.gone {
				if strings.Contains(text, g) {
					t.Errorf("%q was kept", g)
				}
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestJoinWords(t *testing.T) {
	for _, s := range []string{
		"", " ", "one", "  two  words ", "tab\tand\nnewline\r\nend",
		"no\u00a0break\u2003em space", "\u0085next line", "bad \xff byte", "ünïcödé  wörds",
	} {
		got := joinWords([]byte("stale"), s)
		if want := "stale" + strings.Join(strings.Fields(s), " "); string(got) != want {
			t.Errorf("joinWords(%q) = %q, want %q", s, got, want)
		}
		checkLineWords(t, s)
	}
}

// checkLineWords checks lineWords against strings.Fields.
func checkLineWords(t *testing.T, s string) {
	t.Helper()
	s = strings.TrimSpace(s)
	fields := strings.Fields(s)
	if n, joined := lineWords(s); n != len(fields) || joined != (strings.Join(fields, " ") == s) {
		t.Errorf("lineWords(%q) = %d, %v; want %d, %v", s, n, joined, len(fields), !joined)
	}
}

func FuzzJoinWords(f *testing.F) {
	f.Add("a  b\tc\u00a0d")
	f.Fuzz(func(t *testing.T, s string) {
		got := joinWords(nil, s)
		if want := strings.Join(strings.Fields(s), " "); string(got) != want {
			t.Errorf("joinWords(%q) = %q, want %q", s, got, want)
		}
		checkLineWords(t, s)
	})
}

// denseOffsets is the plain way to map cleaned offsets back: one entry per
// output byte, every byte of a rune mapped to where the rune came from.
// The offsets that clean keeps must agree with it at every rune start.
func denseOffsets(raw []byte) (string, []int) {
	var b strings.Builder
	var orig []int
	emit := func(r rune, at int) {
		if p, changed := plainRune(r); changed {
			if p == 0 {
				return
			}
			r = p
		}
		before := b.Len()
		b.WriteRune(r)
		for k := before; k < b.Len(); k++ {
			orig = append(orig, at)
		}
	}
	if norm.NFC.IsNormal(raw) {
		for i := 0; i < len(raw); {
			r, n := utf8.DecodeRune(raw[i:])
			emit(r, i)
			i += n
		}
	} else {
		var it norm.Iter
		it.Init(norm.NFC, raw)
		for !it.Done() {
			at := it.Pos()
			for _, r := range string(it.Next()) {
				emit(r, at)
			}
		}
	}
	return b.String(), append(orig, len(raw))
}

func checkOffsets(t *testing.T, raw []byte) {
	t.Helper()
	c := clean(raw)
	text, want := denseOffsets(raw)
	if c.text != text {
		t.Fatalf("clean(%q).text = %q, want %q", raw, c.text, text)
	}
	for i := range len(text) + 1 {
		if i < len(text) && !utf8.RuneStart(text[i]) {
			continue
		}
		if got := c.orig.of(i); got != want[i] {
			t.Fatalf("clean(%q): offset %d maps to %d, want %d", raw, i, got, want[i])
		}
	}
}

func TestCleanOffsets(t *testing.T) {
	for _, s := range []string{
		"", "plain ascii only", "tab\there", "\u201cquoted\u201d \u2014 dash",
		"zero\u200bwidth\ufeff", "cafe\u0301 au lait", "e\u0301\u0301x\u2019s", "bad \xff\xfe bytes",
		"\u2026trailing", "Östberg and O\u0308stberg", "\t\t", "\u00a0",
	} {
		checkOffsets(t, []byte(s))
	}
}

func FuzzCleanOffsets(f *testing.F) {
	f.Add([]byte("a\u2019b cafe\u0301\t\xff"))
	f.Fuzz(func(t *testing.T, raw []byte) { checkOffsets(t, raw) })
}

func TestSpaceClass(t *testing.T) {
	starts := map[byte]bool{}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) {
			starts[string(r)[0]] = true
		}
	}
	for b := range 256 {
		want := byte(0)
		switch {
		case b == ' ':
			want = 1
		case starts[byte(b)]:
			want = 2
		}
		if spaceClass[b] != want {
			t.Errorf("spaceClass[%#x] = %d, want %d", b, spaceClass[b], want)
		}
	}
}

// TestDropHashCollision checks that lines whose hashes collide are told
// apart by their words: with a hash that is always the same, only the
// true repeat is dropped.
func TestDropHashCollision(t *testing.T) {
	a := "The ministry said the talks would resume next week in a neutral city."
	b := "Rescue teams reached the last of the flooded villages on Tuesday night."
	c := clean([]byte(a + "\n" + b + "\n" + a + "\n"))
	x := newLineIndex()
	x.hash = func(string) uint64 { return 7 }
	_, dropped := dropLines(c, testPack(), x)
	if len(dropped) != 1 || dropped[0].Line != 3 || dropped[0].Reason != DropRepeat || dropped[0].Detail != "repeats line 1" {
		t.Errorf("dropped %+v, want line 3 only, as a repeat of line 1", dropped)
	}
}
