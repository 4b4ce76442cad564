package compare

import (
	"strings"
	"testing"

	"factdiff"
	"factdiff/facts"
	"factdiff/names"
	"factdiff/quantity"
)

func pack(t testing.TB) *facts.Pack {
	t.Helper()
	p, err := facts.LoadPack([]facts.RuleFile{{Path: "rules.yaml", Data: factdiff.DefaultRules(), Default: true}})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// num turns a written quantity into a fact of the given kind.
func num(t testing.TB, p *facts.Pack, kind facts.Kind, source, text string) facts.Fact {
	t.Helper()
	qs := quantity.NewParser(p.Vocabulary()).Parse(text)
	if len(qs) != 1 {
		t.Fatalf("%q parses to %d quantities", text, len(qs))
	}
	q := qs[0]
	iv := q.Interval
	f := facts.Fact{Source: source, Rule: "r", Label: "R", Kind: kind, Text: q.Text, Value: q.Value,
		Qualifier: q.Qualifier, Hedge: q.Hedge, Interval: &iv, Currency: q.Currency}
	if kind == facts.Percent {
		f.Unit = "%"
	}
	if q.From != nil {
		f.From = &facts.Amount{Text: q.From.Text, Value: q.From.Value, Qualifier: q.From.Qualifier, Interval: q.From.Interval}
	}
	if q.To != nil {
		f.To = &facts.Amount{Text: q.To.Text, Value: q.To.Value, Qualifier: q.To.Qualifier, Interval: q.To.Interval}
	}
	return f
}

// TestCompatibleNumbers covers every pair of qualifiers, once each way
// where the pair is not symmetric, with one compatible and one
// incompatible case.
func TestCompatibleNumbers(t *testing.T) {
	p := pack(t)
	cases := []struct {
		kind facts.Kind
		a, b string
		want bool
	}{
		{facts.Percent, "19%", "19 percent", true},                     // exact-exact
		{facts.Count, "42", "51", false},                               // exact-exact
		{facts.Percent, "19%", "around 20%", true},                     // exact-approx
		{facts.Percent, "10%", "around 20%", false},                    // exact-approx
		{facts.Percent, "19%", "nearly 20%", true},                     // exact-below
		{facts.Percent, "21%", "nearly 20%", false},                    // exact-below
		{facts.Count, "42", "at least 42", true},                       // exact-above
		{facts.Count, "40", "at least 42", false},                      // exact-above
		{facts.Count, "60", "more than 42", false},                     // exact-above, past the hedge's reach
		{facts.Percent, "around 19%", "nearly 20%", true},              // approx-below
		{facts.Percent, "around 10%", "nearly 20%", false},             // approx-below
		{facts.Count, "about 300", "more than 300", true},              // approx-above
		{facts.Count, "about 100", "more than 300", false},             // approx-above
		{facts.Count, "about 100", "roughly 105", true},                // approx-approx
		{facts.Count, "about 100", "roughly 150", false},               // approx-approx
		{facts.Count, "up to 50", "at least 45", true},                 // below-above
		{facts.Percent, "nearly 20%", "more than 30%", false},          // below-above
		{facts.Count, "nearly 50", "almost 48", true},                  // below-below
		{facts.Count, "nearly 50", "almost 30", false},                 // below-below
		{facts.Count, "more than 50", "at least 55", true},             // above-above
		{facts.Count, "more than 50", "over 100", false},               // above-above
		{facts.Count, "between 30 and 40", "35", true},                 // range-exact
		{facts.Count, "between 30 and 40", "50", false},                // range-exact
		{facts.Count, "between 30 and 40", "about 42", true},           // range-approx
		{facts.Count, "between 30 and 40", "nearly 42", true},          // range-below
		{facts.Count, "between 30 and 40", "more than 45", false},      // range-above
		{facts.Count, "between 30 and 40", "between 38 and 45", true},  // range-range
		{facts.Count, "between 30 and 40", "between 50 and 60", false}, // range-range
		{facts.Money, "$60m", "about $60 million", true},               // money, precision and hedge
		{facts.Money, "$60m", "€60m", false},                           // currencies differ
		{facts.Money, "$1.2bn-$1.5bn", "$1.4 billion", true},           // money range
		{facts.Money, "$1.2bn-$1.5bn", "$2.5 billion", false},          // money range
		{facts.Change, "from 880,000 to 600,000", "from 880,000 to 600,000", true},
		{facts.Change, "from 880,000 to 600,000", "from 900,000 to 500,000", false},
		{facts.Change, "cut to 600,000", "from 880,000 to 600,000", true}, // only the end given
		{facts.Change, "from 850,000 to 600,000", "from 880,000 to 600,000", false},
	}
	for _, c := range cases {
		a, b := num(t, p, c.kind, "a", c.a), num(t, p, c.kind, "b", c.b)
		ok, why := compatibleNumbers(&a, &b, facts.Tolerance{})
		ok2, _ := compatibleNumbers(&b, &a, facts.Tolerance{})
		if ok != c.want || ok2 != c.want {
			t.Errorf("%q vs %q: compatible %v/%v, want %v (%s)", c.a, c.b, ok, ok2, c.want, why)
		}
		if !ok && why == "" {
			t.Errorf("%q vs %q: no reason given", c.a, c.b)
		}
	}
}

func TestTolerance(t *testing.T) {
	p := pack(t)
	a, b := num(t, p, facts.Percent, "a", "19%"), num(t, p, facts.Percent, "b", "20%")
	if ok, _ := compatibleNumbers(&a, &b, facts.Tolerance{}); ok {
		t.Error("19% and 20% agree without a tolerance")
	}
	if ok, _ := compatibleNumbers(&a, &b, facts.Tolerance{Absolute: 1}); !ok {
		t.Error("19% and 20% conflict with a tolerance of 1")
	}
	c, d := num(t, p, facts.Count, "a", "1,000"), num(t, p, facts.Count, "b", "1,040")
	if ok, _ := compatibleNumbers(&c, &d, facts.Tolerance{Relative: 0.05}); !ok {
		t.Error("1000 and 1040 conflict with a tolerance of 5%")
	}
}

func extracted(fs ...facts.Fact) *facts.Extracted {
	x := &facts.Extracted{Facts: fs}
	seen := map[string]bool{}
	for _, f := range fs {
		if !seen[f.Source] {
			seen[f.Source] = true
			x.Sources = append(x.Sources, facts.SourceInfo{Name: f.Source})
		}
	}
	return x
}

func withRule(fs []facts.Fact, rule string) []facts.Fact {
	for i := range fs {
		fs[i].Rule, fs[i].Label = rule, rule
	}
	return fs
}

func TestNumberVerdicts(t *testing.T) {
	p := pack(t)
	type src struct{ source, text string }
	cases := []struct {
		name      string
		facts     []src
		verdict   Verdict
		consensus string
		tie       bool
		outliers  string
		conflicts int
		self      int
	}{
		{"single", []src{{"a", "25"}}, Single, "25", false, "", 0, 0},
		{"agree", []src{{"a", "25"}, {"b", "25"}}, Agree, "25", false, "", 0, 0},
		{"compatible", []src{{"a", "25"}, {"b", "at least 25"}}, Compatible, "25", false, "", 0, 0},
		{"conflict with a majority", []src{{"a", "25"}, {"b", "25"}, {"c", "31"}}, Conflict, "25", false, "c", 2, 0},
		{"tie", []src{{"a", "25"}, {"b", "31"}}, Conflict, "25", true, "", 1, 0},
		{"tie of two and two", []src{{"a", "25"}, {"b", "31"}, {"c", "25"}, {"d", "31"}}, Conflict, "25", true, "", 4, 0},
		{"support beats wording", []src{{"a", "about 40"}, {"b", "41"}, {"c", "around 40"}, {"d", "14"}, {"e", "14"}}, Conflict, "about 40", false, "d,e", 6, 0},
		{"a bridging value takes no side", []src{{"a", "25"}, {"b", "at least 25"}, {"c", "31"}}, Conflict, "25", true, "", 1, 0},
		{"self-contradiction", []src{{"a", "25"}, {"a", "31"}}, Conflict, "25", false, "", 0, 1},
		{"repeated value", []src{{"a", "25"}, {"a", "25"}}, Single, "25", false, "", 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var fs []facts.Fact
			for _, s := range c.facts {
				fs = append(fs, num(t, p, facts.Count, s.source, s.text))
			}
			res, err := Compare(p, extracted(withRule(fs, "deaths")...))
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Groups) != 1 {
				t.Fatalf("%d groups", len(res.Groups))
			}
			g := res.Groups[0]
			var out []string
			for _, o := range g.Outliers {
				out = append(out, o.Source)
			}
			if g.Verdict != c.verdict || g.Consensus.Value != c.consensus || g.Consensus.Tie != c.tie ||
				strings.Join(out, ",") != c.outliers || len(g.Conflicts) != c.conflicts || len(g.SelfContradictions) != c.self {
				t.Errorf("got %s, consensus %q tie %v, outliers %v, %d conflicts, %d self; want %s, %q, %v, %q, %d, %d (%s)",
					g.Verdict, g.Consensus.Value, g.Consensus.Tie, out, len(g.Conflicts), len(g.SelfContradictions),
					c.verdict, c.consensus, c.tie, c.outliers, c.conflicts, c.self, g.Reason)
			}
		})
	}
}

