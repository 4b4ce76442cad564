package facts_test

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"factdiff"
	"factdiff/facts"
)

func defaultPack(t testing.TB) *facts.Pack {
	t.Helper()
	p, err := facts.LoadPack([]facts.RuleFile{{Path: "rules.yaml", Data: factdiff.DefaultRules(), Default: true}})
	if err != nil {
		t.Fatalf("default pack: %v", err)
	}
	return p
}

// wantRE finds the expectations on a line: // want rule="value" ...
var wantRE = regexp.MustCompile(`\s*// want(.*)$`)
var wantItemRE = regexp.MustCompile(`([a-z0-9-]+)="([^"]*)"`)

// TestExtractWant runs the default pack on testdata/extract/*.txt. A line
// ending in `// want rule="value" ...` must give exactly those facts (value
// as Fact.Stated shows it); every other line must give none. The comments
// are blanked before extraction, so positions are unchanged.
func TestExtractWant(t *testing.T) {
	ex, err := facts.NewExtractor(defaultPack(t))
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/extract/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata/extract/*.txt")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(string(raw), "\n")
			want := map[int][]string{}
			for i, ln := range lines {
				m := wantRE.FindStringSubmatchIndex(ln)
				if m == nil {
					continue
				}
				for _, it := range wantItemRE.FindAllStringSubmatch(ln[m[2]:m[3]], -1) {
					want[i+1] = append(want[i+1], it[1]+"="+it[2])
				}
				lines[i] = ln[:m[0]] + strings.Repeat(" ", len(ln)-m[0])
			}
			res := ex.Extract(file, []byte(strings.Join(lines, "\n")))
			got := map[int][]string{}
			for _, f := range res.Facts {
				got[f.Pos.Line] = append(got[f.Pos.Line], f.Rule+"="+f.Stated())
			}
			for ln := 1; ln <= len(lines); ln++ {
				g, w := got[ln], want[ln]
				sort.Strings(g)
				sort.Strings(w)
				if strings.Join(g, " ") != strings.Join(w, " ") {
					t.Errorf("%s:%d\n  got  %q\n  want %q", file, ln, g, w)
				}
			}
		})
	}
}
