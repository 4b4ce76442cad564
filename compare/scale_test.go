package compare

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"factdiff/facts"
)

// The tests in this file check pairwise, clusterNumbers and counts, which
// work on distinct values, against the walks over every pair of sources
// or claims that define them (walkPairs, walkClusters, scanCounts).

// walkPairs is pairwise as a walk over every pair of sources.
func walkPairs(g *Group, sources []string, primary map[string]*Claim, conflict func(a, b *Claim) (bool, string)) {
	type verdict struct {
		bad bool
		why string
	}
	memo := map[[2]string]verdict{}
	for i, a := range sources {
		for _, b := range sources[i+1:] {
			pa, pb := primary[a], primary[b]
			if pa.Value == pb.Value {
				continue
			}
			k := [2]string{pa.Value, pb.Value}
			v, ok := memo[k]
			if !ok {
				v.bad, v.why = conflict(pa, pb)
				memo[k] = v
			}
			if !v.bad {
				continue
			}
			if len(g.Conflicts) == maxPairs {
				g.ConflictsOmitted++
				continue
			}
			g.Conflicts = append(g.Conflicts, Pair{A: a, AValue: pa.Value, B: b, BValue: pb.Value, Reason: v.why})
		}
	}
}

// walkClusters is clusterNumbers as a walk over every claim of every set.
func walkClusters(cs []Claim, tol facts.Tolerance) [][]Claim {
	var sets [][]Claim
next:
	for _, c := range cs {
		for i, set := range sets {
			fits := true
			for _, o := range set {
				ok, _ := compatibleNumbers(&o.Facts[0], &c.Facts[0], tol)
				fits = fits && ok
			}
			if fits {
				sets[i] = append(sets[i], c)
				continue next
			}
		}
		sets = append(sets, []Claim{c})
	}
	return sets
}

