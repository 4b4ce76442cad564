package main

import (
	"fmt"
	"os"

	"factdiff/compare"
	"factdiff/facts"
	"factdiff/persons"
	"factdiff/report"
)

func runCompare(args []string, e env) int {
	fs := newFlagSet("compare", e)
	var rf ruleFlags
	rf.register(fs)
	format := fs.String("format", "table", "output format: table, markdown or json")
	out := fs.String("o", "", "write the report to this file instead of standard output")
	failOn := fs.String("fail-on", "conflict", "exit 1 when a verdict at or above this is found: conflict, variant, single, compatible or never")
	jobs := fs.Int("jobs", 0, "number of sources read at once (0: one per CPU)")
	all := fs.Bool("all", false, "in the Names section, also list the people every source names alike and those only one source names")
	sources, err := parse(fs, args)
	if err != nil {
		return exitFailure
	}
	threshold, err := compare.ParseFailOn(*failOn)
	if err != nil {
		return fail(e, err)
	}
	switch *format {
	case "table", "markdown", "md", "json":
	default:
		return fail(e, fmt.Errorf("unknown --format %q: use table, markdown or json", *format))
	}
	pack, res, err := extractSources(&rf, sources, *jobs, e, withMentions)
	if err != nil {
		return fail(e, err)
	}
	result, err := compare.Compare(pack, res)
	if err != nil {
		return fail(e, err)
	}
	people, err := persons.Check(pack, res.Mentions)
	if err != nil {
		return fail(e, err)
	}
	names := &report.Names{Result: people, All: *all}
	w, closeOut, err := output(*out, e)
	if err != nil {
		return fail(e, err)
	}
	switch *format {
	case "json":
		err = report.WriteJSONWithNames(w, result, pack, res, names)
	case "markdown", "md":
		err = report.WriteMarkdownWithNames(w, result, pack, res, names)
	default:
		color := *out == "" && e.getenv("NO_COLOR") == "" && e.getenv("TERM") != "dumb"
		if f, ok := e.stdout.(*os.File); !ok || !e.isTerminal(f) {
			color = false
		}
		err = report.WriteTable(w, result, res, report.TableOptions{Color: color, Names: names})
	}
	if err == nil {
		err = closeOut()
	}
	if err != nil {
		return fail(e, err)
	}
	if result.Fails(threshold) || names.Fails(threshold) {
		return exitFound
	}
	return exitOK
}

// withMentions makes the extractor report every person named, for the
// names pass (package persons).
func withMentions(p *facts.Pack, x *facts.Extractor) *facts.Extractor {
	return x.WithMentions(persons.NewFinder(p).Find)
}
