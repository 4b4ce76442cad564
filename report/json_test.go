package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"strings"
	"testing"

	"factdiff/compare"
	"factdiff/facts"
	"factdiff/persons"
	"factdiff/quantity"
)

// encodeWhole is how the JSON reports were written before they were
// streamed: the whole document through one indenting json.Encoder. The
// streamed writers must produce the same bytes.
func encodeWhole(w io.Writer, doc any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// wholeExtract is WriteExtractJSON as it was before it streamed: the
// same document, encoded whole.
func wholeExtract(w io.Writer, p *facts.Pack, x *facts.Extracted) error {
	return encodeWhole(w, extractDoc(p, x))
}

// wholeCompare is WriteJSONWithNames as it was before it streamed.
func wholeCompare(w io.Writer, r *compare.Result, p *facts.Pack, x *facts.Extracted, n *Names) error {
	return encodeWhole(w, compareDoc(r, p, x, n))
}

// hostile is text that tells the encodings apart: HTML characters (not
// escaped, as the encoder has SetEscapeHTML(false)), non-ASCII, the line
// separators JSON escapes anyway, control characters, quotes and invalid
// UTF-8.
const hostile = "<b>Smith & Sons</b> \"quoted\" \\ Zelenskyy Зеленський 東京 é\u2028\u2029\t\x01 \xff end"

// syntheticFacts returns n facts of every shape: plain, with interval,
// change and range ends, names with roles, and hostile text every 7th.
func syntheticFacts(n int) []facts.Fact {
	out := make([]facts.Fact, n)
	for i := range out {
		f := facts.Fact{
			Source:      fmt.Sprintf("outlet-%03d.txt", i%300),
			Rule:        "deaths",
			Label:       "Deaths",
			Kind:        facts.Count,
			Text:        fmt.Sprintf("at least %d people", i),
			Value:       float64(i) + 0.5,
			Qualifier:   quantity.Above,
			Hedge:       "at least",
			Pos:         facts.Position{Offset: 100 * i, Line: i + 1, Column: 12},
			Sentence:    fmt.Sprintf("Overnight strikes killed at least %d people in the city, officials said.", i),
			SentencePos: facts.Position{Offset: 100*i - 20, Line: i + 1, Column: 1},
		}
		switch i % 4 {
		case 1:
			f.Kind, f.Rule, f.Label, f.Subject = facts.Money, "aid", "Aid", "Ukraine"
			f.Currency, f.Unit = "USD", "million"
			f.Interval = &quantity.Interval{Lo: f.Value, Hi: 1e21}
		case 2:
			f.Kind, f.Qualifier = facts.Change, quantity.QualChange
			f.From = &facts.Amount{Text: "12", Value: 12, Qualifier: quantity.Exact, Interval: quantity.Interval{Lo: 12, Hi: 12}}
			f.To = &facts.Amount{Text: "1.5e-7", Value: 1.5e-7, Qualifier: quantity.Approx, Interval: quantity.Interval{Lo: -1e-7, Hi: 2e-7}}
		case 3:
			f.Kind, f.Rule, f.Label, f.Value, f.Qualifier, f.Hedge = facts.Name, "us-envoy", "US envoy", 0, "", ""
			f.Name, f.Role = "Steve Witkoff", "Special Envoy"
		}
		if i%7 == 0 {
			f.Text, f.Sentence, f.Name = hostile, hostile+" said.", hostile
		}
		out[i] = f
	}
	return out
}

// extractInputs are the extractions the streamed writer is checked on.
func extractInputs() map[string]struct {
	p *facts.Pack
	x *facts.Extracted
} {
	type in = struct {
		p *facts.Pack
		x *facts.Extracted
	}
	pack := &facts.Pack{
		Files:    []string{"rules.yaml", "mine <&>.yaml"},
		Replaced: []facts.Replacement{{ID: "deaths", File: "mine.yaml", Line: 3, Replaced: "rules.yaml"}},
	}
	sources := []facts.SourceInfo{
		{Name: "a.txt", Bytes: 120, Sentences: 4},
		{Name: "b & <c>.txt", Bytes: 99, Sentences: 2, Dropped: []facts.Dropped{}},
		{Name: "ü.txt", Bytes: 1, Sentences: 1, Dropped: []facts.Dropped{{Line: 1, EndLine: 3, Reason: facts.DropBoilerplate, Detail: hostile, Text: "Subscribe <now>"}}},
	}
	return map[string]in{
		"nothing":     {&facts.Pack{}, &facts.Extracted{}},
		"empty lists": {&facts.Pack{Files: []string{}, Replaced: []facts.Replacement{}}, &facts.Extracted{Sources: []facts.SourceInfo{}, Skipped: []facts.Skipped{}, Facts: []facts.Fact{}}},
		"no facts":    {pack, &facts.Extracted{Sources: sources, Skipped: []facts.Skipped{{Path: "x.pdf", Reason: "not text <binary>"}}}},
		"one fact":    {pack, &facts.Extracted{Sources: sources[:1], Facts: syntheticFacts(1)}},
		"facts":       {pack, &facts.Extracted{Sources: sources, Facts: syntheticFacts(30)}},
	}
}

// topNull finds a top-level field of a report that is null.
var topNull = regexp.MustCompile(`(?m)^  "[a-z_]+": null`)

func TestWriteExtractJSON(t *testing.T) {
	inputs := extractInputs()
	p, x, _ := story(t, peacePlan)
	inputs["peace-plan"] = struct {
		p *facts.Pack
		x *facts.Extracted
	}{p, x}
	for name, in := range inputs {
		var got, want bytes.Buffer
		if err := WriteExtractJSON(&got, in.p, in.x); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := wholeExtract(&want, in.p, in.x); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s: streamed JSON differs from the whole encoding\ngot:\n%s\nwant:\n%s", name, got.Bytes(), want.Bytes())
		}
		if topNull.Match(got.Bytes()) {
			t.Errorf("%s: a top-level list is null (docs/json.md: lists are never null):\n%s", name, got.Bytes())
		}
	}
}

