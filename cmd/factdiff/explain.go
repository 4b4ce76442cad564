package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/agnivade/levenshtein"

	"factdiff/facts"
)

// markStyle is how a kind of span is shown: ANSI on a terminal, brackets
// in plain text.
type markStyle struct{ open, close, ansi string }

var markStyles = map[facts.MarkKind]markStyle{
	facts.MarkKeyword:  {"[[", "]]", "\x1b[1;36m"},
	facts.MarkValue:    {"{{", "}}", "\x1b[1;32m"},
	facts.MarkRejected: {"<<", ">>", "\x1b[33m"},
	facts.MarkExclude:  {"~~", "~~", "\x1b[1;31m"},
}

const ansiReset = "\x1b[0m"

func runExplain(args []string, e env) int {
	fs := newFlagSet("explain", e)
	var rf ruleFlags
	rf.register(fs)
	id := fs.String("rule", "", "the id of the rule to explain (see: factdiff rules list)")
	colorFlag := fs.String("color", "auto", "highlight with colours: auto (on a terminal), always or never")
	only := fs.Bool("tried", false, "show only the sentences the rule read (a near: keyword is in them)")
	sources, err := parse(fs, args)
	if err != nil {
		return exitFailure
	}
	if *id == "" {
		return fail(e, errors.New("explain needs --rule ID: the rule to explain (factdiff rules list shows the ids)"))
	}
	if len(sources) == 0 {
		return fail(e, errors.New("no sources: name article files, directories, or - for standard input"))
	}
	var color bool
	switch *colorFlag {
	case "always":
		color = true
	case "never":
	case "auto":
		color = e.getenv("NO_COLOR") == "" && e.getenv("TERM") != "dumb"
		if f, ok := e.stdout.(*os.File); !ok || !e.isTerminal(f) {
			color = false
		}
	default:
		return fail(e, fmt.Errorf("unknown --color %q: use auto, always or never", *colorFlag))
	}
	pack, err := rf.load()
	if err != nil {
		return fail(e, err)
	}
	rule := pack.Rule(*id)
	if rule == nil {
		return fail(e, unknownRule(*id, pack))
	}
	inputs, skipped, err := facts.Collect(sources)
	if err != nil {
		return fail(e, err)
	}
	x, err := facts.NewExtractor(pack)
	if err != nil {
		return fail(e, err)
	}
	w := e.stdout
	writeRuleHeader(w, rule, color)
	total, tried := 0, 0
	for _, in := range inputs {
		data, err := facts.Read(in, e.stdin)
		if err != nil {
			return fail(e, err)
		}
		ex, err := x.Explain(rule.ID, in.Name, data)
		if err != nil {
			return fail(e, err)
		}
		tried += writeExplanation(w, ex, color, *only)
		total += len(ex.Facts)
	}
	for _, s := range skipped {
		fmt.Fprintf(w, "\nskipped %s: %s\n", s.Path, s.Reason)
	}
	fmt.Fprintf(w, "\nrule %s read %s and gave %s in %s\n", rule.ID, plural(tried, "sentence"), plural(total, "value"), plural(len(inputs), "source"))
	return exitOK
}

// unknownRule says which ids exist, with the nearest one.
func unknownRule(id string, p *facts.Pack) error {
	best, bestD := "", 1<<30
	for _, r := range p.Rules {
		if d := levenshtein.ComputeDistance(strings.ToLower(id), strings.ToLower(r.ID)); d < bestD {
			best, bestD = r.ID, d
		}
	}
	if best != "" && (bestD <= 2 || bestD*3 <= len(id)) {
		return fmt.Errorf("no rule has the id %q: did you mean %q? (factdiff rules list shows every id)", id, best)
	}
	return fmt.Errorf("no rule has the id %q (factdiff rules list shows every id)", id)
}

