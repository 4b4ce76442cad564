package facts

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"factdiff/keywords"
	"factdiff/quantity"
)

// MarkKind says what a marked span of a sentence is.
type MarkKind string

// The spans explain marks.
const (
	MarkKeyword  MarkKind = "keyword"  // a near: or also: keyword
	MarkExclude  MarkKind = "exclude"  // an exclude: keyword
	MarkValue    MarkKind = "value"    // a value the rule gave
	MarkRejected MarkKind = "rejected" // a number the rule did not take
)

// Mark is a span of a sentence's text.
type Mark struct {
	Start, End int // byte offsets in Sentence.Text
	Kind       MarkKind
}

// Step is one thing the extractor did with the rule in a sentence.
type Step struct {
	Step   string // "keywords", "pattern", "no match", "rejected", "value", "excluded", ...
	Detail string
}

// SentenceExplanation is what one rule did with one sentence.
type SentenceExplanation struct {
	Sentence
	// Tried says the rule read the sentence: one of its near: keywords is
	// in it, or it has none.
	Tried   bool
	Near    []string // the near: keywords found, as written
	Also    []string // the also: keywords found
	Exclude []string // the exclude: keywords found
	// Pattern is the text the rule's pattern matched, when it was tried.
	Pattern  string
	Steps    []Step
	Vetoes   []quantity.Veto // numbers that are not quantities (numeric rules only)
	Facts    []Fact          // what the rule gave
	Marks    []Mark          // sorted, not overlapping
	NoMatch  bool            // the pattern was tried and did not match
	Excluded bool
}

// Explanation is what one rule did with each sentence of one source.
type Explanation struct {
	Rule      *Rule
	Source    SourceInfo
	Sentences []SentenceExplanation
	Facts     []Fact // every fact the rule gave in the source
}

// Explain reads one source as Extract does and records, for every
// sentence, what the rule with the id did there and why.
func (e *Extractor) Explain(ruleID, name string, raw []byte) (*Explanation, error) {
	r := e.pack.Rule(ruleID)
	if r == nil {
		return nil, fmt.Errorf("no rule has the id %q", ruleID)
	}
	words := append(append(append([]string{}, r.Near...), r.Also...), r.Exclude...)
	var m *keywords.Matcher
	if len(words) > 0 {
		var err error
		if m, err = keywords.New(words); err != nil {
			return nil, err
		}
	}
	class := func(k int) int {
		switch {
		case k < len(r.Near):
			return 0
		case k < len(r.Near)+len(r.Also):
			return 1
		}
		return 2
	}
	parse := quantity.NewParser(e.pack.Vocabulary())
	x := &Explanation{Rule: r}
	var cur *SentenceExplanation
	each := func(s Sentence) {
		x.Sentences = append(x.Sentences, SentenceExplanation{Sentence: s})
		cur = &x.Sentences[len(x.Sentences)-1]
		cur.Tried = len(r.Near) == 0
		var hits []keywords.Hit
		if m != nil {
			hits = m.Find(nil, s.Text)
		}
		for i, h := range hits {
			if inside(h, hits, i, class) {
				continue // "death" inside "death toll": one keyword is enough
			}
			w := s.Text[h.Start:h.End]
			switch {
			case h.Keyword < len(r.Near):
				cur.Near = append(cur.Near, w)
				cur.Tried = true
				cur.Marks = append(cur.Marks, Mark{h.Start, h.End, MarkKeyword})
			case h.Keyword < len(r.Near)+len(r.Also):
				cur.Also = append(cur.Also, w)
				cur.Marks = append(cur.Marks, Mark{h.Start, h.End, MarkKeyword})
			default:
				cur.Exclude = append(cur.Exclude, w)
				cur.Marks = append(cur.Marks, Mark{h.Start, h.End, MarkExclude})
			}
		}
		if cur.Tried && r.Kind.Numeric() {
			cur.Vetoes = parse.Vetoes(s.Text)
		}
	}
	trace := func(tr *Rule, step, detail string) {
		if tr.ID != r.ID || cur == nil {
			return
		}
		cur.Steps = append(cur.Steps, Step{step, detail})
		switch step {
		case "pattern":
			cur.Pattern, _ = strconv.Unquote(strings.TrimPrefix(detail, "matched "))
		case "no match":
			cur.NoMatch = true
		case "excluded":
			cur.Excluded = true
		}
	}
	res := e.ExtractTrace(name, raw, each, trace)
	x.Source = res.Source
	for _, f := range res.Facts {
		if f.Rule != r.ID {
			continue
		}
		x.Facts = append(x.Facts, f)
		for i := range x.Sentences {
			if x.Sentences[i].Pos.Offset == f.SentencePos.Offset {
				x.Sentences[i].Facts = append(x.Sentences[i].Facts, f)
			}
		}
	}
	for i := range x.Sentences {
		s := &x.Sentences[i]
		if !s.Tried {
			continue
		}
		var values [][2]int
		for _, f := range s.Facts {
			if at, ok := locate(s.Text, f.Text, f.Pos.Offset-s.Pos.Offset); ok {
				values = append(values, [2]int{at, at + len(f.Text)})
				s.Marks = append(s.Marks, Mark{at, at + len(f.Text), MarkValue})
			}
		}
		if r.Kind.Numeric() {
			for _, q := range parse.Parse(s.Text) {
				if overlapsAny(q.Start, q.End, values) {
					continue
				}
				s.Marks = append(s.Marks, Mark{q.Start, q.End, MarkRejected})
				if len(values) > 0 && !s.said(q.Text) {
					why := "another value is nearer a near: keyword, and a rule takes one value per sentence"
					if r.Pattern != "" {
						why = "the pattern's first value was taken, and a rule with a pattern takes one value per sentence"
					}
					s.Steps = append(s.Steps, Step{"rejected", fmt.Sprintf("%q: %s", q.Text, why)})
				}
			}
			for _, v := range s.Vetoes {
				s.Marks = append(s.Marks, Mark{v.Start, v.End, MarkRejected})
			}
		}
		s.Marks = tidyMarks(s.Marks)
	}
	for i := range x.Sentences {
		if !x.Sentences[i].Tried {
			x.Sentences[i].Marks = tidyMarks(x.Sentences[i].Marks)
		}
	}
	return x, nil
}

