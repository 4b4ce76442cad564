package main

import (
	"fmt"

	"factdiff/report"
)

func runExtract(args []string, e env) int {
	fs := newFlagSet("extract", e)
	var rf ruleFlags
	rf.register(fs)
	format := fs.String("format", "table", "output format: table or json")
	out := fs.String("o", "", "write the output to this file instead of standard output")
	jobs := fs.Int("jobs", 0, "number of sources read at once (0: one per CPU)")
	sources, err := parse(fs, args)
	if err != nil {
		return exitFailure
	}
	if *format != "table" && *format != "json" {
		return fail(e, fmt.Errorf("unknown --format %q: extract writes table or json", *format))
	}
	pack, res, err := extractSources(&rf, sources, *jobs, e)
	if err != nil {
		return fail(e, err)
	}
	w, closeOut, err := output(*out, e)
	if err != nil {
		return fail(e, err)
	}
	if *format == "json" {
		err = report.WriteExtractJSON(w, pack, res)
	} else {
		err = report.WriteExtractTable(w, pack, res)
	}
	if err == nil {
		err = closeOut()
	}
	if err != nil {
		return fail(e, err)
	}
	return exitOK
}
