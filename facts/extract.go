package facts

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"factdiff/keywords"
	"factdiff/quantity"
	"factdiff/sentence"
)

// Extractor applies a pack's rules to sources. It is safe for concurrent use.
type Extractor struct {
	pack   *Pack
	split  *sentence.Splitter
	parse  *quantity.Parser
	words  *keywords.Matcher
	near   [][]int    // keyword id -> rules with it in near:
	veto   [][]int    // keyword id -> rules with it in exclude:
	also   [][]int    // keyword id -> rules with it in also:
	story  [][]string // keyword id -> stories with it in when:
	always []int      // rules without near: keywords, tried on every sentence
	gates  []gate     // rule -> what a sentence needs for it to be read
	// money says whether a gated rule needs a currency. The keyword
	// pass then also finds the texts that name one, as substrings with
	// ids from nwords on (see gate.go).
	money         bool
	nwords        int
	currencyExact []string // the currency texts matched as written: ids nwords on
	names         *nameFinder
	// everyStory runs story rules whatever the source mentions (for
	// examples, which are single sentences).
	everyStory bool
	// mentions, when set, finds every person named in a sentence.
	mentions MentionFinder
	// scratch holds *scratch: memory reused from source to source.
	scratch *sync.Pool
}

// scratch is the memory reading a source reuses from sentence to sentence
// and, through the extractor's pool, from source to source. Nothing in a
// Result points into it.
type scratch struct {
	hits []keywords.Hit // the source's keyword hits
	rel  []keywords.Hit // the sentence's hits, at offsets in the sentence
	toks []token        // the sentence's words
	// currency holds the sorted offsets where a currency text starts in
	// the source's text.
	currency []int
	cand     *candidates // the sentence's candidate rules
	lines    *lineIndex  // the source's lines, for dropLines
}

// NewExtractor prepares a pack for extraction: one keyword automaton for
// every rule's keywords, so that adding a rule adds no pass over the text.
func NewExtractor(p *Pack) (*Extractor, error) {
	e := &Extractor{
		pack:  p,
		split: sentence.New(p.Abbreviations),
		parse: quantity.NewParser(p.Vocabulary()),
		names: newNameFinder(p),
	}
	ids := map[string]int{}
	var words []string
	id := func(w string) int {
		if i, ok := ids[w]; ok {
			return i
		}
		ids[w] = len(words)
		words = append(words, w)
		e.near = append(e.near, nil)
		e.veto = append(e.veto, nil)
		e.also = append(e.also, nil)
		e.story = append(e.story, nil)
		return len(words) - 1
	}
	for ri, r := range p.Rules {
		for _, w := range r.Near {
			i := id(w)
			e.near[i] = appendOnce(e.near[i], ri)
		}
		for _, w := range r.Exclude {
			i := id(w)
			e.veto[i] = appendOnce(e.veto[i], ri)
		}
		for _, w := range r.Also {
			i := id(w)
			e.also[i] = appendOnce(e.also[i], ri)
		}
		if len(r.Near) == 0 {
			e.always = append(e.always, ri)
		}
	}
	e.gates = make([]gate, len(p.Rules))
	for _, ri := range e.always {
		e.gates[ri] = newGate(p.Rules[ri])
		e.money = e.money || e.gates[ri].money
	}
	for _, st := range p.Stories {
		for _, w := range st.When {
			i := id(w)
			e.story[i] = append(e.story[i], st.ID)
		}
	}
	var currency []string
	if e.money {
		currency, e.currencyExact = currencyTexts(e.parse)
	}
	e.nwords = len(words)
	m, err := keywords.NewWithSubstrings(words, currency)
	if err != nil {
		return nil, fmt.Errorf("keywords: %w", err)
	}
	e.words = m
	e.scratch = &sync.Pool{New: func() any { return &scratch{cand: newCandidates(len(p.Rules)), lines: newLineIndex()} }}
	return e, nil
}

func appendOnce(s []int, v int) []int {
	if n := len(s); n > 0 && s[n-1] == v {
		return s
	}
	return append(s, v)
}

// Pack returns the pack the extractor applies.
func (e *Extractor) Pack() *Pack { return e.pack }

// SourceInfo describes a source that was read.
type SourceInfo struct {
	Name      string    `json:"name"`
	Bytes     int       `json:"bytes"`
	Sentences int       `json:"sentences"`
	Dropped   []Dropped `json:"dropped"`
}

// Result is what one source yields.
type Result struct {
	Source   SourceInfo
	Facts    []Fact
	Mentions []Mention // only with WithMentions
}

// Extract cleans one source and applies every rule to it.
func (e *Extractor) Extract(name string, raw []byte) Result {
	return e.ExtractTrace(name, raw, nil, nil)
}

