package corpusgen

// Benchmarks of the whole pipeline on the generated corpus, kept here
// because they cross packages (facts, compare, keywords):
//
//	go test -run '^$' -bench . -benchmem ./corpusgen/
//
// BenchmarkExtract is Extractor.Extract on articles held in memory (clean,
// split, one keyword pass, rules); MB/s is over the article bytes.
// BenchmarkExtractAll adds reading the files and the workers.
// BenchmarkCompare is compare.Compare over one story's facts from many
// sources; ns/source should stay flat as the sources grow.

import (
	"fmt"
	"io"
	"path/filepath"
	"testing"

	"factdiff"
	"factdiff/compare"
	"factdiff/facts"
	"factdiff/persons"
	"factdiff/report"
)

type article struct {
	name string
	text []byte
}

func benchArticles(cfg Config) ([]article, int64) {
	c := New(cfg)
	var out []article
	var n int64
	for s := 0; s < c.Stories(); s++ {
		for a := 0; a < c.StoryArticles(s); a++ {
			t := c.Article(s, a)
			out = append(out, article{c.ArticlePath(s, a), t})
			n += int64(len(t))
		}
	}
	return out, n
}

func rules10x(b *testing.B) *facts.Extractor {
	pack, _ := defaultExtractor(b)
	big, err := facts.LoadPack([]facts.RuleFile{
		{Path: factdiff.DefaultRulesPath, Data: factdiff.DefaultRules(), Default: true},
		{Path: "gen.yaml", Data: Rules(9*len(pack.Rules), Keywords(pack))},
	})
	if err != nil {
		b.Fatal(err)
	}
	x, err := facts.NewExtractor(big)
	if err != nil {
		b.Fatal(err)
	}
	return x
}

func BenchmarkExtract(b *testing.B) {
	arts, size := benchArticles(Config{Seed: 1, Stories: 4, Articles: 400})
	_, x := defaultExtractor(b)
	for _, bc := range []struct {
		name string
		x    func() *facts.Extractor
	}{
		{"default", func() *facts.Extractor { return x }},
		{"rules10x", func() *facts.Extractor { return rules10x(b) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			x := bc.x()
			b.SetBytes(size)
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				n = 0
				for _, a := range arts {
					n += len(x.Extract(a.name, a.text).Facts)
				}
			}
			b.ReportMetric(float64(n), "facts/op")
		})
	}
}

// BenchmarkExtractShort is Extract on short briefs, where the cost per
// source (not per byte) shows.
func BenchmarkExtractShort(b *testing.B) {
	arts, size := benchArticles(Config{Seed: 1, Stories: 1, Articles: 2000, Size: 600})
	_, x := defaultExtractor(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			x.Extract(a.name, a.text)
		}
	}
}

func BenchmarkExtractAll(b *testing.B) {
	dir := b.TempDir()
	c := New(Config{Seed: 1, Stories: 1, Articles: 600})
	size, err := c.Write(dir, 2)
	if err != nil {
		b.Fatal(err)
	}
	inputs, _, err := facts.Collect([]string{filepath.Join(dir, c.StoryDir(0))})
	if err != nil {
		b.Fatal(err)
	}
	_, x := defaultExtractor(b)
	for _, jobs := range []int{1, 2} {
		b.Run(fmt.Sprintf("jobs%d", jobs), func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := facts.ExtractAll(x, inputs, nil, jobs, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCompare compares one story told by n sources (short briefs, as a
// monitor of many outlets sees them).
func BenchmarkCompare(b *testing.B) {
	pack, x := defaultExtractor(b)
	for _, n := range []int{100, 300, 1000} {
		arts, _ := benchArticles(Config{Seed: 2, Stories: 1, Articles: n, Size: 700})
		res := &facts.Extracted{}
		for _, a := range arts {
			r := x.Extract(a.name, a.text)
			res.Sources = append(res.Sources, r.Source)
			res.Facts = append(res.Facts, r.Facts...)
		}
		b.Run(fmt.Sprintf("sources%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := compare.Compare(pack, res); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/source")
			b.ReportMetric(float64(len(res.Facts)), "facts")
		})
	}
}

func BenchmarkGenerate(b *testing.B) {
	c := New(Config{Seed: 1, Stories: 2, Articles: 200})
	var size int64
	for a := 0; a < c.StoryArticles(0); a++ {
		size += int64(len(c.Article(0, a)))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for a := 0; a < c.StoryArticles(0); a++ {
			c.Article(0, a)
		}
	}
}

// BenchmarkPipeline is what `factdiff extract --format json` and `factdiff
// compare --format json` do after reading the rules: collect the files,
// extract with jobs workers, (compare,) and write the JSON report. Its
// profile shows the serial parts that keep two workers from being twice as
// fast as one.
func BenchmarkPipeline(b *testing.B) {
	dir := b.TempDir()
	c := New(Config{Seed: 1, Stories: 1, Articles: 1000})
	size, err := c.Write(dir, 2)
	if err != nil {
		b.Fatal(err)
	}
	story := filepath.Join(dir, c.StoryDir(0))
	// The comparison runs on the first 300 articles: it grows faster
	// than linearly with the sources (see BenchmarkCompare).
	small := filepath.Join(b.TempDir(), "story")
	sc := New(Config{Seed: 1, Stories: 1, Articles: 300})
	smallSize, err := sc.Write(small, 2)
	if err != nil {
		b.Fatal(err)
	}
	pack, x := defaultExtractor(b)
	for _, cmd := range []string{"extract", "compare"} {
		for _, jobs := range []int{1, 2} {
			b.Run(fmt.Sprintf("%s/jobs%d", cmd, jobs), func(b *testing.B) {
				dir, size := story, size
				if cmd == "compare" {
					dir, size = filepath.Join(small, sc.StoryDir(0)), smallSize
				}
				b.SetBytes(size)
				b.ReportAllocs()
				for b.Loop() {
					inputs, _, err := facts.Collect([]string{dir})
					if err != nil {
						b.Fatal(err)
					}
					res, err := facts.ExtractAll(x, inputs, nil, jobs, nil)
					if err != nil {
						b.Fatal(err)
					}
					if cmd == "extract" {
						err = report.WriteExtractJSON(io.Discard, pack, res)
					} else {
						var r *compare.Result
						if r, err = compare.Compare(pack, res); err == nil {
							err = report.WriteJSON(io.Discard, r, pack, res)
						}
					}
					if err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkPersons is the names pass of `factdiff compare` (persons.Check
// over every person mention) on one story told by n sources.
func BenchmarkPersons(b *testing.B) {
	pack, x := defaultExtractor(b)
	xm := x.WithMentions(persons.NewFinder(pack).Find)
	for _, n := range []int{100, 300, 1000} {
		arts, _ := benchArticles(Config{Seed: 2, Stories: 1, Articles: n})
		var ms []facts.Mention
		for _, a := range arts {
			ms = append(ms, xm.Extract(a.name, a.text).Mentions...)
		}
		b.Run(fmt.Sprintf("sources%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := persons.Check(pack, ms); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/source")
			b.ReportMetric(float64(len(ms)), "mentions")
		})
	}
}