// scanCounts is counts with a scan of the sources and forms listed so far.
func scanCounts(cs []Claim) []Count {
	var out []Count
	idx := map[string]int{}
	has := func(s []string, x string) bool {
		for _, y := range s {
			if y == x {
				return true
			}
		}
		return false
	}
	for _, c := range cs {
		j, ok := idx[c.Value]
		if !ok {
			j = len(out)
			idx[c.Value] = j
			out = append(out, Count{Value: c.Value})
		}
		if !has(out[j].Sources, c.Source) {
			out[j].Sources = append(out[j].Sources, c.Source)
		}
		for _, f := range c.Facts {
			if !has(out[j].Written, f.Text) {
				out[j].Written = append(out[j].Written, f.Text)
			}
		}
	}
	for i := 1; i < len(out); i++ { // stable: most sources first
		for j := i; j > 0 && len(out[j].Sources) > len(out[j-1].Sources); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// said is what one source writes; sources are named s0000, s0001, ... in
// order, and a source may write several values.
type said struct {
	source int
	text   string
}

// each makes one value per source from a list that repeats.
func each(n int, texts ...string) []said {
	out := make([]said, n)
	for i := range out {
		out[i] = said{i, texts[i%len(texts)]}
	}
	return out
}

// shuffled makes one value per source, each picked at random from texts.
func shuffled(seed uint64, n int, texts ...string) []said {
	r := rand.New(rand.NewPCG(seed, 1))
	out := make([]said, n)
	for i := range out {
		out[i] = said{i, texts[r.IntN(len(texts))]}
	}
	return out
}

func sourceName(i int) string { return fmt.Sprintf("s%04d", i) }

// numberClaims turns what the sources write into claims of a kind.
func numberClaims(t *testing.T, p *facts.Pack, kind facts.Kind, ss []said) []Claim {
	t.Helper()
	parsed := map[string]facts.Fact{}
	var fs []facts.Fact
	for _, s := range ss {
		f, ok := parsed[s.text]
		if !ok {
			f = num(t, p, kind, "", s.text)
			parsed[s.text] = f
		}
		f.Source = sourceName(s.source)
		fs = append(fs, f)
	}
	return claims(fs, numberValue)
}

// textClaims turns what the sources write into claims valued as written.
func textClaims(ss []said) []Claim {
	var fs []facts.Fact
	for _, s := range ss {
		fs = append(fs, facts.Fact{Source: sourceName(s.source), Kind: facts.Text, Text: s.text, Name: s.text})
	}
	return claims(fs, func(f *facts.Fact) string { return f.Name })
}

func TestPairwiseMatchesWalk(t *testing.T) {
	p := pack(t)
	numbers := func(a, b *Claim) (bool, string) {
		ok, why := compatibleNumbers(&a.Facts[0], &b.Facts[0], facts.Tolerance{})
		return !ok, why
	}
	texts := func(a, b *Claim) (bool, string) { return a.Value != b.Value, "different texts" }
	// earlier conflicts only with a value that sorts after it: a judge
	// that is not symmetric, to count pairs of sources in each order.
	earlier := func(a, b *Claim) (bool, string) { return a.Value < b.Value, a.Value + " before " + b.Value }
	cases := []struct {
		name     string
		claims   []Claim
		conflict func(a, b *Claim) (bool, string)
		listed   int
		omitted  int
	}{
		{"agree", numberClaims(t, p, facts.Count, each(500, "25")), numbers, 0, 0},
		{"single", numberClaims(t, p, facts.Count, each(1, "25")), numbers, 0, 0},
		{"compatible", numberClaims(t, p, facts.Count, each(300, "25", "at least 25", "about 25")), numbers, 0, 0},
		{"one outlier last", numberClaims(t, p, facts.Count, append(each(300, "25"), said{300, "31"})), numbers, 100, 200},
		{"one outlier first", numberClaims(t, p, facts.Count, append([]said{{0, "31"}}, each(300, "25")[1:]...)), numbers, 100, 199},
		{"outliers at both ends", numberClaims(t, p, facts.Count, append(append([]said{{0, "31"}}, each(300, "25")[1:]...), said{300, "40"})), numbers, 100, 499},
		{"two values alternating", numberClaims(t, p, facts.Count, each(150, "25", "31")), numbers, 100, 75*75 - 100},
		{"under maxPairs", numberClaims(t, p, facts.Count, each(12, "25", "31", "40", "40")), numbers, 3*3 + 3*6 + 3*6, 0},
		{"exactly maxPairs", numberClaims(t, p, facts.Count, each(25, "25", "31", "31", "31", "31")), numbers, 100, 0},
		{"a bridging value", numberClaims(t, p, facts.Count, each(200, "25", "at least 25", "31", "31")), numbers, 100, 50*100 - 100},
		{"many sources few values", numberClaims(t, p, facts.Count, shuffled(1, 1000, "25", "31", "at least 25", "about 30", "nearly 25")), numbers, 100, -1},
		{"many values", numberClaims(t, p, facts.Count, shuffled(2, 400, "1", "2", "3", "5", "8", "13", "21", "34", "55", "89", "144", "about 10", "at least 50")), numbers, 100, -1},
		{"texts", textClaims(shuffled(3, 500, "Kyiv", "Kiev", "Kyiv", "Lviv")), texts, 100, -1},
		{"a judge that is not symmetric", textClaims(shuffled(4, 300, "a", "b", "c", "d")), earlier, 100, -1},
		{"not symmetric, under maxPairs", textClaims(each(12, "b", "a", "c")), earlier, -1, 0},
		{"several values per source", numberClaims(t, p, facts.Count, []said{{0, "25"}, {0, "31"}, {1, "31"}, {1, "25"}, {2, "40"}, {3, "25"}}), numbers, 5, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got, want Group
			got.Claims, want.Claims = c.claims, c.claims
			sources := got.Sources()
			pairwise(&got, sources, primaries(c.claims), c.conflict)
			walkPairs(&want, sources, primaries(c.claims), c.conflict)
			if !reflect.DeepEqual(got.Conflicts, want.Conflicts) || got.ConflictsOmitted != want.ConflictsOmitted {
				t.Fatalf("got %d pairs and %d omitted, want %d and %d\ngot  %v\nwant %v",
					len(got.Conflicts), got.ConflictsOmitted, len(want.Conflicts), want.ConflictsOmitted, head(got.Conflicts), head(want.Conflicts))
			}
			if c.listed >= 0 && len(got.Conflicts) != c.listed || c.omitted >= 0 && got.ConflictsOmitted != c.omitted {
				t.Errorf("%d pairs and %d omitted, want %d and %d", len(got.Conflicts), got.ConflictsOmitted, c.listed, c.omitted)
			}
		})
	}
}

func head(ps []Pair) []Pair { return ps[:min(len(ps), 5)] }

// TestPairwiseReasonClaims checks that a pair of values is judged with the
// claims met first in source order: the same value written at another
// precision gives another interval in the reason.
func TestPairwiseReasonClaims(t *testing.T) {
	p := pack(t)
	cs := numberClaims(t, p, facts.Count, []said{{0, "2,500,000"}, {1, "4,000,000"}, {2, "2.5 million"}})
	var g Group
	g.Claims = cs
	pairwise(&g, g.Sources(), primaries(cs), func(a, b *Claim) (bool, string) {
		ok, why := compatibleNumbers(&a.Facts[0], &b.Facts[0], facts.Tolerance{})
		return !ok, why
	})
	want := []string{
		"s0000 s0001: 2500000 [2500000] and 4000000 [4000000] do not overlap",
		"s0001 s0002: 4000000 [4000000] and 2500000 [2450000-2550000] do not overlap",
	}
	var got []string
	for _, c := range g.Conflicts {
		got = append(got, c.A+" "+c.B+": "+c.Reason)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestClusterNumbersMatchesWalk(t *testing.T) {
	p := pack(t)
	money := []string{"$60m", "€60m", "$60.4m", "$60,000,000", "about $60 million", "at least $60m", "$1.4 billion", "$1.2bn-$1.5bn", "$2.5 billion"}
	cases := []struct {
		name string
		said []said
		tol  facts.Tolerance
		sets []string // the values of each set, when checked
	}{
		{"one value", each(200, "$60m"), facts.Tolerance{}, []string{"60000000 USD"}},
		{"two currencies", each(200, "$60m", "€60m"), facts.Tolerance{}, []string{"60000000 USD", "60000000 EUR"}},
		// "$60,000,000" states the value of "$60m" but not at its
		// precision: it does not fit "$60.4m", so it is not in their set.
		{"one value at two precisions", []said{{0, "$60m"}, {1, "$60.4m"}, {2, "$60,000,000"}, {3, "$60m"}},
			facts.Tolerance{}, []string{"60000000 USD, 60400000 USD", "60000000 USD"}},
		{"many claims few values", each(600, money...), facts.Tolerance{}, nil},
		{"shuffled", shuffled(5, 800, money...), facts.Tolerance{}, nil},
		{"shuffled with a tolerance", shuffled(6, 800, money...), facts.Tolerance{Relative: 0.05}, nil},
		{"several values per source", []said{{0, "$60m"}, {0, "$2.5 billion"}, {1, "$1.4 billion"}, {1, "$60.4m"}, {2, "$60,000,000"}}, facts.Tolerance{}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cs := numberClaims(t, p, facts.Money, c.said)
			got, want := clusterNumbers(cs, c.tol), walkClusters(cs, c.tol)
			if !reflect.DeepEqual(got, want) {
				g, w := setValues(got), setValues(want)
				i := 0
				for i < min(len(g), len(w)) && g[i] == w[i] {
					i++
				}
				t.Fatalf("got %d sets, want %d; the first to differ is %d", len(g), len(w), i)
			}
			if c.sets != nil && !reflect.DeepEqual(setValues(got), c.sets) {
				t.Errorf("got %q, want %q", setValues(got), c.sets)
			}
		})
	}
}

// setValues lists the distinct values of each set's claims.
func setValues(sets [][]Claim) []string {
	var out []string
	for _, set := range sets {
		var vs []string
		for _, c := range set {
			if !slices.Contains(vs, c.Value) {
				vs = append(vs, c.Value)
			}
		}
		out = append(out, strings.Join(vs, ", "))
	}
	return out
}

func TestCountsMatchesScan(t *testing.T) {
	p := pack(t)
	for _, ss := range [][]said{
		each(1, "25"),
		each(1000, "25", "twenty-five", "31", "about 25"),
		shuffled(7, 1000, "25", "31", "at least 25", "about 30", "2,500,000", "2.5 million", "2500000"),
		{{0, "25"}, {0, "31"}, {0, "25"}, {1, "31"}, {2, "2.5 million"}, {2, "2,500,000"}, {3, "2,500,000"}},
	} {
		cs := numberClaims(t, p, facts.Count, ss)
		if got, want := counts(cs), scanCounts(cs); !reflect.DeepEqual(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
	}
}

// TestCompareManyConflicts checks a group with more conflicting pairs of
// sources than it lists, through Compare.
func TestCompareManyConflicts(t *testing.T) {
	p := pack(t)
	var fs []facts.Fact
	for _, s := range each(150, "25", "31", "about 25") {
		fs = append(fs, num(t, p, facts.Count, sourceName(s.source), s.text))
	}
	res, err := Compare(p, extracted(withRule(fs, "deaths")...))
	if err != nil {
		t.Fatal(err)
	}
	g := res.Groups[0]
	// 25 and "about 25" fit together; 31 conflicts with both (50 sources each).
	if g.Verdict != Conflict || len(g.Conflicts) != maxPairs || g.ConflictsOmitted != 50*100-maxPairs {
		t.Fatalf("%s with %d pairs and %d omitted; want a conflict with %d and %d", g.Verdict, len(g.Conflicts), g.ConflictsOmitted, maxPairs, 50*100-maxPairs)
	}
	for i, want := range []string{"s0000 s0001", "s0000 s0004", "s0000 s0007"} {
		if got := g.Conflicts[i].A + " " + g.Conflicts[i].B; got != want {
			t.Errorf("pair %d is %s, want %s", i, got, want)
		}
	}
	// s0000 conflicts with the 50 sources giving 31; s0001 then with the
	// later ones giving 25 or "about 25", of which s0075 is the 50th.
	if last := g.Conflicts[maxPairs-1]; last.A != "s0001" || last.B != "s0075" {
		t.Errorf("last pair listed is %s %s, want s0001 s0075", last.A, last.B)
	}
}
