// Package corpusgen writes a deterministic synthetic news corpus for
// benchmarks and for checking answers at scale.
//
// A corpus is N articles about M stories, written to
// story-XXXX/article-YYYY.txt. Each article is news-like text built from
// templates (words.go, planted.go) with a seeded PCG generator, so the same
// Config always gives the same bytes. Every story carries planted facts the
// default rule pack finds (deaths, injured, missing, arrested, displaced,
// money, people in roles), each with a plan: all sources agree; they differ
// only by hedges ("about 120", "nearly 130") and are compatible; one outlier
// article conflicts; one article alone states it; a name is spelled in
// transliteration or accent variants; or one article garbles a name. The
// Manifest records the verdict factdiff must reach for each planted fact.
package corpusgen

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// Config says what to generate.
type Config struct {
	Seed     uint64
	Stories  int // M: how many stories (at least 1)
	Articles int // N: how many articles in all, spread evenly over the stories
	// Size is the typical size of an article in bytes (sizes vary from
	// about 0.7 to 1.3 times it). 0 means 3000. Small sizes (under about
	// 1500) give short briefs that each state only a few of the facts.
	Size int
}

func (c Config) size() int {
	if c.Size <= 0 {
		return 3000
	}
	return c.Size
}

// Plans a planted fact can have.
const (
	PlanAgree      = "agree"      // every source states the value as the others do
	PlanCompatible = "compatible" // hedged and exact values that all fit the true value
	PlanConflict   = "conflict"   // as compatible, plus one outlier article that does not fit
	PlanSingle     = "single"     // one article alone states the fact
	PlanVariant    = "variant"    // a name spelled in two forms of one transliteration family
	PlanGarble     = "garble"     // one article garbles a name's surname
)

// Verdicts as compare.Verdict spells them.
const (
	VerdictAgree      = "agree"
	VerdictCompatible = "compatible"
	VerdictConflict   = "conflict"
	VerdictSingle     = "single source"
	VerdictVariant    = "variant"
)

// Manifest is the answer key of a corpus.
type Manifest struct {
	Seed     uint64          `json:"seed"`
	Articles int             `json:"articles"`
	Size     int             `json:"size"`
	Bytes    int64           `json:"bytes,omitempty"` // the articles' total size, set by Write
	Stories  []StoryManifest `json:"stories"`
}

// StoryManifest is the answer key of one story.
type StoryManifest struct {
	Dir      string    `json:"dir"` // story-XXXX
	Event    string    `json:"event"`
	Town     string    `json:"town"`
	Articles int       `json:"articles"`
	Facts    []Planted `json:"facts"`
}

// Planted is one planted fact and the verdict it must get.
type Planted struct {
	Rule    string `json:"rule"`
	Kind    string `json:"kind"` // count, money or name
	Plan    string `json:"plan"`
	Verdict string `json:"verdict"`
	// Value is the true value in canonical form ("42", "45000000 USD") or,
	// for a name, the spelling most sources use.
	Value string `json:"value"`
	// Consensus is the value the comparison must give as its consensus,
	// when the plan makes it certain (one value stated more often than any
	// other), else "".
	Consensus string `json:"consensus,omitempty"`
	// Values are the distinct values the sources state, as compare shows
	// them: hedge and canonical value ("about 40"), or the spellings.
	Values  []string `json:"values"`
	Sources int      `json:"sources"`           // how many articles state it
	Outlier string   `json:"outlier,omitempty"` // the article that conflicts, relative to the corpus directory
}

// Corpus is a planned corpus: articles are generated on demand.
type Corpus struct {
	cfg     Config
	stories []*story
}

// New plans a corpus. It does no I/O; Article and Write produce the text.
func New(cfg Config) *Corpus {
	if cfg.Stories < 1 {
		cfg.Stories = 1
	}
	if cfg.Articles < cfg.Stories {
		cfg.Articles = cfg.Stories
	}
	c := &Corpus{cfg: cfg}
	for i := 0; i < cfg.Stories; i++ {
		n := cfg.Articles / cfg.Stories
		if i < cfg.Articles%cfg.Stories {
			n++
		}
		c.stories = append(c.stories, planStory(cfg, i, n))
	}
	return c
}

// Stories returns the number of stories.
func (c *Corpus) Stories() int { return len(c.stories) }

// StoryArticles returns the number of articles in story s.
func (c *Corpus) StoryArticles(s int) int { return c.stories[s].n }

// StoryDir returns the directory name of story s, "story-0001" for s = 0.
func (c *Corpus) StoryDir(s int) string { return c.stories[s].dir }

// ArticlePath returns the path of article a of story s relative to the
// corpus directory: "story-0001/article-0001.txt".
func (c *Corpus) ArticlePath(s, a int) string {
	st := c.stories[s]
	return st.dir + "/" + fmt.Sprintf("article-%0*d.txt", st.width, a+1)
}

// Article returns the text of article a of story s.
func (c *Corpus) Article(s, a int) []byte {
	return c.stories[s].article(c.cfg, a)
}

// Manifest returns the answer key.
func (c *Corpus) Manifest() *Manifest {
	m := &Manifest{Seed: c.cfg.Seed, Articles: c.cfg.Articles, Size: c.cfg.size()}
	for _, st := range c.stories {
		sm := StoryManifest{Dir: st.dir, Event: st.ev.name, Town: st.town, Articles: st.n}
		for _, f := range st.facts {
			sm.Facts = append(sm.Facts, f.manifest(st))
		}
		m.Stories = append(m.Stories, sm)
	}
	return m
}

// Write writes every article and manifest.json under dir with the given
// number of workers, and returns the number of article bytes written.
func (c *Corpus) Write(dir string, workers int) (int64, error) {
	if workers < 1 {
		workers = 1
	}
	type job struct{ s, a int }
	jobs := make(chan job, 256)
	var mu sync.Mutex
	var total int64
	var firstErr error
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var n int64
			for j := range jobs {
				text := c.Article(j.s, j.a)
				err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(c.ArticlePath(j.s, j.a))), text, 0o644)
				n += int64(len(text))
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
				}
			}
			mu.Lock()
			total += n
			mu.Unlock()
		}()
	}
	for s, st := range c.stories {
		if err := os.MkdirAll(filepath.Join(dir, st.dir), 0o755); err != nil {
			close(jobs)
			wg.Wait()
			return 0, err
		}
		for a := 0; a < st.n; a++ {
			jobs <- job{s, a}
		}
	}
	close(jobs)
	wg.Wait()
	if firstErr != nil {
		return total, firstErr
	}
	m := c.Manifest()
	m.Bytes = total
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return total, err
	}
	return total, os.WriteFile(filepath.Join(dir, "manifest.json"), append(data, '\n'), 0o644)
}

// ReadManifest reads a manifest.json.
func ReadManifest(path string) (*Manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &m, nil
}

// rng returns a generator for a purpose, a story and an article.
func rng(seed uint64, purpose, s, a int) *rand.Rand {
	return rand.New(rand.NewPCG(seed^uint64(purpose)<<56, uint64(s)<<32|uint64(a)))
}

func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

func capitalise(s string) string {
	if s == "" {
		return s
	}
	if strings.HasPrefix(s, "the ") {
		return "The " + s[4:]
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
