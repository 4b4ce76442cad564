// Command corpusgen writes the synthetic benchmark corpus and the other
// inputs `make bench` needs, checks a comparison against the corpus's
// planted answers, and measures a command's time and peak memory.
//
// Usage:
//
//	corpusgen gen -o DIR [-stories M] [-articles N | -mb X] [-size BYTES] [-seed S]
//	corpusgen rules -factor F > rules.yaml     F-1 times the default pack's rules, with new keywords
//	corpusgen keywords [-rules FILE]            the union of the pack's near/also/exclude keywords
//	corpusgen check -manifest M REPORT.json     compare a --format json report with the planted answers
//	corpusgen measure -label L [-corpus DIR] [-timeout D] [-json F] -- CMD ARGS...
//	                                            run CMD; print wall and CPU time, MB/s and peak RSS
//	corpusgen count -label L [-json F] OUTPUT.json   count the facts in an extract or compare report
//	corpusgen same -label L [-json F] A B       whether two files are byte-identical
//	corpusgen report F                          the figures of a bench run against the targets
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"factdiff"
	"factdiff/corpusgen"
	"factdiff/facts"
	"factdiff/report"
)

const usage = `usage:
  corpusgen gen -o DIR [-stories M] [-articles N | -mb X] [-size BYTES] [-seed S]
  corpusgen rules [-factor F]
  corpusgen keywords [-rules FILE]
  corpusgen check -manifest FILE REPORT.json
  corpusgen measure -label L [-corpus DIR] [-timeout D] [-json F] -- CMD ARGS...
  corpusgen count -label L [-json F] OUTPUT.json
  corpusgen same -label L [-json F] A B
  corpusgen report F
`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "gen":
		err = gen(os.Args[2:])
	case "rules":
		err = rules(os.Args[2:])
	case "keywords":
		err = keywords(os.Args[2:])
	case "check":
		err = check(os.Args[2:])
	case "measure":
		err = measure(os.Args[2:])
	case "count":
		err = count(os.Args[2:])
	case "same":
		err = same(os.Args[2:])
	case "report":
		err = reportFigures(os.Args[2:])
	default:
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "corpusgen %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
}

