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
	"factdiff/quantity"
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

// parseSentences parses each sentence of s (split at ". ") as the
// extractor would.
func parseSentences(p *quantity.Parser, s string) []quantity.Quantity {
	var out []quantity.Quantity
	for _, part := range strings.SplitAfter(s, ". ") {
		out = append(out, p.Parse(strings.TrimSpace(part))...)
	}
	return out
}

// TestMoneyGate checks that the money rule, which runs only in sentences
// naming a currency, still finds every amount the number parser reads as
// money, however the currency is written.
func TestMoneyGate(t *testing.T) {
	// A currency whose symbol has non-ASCII capitals, which matching
	// that folds case only in ASCII must still find as written.
	p, err := facts.LoadPack([]facts.RuleFile{
		{Path: "rules.yaml", Data: factdiff.DefaultRules(), Default: true},
		{Path: "dinar.yaml", Data: []byte("version: 1\ncurrencies:\n  - {code: RSD, symbols: [\"ДИН.\"], words: [dinar, dinars]}\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	x, err := facts.NewExtractor(p)
	if err != nil {
		t.Fatal(err)
	}
	parse := quantity.NewParser(p.Vocabulary())
	for _, s := range []string{
		"The toll bill came to ДИН.500 in total.",
		"He sent 5 dollars٣ yesterday.",
		"No money is named here. A loan of USD40m was agreed.",
		"A loan of USD40m was agreed. No money is named here, only 40 boats.",
		"Grants of 300 dinars went out.",
		"The fund will release $60m next year.",
		"Officials put the bill at 2bn liras.",
		"A loan of USD40m was agreed.",
		"A loan of USD 40m was agreed, and 12m EUR more.",
		"The grant rose from £3m to £5.5m.",
		"Damage reached 7 billion Yen, and 900 million Hryvnias.",
		"Exports hit US$5bn.",
		"Aid of ₴200m and CHF12m arrived.",
		"The town counted 300 homes and no money at all.",
	} {
		var want []string
		for _, q := range parseSentences(parse, s) {
			if q.Shape == quantity.Change && q.To != nil {
				q = *q.To // the money rule reads the new amount
			}
			if q.Measure == quantity.Money && q.Shape != quantity.Change {
				want = append(want, q.Text)
			}
		}
		var got []string
		for _, f := range x.Extract("s.txt", []byte(s)).Facts {
			if f.Rule == "money" {
				got = append(got, f.Text)
			}
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: money rule found %q, the parser reads %q as money", s, got, want)
		}
	}
}

// FuzzGates checks that the gates of rules without near: keywords change
// no fact: Extract (gated) must give what ExtractTrace with a trace
// (which reads every sentence) gives, with an odd set of currencies.
func FuzzGates(f *testing.F) {
	p, err := facts.LoadPack([]facts.RuleFile{
		{Path: "rules.yaml", Data: factdiff.DefaultRules(), Default: true},
		{Path: "odd.yaml", Data: []byte("version: 1\ncurrencies:\n  - {code: RSD, symbols: [\"ДИН.\", \"R\"], words: [dinar, dinars, \"swiss  francs\"]}\n" +
			"rules:\n  - id: envoy-named\n    label: Envoy\n    kind: name\n    pattern: '(?i:special envoy) (?P<name>\\p{Lu}\\p{L}+)'\n")},
	})
	if err != nil {
		f.Fatal(err)
	}
	x, err := facts.NewExtractor(p)
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"The fund paid $60m and USD40m. No money here, only 40 boats.",
		"A bill of ДИН.500, R30 and 12 dinars; the rubble cost 5 RUB.",
		"Talks with Special Envoy Jane Doe and \u212Apecial envoy X went on.",
		"Ten million dollars\u0663 were pledged, and 2bn liras.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		gated := x.Extract("s.txt", []byte(text)).Facts
		all := x.ExtractTrace("s.txt", []byte(text), nil, func(*facts.Rule, string, string) {}).Facts
		if len(gated) != len(all) {
			t.Fatalf("%q: %d facts gated, %d reading every sentence", text, len(gated), len(all))
		}
		for i := range gated {
			if g, a := gated[i], all[i]; g.Rule != a.Rule || g.Text != a.Text || g.Pos != a.Pos {
				t.Fatalf("%q: fact %d is %s %q gated, %s %q reading every sentence", text, i, g.Rule, g.Text, a.Rule, a.Text)
			}
		}
	})
}