// name makes a name fact; each at its own place, as found in a text.
func name(source, rule, n string) facts.Fact {
	return facts.Fact{Source: source, Rule: rule, Label: rule, Kind: facts.Name, Text: n, Name: n,
		Pos: facts.Position{Offset: len(rule)*1000 + len(n)*10 + int(source[0])}}
}

func TestNameVerdicts(t *testing.T) {
	p := pack(t)
	res, err := Compare(p, extracted(
		name("a", "us-envoy", "Steve Witkoff"),
		name("b", "us-envoy", "Steve Wintour"),
		name("c", "us-envoy", "Steve Witkoff"),
		name("d", "us-envoy", "Witkoff"),
		name("a", "russian-envoy", "Kirill Dmitriyev"),
		name("c", "russian-envoy", "Kirill Dmitriev"),
		name("d", "russian-envoy", "Kirill Dmitriev"),
		name("a", "role-spokesperson", "Dmitry Peskov"),
		name("b", "role-spokesperson", "Dmitry Peskov"),
		name("a", "role-president", "Volodymyr Zelensky"),
		name("b", "role-president", "Volodymyr Zelenskiy"),
		name("c", "role-president", "Volodymyr Zelenskyy"),
		name("a", "role-president", "Donald Trump"),
		name("b", "role-president", "Recep Tayyip Erdoğan"),
		name("c", "role-president", "Tayyip Erdogan"),
	))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]*Group{}
	for _, g := range res.Groups {
		got[g.Key] = g
	}
	check := func(key string, v Verdict, consensus string) *Group {
		t.Helper()
		g := got[key]
		if g == nil {
			var keys []string
			for k := range got {
				keys = append(keys, k)
			}
			t.Fatalf("no group %q in %v", key, keys)
		}
		if g.Verdict != v || g.Consensus.Value != consensus {
			t.Errorf("%s: %s, consensus %q; want %s, %q (%s)", key, g.Verdict, g.Consensus.Value, v, consensus, g.Reason)
		}
		return g
	}
	g := check("us-envoy", Conflict, "Steve Witkoff")
	if len(g.Outliers) != 1 || g.Outliers[0].Source != "b" || !strings.Contains(g.Reason, "possible garble") {
		t.Errorf("us-envoy: outliers %v, reason %q; want b and a possible garble", g.Outliers, g.Reason)
	}
	if g.Consensus.Sources != 3 || g.Consensus.Of != 4 {
		t.Errorf("us-envoy consensus %d of %d, want 3 of 4", g.Consensus.Sources, g.Consensus.Of)
	}
	g = check("russian-envoy", Variant, "Kirill Dmitriev")
	if g.Suggestion != "Kirill Dmitriev" {
		t.Errorf("russian-envoy suggestion %q", g.Suggestion)
	}
	check("role-spokesperson/dmitry peskov", Agree, "Dmitry Peskov")
	check("role-president/donald trump", Single, "Donald Trump")
	check("role-president/recep tayyip erdoğan", Variant, "Recep Tayyip Erdoğan")
	g = check("role-president/volodymyr zelensky", Variant, "Volodymyr Zelensky")
	if g.Suggestion != "" || !strings.Contains(g.Reason, "no spelling has a majority") {
		t.Errorf("a three-way tie of spellings should say so: suggestion %q, reason %q", g.Suggestion, g.Reason)
	}
}

