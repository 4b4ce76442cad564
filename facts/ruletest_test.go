package facts

import (
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
