package facts

import (
	"fmt"
	"strings"
	"testing"

	"factdiff"
)

func defaultPack(t *testing.T) *Pack {
	t.Helper()
	p, err := LoadPack([]RuleFile{{Path: "rules.yaml", Data: factdiff.DefaultRules(), Default: true}})
	if err != nil {
		t.Fatalf("the default pack does not load:\n%v", err)
	}
	return p
}

// TestDefaultExamples runs every example of the default pack, as
// "factdiff rules test" does.
func TestDefaultExamples(t *testing.T) {
	p := defaultPack(t)
	res, err := RunExamples(p)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range res {
		n++
		if !r.Pass {
			t.Errorf("rules.yaml:%d: rule %s: %s: %q", r.Example.Line, r.Rule.ID, r.Problem, r.Example.Text)
		}
	}
	if n == 0 {
		t.Fatal("the default pack has no examples")
	}
}

// TestExampleJudging runs rules whose examples are right and wrong, and
// checks what rules test says about each.
func TestExampleJudging(t *testing.T) {
	yaml := `version: 1
rules:
  - id: share
    kind: percent
    near: [occupied]
    examples:
      - {text: "About 19% of the land is occupied.", want: "19%", qualifier: approx}
      - {text: "About 19% of the land is occupied.", want: "19"}
      - {text: "About 19% of the land is occupied.", want: "19%", qualifier: below}
      - {text: "About 19% of the land is occupied.", want: "20%"}
      - {text: "About 19% of the land is occupied.", want: "about 19%"}
      - {text: "Nearly 20 per cent is occupied.", want: none}
      - {text: "The land is occupied.", want: "19%"}
      - {text: "About 19% of the land is occupied.", want: "lots"}
  - id: cap
    kind: change
    near: [army]
    examples:
      - {text: "The plan cuts the army from 880,000 to 600,000.", want: "880000 -> 600000"}
      - {text: "The plan cuts the army from 880,000 to 600,000.", want: "880,000 to 600,000"}
      - {text: "The plan cuts the army from 880,000 to 600,000.", want: "-> 600000"}
      - {text: "The plan cuts the army from 880,000 to 600,000.", want: "900000 -> 600000"}
  - id: cost
    kind: money
    near: [cost]
    examples:
      - {text: "Repairs will cost $60 million.", want: "$60m"}
      - {text: "Repairs will cost $60 million.", want: "$60 million"}
      - {text: "Repairs will cost $60 million.", want: "60 million euros"}
      - {text: "Repairs will cost $1.2bn-$1.5bn.", want: "$1.2bn-$1.5bn"}
  - id: envoy
    kind: name
    near: [envoy]
    examples:
      - {text: "Special Envoy Steve Witkoff led the talks.", want: "steve witkoff"}
      - {text: "Envoy Kemal Öztürk led the talks.", want: "Kemal Ozturk"}
      - {text: "Special Envoy Steve Witkoff led the talks.", want: "Steve Wintour"}
  - id: year
    kind: count
    near: [founded]
    examples:
      - {text: "It was founded in 1999 by 12 people.", want: "12"}
`
	p, err := LoadPack([]RuleFile{defaultFile(), {Path: "t.yaml", Data: []byte(yaml)}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := RunExamples(p)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, r := range res {
		if r.Rule.File != "t.yaml" {
			continue
		}
		verdict := "ok  "
		if !r.Pass {
			verdict = "FAIL"
		}
		fmt.Fprintf(&b, "%s t.yaml:%d %s: want %s, gave %s", verdict, r.Example.Line, r.Rule.ID, r.Wanted(), r.Gave())
		if r.Problem != "" {
			fmt.Fprintf(&b, ": %s", r.Problem)
		}
		b.WriteString("\n")
	}
	golden(t, "testdata/rules/examples.golden", b.String())
}