func TestAliasSuggestion(t *testing.T) {
	p := pack(t)
	p.Aliases = append(p.Aliases, facts.Alias{Canonical: "Volodymyr Zelenskyy", Spellings: []string{"Volodymyr Zelensky", "Volodymyr Zelenskiy"}})
	res, err := Compare(p, extracted(
		name("a", "role-president", "Volodymyr Zelensky"),
		name("b", "role-president", "Volodymyr Zelensky"),
		name("c", "role-president", "Volodymyr Zelenskiy"),
	))
	if err != nil {
		t.Fatal(err)
	}
	if g := res.Groups[0]; g.Verdict != Variant || g.Suggestion != "Volodymyr Zelenskyy" {
		t.Errorf("got %s suggesting %q, want a variant suggesting the house style", g.Verdict, g.Suggestion)
	}
}

func TestFailOn(t *testing.T) {
	cases := []struct {
		flag string
		v    Verdict
		want bool
	}{
		{"conflict", Conflict, true},
		{"conflict", Variant, false},
		{"variant", Conflict, true},
		{"variant", Variant, true},
		{"variant", Single, false},
		{"single", Single, true},
		{"single", Compatible, false},
		{"compatible", Compatible, true},
		{"compatible", Agree, false},
		{"never", Conflict, false},
	}
	for _, c := range cases {
		f, err := ParseFailOn(c.flag)
		if err != nil {
			t.Fatal(err)
		}
		if got := f.Fails(c.v); got != c.want {
			t.Errorf("--fail-on %s with %s: %v, want %v", c.flag, c.v, got, c.want)
		}
	}
	if _, err := ParseFailOn("conflicts"); err == nil {
		t.Error("a bad --fail-on value is accepted")
	}
}

// TestDefaultFoldsInSync keeps rules.yaml's folds equal to the folds the
// names package documents as the default pack's.
func TestDefaultFoldsInSync(t *testing.T) {
	p := pack(t)
	want := names.DefaultFolds()
	if len(p.Folds) != len(want) {
		t.Fatalf("rules.yaml has %d folds, names.DefaultFolds %d", len(p.Folds), len(want))
	}
	for i, f := range p.Folds {
		if f.From != want[i].From || f.To != want[i].To || f.At != want[i].At {
			t.Errorf("fold %d: rules.yaml %v, names.DefaultFolds %v", i, f, want[i])
		}
	}
}
