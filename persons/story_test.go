package persons

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"factdiff/compare"
	"factdiff/facts"
)

var update = flag.Bool("update", false, "rewrite the golden files")

const stories = "../testdata/stories"

// storyResult runs the names pass on a story directory.
func storyResult(t testing.TB, story string) *Result {
	t.Helper()
	p := defaultPack(t)
	in, _, err := facts.Collect([]string{filepath.Join(stories, story)})
	if err != nil {
		t.Fatal(err)
	}
	x, err := facts.NewExtractor(p)
	if err != nil {
		t.Fatal(err)
	}
	res, err := facts.ExtractAll(x.WithMentions(NewFinder(p).Find), in, nil, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Check(p, res.Mentions)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// dump writes a result as text for a golden file, with base file names.
func dump(r *Result) string {
	var b strings.Builder
	refs := func(rs []Ref) string {
		var out []string
		for _, x := range rs {
			out = append(out, fmt.Sprintf("%s:%d:%d", filepath.Base(x.Source), x.Line, x.Column))
		}
		return strings.Join(out, ", ")
	}
	for _, p := range r.People {
		fmt.Fprintf(&b, "%s: %s\n  %s\n", p.Verdict, p.Name, p.Reason)
		if p.Suggestion != "" {
			fmt.Fprintf(&b, "  suggestion: %s\n", p.Suggestion)
		}
		for _, sp := range p.Spellings {
			fmt.Fprintf(&b, "  spelling %s (%s): %s\n", sp.Name, strings.Join(sp.Written, " / "), refs(sp.Refs))
		}
		if len(p.Roles) > 0 {
			fmt.Fprintf(&b, "  roles: %s\n", strings.Join(p.Roles, " | "))
		}
		if len(p.Outliers) > 0 {
			var o []string
			for _, s := range p.Outliers {
				o = append(o, filepath.Base(s))
			}
			fmt.Fprintf(&b, "  outliers: %s\n", strings.Join(o, ", "))
		}
		fmt.Fprintf(&b, "  mentions: %d\n", len(p.Mentions))
	}
	for _, rc := range r.Roles {
		fmt.Fprintf(&b, "role conflict: %s [%s]\n  %s\n", rc.Role, rc.Key, rc.Reason)
		for _, h := range rc.Holders {
			fmt.Fprintf(&b, "  holder %s as %s: %s\n", h.Person, h.Role, refs(h.Refs))
		}
	}
	return b.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./persons -update to create it, then review it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file; run go test ./persons -update and review the diff.\ngot:\n%s", name, got)
	}
}

func TestGoldenStories(t *testing.T) {
	for _, story := range []string{"peace-plan", "storm"} {
		t.Run(story, func(t *testing.T) {
			golden(t, story+".names.golden", dump(storyResult(t, story)))
		})
	}
}

// TestPlantedPeople checks the answer keys (testdata/stories/*.PLANTED.md).
func TestPlantedPeople(t *testing.T) {
	cases := []struct {
		story, person string
		verdict       compare.Verdict
		outlier       string
	}{
		{"peace-plan", "Steve Wintour", compare.Conflict, "b-daily.txt"},
		{"peace-plan", "Kirill Dmitriyev", compare.Variant, ""},
		{"peace-plan", "Volodymyr Zelenskiy", compare.Variant, ""},
		{"peace-plan", "Recep Tayyip Erdoğan", compare.Variant, ""},
		{"peace-plan", "Dmitry Peskov", compare.Agree, ""},
		{"peace-plan", "Marco Rubio", compare.Agree, ""},
		{"peace-plan", "Dan Driscoll", compare.Agree, ""},
		{"peace-plan", "Randy George", compare.Agree, ""},
		{"peace-plan", "JD Vance", compare.Agree, ""},
		{"peace-plan", "Johann Wadephul", compare.Single, ""},
		{"peace-plan", "Oleksandr Syrskyi", compare.Single, ""},
		{"storm", "Helena Marchant", compare.Conflict, "c-agency.txt"},
		{"storm", "Kemal Ozturk", compare.Variant, ""},
		{"storm", "Ana Lindqvist", compare.Agree, ""},
		{"storm", "Daniel Okafor", compare.Agree, ""},
	}
	results := map[string]*Result{}
	for _, c := range cases {
		r := results[c.story]
		if r == nil {
			r = storyResult(t, c.story)
			results[c.story] = r
		}
		p := byName(r.People, c.person)
		if p == nil {
			t.Errorf("%s: no person %s", c.story, c.person)
			continue
		}
		if p.Verdict != c.verdict {
			t.Errorf("%s: %s is %s (%s), want %s", c.story, c.person, p.Verdict, p.Reason, c.verdict)
		}
		if c.outlier != "" && (len(p.Outliers) != 1 || filepath.Base(p.Outliers[0]) != c.outlier) {
			t.Errorf("%s: %s outliers %v, want %s", c.story, c.person, p.Outliers, c.outlier)
		}
	}
	// Zelensky in three spellings is one person; Peskov is never Dmitriev;
	// the president's chief of staff is not Randy George.
	r := results["peace-plan"]
	z := byName(r.People, "Volodymyr Zelensky")
	if z == nil || byName(r.People, "Volodymyr Zelenskyy") != z || byName(r.People, "Zelenskiy") != z {
		t.Error("the Zelensky spellings are not one person")
	}
	if byName(r.People, "Dmitry Peskov") == byName(r.People, "Kirill Dmitriev") {
		t.Error("Peskov merged with Dmitriev")
	}
	if len(r.People) != 12 {
		t.Errorf("peace-plan: %d people, want 12:\n%s", len(r.People), dump(r))
	}
	if len(r.Roles) != 0 {
		t.Errorf("peace-plan: role conflicts %v, want none (the garble is one person)", r.Roles[0].Reason)
	}
}

// BenchmarkExtract measures the names pass against plain extraction: the
// story files, each repeated as a source of its own, about 1 MB in all.
func BenchmarkExtract(b *testing.B) {
	p := defaultPack(b)
	var files [][]byte
	for _, story := range []string{"peace-plan", "storm"} {
		in, _, err := facts.Collect([]string{filepath.Join(stories, story)})
		if err != nil {
			b.Fatal(err)
		}
		for _, i := range in {
			data, err := os.ReadFile(i.Path)
			if err != nil {
				b.Fatal(err)
			}
			files = append(files, data)
		}
	}
	var sources [][]byte
	size := 0
	for size < 1<<20 {
		for _, f := range files {
			// Vary the text a little so no two sources are the same.
			s := bytes.ReplaceAll(f, []byte("Friday"), []byte(fmt.Sprintf("Friday %d", len(sources))))
			sources = append(sources, s)
			size += len(s)
		}
	}
	plain, err := facts.NewExtractor(p)
	if err != nil {
		b.Fatal(err)
	}
	withNames := plain.WithMentions(NewFinder(p).Find)
	run := func(b *testing.B, x *facts.Extractor, check bool) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			var ms []facts.Mention
			for i, s := range sources {
				r := x.Extract(fmt.Sprintf("s%d.txt", i), s)
				ms = append(ms, r.Mentions...)
			}
			if check {
				if _, err := Check(p, ms); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.Run("without-names", func(b *testing.B) { run(b, plain, false) })
	b.Run("with-mentions", func(b *testing.B) { run(b, withNames, false) })
	b.Run("with-mentions-and-check", func(b *testing.B) { run(b, withNames, true) })
}
