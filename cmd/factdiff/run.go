package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"factdiff"
	"factdiff/facts"
	"factdiff/progress"
)

// env is what the command reads and writes besides its arguments.
type env struct {
	stdin      io.Reader
	stdout     io.Writer
	stderr     io.Writer
	getenv     func(string) string
	isTerminal func(*os.File) bool
}

// Exit codes.
const (
	exitOK      = 0
	exitFound   = 1
	exitFailure = 2
)

const usage = `usage:
  factdiff [compare] [flags] sources...    compare facts across sources (exit 1 on a conflict)
  factdiff extract [flags] sources...      list every fact found, by source
  factdiff rules list|test|check [flags]   list, test or check rule files
  factdiff explain --rule ID sources...    why each sentence did or did not give a value

sources are files, directories (text files inside, recursively) or - for standard input.
Run "factdiff COMMAND -h" for a command's flags.
`

func run(args []string, e env) int {
	if len(args) > 0 {
		switch args[0] {
		case "extract":
			return runExtract(args[1:], e)
		case "compare":
			return runCompare(args[1:], e)
		case "rules":
			return runRules(args[1:], e)
		case "explain":
			return runExplain(args[1:], e)
		case "help", "-h", "-help", "--help":
			fmt.Fprint(e.stdout, usage)
			return exitOK
		}
	}
	return runCompare(args, e)
}

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// ruleFlags are the flags every command that reads rules takes.
type ruleFlags struct {
	files     stringList
	noDefault bool
}

func (r *ruleFlags) register(fs *flag.FlagSet) {
	fs.Var(&r.files, "rules", "a rule file or a directory of them; repeatable (added to the default pack)")
	fs.BoolVar(&r.noDefault, "no-default-rules", false, "do not load the default pack's rules (its vocabularies, such as hedges and currencies, stay)")
}

// ruleFiles lists the rule files to load: the default pack (only its
// vocabularies with --no-default-rules), the project file .factdiff.yaml
// when present, and the user's files.
func (r *ruleFlags) ruleFiles() ([]facts.RuleFile, error) {
	files := []facts.RuleFile{{Path: factdiff.DefaultRulesPath, Data: factdiff.DefaultRules(), Default: true, VocabularyOnly: r.noDefault}}
	var paths []string
	if _, err := os.Stat(facts.ProjectFile); err == nil {
		paths = append(paths, facts.ProjectFile)
	}
	paths = append(paths, r.files...)
	user, err := facts.RuleFiles(paths)
	if err != nil {
		return nil, err
	}
	return append(files, user...), nil
}

// errNoRules says that --no-default-rules left nothing to apply.
var errNoRules = errors.New("no rules: with --no-default-rules, name at least one rule file")

// noRules reports whether the files hold only the default vocabularies.
func noRules(files []facts.RuleFile) bool { return len(files) == 1 && files[0].VocabularyOnly }

// load reads the rule files into one pack.
func (r *ruleFlags) load() (*facts.Pack, error) {
	files, err := r.ruleFiles()
	if err != nil {
		return nil, err
	}
	if noRules(files) {
		return nil, errNoRules
	}
	return facts.LoadPack(files)
}

// parse parses flags that may come before or after the positional arguments.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func newFlagSet(name string, e env) *flag.FlagSet {
	fs := flag.NewFlagSet("factdiff "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

// fail prints an error and returns the exit code for it.
func fail(e env, err error) int {
	var re facts.RuleErrors
	if errors.As(err, &re) {
		fmt.Fprintf(e.stderr, "factdiff: %d mistake(s) in the rule files:\n", len(re))
		for _, x := range re {
			fmt.Fprintf(e.stderr, "  %s\n", x)
		}
		return exitFailure
	}
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Fprintf(e.stderr, "factdiff: %s\n", line)
	}
	return exitFailure
}

// output opens the -o file, or returns standard output.
func output(path string, e env) (io.Writer, func() error, error) {
	if path == "" || path == "-" {
		return e.stdout, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

// extractOption changes the extractor once the pack is loaded: compare
// adds the names pass's mention finder this way.
type extractOption func(p *facts.Pack, x *facts.Extractor) *facts.Extractor

// extractSources loads the rules and extracts every source.
func extractSources(rf *ruleFlags, sources []string, jobs int, e env, opts ...extractOption) (*facts.Pack, *facts.Extracted, error) {
	if len(sources) == 0 {
		return nil, nil, errors.New("no sources: name article files, directories, or - for standard input")
	}
	pack, err := rf.load()
	if err != nil {
		return nil, nil, err
	}
	inputs, skipped, err := facts.Collect(sources)
	if err != nil {
		return nil, nil, err
	}
	x, err := facts.NewExtractor(pack)
	if err != nil {
		return nil, nil, err
	}
	for _, o := range opts {
		x = o(pack, x)
	}
	// A progress bar on standard error, only when it is a terminal.
	var bar facts.Progress
	if f, ok := e.stderr.(*os.File); ok && e.isTerminal != nil && e.isTerminal(f) {
		b := progress.New(f, len(inputs))
		defer b.Done()
		bar = b.Update
	}
	res, err := facts.ExtractAll(x, inputs, e.stdin, jobs, bar)
	if err != nil {
		return nil, nil, err
	}
	res.Skipped = append(skipped, res.Skipped...)
	return pack, res, nil
}