func TestWriteJSON(t *testing.T) {
	p, x, r, people := namesStory(t, peacePlan)
	empty := &facts.Extracted{}
	hostileGroup := &compare.Group{Key: "k <&>", Rule: "r", Label: hostile, Kind: facts.Name, Verdict: compare.Conflict, Reason: hostile, Claims: []compare.Claim{}}
	cases := []struct {
		name string
		r    *compare.Result
		p    *facts.Pack
		x    *facts.Extracted
		n    *Names
	}{
		{"nothing", &compare.Result{}, &facts.Pack{}, empty, nil},
		{"empty names", &compare.Result{Groups: []*compare.Group{}}, &facts.Pack{}, empty, &Names{Result: &persons.Result{}}},
		{"hostile group", &compare.Result{Groups: []*compare.Group{hostileGroup}}, &facts.Pack{Files: []string{"a<b>.yaml"}}, empty, nil},
		{"peace-plan", r, p, x, nil},
		{"peace-plan names", r, p, x, &Names{Result: people}},
	}
	for _, c := range cases {
		var got, want bytes.Buffer
		if err := WriteJSONWithNames(&got, c.r, c.p, c.x, c.n); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if err := wholeCompare(&want, c.r, c.p, c.x, c.n); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s: streamed JSON differs from the whole encoding\ngot:\n%s\nwant:\n%s", c.name, got.Bytes(), want.Bytes())
		}
	}
}

// failWriter fails with err every write past the first n bytes.
type failWriter struct {
	n   int
	err error
}

func (w *failWriter) Write(b []byte) (int, error) {
	if len(b) > w.n {
		n := w.n
		w.n = 0
		return n, w.err
	}
	w.n -= len(b)
	return len(b), nil
}