// inside reports whether hit i lies within another, longer hit of the same
// list (near:, also: or exclude:, told apart by class).
func inside(h keywords.Hit, hits []keywords.Hit, i int, class func(int) int) bool {
	for j, o := range hits {
		if j == i || class(o.Keyword) != class(h.Keyword) {
			continue
		}
		if o.Start <= h.Start && h.End <= o.End && (o.End-o.Start > h.End-h.Start || j < i) {
			return true // inside a longer hit, or the same span found twice
		}
	}
	return false
}

// said reports whether a step already explains the quantity written text.
func (s *SentenceExplanation) said(text string) bool {
	q := strconv.Quote(text)
	for _, st := range s.Steps {
		if strings.HasPrefix(st.Detail, q) {
			return true
		}
	}
	return false
}

// locate finds text in s, at the occurrence nearest to the offset near.
func locate(s, text string, near int) (int, bool) {
	if text == "" {
		return 0, false
	}
	best, bestD := -1, 1<<30
	for from := 0; from <= len(s); {
		i := strings.Index(s[from:], text)
		if i < 0 {
			break
		}
		at := from + i
		d := at - near
		if d < 0 {
			d = -d
		}
		if d < bestD {
			best, bestD = at, d
		}
		from = at + 1
	}
	return best, best >= 0
}

func overlapsAny(start, end int, spans [][2]int) bool {
	for _, sp := range spans {
		if start < sp[1] && sp[0] < end {
			return true
		}
	}
	return false
}

// tidyMarks sorts marks and drops those that overlap an earlier or more
// important one: a value wins over a keyword, a keyword over a rejected number.
func tidyMarks(ms []Mark) []Mark {
	rank := map[MarkKind]int{MarkValue: 0, MarkExclude: 1, MarkKeyword: 2, MarkRejected: 3}
	sort.SliceStable(ms, func(i, j int) bool { return rank[ms[i].Kind] < rank[ms[j].Kind] })
	var kept [][2]int
	var out []Mark
	for _, m := range ms {
		if m.Start >= m.End || overlapsAny(m.Start, m.End, kept) {
			continue
		}
		kept = append(kept, [2]int{m.Start, m.End})
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
