package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"factdiff/compare"
	"factdiff/facts"
	"factdiff/persons"
)

// namesStory extracts a story with the names pass and checks its people.
func namesStory(t *testing.T, dir string) (*facts.Pack, *facts.Extracted, *compare.Result, *persons.Result) {
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
	res, err := facts.ExtractAll(x.WithMentions(persons.NewFinder(p).Find), in, nil, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	res.Skipped = append(skipped, res.Skipped...)
	r, err := compare.Compare(p, res)
	if err != nil {
		t.Fatal(err)
	}
	people, err := persons.Check(p, res.Mentions)
	if err != nil {
		t.Fatal(err)
	}
	return p, res, r, people
}

// section cuts a report from the line starting with start up to the line
// starting with end (or the end).
func section(report, start, end string) string {
	i := strings.Index(report, start)
	if i < 0 {
		return ""
	}
	rest := report[i:]
	if j := strings.Index(rest[len(start):], end); j >= 0 && end != "" {
		return rest[:len(start)+j]
	}
	return rest
}

func TestGoldenNames(t *testing.T) {
	for _, story := range []string{"peace-plan", "storm"} {
		t.Run(story, func(t *testing.T) {
			p, x, r, people := namesStory(t, "../testdata/stories/"+story)
			for _, all := range []bool{false, true} {
				suffix := ""
				if all {
					suffix = ".all"
				}
				n := &Names{Result: people, All: all}
				var table, md bytes.Buffer
				if err := WriteTable(&table, r, x, TableOptions{Names: n}); err != nil {
					t.Fatal(err)
				}
				if err := WriteMarkdownWithNames(&md, r, p, x, n); err != nil {
					t.Fatal(err)
				}
				golden(t, story+".names"+suffix+".table.golden", []byte(section(table.String(), "\nNames: ", "dropped from")))
				golden(t, story+".names"+suffix+".md.golden", []byte(section(md.String(), "\n## Names", "\n## Sources")))
			}
		})
	}
}

// TestNamesJSON checks the names field: every person, the summary, and
// that the plain JSON report has no names field.
func TestNamesJSON(t *testing.T) {
	p, x, r, people := namesStory(t, peacePlan)
	var with, without bytes.Buffer
	if err := WriteJSONWithNames(&with, r, p, x, &Names{Result: people}); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSON(&without, r, p, x); err != nil {
		t.Fatal(err)
	}
	var doc CompareJSON
	if err := json.Unmarshal(with.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Names == nil || len(doc.Names.People) != len(people.People) || doc.Names.Summary["conflict"] != 1 || doc.Names.Summary["variant"] != 3 {
		t.Errorf("names field: %+v", doc.Names)
	}
	if doc.Names != nil && len(doc.Names.People) > 0 && len(doc.Names.People[0].Mentions) == 0 {
		t.Error("people in JSON carry no mentions")
	}
	if strings.Contains(without.String(), `"names"`) {
		t.Error("the JSON report without a names pass has a names field")
	}
}

// TestNamesMarkdownHostile checks that names and sentences with markdown
// syntax keep every table row's columns.
func TestNamesMarkdownHostile(t *testing.T) {
	p := defaultPack(t)
	x, err := facts.NewExtractor(p)
	if err != nil {
		t.Fatal(err)
	}
	x = x.WithMentions(persons.NewFinder(p).Find)
	res := &facts.Extracted{}
	for i, text := range []string{
		"Governor Mirela Stan | said `rm -rf` and <b>left</b>.\n",
		"Governor Mirela Stan said *nothing* [at all] & went home.\n",
		"Governor Mirela Stann_x said the | pipe was <i>fine</i>.\n",
	} {
		r := x.Extract(fmt.Sprintf("hostile-%d.txt", i), []byte(text))
		res.Sources = append(res.Sources, r.Source)
		res.Facts = append(res.Facts, r.Facts...)
		res.Mentions = append(res.Mentions, r.Mentions...)
	}
	cmp, err := compare.Compare(p, res)
	if err != nil {
		t.Fatal(err)
	}
	people, err := persons.Check(p, res.Mentions)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteMarkdownWithNames(&b, cmp, p, res, &Names{Result: people, All: true}); err != nil {
		t.Fatal(err)
	}
	out := section(b.String(), "\n## Names", "\n## Sources")
	if out == "" {
		t.Fatal("no Names section")
	}
	if strings.Contains(out, "<b>") || strings.Contains(out, "<i>") {
		t.Errorf("raw HTML in the Names section:\n%s", out)
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
			t.Errorf("row has %d cells, the table %d: %s", n, cols, line)
		}
	}
}

func TestNamesFailOn(t *testing.T) {
	_, _, _, people := namesStory(t, peacePlan)
	n := &Names{Result: people}
	for _, c := range []struct {
		at   string
		want bool
	}{{"conflict", true}, {"variant", true}, {"never", false}} {
		f, err := compare.ParseFailOn(c.at)
		if err != nil {
			t.Fatal(err)
		}
		if got := n.Fails(f); got != c.want {
			t.Errorf("--fail-on %s: %v, want %v", c.at, got, c.want)
		}
	}
	var none *Names
	if none.Fails(compare.FailOn{}) {
		t.Error("no names pass fails a run")
	}
}