func TestWriteJSONWriteError(t *testing.T) {
	full := errors.New("disk full")
	x := &facts.Extracted{Facts: syntheticFacts(2000)}
	for _, n := range []int{0, 10, 5000, 100000} {
		if err := WriteExtractJSON(&failWriter{n, full}, &facts.Pack{}, x); !errors.Is(err, full) {
			t.Errorf("WriteExtractJSON failing after %d bytes: got error %v, want %v", n, err, full)
		}
	}
	bad := []facts.Fact{{Value: math.NaN()}}
	if err := WriteExtractJSON(io.Discard, &facts.Pack{}, &facts.Extracted{Facts: bad}); err == nil {
		t.Error("WriteExtractJSON wrote a NaN value without an error")
	}
	r := &compare.Result{Groups: []*compare.Group{{Key: strings.Repeat("k", 100000)}}}
	if err := WriteJSON(&failWriter{100, full}, r, &facts.Pack{}, &facts.Extracted{}); !errors.Is(err, full) {
		t.Errorf("WriteJSON: got error %v, want %v", err, full)
	}
}

// BenchmarkWriteExtractJSON writes 20,000 facts (about 14 MB of JSON).
// BenchmarkEncodeWholeExtractJSON is the same document through one
// indenting json.Encoder, as the report was written before it streamed.
func BenchmarkWriteExtractJSON(b *testing.B) {
	benchExtractJSON(b, WriteExtractJSON)
}

func BenchmarkEncodeWholeExtractJSON(b *testing.B) {
	benchExtractJSON(b, wholeExtract)
}

func benchExtractJSON(b *testing.B, write func(io.Writer, *facts.Pack, *facts.Extracted) error) {
	p := &facts.Pack{Files: []string{"rules.yaml"}}
	x := &facts.Extracted{Sources: []facts.SourceInfo{{Name: "a.txt", Bytes: 1, Sentences: 1}}, Facts: syntheticFacts(20000)}
	var c countWriter
	if err := write(&c, p, x); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(c))
	b.ReportAllocs()
	for b.Loop() {
		if err := write(io.Discard, p, x); err != nil {
			b.Fatal(err)
		}
	}
}

// countWriter counts the bytes written to it.
type countWriter int

func (c *countWriter) Write(b []byte) (int, error) {
	*c += countWriter(len(b))
	return len(b), nil
}

// checkIndentJSON checks indentJSON against json.Indent on the compact
// form of a valid JSON text.
func checkIndentJSON(t *testing.T, text []byte, depth int) {
	t.Helper()
	var compact bytes.Buffer
	if err := json.Compact(&compact, text); err != nil {
		return
	}
	var want bytes.Buffer
	if err := json.Indent(&want, compact.Bytes(), strings.Repeat(jsonIndent, depth), jsonIndent); err != nil {
		t.Fatal(err)
	}
	if got := indentJSON([]byte("x"), compact.Bytes(), depth); string(got) != "x"+want.String() {
		t.Errorf("indentJSON(%s, %d) =\n%s\nwant\n%s", compact.Bytes(), depth, got[1:], want.Bytes())
	}
}

func TestIndentJSON(t *testing.T) {
	for _, s := range []string{
		`{}`, `[]`, `"a"`, `1.5e3`, `null`, `{"a":[],"b":{},"c":[1,{"d":"x\"y\\"}]}`,
		`["{[,:]}", "\u2028", "<&>"]`, `[[[]],[{}],{"":""}]`,
	} {
		for depth := range 3 {
			checkIndentJSON(t, []byte(s), depth)
		}
	}
}

func FuzzIndentJSON(f *testing.F) {
	f.Add([]byte(`{"a":[1,2,{"b":"c\\\"]"}],"d":{}}`), 1)
	f.Fuzz(func(t *testing.T, text []byte, depth int) {
		checkIndentJSON(t, text, depth&3)
	})
}
