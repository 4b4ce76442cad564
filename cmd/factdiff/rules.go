package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"factdiff"
	"factdiff/facts"
)

const rulesUsage = `usage:
  factdiff rules list  [FILE]... [--rules FILE]... [--no-default-rules]   every rule: id, kind, label, file:line
  factdiff rules test  [FILE]... [--rules FILE]... [--no-default-rules]   run the rules' examples
  factdiff rules check [FILE]... [--rules FILE]... [--no-default-rules]   check rule files, with warnings

Each command reads the rules a run reads (the default pack, .factdiff.yaml
when present, each --rules file or directory) and the FILEs named. With
FILEs, it lists, tests or checks only the rules of those files; the others
are still loaded, because the files share their vocabularies (hedges,
currencies, titles) and may replace a default rule by its id.
`

func runRules(args []string, e env) int {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, rulesUsage)
		return exitFailure
	}
	switch args[0] {
	case "list":
		return runRulesList(args[1:], e)
	case "test":
		return runRulesTest(args[1:], e)
	case "check":
		return runRulesCheck(args[1:], e)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(e.stdout, rulesUsage)
		return exitOK
	}
	fmt.Fprintf(e.stderr, "factdiff: unknown rules command %q: use list, test or check\n", args[0])
	fmt.Fprint(e.stderr, rulesUsage)
	return exitFailure
}

// where writes a rule file position for an editor: the default pack is
// rules.yaml at the root of the repository.
func where(file string, line int) string {
	return fmt.Sprintf("%s:%d", fileName(file), line)
}

func fileName(file string) string {
	if file == factdiff.DefaultRulesPath {
		return "rules.yaml"
	}
	return file
}

// loadRules reads what a run reads and the named files. It returns the
// pack and the files the command is about: the named ones, or all of them
// when none is named.
func loadRules(rf *ruleFlags, named []string) (*facts.Pack, []facts.RuleFile, error) {
	all, err := rf.ruleFiles()
	if err != nil {
		return nil, nil, err
	}
	chosen := all
	if len(named) > 0 {
		if chosen, err = facts.RuleFiles(named); err != nil {
			return nil, nil, err
		}
		for _, f := range chosen {
			dup := false
			for _, g := range all {
				dup = dup || g.Path == f.Path
			}
			if !dup {
				all = append(all, f)
			}
		}
	}
	if noRules(all) {
		return nil, nil, errNoRules
	}
	pack, err := facts.LoadPack(all)
	if err != nil {
		return nil, nil, err
	}
	return pack, chosen, nil
}

// of reports whether a rule comes from one of the files.
func of(r *facts.Rule, files []facts.RuleFile) bool {
	for _, f := range files {
		if r.File == f.Path {
			return true
		}
	}
	return false
}

func runRulesList(args []string, e env) int {
	fs := newFlagSet("rules list", e)
	var rf ruleFlags
	rf.register(fs)
	named, err := parse(fs, args)
	if err != nil {
		return exitFailure
	}
	pack, chosen, err := loadRules(&rf, named)
	if err != nil {
		return fail(e, err)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tKIND\tLABEL\tSOURCE")
	n := 0
	for _, r := range pack.Rules {
		if !of(r, chosen) {
			continue
		}
		n++
		src := where(r.File, r.Line)
		if r.Story != "" {
			src += "  (story " + r.Story + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Kind, r.Label, src)
	}
	tw.Flush()
	for _, r := range pack.Replaced {
		fmt.Fprintf(e.stdout, "rule %s from %s replaces the rule of that id in %s\n", r.ID, where(r.File, r.Line), fileName(r.Replaced))
	}
	fmt.Fprintf(e.stdout, "%s from %s\n", plural(n, "rule"), plural(len(chosen), "file"))
	return exitOK
}

func runRulesTest(args []string, e env) int {
	fs := newFlagSet("rules test", e)
	var rf ruleFlags
	rf.register(fs)
	verbose := fs.Bool("v", false, "also list the examples that pass")
	named, err := parse(fs, args)
	if err != nil {
		return exitFailure
	}
	pack, chosen, err := loadRules(&rf, named)
	if err != nil {
		return fail(e, err)
	}
	results, err := facts.RunExamples(pack)
	if err != nil {
		return fail(e, err)
	}
	passed, failed := 0, 0
	for _, r := range results {
		if !of(r.Rule, chosen) {
			continue
		}
		at := where(r.Rule.File, r.Example.Line)
		if r.Pass {
			passed++
			if *verbose {
				fmt.Fprintf(e.stdout, "ok    %s: rule %s: gave %s: %q\n", at, r.Rule.ID, r.Gave(), r.Example.Text)
			}
			continue
		}
		failed++
		fmt.Fprintf(e.stdout, "FAIL  %s: rule %s: %s: %q\n", at, r.Rule.ID, r.Problem, r.Example.Text)
	}
	fmt.Fprintf(e.stdout, "%d passed, %d failed\n", passed, failed)
	if failed > 0 {
		return exitFound
	}
	return exitOK
}

func runRulesCheck(args []string, e env) int {
	fs := newFlagSet("rules check", e)
	var rf ruleFlags
	rf.register(fs)
	named, err := parse(fs, args)
	if err != nil {
		return exitFailure
	}
	pack, checked, err := loadRules(&rf, named)
	if err != nil {
		return fail(e, err)
	}
	warnings := facts.Check(pack, checked)
	for _, w := range warnings {
		fmt.Fprintf(e.stdout, "%s:%d: warning: %s\n", where(w.File, w.Line), w.Column, warningText(w))
	}
	n := 0
	for _, r := range pack.Rules {
		if of(r, checked) {
			n++
		}
	}
	var names []string
	for _, f := range checked {
		names = append(names, fileName(f.Path))
	}
	fmt.Fprintf(e.stdout, "%s: %s, no errors, %s\n", strings.Join(names, ", "), plural(n, "rule"), plural(len(warnings), "warning"))
	return exitOK
}

// warningText is a warning after its position: `rule "x": message`.
func warningText(w *facts.RuleError) string {
	if w.Rule != "" {
		return fmt.Sprintf("rule %q: %s", w.Rule, w.Msg)
	}
	return w.Msg
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
