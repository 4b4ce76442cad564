package persons

import (
	"fmt"
	"sort"
	"strings"

	"factdiff/compare"
	"factdiff/facts"
	"factdiff/names"
)

// NewComparer builds the name comparer from the pack's titles, folds,
// aliases and pairs of different people, as compare does for name rules.
func NewComparer(p *facts.Pack) (*names.Comparer, error) { return compare.NameComparer(p) }

// Ref is where a name is written: a source and the line and column of the
// first mention there.
type Ref struct {
	Source   string `json:"source"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Sentence string `json:"sentence"` // the evidence, as written
}

// Spelling is one way the sources write a person's name: the fullest form
// and its shorter forms ("Volodymyr Zelenskiy", "Zelenskiy").
type Spelling struct {
	Name     string   `json:"name"`    // the fullest form as written
	Written  []string `json:"written"` // every form written, fullest first
	Sources  []string `json:"sources"`
	Refs     []Ref    `json:"refs"` // the first mention in each source
	Mentions int      `json:"mentions"`

	side int // the person the spelling was first taken for, before a garble merge
}

// Person is one person as the sources name them.
type Person struct {
	Name    string          `json:"name"` // the spelling to use: the suggestion, else the one most sources write
	Verdict compare.Verdict `json:"verdict"`
	Reason  string          `json:"reason"`
	// Suggestion is the spelling to use for a variant: the alias canonical
	// spelling or the one most sources write; empty when there is no majority.
	Suggestion string     `json:"suggestion,omitempty"`
	Spellings  []Spelling `json:"spellings"` // side by side, most sources first
	Roles      []string   `json:"roles"`     // the roles as written, in order
	Sources    []string   `json:"sources"`
	// Outliers are the sources that write only a minority spelling of a
	// possible garble; Mixed are those that write both.
	Outliers []string         `json:"outliers"`
	Mixed    []string         `json:"mixed,omitempty"`
	Mentions []*facts.Mention `json:"mentions"` // into the mentions given to Cluster

	first int // index of the first mention, for a stable order
}

// item is a mention being clustered.
type item struct {
	m     *facts.Mention // into the mentions given to Cluster
	n     *names.Name    // shared by every item with the same name
	name  string         // written, spaces collapsed
	order int            // index in the mentions
}

// cluster holds the comparisons made while clustering.
type clusterer struct {
	c     *names.Comparer
	norm  map[string]*names.Name
	toks  []token // reused by speechCue
	cache map[[2]string]names.Comparison
}

func (k *clusterer) name(s string) *names.Name {
	if n, ok := k.norm[s]; ok {
		return n
	}
	n := k.c.Normalise(s)
	k.norm[s] = &n
	return &n
}

func (k *clusterer) compare(a, b string) names.Comparison {
	key := [2]string{a, b}
	if b < a {
		key = [2]string{b, a}
	}
	if r, ok := k.cache[key]; ok {
		return r
	}
	r := k.c.CompareNames(*k.name(key[0]), *k.name(key[1]))
	k.cache[key] = r
	return r
}

// samePerson reports whether two spellings are one person spelled alike, in
// a variant or in a shorter form.
func samePerson(r names.Relation) bool {
	return r == names.Same || r == names.Variant || r == names.Partial
}

// group is a cluster of spellings being built.
type group struct {
	spellings []string // distinct written names, first appearance first
	items     []*item
	garble    []names.Comparison // the garble pairs that merged sides into this group
	side      map[string]int     // spelling -> the group it came from before a garble merge
	// fulls holds, per source, the offsets of the group's full-name
	// mentions there in item order; built when singles are attached.
	fulls map[string][]int
}

// Cluster matches person mentions into people and judges each: see the
// package documentation for the rules. People come in the order of their
// first mention; Check sorts them for a report. A Person's Mentions point
// into ms, which must not change while the people are in use.
func Cluster(ms []facts.Mention, c *names.Comparer) []*Person {
	k := &clusterer{c: c, norm: map[string]*names.Name{}, cache: map[[2]string]names.Comparison{}}
	var full, single []*item
	for i := range ms {
		m := &ms[i]
		name := strings.Join(strings.Fields(m.Name), " ")
		n := k.name(name)
		if len(n.Folded) == 0 {
			continue
		}
		it := &item{m: m, n: n, name: name, order: i}
		if len(n.Folded) >= 2 {
			full = append(full, it)
		} else {
			single = append(single, it)
		}
	}
	groups := k.fullGroups(full)
	groups = k.mergeGarbles(groups)
	groups = k.attachSingles(groups, single)
	var out []*Person
	for gi, g := range groups {
		if len(g.items) == 0 {
			continue
		}
		out = append(out, k.person(g, gi))
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].first < out[j].first })
	return out
}

// fullGroups clusters the full names (two words or more) by complete
// linkage: a spelling joins a group when it is the same person as every
// spelling in it.
func (k *clusterer) fullGroups(full []*item) []*group {
	var groups []*group
	where := map[string]*group{}
	fits := func(g *group, s string) bool {
		for _, t := range g.spellings {
			if !samePerson(k.compare(s, t).Relation) {
				return false
			}
		}
		return true
	}
	for _, it := range full {
		if g, ok := where[it.name]; ok {
			g.items = append(g.items, it)
			continue
		}
		var home *group
		for _, g := range groups {
			if fits(g, it.name) {
				home = g
				break
			}
		}
		if home == nil {
			home = &group{}
			groups = append(groups, home)
		}
		home.spellings = append(home.spellings, it.name)
		home.items = append(home.items, it)
		where[it.name] = home
	}
	// No two groups can be joined afterwards: a group is started only for
	// a spelling that fits no earlier group, and groups only gain
	// spellings, so that spelling never fits them later.
	for i, g := range groups {
		g.side = map[string]int{}
		for _, s := range g.spellings {
			g.side[s] = i
		}
	}
	return groups
}

// mergeGarbles joins two groups whose names are a possible garble
// ("Steve Witkoff" / "Steve Wintour") when both are named with the same
// role word; no spelling of one may be another person than a spelling of
// the other.
func (k *clusterer) mergeGarbles(groups []*group) []*group {
	heads := make([]map[string]bool, len(groups))
	for i, g := range groups {
		heads[i] = map[string]bool{}
		for _, it := range g.items {
			for _, h := range roleHeads(it.m.Role) {
				heads[i][h] = true
			}
		}
	}
	for i := 0; i < len(groups); i++ {
		for j := i + 1; j < len(groups); j++ {
			a, b := groups[i], groups[j]
			shared := ""
			for h := range heads[j] {
				if heads[i][h] && (shared == "" || h < shared) {
					shared = h
				}
			}
			if shared == "" {
				continue
			}
			var garbles []names.Comparison
			ok := true
			for _, s := range a.spellings {
				for _, t := range b.spellings {
					switch r := k.compare(s, t); {
					case r.Relation == names.Garble:
						garbles = append(garbles, r)
					case !samePerson(r.Relation):
						ok = false
					}
				}
			}
			if !ok || len(garbles) == 0 {
				continue
			}
			garbles[0].Reason += "; both named as " + shared
			a.garble = append(a.garble, garbles[0])
			a.spellings = append(a.spellings, b.spellings...)
			a.items = append(a.items, b.items...)
			for s, side := range b.side {
				a.side[s] = side
			}
			for h := range heads[j] {
				heads[i][h] = true
			}
			groups = append(groups[:j], groups[j+1:]...)
			heads = append(heads[:j], heads[j+1:]...)
			j--
		}
	}
	return groups
}

// attachSingles resolves the one-word mentions: to a full name in the same
// source, else to the one full name of another source it can name, else to
// a person of one word when it has a role or a speech verb; others are
// dropped. See the package documentation.
//
// Whether a one-word name can name a group depends on the name alone, so
// the groups are found once per distinct name, not once per mention.
func (k *clusterer) attachSingles(groups []*group, single []*item) []*group {
	canName := map[string][]*group{} // one-word name -> the groups it can name, in order
	var orphans []*item
	var local, other []*group
	for _, it := range single {
		named, ok := canName[it.name]
		if !ok {
			named = k.named(groups, it.name)
			canName[it.name] = named
		}
		local, other = local[:0], other[:0]
		for _, g := range named {
			if g.hasSource(it.m.Source) {
				local = append(local, g)
			} else {
				other = append(other, g)
			}
		}
		switch {
		case len(local) == 1:
			local[0].items = append(local[0].items, it)
		case len(local) > 1:
			g := nearest(local, it)
			g.items = append(g.items, it)
		case len(other) == 1:
			other[0].items = append(other[0].items, it)
		case len(other) == 0 && (it.m.Role != "" || speechCue(&k.toks, it.m.Sentence, it.name)):
			orphans = append(orphans, it)
		}
	}
	// One-word people: spellings that are one name join.
	var extra []*group
	for _, it := range orphans {
		var home *group
		for _, g := range extra {
			if samePerson(k.compare(g.spellings[0], it.name).Relation) {
				home = g
				break
			}
		}
		if home == nil {
			home = &group{spellings: []string{it.name}, side: map[string]int{it.name: len(groups) + len(extra)}}
			extra = append(extra, home)
		}
		home.items = append(home.items, it)
	}
	return append(groups, extra...)
}

// named returns the groups, in order, that a one-word name can name.
func (k *clusterer) named(groups []*group, single string) []*group {
	var out []*group
	for _, g := range groups {
		if k.names(g, single) {
			out = append(out, g)
		}
	}
	return out
}

// names reports whether a one-word name can name a person of the group:
// its surname, its first name or a variant of one.
func (k *clusterer) names(g *group, single string) bool {
	for _, s := range g.spellings {
		if r := k.compare(single, s).Relation; r == names.Same || r == names.Variant || r == names.Partial {
			return true
		}
	}
	return false
}

// fullsIn returns the offsets of the group's full-name mentions in a
// source, in item order. The index is built on first use: only one-word
// mentions join a group after that, and they do not change it.
func (g *group) fullsIn(src string) []int {
	if g.fulls == nil {
		g.fulls = map[string][]int{}
		for _, it := range g.items {
			if len(it.n.Folded) >= 2 {
				g.fulls[it.m.Source] = append(g.fulls[it.m.Source], it.m.Pos.Offset)
			}
		}
	}
	return g.fulls[src]
}

// hasSource reports whether a source writes a full name of the group.
func (g *group) hasSource(src string) bool { return len(g.fullsIn(src)) > 0 }

// nearest returns the group whose full name in the mention's source comes
// last before it, or else first after it.
func nearest(gs []*group, it *item) *group {
	var best *group
	bestAt, after := -1, false
	for _, g := range gs {
		for _, at := range g.fullsIn(it.m.Source) {
			before := at <= it.m.Pos.Offset
			switch {
			case best == nil,
				before && (after || at > bestAt),
				!before && after && at < bestAt:
				best, bestAt, after = g, at, !before
			}
		}
	}
	return best
}

// plain maps typographic quotes and dashes to the plain ones the finder
// reads (evidence sentences are as written).
var plain = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", "\"", "\u201d", "\"", "\u2013", "-", "\u2014", "-")

// speechCue reports whether a one-word name is followed by a speech verb,
// and does not start the sentence, a quotation or a clause after a dash,
// somewhere in the sentence: "..., Peskov said", but not "Officials said".
// buf is reused for the sentence's tokens.
func speechCue(buf *[]token, sentence, name string) bool {
	if strings.ContainsAny(sentence, "\u2019\u2018\u201c\u201d\u2013\u2014") {
		sentence = plain.Replace(sentence)
	}
	*buf = (&Finder{}).tokenizeInto((*buf)[:0], sentence)
	ts := *buf
	for i, t := range ts {
		if !t.word || t.initial || (t.text != name && !(t.poss && t.text[:len(t.text)-2] == name)) {
			continue
		}
		for j := i + 1; j < len(ts) && j <= i+2 && ts[j].word; j++ {
			if speechVerbs[ts[j].lower] {
				return true
			}
			if !speechFillers[ts[j].lower] {
				break
			}
		}
	}
	return false
}

// person judges a group: its spellings side by side and its verdict.
func (k *clusterer) person(g *group, gi int) *Person {
	sort.SliceStable(g.items, func(i, j int) bool { return g.items[i].order < g.items[j].order })
	p := &Person{first: g.items[0].order, Roles: []string{}, Outliers: []string{}}
	seen := map[string]bool{}
	for _, it := range g.items {
		p.Mentions = append(p.Mentions, it.m)
		if !seen["s:"+it.m.Source] {
			seen["s:"+it.m.Source] = true
			p.Sources = append(p.Sources, it.m.Source)
		}
		if it.m.Role != "" && !seen["r:"+it.m.Role] {
			seen["r:"+it.m.Role] = true
			p.Roles = append(p.Roles, it.m.Role)
		}
	}
	p.Spellings = k.spellings(g, gi)
	major := majority(p.Spellings)
	sides := sideSources(p.Spellings)
	switch {
	case len(g.garble) > 0 && len(sides) > 1:
		p.Verdict = compare.Conflict
		p.Name = p.Spellings[0].Name
		p.Reason = "possible garble: " + g.garble[0].Reason
		best, tie := majoritySide(sides)
		if tie {
			p.Reason += "; no majority"
			break
		}
		in := map[string]int{} // source -> how many sides it writes
		for _, ss := range sides {
			for _, src := range ss {
				in[src]++
			}
		}
		onBest := set(sides[best]...)
		for _, src := range p.Sources {
			switch {
			case !onBest[src]:
				p.Outliers = append(p.Outliers, src)
			case in[src] > 1:
				p.Mixed = append(p.Mixed, src)
			}
		}
		for _, sp := range p.Spellings {
			if sp.side == best {
				p.Name = sp.Name
				break
			}
		}
		p.Reason += fmt.Sprintf("; %d of %d sources write %s", len(sides[best]), len(p.Sources), p.Name)
	case len(p.Spellings) > 1:
		p.Verdict = compare.Variant
		for _, sp := range p.Spellings {
			if canon, ok := k.c.Canonical(sp.Name); ok && p.Suggestion == "" {
				p.Suggestion = canon
			}
		}
		house := p.Suggestion != ""
		if !house && major >= 0 {
			p.Suggestion = p.Spellings[major].Name
		}
		ref := p.Spellings[max(major, 0)].Name
		var why []string
		for _, sp := range p.Spellings {
			if sp.Name != ref {
				why = append(why, "vs "+sp.Name+" ("+k.compare(ref, sp.Name).Reason+")")
			}
		}
		p.Reason = ref + " " + strings.Join(why, ", ")
		switch {
		case house:
			p.Reason += "; use " + p.Suggestion + " (house style)"
			p.Name = p.Suggestion
		case p.Suggestion != "":
			p.Reason += fmt.Sprintf("; use %s, as %d of %d sources do", p.Suggestion, len(p.Spellings[major].Sources), len(p.Sources))
			p.Name = p.Suggestion
		default:
			p.Reason += "; no majority: pick one for house style"
			p.Name = p.Spellings[0].Name
		}
	case len(p.Sources) > 1:
		p.Verdict = compare.Agree
		p.Name = p.Spellings[0].Name
		p.Reason = fmt.Sprintf("%d sources name %s", len(p.Sources), p.Name)
	default:
		p.Verdict = compare.Single
		p.Name = p.Spellings[0].Name
		p.Reason = "only one source names " + p.Name
	}
	if canon, ok := k.c.Canonical(p.Name); ok && p.Verdict != compare.Conflict && canon != p.Name {
		p.Suggestion, p.Name = canon, canon
	}
	return p
}

// spellings groups a person's written forms into spellings: forms that are
// the same name or a shorter form of it ("Zelenskiy" of "Volodymyr
// Zelenskiy") are one spelling; a variant or a garble is another. Most
// sources first.
func (k *clusterer) spellings(g *group, gi int) []Spelling {
	type form struct {
		name    string
		tokens  int
		sources int // how many sources write it
		first   int
	}
	type written struct{ name, source string }
	var forms []*form
	byName := map[string]*form{}
	counted := map[written]bool{}
	for _, it := range g.items {
		f := byName[it.name]
		if f == nil {
			f = &form{name: it.name, tokens: len(it.n.Folded), first: it.order}
			byName[it.name] = f
			forms = append(forms, f)
		}
		if w := (written{it.name, it.m.Source}); !counted[w] {
			counted[w] = true
			f.sources++
		}
	}
	sort.SliceStable(forms, func(i, j int) bool {
		a, b := forms[i], forms[j]
		if a.tokens != b.tokens {
			return a.tokens > b.tokens
		}
		if a.sources != b.sources {
			return a.sources > b.sources
		}
		return a.first < b.first
	})
	var out []Spelling
	class := map[string]int{}
	for _, f := range forms {
		home := -1
		for i := range out {
			if r := k.compare(out[i].Name, f.name).Relation; r == names.Same || r == names.Partial {
				home = i
				break
			}
		}
		if home < 0 {
			home = len(out)
			side, ok := g.side[f.name]
			if !ok {
				side = gi
				// A one-word form takes the side of the spelling it shortens.
				for _, s := range g.spellings {
					if samePerson(k.compare(s, f.name).Relation) {
						side = g.side[s]
						break
					}
				}
			}
			out = append(out, Spelling{Name: f.name, side: side})
		}
		out[home].Written = append(out[home].Written, f.name)
		class[f.name] = home
	}
	type key struct {
		class  int
		source string
	}
	seen := map[key]bool{}
	for _, it := range g.items {
		c := class[it.name]
		sp := &out[c]
		sp.Mentions++
		if !seen[key{c, it.m.Source}] {
			seen[key{c, it.m.Source}] = true
			sp.Sources = append(sp.Sources, it.m.Source)
			sp.Refs = append(sp.Refs, Ref{Source: it.m.Source, Line: it.m.Pos.Line, Column: it.m.Pos.Column, Sentence: it.m.Sentence})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Sources) > len(out[j].Sources) })
	return out
}

// majority returns the index of the spelling most sources write, or -1 on a tie.
func majority(sp []Spelling) int {
	if len(sp) == 0 {
		return -1
	}
	if len(sp) > 1 && len(sp[1].Sources) == len(sp[0].Sources) {
		return -1
	}
	return 0 // spellings are sorted, most sources first
}

// sideSources returns, per side of a garble, the sources that write it.
func sideSources(sp []Spelling) map[int][]string {
	type written struct {
		side   int
		source string
	}
	out := map[int][]string{}
	seen := map[written]bool{}
	for _, s := range sp {
		for _, src := range s.Sources {
			if w := (written{s.side, src}); !seen[w] {
				seen[w] = true
				out[s.side] = append(out[s.side], src)
			}
		}
	}
	return out
}

// majoritySide returns the side most sources write, and whether there is a tie.
func majoritySide(sides map[int][]string) (int, bool) {
	best, n, tie := -1, -1, false
	keys := make([]int, 0, len(sides))
	for s := range sides {
		keys = append(keys, s)
	}
	sort.Ints(keys)
	for _, s := range keys {
		switch l := len(sides[s]); {
		case l > n:
			best, n, tie = s, l, false
		case l == n:
			tie = true
		}
	}
	return best, tie
}

func appendOnce(s []string, v string) []string {
	if contains(s, v) {
		return s
	}
	return append(s, v)
}

func contains(s []string, v string) bool { return indexOf(s, v) >= 0 }

func indexOf(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}