func writeRuleHeader(w io.Writer, r *facts.Rule, color bool) {
	fmt.Fprintf(w, "rule %s (%s) %q, %s\n", r.ID, r.Kind, r.Label, where(r.File, r.Line))
	if len(r.Near) > 0 {
		fmt.Fprintf(w, "  near:    %s\n", strings.Join(r.Near, ", "))
	} else {
		fmt.Fprintf(w, "  near:    (none: the rule reads every sentence)\n")
	}
	if len(r.Also) > 0 {
		fmt.Fprintf(w, "  also:    %s\n", strings.Join(r.Also, ", "))
	}
	if len(r.Exclude) > 0 {
		fmt.Fprintf(w, "  exclude: %s\n", strings.Join(r.Exclude, ", "))
	}
	if r.Pattern != "" {
		fmt.Fprintf(w, "  pattern: %s\n", r.Pattern)
	}
	var legend []string
	for _, k := range []struct {
		kind facts.MarkKind
		what string
	}{{facts.MarkKeyword, "keyword"}, {facts.MarkValue, "value taken"}, {facts.MarkRejected, "number not taken"}, {facts.MarkExclude, "exclude word"}} {
		legend = append(legend, mark(k.what, markStyles[k.kind], color))
	}
	fmt.Fprintf(w, "  marks:   %s\n", strings.Join(legend, " "))
}

func mark(text string, st markStyle, color bool) string {
	if color {
		return st.ansi + text + ansiReset
	}
	return st.open + text + st.close
}

// marked writes a sentence on one line with its marks.
func marked(s *facts.SentenceExplanation, color bool) string {
	var b strings.Builder
	at := 0
	for _, m := range s.Marks {
		b.WriteString(s.Text[at:m.Start])
		b.WriteString(mark(s.Text[m.Start:m.End], markStyles[m.Kind], color))
		at = m.End
	}
	b.WriteString(s.Text[at:])
	return strings.Join(strings.Fields(b.String()), " ")
}

// writeExplanation writes one source and returns how many sentences the
// rule read.
func writeExplanation(w io.Writer, x *facts.Explanation, color, onlyTried bool) int {
	tried := 0
	for _, s := range x.Sentences {
		if s.Tried {
			tried++
		}
	}
	fmt.Fprintf(w, "\n%s: %s, %d read by the rule, %s\n", x.Source.Name, plural(len(x.Sentences), "sentence"), tried, plural(len(x.Facts), "value"))
	for i := range x.Sentences {
		s := &x.Sentences[i]
		if !s.Tried && onlyTried {
			continue
		}
		if !s.Tried {
			fmt.Fprintf(w, "  %d:%d  not read (no near: keyword): %s\n", s.Pos.Line, s.Pos.Column, marked(s, color))
			continue
		}
		fmt.Fprintf(w, "  %d:%d  %s\n", s.Pos.Line, s.Pos.Column, marked(s, color))
		for _, line := range sentenceNotes(x.Rule, s) {
			fmt.Fprintf(w, "        %s\n", line)
		}
	}
	return tried
}

// sentenceNotes says, in order, what happened to the rule in a sentence.
func sentenceNotes(r *facts.Rule, s *facts.SentenceExplanation) []string {
	var out []string
	switch {
	case len(r.Near) == 0:
		out = append(out, "keywords: none needed (the rule has no near:)")
	default:
		out = append(out, "keywords: near "+quoteList(s.Near))
	}
	if len(r.Also) > 0 {
		if len(s.Also) > 0 {
			out = append(out, "also: "+quoteList(s.Also))
		}
	}
	if len(s.Exclude) > 0 && !s.Excluded {
		out = append(out, "exclude: "+quoteList(s.Exclude)+" (not applied)")
	}
	gave := false
	for _, st := range s.Steps {
		switch st.Step {
		case "keywords":
			continue // said above
		case "pattern":
			out = append(out, "pattern: "+st.Detail)
		case "no match":
			out = append(out, "pattern: does not match, no value")
		case "excluded":
			out = append(out, "excluded: "+st.Detail+", no value")
		case "no also":
			out = append(out, "also: "+st.Detail+", no value")
		case "value":
			gave = true
			out = append(out, "value: "+st.Detail)
		default:
			out = append(out, st.Step+": "+st.Detail)
		}
	}
	if !s.NoMatch && !s.Excluded {
		for _, v := range s.Vetoes {
			out = append(out, fmt.Sprintf("not a quantity: %q is %s", v.Text, v.Reason))
		}
	}
	if !gave && len(s.Steps) == 0 {
		out = append(out, "no value")
	}
	return out
}

func quoteList(ws []string) string {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = fmt.Sprintf("%q", w)
	}
	return strings.Join(q, ", ")
}
