package quantity

import (
	"sort"
	"strings"
)

// This file finds the hedge of a number: "about", "nearly", "more than",
// written just before it, or "or so", "or more" written just after it.

// hedgeSet is the vocabulary's hedges, ready for matching.
type hedgeSet struct {
	lead  []Hedge // written before the number, longest phrase first
	trail []Hedge // written after the number ("or so"), longest phrase first
}

// newHedgeSet normalises the phrases (lower case, single spaces), drops empty
// ones, and sorts each list longest first so that "just under" wins over
// "under". A phrase that starts with "or " is written after the number.
func newHedgeSet(hs []Hedge) hedgeSet {
	var set hedgeSet
	for _, h := range hs {
		h.Phrase = strings.Join(strings.Fields(strings.ToLower(h.Phrase)), " ")
		if h.Phrase == "" {
			continue
		}
		if strings.HasPrefix(h.Phrase, "or ") {
			set.trail = append(set.trail, h)
		} else {
			set.lead = append(set.lead, h)
		}
	}
	longest := func(list []Hedge) func(i, j int) bool {
		return func(i, j int) bool { return len(list[i].Phrase) > len(list[j].Phrase) }
	}
	sort.SliceStable(set.lead, longest(set.lead))
	sort.SliceStable(set.trail, longest(set.trail))
	return set
}

// before finds the longest hedge that ends just before s[pos], separated
// from it by spaces (or glued to it, for a hedge such as "~" that does not
// end in a letter). The hedge may not start before floor. It returns the
// hedge and where it starts, or nil and pos.
func (set *hedgeSet) before(s string, pos, floor int) (*Hedge, int) {
	if pos > len(s) || floor < 0 {
		return nil, pos
	}
	j := pos
	for j > floor && s[j-1] == ' ' {
		j--
	}
	if j <= floor {
		return nil, pos
	}
	spaced := j < pos
	c := lower(s[j-1])
	for k := range set.lead {
		h := &set.lead[k]
		ph := h.Phrase
		last := ph[len(ph)-1]
		if last != c || (!spaced && isWordByte(last)) {
			continue
		}
		st, ok := matchBack(s, j, floor, ph)
		if !ok || (isWordByte(ph[0]) && alnumBefore(s, st)) {
			continue
		}
		return h, st
	}
	return nil, pos
}

// after finds the longest hedge written just after s[end] ("300 or so") and
// returns it with the offset where it ends, or nil and end.
func (set *hedgeSet) after(s string, end int) (*Hedge, int) {
	for k := range set.trail {
		h := &set.trail[k]
		if e, ok := phraseAfter(s, end, h.Phrase, false); ok {
			return h, e
		}
	}
	return nil, end
}

// matchBack reports whether the lower-case phrase ph ends at s[end],
// ignoring ASCII case, with a space in ph matching one or more spaces. It
// does not look before floor. It returns where the match starts.
func matchBack(s string, end, floor int, ph string) (int, bool) {
	j := end
	for k := len(ph) - 1; k >= 0; k-- {
		if j <= floor {
			return 0, false
		}
		if ph[k] == ' ' {
			if s[j-1] != ' ' {
				return 0, false
			}
			for j > floor && s[j-1] == ' ' {
				j--
			}
			continue
		}
		if lower(s[j-1]) != ph[k] {
			return 0, false
		}
		j--
	}
	return j, true
}

// widen opens an interval by a hedge: approx v gives [v(1-w), v(1+w)],
// below v gives [v(1-w), v], above v gives [v, v(1+w)]. A negative end
// moves away from zero instead.
func widen(iv Interval, h *Hedge) Interval {
	if h == nil {
		return iv
	}
	lo, hi := stretch(iv.Lo, -h.Width), stretch(iv.Hi, h.Width)
	switch h.Qualifier {
	case Approx:
		return Interval{Lo: lo, Hi: hi}
	case Below:
		return Interval{Lo: lo, Hi: iv.Hi}
	case Above:
		return Interval{Lo: iv.Lo, Hi: hi}
	}
	return iv
}

// stretch moves x by the fraction w of its size: up for w > 0, down for w < 0.
func stretch(x, w float64) float64 {
	if x < 0 {
		return x * (1 - w)
	}
	return x * (1 + w)
}