// Sentence is one sentence of a source as the rules read it.
type Sentence struct {
	Text string   // cleaned: NFC, plain quotes, dashes and spaces
	Pos  Position // where it starts in the original file
}

// ExtractTrace is Extract for explaining a run: each, when not nil, is
// called with every sentence before the rules read it, and trace with every
// step of every rule tried on it.
func (e *Extractor) ExtractTrace(name string, raw []byte, each func(Sentence), trace Trace) Result {
	buf := e.scratch.Get().(*scratch)
	defer func() {
		clear(buf.toks[:cap(buf.toks)]) // they point into the text: let it go
		e.scratch.Put(buf)
	}()
	c := clean(raw)
	text, dropped := dropLines(c, e.pack, buf.lines)
	spans := e.split.Split(text)
	hits, currency := e.findWords(buf, text)
	inactive := e.inactiveStories(hits)
	res := Result{Source: SourceInfo{Name: name, Bytes: len(raw), Sentences: len(spans), Dropped: dropped}}
	if res.Source.Dropped == nil {
		res.Source.Dropped = []Dropped{}
	}
	h := 0
	for _, sp := range spans {
		for h < len(hits) && hits[h].Start < sp.Start {
			h++
		}
		k := h
		for k < len(hits) && hits[k].End <= sp.End {
			k++
		}
		s := &sent{text: text[sp.Start:sp.End], start: sp.Start, c: c, buf: buf}
		buf.rel = buf.rel[:0]
		for _, hit := range hits[h:k] {
			hit.Start -= sp.Start
			hit.End -= sp.Start
			buf.rel = append(buf.rel, hit)
		}
		s.hits = buf.rel
		h = k
		if each != nil {
			each(Sentence{Text: s.text, Pos: s.c.position(s.start)})
		}
		s.inactive = inactive
		s.currency = namesCurrency(currency, sp.Start, sp.End)
		res.Facts = e.sentence(res.Facts, name, s, buf.cand, trace)
		res.Mentions = e.findMentions(res.Mentions, name, s)
	}
	detach(&res)
	return res
}

// detach copies the strings a result keeps that point into the source's
// text, so that the text can be freed once the source is done.
func detach(r *Result) {
	for i := range r.Facts {
		f := &r.Facts[i]
		f.Text, f.Name, f.Role = strings.Clone(f.Text), strings.Clone(f.Name), strings.Clone(f.Role)
		f.Hedge, f.Subject = strings.Clone(f.Hedge), strings.Clone(f.Subject)
		for _, a := range []*Amount{f.From, f.To} {
			if a != nil {
				a.Text = strings.Clone(a.Text)
			}
		}
	}
	for i := range r.Mentions {
		m := &r.Mentions[i]
		m.Name, m.Role = strings.Clone(m.Name), strings.Clone(m.Role)
	}
	for i := range r.Source.Dropped {
		d := &r.Source.Dropped[i]
		d.Text, d.Detail = strings.Clone(d.Text), strings.Clone(d.Detail)
	}
}

// inactiveStories returns the stories none of whose when: words occur in
// the source: their rules do not run on it.
func (e *Extractor) inactiveStories(hits []keywords.Hit) map[string]bool {
	if len(e.pack.Stories) == 0 || e.everyStory {
		return nil
	}
	on := map[string]bool{}
	for _, h := range hits {
		for _, st := range e.story[h.Keyword] {
			on[st] = true
		}
	}
	off := map[string]bool{}
	for _, st := range e.pack.Stories {
		if !on[st.ID] {
			off[st.ID] = true
		}
	}
	return off
}

// sent is one sentence being examined.
type sent struct {
	text      string
	start     int // offset in the cleaned text
	c         *cleaned
	hits      []keywords.Hit
	qs        []quantity.Quantity
	parsed    bool
	toks      []token // the words, read once for every role keyword
	tokenised bool
	buf       *scratch
	ev        string // evidence, once made
	// inactive lists the stories whose rules do not run on this source.
	inactive map[string]bool
	// currency says whether a currency text starts in the sentence (only
	// when a gated rule needs one).
	currency bool
}

func (s *sent) quantities(p *quantity.Parser) []quantity.Quantity {
	if !s.parsed {
		s.qs, s.parsed = p.Parse(s.text), true
	}
	return s.qs
}

// tokens returns the sentence's words, read on first use into the
// source's scratch memory.
func (s *sent) tokens() []token {
	if !s.tokenised {
		s.buf.toks = appendTokens(s.buf.toks[:0], s.text)
		s.toks, s.tokenised = s.buf.toks, true
	}
	return s.toks
}

// evidence returns the sentence as written in the original file, on one
// line. It is made once: the facts and mentions of a sentence share it.
func (s *sent) evidence() string {
	if s.ev == "" {
		from, to := s.c.orig.of(s.start), s.c.orig.of(s.start+len(s.text))
		s.ev = strings.Join(strings.Fields(string(s.c.raw[from:to])), " ")
	}
	return s.ev
}

