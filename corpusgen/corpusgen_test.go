package corpusgen

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"factdiff"
	"factdiff/compare"
	"factdiff/facts"
)

func defaultExtractor(t testing.TB) (*facts.Pack, *facts.Extractor) {
	t.Helper()
	pack, err := facts.LoadPack([]facts.RuleFile{{Path: factdiff.DefaultRulesPath, Data: factdiff.DefaultRules(), Default: true}})
	if err != nil {
		t.Fatal(err)
	}
	x, err := facts.NewExtractor(pack)
	if err != nil {
		t.Fatal(err)
	}
	return pack, x
}

// compareStory runs the real pipeline on one story directory.
func compareStory(t testing.TB, pack *facts.Pack, x *facts.Extractor, dir string, jobs int) *compare.Result {
	t.Helper()
	inputs, _, err := facts.Collect([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	res, err := facts.ExtractAll(x, inputs, nil, jobs, nil)
	if err != nil {
		t.Fatal(err)
	}
	cmp, err := compare.Compare(pack, res)
	if err != nil {
		t.Fatal(err)
	}
	return cmp
}

// TestPlantedAnswers writes a small corpus and checks that factdiff's
// extraction and comparison give every planted fact its planted verdict,
// values, consensus and outlier, and find nothing that was not planted.
func TestPlantedAnswers(t *testing.T) {
	for _, cfg := range []Config{
		{Seed: 1, Stories: 3, Articles: 12},
		{Seed: 7, Stories: 4, Articles: 24},
		{Seed: 3, Stories: 2, Articles: 16, Size: 700}, // short briefs
	} {
		dir := t.TempDir()
		c := New(cfg)
		if _, err := c.Write(dir, 2); err != nil {
			t.Fatal(err)
		}
		m, err := ReadManifest(filepath.Join(dir, "manifest.json"))
		if err != nil {
			t.Fatal(err)
		}
		pack, x := defaultExtractor(t)
		plans := map[string]int{}
		for _, st := range m.Stories {
			for _, f := range st.Facts {
				plans[f.Kind+"/"+f.Plan]++
			}
			res := compareStory(t, pack, x, filepath.Join(dir, st.Dir), 2)
			for _, p := range Check(st, res.Groups) {
				t.Errorf("seed %d: %s", cfg.Seed, p)
			}
		}
		t.Logf("seed %d: %d stories, plans %v", cfg.Seed, len(m.Stories), plans)
		if cfg.Size == 0 {
			for _, want := range []string{"count/agree", "count/compatible", "count/conflict", "count/single",
				"name/agree", "name/variant", "name/garble"} {
				if plans[want] == 0 {
					t.Errorf("seed %d: no fact planted with plan %s", cfg.Seed, want)
				}
			}
		}
	}
}

// TestPlantedAnswersSeeds sweeps seeds and sizes, so that a plan the
// generator rarely draws (two articles, a year-like number, a short brief
// without a fact) is checked too.
func TestPlantedAnswersSeeds(t *testing.T) {
	pack, x := defaultExtractor(t)
	for seed := uint64(100); seed < 112; seed++ {
		for _, cfg := range []Config{
			{Seed: seed, Stories: 2, Articles: 2 + int(seed%9)},
			{Seed: seed, Stories: 1, Articles: 6, Size: 600},
		} {
			dir := t.TempDir()
			c := New(cfg)
			if _, err := c.Write(dir, 2); err != nil {
				t.Fatal(err)
			}
			for _, st := range c.Manifest().Stories {
				res := compareStory(t, pack, x, filepath.Join(dir, st.Dir), 2)
				for _, p := range Check(st, res.Groups) {
					t.Errorf("seed %d, %d articles of %d bytes: %s", seed, cfg.Articles, cfg.size(), p)
				}
			}
		}
	}
}

// TestCheckCatchesWrongAnswers makes sure Check is not a rubber stamp: a
// comparison with a verdict changed, or a group removed, fails it.
func TestCheckCatchesWrongAnswers(t *testing.T) {
	dir := t.TempDir()
	c := New(Config{Seed: 1, Stories: 1, Articles: 5})
	if _, err := c.Write(dir, 1); err != nil {
		t.Fatal(err)
	}
	m := c.Manifest()
	pack, x := defaultExtractor(t)
	res := compareStory(t, pack, x, filepath.Join(dir, m.Stories[0].Dir), 1)
	if p := Check(m.Stories[0], res.Groups); len(p) > 0 {
		t.Fatalf("the unchanged comparison fails: %v", p)
	}
	for i := range res.Groups {
		g := *res.Groups[i]
		changed := append([]*compare.Group(nil), res.Groups...)
		g.Verdict = compare.Agree
		if res.Groups[i].Verdict == compare.Agree {
			g.Verdict = compare.Conflict
		}
		changed[i] = &g
		if len(Check(m.Stories[0], changed)) == 0 {
			t.Errorf("changing the verdict of %s passes the check", g.Key)
		}
		dropped := append(append([]*compare.Group(nil), res.Groups[:i]...), res.Groups[i+1:]...)
		if len(Check(m.Stories[0], dropped)) == 0 {
			t.Errorf("dropping %s passes the check", g.Key)
		}
	}
}

func TestDeterministic(t *testing.T) {
	cfg := Config{Seed: 42, Stories: 2, Articles: 6}
	a, b := New(cfg), New(cfg)
	for s := 0; s < a.Stories(); s++ {
		for i := 0; i < a.StoryArticles(s); i++ {
			if !bytes.Equal(a.Article(s, i), b.Article(s, i)) {
				t.Fatalf("article %s differs between two runs", a.ArticlePath(s, i))
			}
		}
	}
	other := New(Config{Seed: 43, Stories: 2, Articles: 6})
	if bytes.Equal(a.Article(0, 0), other.Article(0, 0)) {
		t.Error("seeds 42 and 43 give the same first article")
	}
}

// TestSizes checks that articles are a few KB, or short briefs when asked.
func TestSizes(t *testing.T) {
	for _, size := range []int{3000, 700} {
		c := New(Config{Seed: 5, Stories: 2, Articles: 40, Size: size})
		total := 0
		for s := 0; s < c.Stories(); s++ {
			for i := 0; i < c.StoryArticles(s); i++ {
				total += len(c.Article(s, i))
			}
		}
		avg := total / 40
		if avg < size*7/10 || avg > size*14/10 {
			t.Errorf("size %d: articles average %d bytes", size, avg)
		}
	}
}

// TestRules checks that the generated rules load with the default pack and
// that their keywords are new.
func TestRules(t *testing.T) {
	pack, _ := defaultExtractor(t)
	kw := Keywords(pack)
	data := Rules(9*len(pack.Rules), kw)
	all, err := facts.LoadPack([]facts.RuleFile{
		{Path: factdiff.DefaultRulesPath, Data: factdiff.DefaultRules(), Default: true},
		{Path: "gen.yaml", Data: data},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(all.Rules), 10*len(pack.Rules); got != want {
		t.Errorf("%d rules, want %d", got, want)
	}
	seen := map[string]bool{}
	for _, w := range kw {
		seen[w] = true
	}
	for _, r := range all.Rules[len(pack.Rules):] {
		for _, w := range r.Near {
			if seen[w] {
				t.Errorf("keyword %q used twice", w)
			}
			seen[w] = true
		}
	}
	if _, err := facts.NewExtractor(all); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "gen-0001") {
		t.Error("no gen-0001 rule")
	}
}
