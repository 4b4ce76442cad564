package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"factdiff"
	"factdiff/compare"
	"factdiff/facts"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// golden compares got with testdata/NAME, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it, then review it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test ./report -update and review the diff.\ngot:\n%s", name, got)
	}
}

func defaultPack(t testing.TB) *facts.Pack {
	t.Helper()
	p, err := facts.LoadPack([]facts.RuleFile{{Path: "rules.yaml", Data: factdiff.DefaultRules(), Default: true}})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// story extracts and compares the files of a story directory.
func story(t testing.TB, dir string) (*facts.Pack, *facts.Extracted, *compare.Result) {
	t.Helper()
	p := defaultPack(t)
	in, skipped, err := facts.Collect([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	x, err := facts.NewExtractor(p)
	if err != nil {
		t.Fatal(err)
	}
	res, err := facts.ExtractAll(x, in, nil, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	res.Skipped = append(skipped, res.Skipped...)
	r, err := compare.Compare(p, res)
	if err != nil {
		t.Fatal(err)
	}
	return p, res, r
}

const peacePlan = "../testdata/stories/peace-plan"

func TestGoldenReports(t *testing.T) {
	p, x, r := story(t, peacePlan)
	var table, md, js, ex bytes.Buffer
	if err := WriteTable(&table, r, x, TableOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteMarkdown(&md, r, p, x); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSON(&js, r, p, x); err != nil {
		t.Fatal(err)
	}
	if err := WriteExtractTable(&ex, p, x); err != nil {
		t.Fatal(err)
	}
	golden(t, "peace-plan.table.golden", table.Bytes())
	golden(t, "peace-plan.md.golden", md.Bytes())
	golden(t, "peace-plan.json.golden", js.Bytes())
	golden(t, "peace-plan.extract.golden", ex.Bytes())
	var doc CompareJSON
	if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
		t.Fatalf("the JSON report does not parse: %v", err)
	}
	if len(doc.Groups) != len(r.Groups) || doc.Summary["conflict"] != r.Count(compare.Conflict) {
		t.Errorf("JSON has %d groups and %d conflicts, want %d and %d", len(doc.Groups), doc.Summary["conflict"], len(r.Groups), r.Count(compare.Conflict))
	}
}

// TestPlantedAnswers checks the verdicts the story was written to carry.
func TestPlantedAnswers(t *testing.T) {
	_, _, r := story(t, peacePlan)
	byRule := map[string]*compare.Group{}
	for _, g := range r.Groups {
		byRule[g.Key] = g
	}
	want := map[string]compare.Verdict{
		"occupied-share": compare.Compatible,
		"troop-cap":      compare.Single,
		"us-envoy":       compare.Conflict,
		// c-agency and d-web name Dmitriev without the words "Russian
		// envoy": the names pass, not this rule, finds the variant.
		"russian-envoy": compare.Single,
		"deaths":        compare.Conflict,
	}
	for key, v := range want {
		g := byRule[key]
		if g == nil {
			t.Errorf("no group %s", key)
			continue
		}
		if g.Verdict != v {
			t.Errorf("%s: %s (%s), want %s", key, g.Verdict, g.Reason, v)
		}
	}
	if g := byRule["us-envoy"]; g != nil && (len(g.Outliers) != 1 || !strings.HasSuffix(g.Outliers[0].Source, "b-daily.txt")) {
		t.Errorf("us-envoy outliers %v, want b-daily.txt", g.Outliers)
	}
	for _, g := range r.Groups {
		for _, c := range g.Claims {
			if strings.Contains(c.Facts[0].Sentence, "Dmitriev") && strings.Contains(g.Consensus.Value, "Peskov") {
				t.Errorf("Peskov grouped with Dmitriev in %s", g.Key)
			}
		}
	}
}

// manySources builds n sources that state one fact, each its own file.
func manySources(t *testing.T, n int) (*facts.Extracted, *compare.Result) {
	p := defaultPack(t)
	x, err := facts.NewExtractor(p)
	if err != nil {
		t.Fatal(err)
	}
	res := &facts.Extracted{}
	for i := 0; i < n; i++ {
		toll := "25"
		switch {
		case i%7 == 3:
			toll = "at least 25"
		case i == n-1:
			toll = "31"
		}
		text := fmt.Sprintf("Headline %d\nOvernight strikes killed %s people in the city, officials said.\nSpecial Envoy Steve Witkoff flew to Kyiv.\n", i, toll)
		r := x.Extract(fmt.Sprintf("outlet-%02d.txt", i+1), []byte(text))
		res.Sources = append(res.Sources, r.Source)
		res.Facts = append(res.Facts, r.Facts...)
	}
	cmp, err := compare.Compare(p, res)
	if err != nil {
		t.Fatal(err)
	}
	return res, cmp
}

func TestTableSizes(t *testing.T) {
	for _, n := range []int{2, 20} {
		x, r := manySources(t, n)
		var b bytes.Buffer
		if err := WriteTable(&b, r, x, TableOptions{}); err != nil {
			t.Fatal(err)
		}
		golden(t, fmt.Sprintf("sources-%d.table.golden", n), b.Bytes())
		for i, line := range strings.Split(b.String(), "\n") {
			if w := len([]rune(line)); w > 120 && strings.ContainsAny(line, "│┌└├") {
				t.Errorf("%d sources: line %d is %d characters wide", n, i+1, w)
			}
		}
	}
}

func TestColor(t *testing.T) {
	x, r := manySources(t, 2)
	var plain, colored bytes.Buffer
	if err := WriteTable(&plain, r, x, TableOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteTable(&colored, r, x, TableOptions{Color: true}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain.String(), "\x1b[") {
		t.Error("escape codes without colour")
	}
	if !strings.Contains(colored.String(), "\x1b[1;31mconflict\x1b[0m") {
		t.Error("no red conflict with colour")
	}
}

func TestMarkdownCell(t *testing.T) {
	cases := []struct{ in, want string }{
		{"a | b", `a \| b`},
		{"use `rm -rf`", "use \\`rm -rf\\`"},
		{"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
		{"line one\nline two\r\nthree", "line one line two three"},
		{"AT&T", "AT&amp;T"},
		{"*bold* _it_ [link](x)", `\*bold\* \_it\_ \[link\](x)`},
		{`back\slash`, `back\\slash`},
	}
	for _, c := range cases {
		if got := cell(c.in); got != c.want {
			t.Errorf("cell(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestMarkdownHostile runs a story whose sentences carry markdown syntax
// and checks every table row keeps its columns.
func TestMarkdownHostile(t *testing.T) {
	p := defaultPack(t)
	x, err := facts.NewExtractor(p)
	if err != nil {
		t.Fatal(err)
	}
	res := &facts.Extracted{}
	for i, text := range []string{
		"The strike | killed 25 people, `officials` said <b>today</b>.\n",
		"A second strike killed 31 people | in the | port & <i>docks</i>.\n",
	} {
		r := x.Extract(fmt.Sprintf("hostile-%d.txt", i), []byte(text))
		res.Sources = append(res.Sources, r.Source)
		res.Facts = append(res.Facts, r.Facts...)
	}
	cmp, err := compare.Compare(p, res)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteMarkdown(&b, cmp, p, res); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.Contains(out, "<b>") || strings.Contains(out, "<i>") {
		t.Errorf("raw HTML in the report:\n%s", out)
	}
	unescaped := regexp.MustCompile(`(^|[^\\])\|`)
	cols := 0
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "|") {
			cols = 0
			continue
		}
		n := len(unescaped.FindAllString(line, -1))
		if cols == 0 {
			cols = n
		} else if n != cols {
			t.Errorf("row has %d cells, header %d: %s", n, cols, line)
		}
	}
	if !strings.Contains(out, `The strike \| killed 25`) {
		t.Errorf("the hostile sentence is not in the report:\n%s", out)
	}
}