// Trace receives, for explain, why a rule did or did not give a value in a sentence.
type Trace func(rule *Rule, step, detail string)

// candidates holds, for one sentence, the rules its keywords make
// candidates. It is reused from sentence to sentence of a source, so that
// reading a sentence allocates nothing for it.
type candidates struct {
	near    [][]keywords.Hit // rule -> its near: keywords in the sentence
	exclude [][]keywords.Hit // rule -> its exclude: words in the sentence
	also    []bool           // rule -> one of its also: words is in the sentence
	order   []int            // the rules to try, in pack order
	touched []int            // the rules whose entries are set
}

// newCandidates makes the candidates of a pack with the given number of rules.
func newCandidates(rules int) *candidates {
	return &candidates{
		near:    make([][]keywords.Hit, rules),
		exclude: make([][]keywords.Hit, rules),
		also:    make([]bool, rules),
	}
}

// reset clears what the last sentence set.
func (c *candidates) reset() {
	for _, ri := range c.touched {
		c.near[ri], c.exclude[ri], c.also[ri] = c.near[ri][:0], c.exclude[ri][:0], false
	}
	c.touched, c.order = c.touched[:0], c.order[:0]
}

// findCandidates sets c for a sentence and its keyword hits.
func (e *Extractor) findCandidates(c *candidates, s *sent) {
	c.reset()
	for _, h := range s.hits {
		for _, ri := range e.also[h.Keyword] {
			c.also[ri] = true
			c.touched = append(c.touched, ri)
		}
		for _, ri := range e.near[h.Keyword] {
			if len(c.near[ri]) == 0 {
				c.order = append(c.order, ri)
			}
			c.near[ri] = append(c.near[ri], h)
			c.touched = append(c.touched, ri)
		}
		for _, ri := range e.veto[h.Keyword] {
			c.exclude[ri] = append(c.exclude[ri], h)
			c.touched = append(c.touched, ri)
		}
	}
	c.order = append(c.order, e.always...)
	slices.Sort(c.order)
}

// sentence applies the candidate rules to one sentence.
func (e *Extractor) sentence(out []Fact, source string, s *sent, c *candidates, trace Trace) []Fact {
	e.findCandidates(c, s)
	for _, ri := range c.order {
		r := e.pack.Rules[ri]
		if r.Story != "" && s.inactive[r.Story] {
			if trace != nil {
				trace(r, "other story", "the source does not mention the story "+r.Story+" (none of its when: words)")
			}
			continue
		}
		hits, veto := excluded(c.near[ri], c.exclude[ri])
		if veto != nil || (len(c.near[ri]) > 0 && len(hits) == 0) {
			if trace != nil {
				w := veto
				if w == nil {
					w = &c.exclude[ri][0]
				}
				trace(r, "excluded", fmt.Sprintf("the sentence has the exclude word %q", s.text[w.Start:w.End]))
			}
			continue
		}
		if len(r.Also) > 0 && !c.also[ri] {
			if trace != nil {
				trace(r, "no also", "none of the also: words ("+strings.Join(r.Also, ", ")+") is in the sentence")
			}
			continue
		}
		// The gates only save time: explain (trace set) reads every
		// sentence, to say why each number was or was not taken.
		if trace == nil {
			if step, _ := e.skipReason(ri, s); step != "" {
				continue
			}
		}
		out = e.apply(out, source, r, s, hits, trace)
	}
	return out
}

// excluded applies a rule's exclude: words. An exclude word that overlaps
// a near: keyword removes that keyword only ("prime minister" around
// "minister"); one elsewhere in the sentence vetoes the sentence, and is
// returned.
func excluded(near, excl []keywords.Hit) ([]keywords.Hit, *keywords.Hit) {
	if len(excl) == 0 {
		return near, nil
	}
	var kept []keywords.Hit
	for _, n := range near {
		overlaps := false
		for _, x := range excl {
			overlaps = overlaps || (x.Start < n.End && n.Start < x.End)
		}
		if !overlaps {
			kept = append(kept, n)
		}
	}
	for i, x := range excl {
		inside := false
		for _, n := range near {
			inside = inside || (x.Start < n.End && n.Start < x.End)
		}
		if !inside {
			return nil, &excl[i]
		}
	}
	return kept, nil
}

// fact starts a fact for rule r at byte offset at in the sentence.
func (e *Extractor) fact(source string, r *Rule, s *sent, at int, written string) Fact {
	return Fact{
		Source:      source,
		Rule:        r.ID,
		Label:       r.Label,
		Kind:        r.Kind,
		Text:        written,
		Unit:        r.Unit,
		Pos:         s.c.position(s.start + at),
		Sentence:    s.evidence(),
		SentencePos: s.c.position(s.start),
	}
}