func gen(args []string) error {
	fs := flag.NewFlagSet("gen", flag.ExitOnError)
	out := fs.String("o", "", "output directory (created; must not hold a corpus already)")
	stories := fs.Int("stories", 1, "number of stories")
	articles := fs.Int("articles", 0, "number of articles in all")
	mb := fs.Float64("mb", 0, "instead of -articles: about this many MB (10^6 bytes) of articles")
	size := fs.Int("size", 3000, "typical article size in bytes")
	seed := fs.Uint64("seed", 1, "random seed")
	fs.Parse(args)
	if *out == "" {
		return fmt.Errorf("-o DIR is required")
	}
	n := *articles
	if *mb > 0 {
		n = int(*mb * 1e6 / float64(*size))
	}
	if n <= 0 {
		return fmt.Errorf("give -articles N or -mb X")
	}
	if _, err := os.Stat(*out + "/manifest.json"); err == nil {
		return fmt.Errorf("%s already holds a corpus; remove it first", *out)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	start := time.Now()
	c := corpusgen.New(corpusgen.Config{Seed: *seed, Stories: *stories, Articles: n, Size: *size})
	bytes, err := c.Write(*out, runtime.GOMAXPROCS(0))
	if err != nil {
		return err
	}
	fmt.Printf("corpusgen: %s: %d stories, %d articles, %.1f MB in %.1fs\n", *out, *stories, n, float64(bytes)/1e6, time.Since(start).Seconds())
	return nil
}

func rules(args []string) error {
	fs := flag.NewFlagSet("rules", flag.ExitOnError)
	factor := fs.Int("factor", 10, "the pack with the generated rules has this many times the default pack's rules")
	fs.Parse(args)
	pack, err := facts.LoadPack([]facts.RuleFile{{Path: factdiff.DefaultRulesPath, Data: factdiff.DefaultRules(), Default: true}})
	if err != nil {
		return err
	}
	n := len(pack.Rules) * (*factor - 1)
	_, err = os.Stdout.Write(corpusgen.Rules(n, corpusgen.Keywords(pack)))
	return err
}

func keywords(args []string) error {
	fs := flag.NewFlagSet("keywords", flag.ExitOnError)
	var files stringList
	fs.Var(&files, "rules", "a rule file added to the default pack (repeatable)")
	fs.Parse(args)
	rf := []facts.RuleFile{{Path: factdiff.DefaultRulesPath, Data: factdiff.DefaultRules(), Default: true}}
	user, err := facts.RuleFiles(files)
	if err != nil {
		return err
	}
	pack, err := facts.LoadPack(append(rf, user...))
	if err != nil {
		return err
	}
	for _, w := range corpusgen.Keywords(pack) {
		fmt.Println(w)
	}
	return nil
}

type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

func check(args []string) error {
	fs := flag.NewFlagSet("check", flag.ExitOnError)
	manifest := fs.String("manifest", "", "the corpus's manifest.json")
	label := fs.String("label", "answers", "label for -json")
	jsonOut := fs.String("json", "", "append the answer as a JSON line to this file")
	fs.Parse(args)
	if *manifest == "" || fs.NArg() != 1 {
		return fmt.Errorf("usage: corpusgen check -manifest FILE REPORT.json")
	}
	m, err := corpusgen.ReadManifest(*manifest)
	if err != nil {
		return err
	}
	if len(m.Stories) != 1 {
		return fmt.Errorf("a report compares one story; the manifest has %d", len(m.Stories))
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	var doc report.CompareJSON
	if err := json.NewDecoder(f).Decode(&doc); err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	st := m.Stories[0]
	problems := corpusgen.Check(st, doc.Groups)
	for _, p := range problems {
		fmt.Println("WRONG:", p)
	}
	ok := len(problems) == 0
	detail := fmt.Sprintf("all %d planted facts of %s right (%d groups, %d sources)", len(st.Facts), st.Dir, len(doc.Groups), len(doc.Sources))
	if !ok {
		detail = fmt.Sprintf("%d of the planted answers wrong", len(problems))
	}
	fmt.Printf("%-26s %s\n", *label, detail)
	if err := appendJSON(*jsonOut, result{Label: *label, OK: &ok, Detail: detail}); err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%s", detail)
	}
	return nil
}

// measure runs a command and reports its wall time, CPU time and peak
// resident memory (from wait4's rusage), with MB/s when the corpus is given.
func measure(args []string) error {
	fs := flag.NewFlagSet("measure", flag.ExitOnError)
	label := fs.String("label", "", "label printed first: what/corpus, e.g. extract/c100")
	corpus := fs.String("corpus", "", "the corpus directory the command reads (its manifest gives the bytes)")
	timeout := fs.Duration("timeout", 0, "kill the command after this long (0: never)")
	jsonOut := fs.String("json", "", "also append the figures as a JSON line to this file")
	repeat := fs.Int("repeat", 1, "run the command this many times and keep the fastest run (peak memory: the largest)")
	fs.Parse(args)
	cmdArgs := fs.Args()
	if len(cmdArgs) == 0 {
		return fmt.Errorf("no command")
	}
	r := result{Label: *label}
	if *corpus != "" {
		m, err := corpusgen.ReadManifest(*corpus + "/manifest.json")
		if err != nil {
			return err
		}
		r.MB = float64(m.Bytes) / 1e6
		r.Sources = m.Articles
	}
	var err error
	var walls []float64
	rss := 0.0
	for i := 0; i < max(1, *repeat); i++ {
		one, e := runOnce(cmdArgs, *timeout)
		walls, rss = append(walls, one.Wall), max(rss, one.MaxRSSMB)
		failed := e != nil || one.Exit != 0 || one.TimedOut
		if i == 0 || failed || one.Wall < r.Wall {
			r.Wall, r.User, r.Sys, r.Exit, r.TimedOut, err = one.Wall, one.User, one.Sys, one.Exit, one.TimedOut, e
		}
		if failed {
			break // no point repeating a failure or a timeout
		}
	}
	r.MaxRSSMB = rss
	if len(walls) > 1 {
		r.Walls = walls
	}
	if r.MB > 0 {
		r.MBps = r.MB / r.Wall
		r.SecPerMB = r.Wall / r.MB
	}
	line := fmt.Sprintf("%-26s wall %7.2fs  cpu %7.2fs  peak %6.1f MB", r.Label, r.Wall, r.User+r.Sys, r.MaxRSSMB)
	if r.MB > 0 {
		line += fmt.Sprintf("  %6.1f MB in  %7.1f MB/s  %6.3f s/MB", r.MB, r.MBps, r.SecPerMB)
	}
	if len(r.Walls) > 1 {
		line += fmt.Sprintf("  (best of %d, worst %.2fs)", len(r.Walls), slices.Max(r.Walls))
	}
	if r.TimedOut {
		line += fmt.Sprintf("  TIMED OUT after %s", *timeout)
	} else if r.Exit != 0 {
		line += fmt.Sprintf("  exit %d", r.Exit)
	}
	fmt.Fprintln(os.Stderr, line) // stdout is the command's
	if err := appendJSON(*jsonOut, r); err != nil {
		return err
	}
	switch {
	case err != nil:
		return err
	case r.TimedOut:
		return nil // a timeout is a figure, not a failure of the harness
	case r.Exit != 0:
		return fmt.Errorf("%s exited with %d", cmdArgs[0], r.Exit)
	}
	return nil
}

// runOnce runs a command once, killing it after timeout (0: never).
func runOnce(cmdArgs []string, timeout time.Duration) (result, error) {
	var r result
	cmd := exec.Command(cmdArgs[0], cmdArgs[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return r, err
	}
	var timedOut atomic.Bool
	if timeout > 0 {
		t := time.AfterFunc(timeout, func() { timedOut.Store(true); cmd.Process.Kill() })
		defer t.Stop()
	}
	err := cmd.Wait()
	r.Wall = time.Since(start).Seconds()
	st := cmd.ProcessState
	r.Exit = st.ExitCode()
	r.TimedOut = timedOut.Load()
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		r.User = time.Duration(ru.Utime.Nano()).Seconds()
		r.Sys = time.Duration(ru.Stime.Nano()).Seconds()
		r.MaxRSSMB = float64(ru.Maxrss) / 1024 // Linux reports KiB
	}
	if _, ok := err.(*exec.ExitError); ok {
		err = nil // the exit code says it
	}
	return r, err
}

// result is one line of a bench run's figures.
type result struct {
	Label    string    `json:"label"`
	Wall     float64   `json:"wall_s,omitempty"`
	Walls    []float64 `json:"walls_s,omitempty"` // every run's wall time when repeated
	User     float64   `json:"user_s,omitempty"`
	Sys      float64   `json:"sys_s,omitempty"`
	MaxRSSMB float64   `json:"max_rss_mb,omitempty"`
	MB       float64   `json:"mb,omitempty"`
	Sources  int       `json:"sources,omitempty"`
	MBps     float64   `json:"mb_per_s,omitempty"`
	SecPerMB float64   `json:"s_per_mb,omitempty"`
	Exit     int       `json:"exit,omitempty"`
	TimedOut bool      `json:"timed_out,omitempty"`
	Facts    int       `json:"facts,omitempty"`
	OK       *bool     `json:"ok,omitempty"`
	Detail   string    `json:"detail,omitempty"`
}

func appendJSON(path string, r result) error {
	if path == "" {
		return nil
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	data, _ := json.Marshal(r)
	if _, err := f.Write(append(data, '\n')); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// count counts the facts in an extract report (its facts) or a compare
// report (the evidence of every claim).
func count(args []string) error {
	fs := flag.NewFlagSet("count", flag.ExitOnError)
	label := fs.String("label", "", "label, e.g. facts/c100")
	jsonOut := fs.String("json", "", "append the count as a JSON line to this file")
	fs.Parse(args)
	if fs.NArg() != 1 {
		return fmt.Errorf("usage: corpusgen count -label L FILE")
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	var doc struct {
		Facts  []json.RawMessage `json:"facts"`
		Groups []struct {
			Claims []struct {
				Evidence []json.RawMessage `json:"evidence"`
			} `json:"claims"`
		} `json:"groups"`
	}
	if err := json.NewDecoder(f).Decode(&doc); err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	n := len(doc.Facts)
	for _, g := range doc.Groups {
		for _, c := range g.Claims {
			n += len(c.Evidence)
		}
	}
	fmt.Printf("%-26s %d facts\n", *label, n)
	return appendJSON(*jsonOut, result{Label: *label, Facts: n})
}

// same reports whether two files hold the same bytes.
func same(args []string) error {
	fs := flag.NewFlagSet("same", flag.ExitOnError)
	label := fs.String("label", "", "label, e.g. identical/c100-extract")
	jsonOut := fs.String("json", "", "append the answer as a JSON line to this file")
	fs.Parse(args)
	if fs.NArg() != 2 {
		return fmt.Errorf("usage: corpusgen same -label L A B")
	}
	a, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		return err
	}
	b, err := os.ReadFile(fs.Arg(1))
	if err != nil {
		return err
	}
	ok := string(a) == string(b)
	detail := fmt.Sprintf("%s and %s: %d bytes, identical", fs.Arg(0), fs.Arg(1), len(a))
	if !ok {
		i := 0
		for i < len(a) && i < len(b) && a[i] == b[i] {
			i++
		}
		detail = fmt.Sprintf("%s (%d bytes) and %s (%d bytes) differ from byte %d", fs.Arg(0), len(a), fs.Arg(1), len(b), i)
	}
	fmt.Printf("%-26s %s\n", *label, detail)
	return appendJSON(*jsonOut, result{Label: *label, OK: &ok, Detail: detail})
}
